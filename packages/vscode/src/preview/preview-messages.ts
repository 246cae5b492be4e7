/** Messages between the diagram preview panel (extension side) and its webview script. */

export interface SourceLocation {
    readonly uri?: string;
    readonly line: number;
    readonly character: number;
    readonly endLine?: number;
    readonly endCharacter?: number;
}

/** One face of the diagram font (Arimo), as the extension read it from its own files. */
export interface FontFaceData {
    readonly weight: '400' | '700';
    readonly data: Uint8Array;
}

export type ToPreview =
    /** `expanded`: the overview's group the user opened in this file (`sector:public`), drawn actor by actor. */
    | { readonly type: 'diagram'; readonly seq: number; readonly uri: string; readonly svg: string; readonly title: string; readonly view?: string; readonly views: readonly string[]; readonly expanded?: string }
    /** No drawing to show for this file (it has never parsed, or declares no model): the canvas is emptied. */
    | { readonly type: 'clear'; readonly uri: string; readonly title: string }
    | { readonly type: 'status'; readonly text: string; readonly kind: 'busy' | 'error' | 'idle' }
    | { readonly type: 'export'; readonly format: 'svg' | 'png' }
    /** The diagram font, for the drawing on screen and embedded in exported images. */
    | { readonly type: 'font'; readonly faces: readonly FontFaceData[] };

export type FromPreview =
    | { readonly type: 'ready' }
    /** `renderMs`: time the webview spent drawing (parse, sanitise, insert, lay out), apart from the message transport. */
    | { readonly type: 'rendered'; readonly seq: number; readonly renderMs?: number }
    | { readonly type: 'reveal'; readonly location: SourceLocation }
    | { readonly type: 'selectView'; readonly view: string }
    /** A group node of the overview was clicked: draw its actors (`group` is its `data-samskap-id`). */
    | { readonly type: 'expandGroup'; readonly group: string }
    /** Back to the overview from an opened group. */
    | { readonly type: 'collapseGroup' }
    /** `fontEmbedded`: the diagram font is in the image (false when the webview never received it). */
    | { readonly type: 'exported'; readonly format: 'svg'; readonly data: string; readonly fontEmbedded: boolean }
    | { readonly type: 'exported'; readonly format: 'png'; readonly base64: string; readonly fontEmbedded: boolean }
    | { readonly type: 'exportFailed'; readonly message: string }
    /** The webview could not use the diagram font: said in the output channel (the status line is redrawn). */
    | { readonly type: 'fontFailed'; readonly message: string };
