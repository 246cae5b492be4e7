import type { DisplayLanguage } from './settings.js';

/**
 * The requests beyond LSP that the extension sends to the Samskap language server
 * (packages/cli/src/server/custom-requests.ts answers them; docs/architecture.md describes them).
 * The server answers with exactly what the CLI would write, so the preview shows what
 * `samskap diagram` exports and the comparison view shows what `samskap compare` writes.
 */

/**
 * The colour scheme the diagram is drawn for (the generators' themes). The preview then maps the
 * diagram's CSS variables onto the VS Code theme's own colours, high contrast included.
 */
export type DiagramTheme = 'light' | 'dark';

export interface DiagramParams {
    readonly uri: string;
    /** Which view of the model (network, funding, governance, decisions); the server's default when absent. */
    readonly view?: string;
    readonly theme?: DiagramTheme;
    readonly language?: DisplayLanguage;
}

export interface DiagramResult {
    /** Empty when syntax errors kept the diagram from being drawn (then `errors` says why). */
    readonly svg: string;
    /** The views the server can draw for this model, for the preview's view picker. */
    readonly views?: readonly string[];
    readonly view?: string;
    readonly title?: string;
    readonly errors?: readonly string[];
}

export interface CompareParams {
    readonly uris: readonly string[];
    readonly language?: DisplayLanguage;
}

export interface CompareResult {
    readonly html: string;
    readonly csv: string;
    readonly markdown: string;
    readonly json: string;
}

export interface DocumentationParams {
    readonly uris: readonly string[];
    readonly language?: DisplayLanguage;
}

export interface DocumentationFile {
    /** Path relative to the site's root folder, with forward slashes. */
    readonly path: string;
    readonly content: string;
}

export interface DocumentationResult {
    readonly files: readonly DocumentationFile[];
}

export const DIAGRAM_REQUEST = 'samskap/diagram';
export const COMPARE_REQUEST = 'samskap/compare';
export const DOCUMENTATION_REQUEST = 'samskap/documentation';
