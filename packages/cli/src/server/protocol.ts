import type { DiagramTheme, DiagramView, Language } from '@samskap/generators';

/** The colour scheme a diagram is drawn for; the preview maps its CSS variables onto the VS Code theme. */
export type { DiagramTheme } from '@samskap/generators';

/**
 * The requests beyond LSP that the VS Code extension sends to the Samskap language server: the
 * one definition both sides import (custom-requests.ts answers them, packages/vscode sends them).
 * Type-only imports (and one check of `expand`), so the extension's bundle takes nothing else from the server.
 * docs/architecture.md ("Custom requests") describes them.
 */

/** `samskap/diagram`: one view of the model in a document (the first model, or `model`). */
export interface DiagramParams {
    readonly uri: string;
    readonly view?: string;
    readonly theme?: DiagramTheme | 'auto';
    readonly language?: Language;
    readonly model?: string;
    /**
     * A group of the overview to open (its node's `data-samskap-id`: `sector:public`,
     * `kind:association`): its actors are drawn one by one in a frame, the other groups stay one
     * node each. Ignored when the view is not drawn as an overview.
     */
    readonly expand?: string;
}

/**
 * Whether a value names a group of an overview as the generators write it in `data-samskap-id`
 * (one node per sector, `sector:public`, or per kind of actor, `kind:association`): what `expand`
 * may be. Checked on every side (the webview's click, the extension, the server), so a message
 * can only ever ask to open a group.
 */
export function isGroupId(value: unknown): value is string {
    return typeof value === 'string' && /^(?:sector|kind):[a-z_]{1,40}$/.test(value);
}

export interface DiagramResult {
    readonly svg: string;
    /** Graphviz source of graph views (absent for the decisions table). */
    readonly dot?: string;
    readonly mermaid?: string;
    readonly view: DiagramView;
    readonly views: readonly DiagramView[];
    readonly title: string;
    /**
     * Syntax errors that kept the diagram from being drawn (then `svg` is empty). An empty `svg`
     * without errors: the document declares no model (an actor library), so there is nothing to draw.
     */
    readonly errors?: readonly string[];
}

/** `samskap/compare`: the comparison matrix of the models in the given documents. */
export interface CompareParams {
    readonly uris: readonly string[];
    readonly language?: Language;
}

export interface CompareResult {
    readonly html: string;
    readonly csv: string;
    readonly markdown: string;
    readonly json: string;
}

/** `samskap/documentation`: the documentation site's files (the extension writes them). */
export interface DocumentationParams {
    readonly uris: readonly string[];
    readonly language?: Language;
}

export interface DocumentationResult {
    readonly files: ReadonlyArray<{ readonly path: string; readonly content: string }>;
}

export const DIAGRAM_REQUEST = 'samskap/diagram';
export const COMPARE_REQUEST = 'samskap/compare';
export const DOCUMENTATION_REQUEST = 'samskap/documentation';
