import * as vscode from 'vscode';
import type { ComparisonPanel } from '../compare/comparison-panel.js';
import { loadWorkspaceModels, openModels } from './workspace-models.js';

/** Context key for menus: the extension runs in the browser, where some commands have nothing to work on. */
export const WEB_CONTEXT_KEY = 'samskap.web';

/**
 * "Compare All Models in the Workspace" in the browser: the models VS Code can read for the server
 * (the workspace's files, see workspace-models.ts) and those open in editors, untitled included.
 */
export async function compareWorkspaceModels(comparison: ComparisonPanel, output: vscode.OutputChannel): Promise<void> {
    const loaded = vscode.workspace.workspaceFolders ? await loadWorkspaceModels(output) : [];
    const uris = unique([...loaded, ...openModels()]);
    if (uris.length === 0) {
        void vscode.window.showInformationMessage('There are no .samskap files to compare: open a folder of models, or the models themselves.');
        return;
    }
    await comparison.compareSelection(undefined, uris);
}

/** "Compare Selected Models" from the Explorer: the selected files and the models in the selected folders, loaded first. */
export async function compareSelectedModels(comparison: ComparisonPanel, output: vscode.OutputChannel, clicked?: vscode.Uri, selected?: readonly vscode.Uri[]): Promise<void> {
    const roots = selected && selected.length > 0 ? selected : clicked ? [clicked] : [];
    if (roots.length === 0) {
        await compareWorkspaceModels(comparison, output);
        return;
    }
    const uris = await loadWorkspaceModels(output, roots);
    if (uris.length === 0) {
        void vscode.window.showInformationMessage('The selection holds no .samskap files to compare.');
        return;
    }
    await comparison.compareSelection(undefined, uris);
}

/** The documentation site is a folder of files written to disk: the browser has none to write to. */
export function explainDocumentationUnavailable(): void {
    void vscode.window.showInformationMessage(
        'Generating the documentation site writes a folder of files, which VS Code for the Web cannot do. '
        + 'Use Samskap in desktop VS Code, or run `samskap docs` in a terminal. The diagram preview, hovers, checks and the comparison work here.'
    );
}

function unique(uris: readonly vscode.Uri[]): vscode.Uri[] {
    return [...new Map(uris.map(uri => [uri.toString(), uri])).values()];
}
