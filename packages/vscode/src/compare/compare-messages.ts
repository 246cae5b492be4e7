import type { SourceLocation } from '../preview/preview-messages.js';

/** Messages between the comparison panel (extension side) and its webview script. */
export type MatrixFormat = 'csv' | 'markdown' | 'html';

export type ToCompare =
    | { readonly type: 'matrix'; readonly html: string; readonly files: readonly string[] }
    | { readonly type: 'status'; readonly text: string; readonly kind: 'busy' | 'error' | 'idle' };

export type FromCompare =
    | { readonly type: 'ready' }
    | { readonly type: 'refresh' }
    | { readonly type: 'export'; readonly format: MatrixFormat }
    | { readonly type: 'reveal'; readonly location: SourceLocation };
