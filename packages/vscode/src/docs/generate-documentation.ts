import * as vscode from 'vscode';
import { errorMessage, isMethodNotFound, type ClientHandle } from '../client/client-handle.js';
import { DOCUMENTATION_REQUEST, type DocumentationParams, type DocumentationResult } from '../client/protocol.js';
import { readSettings } from '../client/settings.js';
import { samskapFilesIn } from '../compare/model-files.js';
import { writeAtomically } from '../io/write-atomically.js';

/**
 * "Generate documentation": the static site of every model in the workspace (the pages
 * `samskap docs` writes), computed by the server and written file by file, atomically, into a
 * folder the user picks.
 */
export async function generateDocumentation(client: ClientHandle): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
        void vscode.window.showInformationMessage('Open a folder of .samskap files to generate its documentation.');
        return undefined;
    }
    const target = await chooseSiteFolder(folder.uri);
    if (!target) {
        return undefined;
    }
    const uris = await samskapFilesIn([folder.uri]);
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Samskap: generating documentation' }, async progress => {
        let result: DocumentationResult;
        try {
            const params: DocumentationParams = { uris: uris.map(uri => uri.toString()), language: readSettings().displayLanguage };
            result = await client.request<DocumentationResult>(DOCUMENTATION_REQUEST, params);
        } catch (error) {
            const text = isMethodNotFound(error)
                ? 'This version of the Samskap language server cannot generate documentation yet; run `samskap docs` in a terminal.'
                : `The documentation could not be generated: ${errorMessage(error)}`;
            void vscode.window.showErrorMessage(text);
            return undefined;
        }
        let written = 0;
        for (const file of result.files) {
            const segments = file.path.split('/');
            if (file.path.startsWith('/') || segments.some(segment => segment === '..' || segment === '' || segment.includes('\\'))) {
                throw new Error(`the server proposed an unsafe file name: ${file.path}`);
            }
            await writeAtomically(vscode.Uri.joinPath(target, ...segments), file.content);
            written++;
            progress.report({ message: file.path, increment: 100 / result.files.length });
        }
        const index = vscode.Uri.joinPath(target, 'index.html');
        const open = 'Open index.html';
        void vscode.window.showInformationMessage(`Documentation written: ${written} files in ${vscode.workspace.asRelativePath(target)}.`, open).then(choice => {
            if (choice === open) {
                void vscode.env.openExternal(index);
            }
        });
        return target;
    });
}

/** `site/` in the workspace by default (one Enter), or any folder the user picks. */
async function chooseSiteFolder(workspace: vscode.Uri): Promise<vscode.Uri | undefined> {
    const fallback = vscode.Uri.joinPath(workspace, 'site');
    const other = 'Choose another folder…';
    const choice = await vscode.window.showQuickPick([
        { label: vscode.workspace.asRelativePath(fallback, false), description: 'in the workspace', target: fallback },
        { label: other, description: '', target: undefined }
    ], {
        title: 'Samskap: where should the documentation site go?',
        placeHolder: 'Folder for the generated site',
        // A preview or comparison webview that finishes loading takes the focus; without this the
        // question would vanish under the user's eyes and the command would silently do nothing.
        ignoreFocusOut: true
    });
    if (!choice) {
        return undefined;
    }
    if (choice.target) {
        return choice.target;
    }
    const picked = await vscode.window.showOpenDialog({
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        defaultUri: workspace,
        openLabel: 'Write the site here',
        title: 'Where should the documentation site go?'
    });
    return picked?.[0];
}
