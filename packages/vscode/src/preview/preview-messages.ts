/** Messages between the diagram preview panel (extension side) and its webview script. */

export interface SourceLocation {
    readonly uri?: string;
    readonly line: number;
    readonly character: number;
    readonly endLine?: number;
    readonly endCharacter?: number;
}

export type ToPreview =
    | { readonly type: 'diagram'; readonly seq: number; readonly uri: string; readonly svg: string; readonly title: string; readonly view?: string; readonly views: readonly string[] }
    /** No drawing to show for this file (it has never parsed, or declares no model): the canvas is emptied. */
    | { readonly type: 'clear'; readonly uri: string; readonly title: string }
    | { readonly type: 'status'; readonly text: string; readonly kind: 'busy' | 'error' | 'idle' }
    | { readonly type: 'export'; readonly format: 'svg' | 'png' };

export type FromPreview =
    | { readonly type: 'ready' }
    /** `renderMs`: time the webview spent drawing (parse, sanitise, insert, lay out), apart from the message transport. */
    | { readonly type: 'rendered'; readonly seq: number; readonly renderMs?: number }
    | { readonly type: 'reveal'; readonly location: SourceLocation }
    | { readonly type: 'selectView'; readonly view: string }
    | { readonly type: 'exported'; readonly format: 'svg'; readonly data: string }
    | { readonly type: 'exported'; readonly format: 'png'; readonly base64: string }
    | { readonly type: 'exportFailed'; readonly message: string };
