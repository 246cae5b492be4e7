import type { Language } from '@samskap/generators';

/**
 * The request beyond LSP (and beyond the VS Code extension's `samskap/diagram` and
 * `samskap/documentation`) that the playground page sends to the language server in its worker:
 * everything the panels beside the editor show for one model, computed from the analysis the
 * server already holds for the document. Type-only, so the page's bundle takes nothing from the server.
 */
export const PANELS_REQUEST = 'samskap/playgroundPanels';

export interface PanelsParams {
    readonly uri: string;
    /** The model to show (a file may hold several); the first when absent or unknown. */
    readonly model?: string;
    readonly language?: Language;
}

/** Words of the generators' labels the page shows (the names of the views), so the page need not bundle the labels. */
export interface PanelLabels {
    readonly views: Readonly<Record<'network' | 'funding' | 'governance' | 'decisions', string>>;
}

export interface PanelsResult {
    readonly labels: PanelLabels;
    /** The models of the document, in order. */
    readonly models: ReadonlyArray<{ readonly name: string; readonly title: string }>;
    /** The model shown (absent when the document has none or does not parse). */
    readonly model?: string;
    /** `samskap validate --explain` for the model: its classifications with their evidence. */
    readonly explanation: string;
    /** The decision-rights matrix as an HTML table (model text escaped by the generator). */
    readonly decisionsHtml: string;
    /** The funder × recipient matrix as an HTML table. */
    readonly fundingHtml: string;
    /** `samskap export` of the document: every model with its classification and findings, as JSON. */
    readonly exportJson: string;
    /** Why the panels are not filled: syntax errors ("line:column message"). Empty panels without errors: the file declares no model. */
    readonly errors?: readonly string[];
}
