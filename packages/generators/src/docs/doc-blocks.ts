import type { GraphView } from '../diagram/diagram-graph.js';
import type { MatrixTable } from '../matrix/matrix-table.js';

/** A tone for list items: evidence that holds or fails, findings by severity. */
export type Tone = 'holds' | 'fails' | 'error' | 'warning' | 'info';

/**
 * The content of a documentation page as plain blocks, written once and rendered twice (HTML
 * and Markdown), so both versions of the site always say the same. All text is model or label
 * text, unescaped: the renderers escape it.
 */
export type DocBlock =
    | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly anchor?: string }
    | { readonly kind: 'paragraph'; readonly text: string; readonly muted?: boolean }
    | { readonly kind: 'facts'; readonly entries: ReadonlyArray<{ readonly term: string; readonly text: string }> }
    | { readonly kind: 'table'; readonly table: MatrixTable }
    | { readonly kind: 'diagram'; readonly view: GraphView | 'decisions'; readonly caption: string; readonly svgFile: string; readonly svg?: string; readonly mermaid?: string }
    | { readonly kind: 'list'; readonly items: ReadonlyArray<ListItem> }
    | { readonly kind: 'link'; readonly text: string; readonly href: string };

/**
 * One list item: `href` makes the whole text a relative link (within the site); `url` is a
 * model's own URL (a source's address), shown after the text as a link of its own when it is an
 * absolute http(s) URL and as plain text otherwise.
 */
export interface ListItem {
    readonly text: string;
    readonly tone?: Tone;
    readonly href?: string;
    readonly url?: string;
}

export interface DocPage {
    /** Path of the page without extension, relative to the site root (`index`, `models/arendal`). */
    readonly path: string;
    readonly title: string;
    readonly blocks: readonly DocBlock[];
}
