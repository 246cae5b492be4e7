import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/browser';
import { activateSamskap, type SamskapApi } from './activation.js';
import { createBrowserClient, restartBrowserClient } from './browser/start-browser-client.js';
import { compareSelectedModels, compareWorkspaceModels, explainDocumentationUnavailable, WEB_CONTEXT_KEY } from './browser/web-commands.js';
import { loadWorkspaceModels } from './browser/workspace-models.js';

/**
 * The extension in VS Code for the Web (vscode.dev, github.dev; package.json `browser`): the same
 * preview, hovers, checks, status bar, rule pages and comparison as the desktop extension
 * (extension.ts), with the language server in a web worker instead of a Node process. The server
 * reads no files: the extension hands it the workspace's models through VS Code
 * (browser/workspace-models.ts). The documentation site, a folder written to disk, is not offered.
 */
export type SamskapWebExtensionApi = SamskapApi<LanguageClient>;

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): SamskapWebExtensionApi {
    const api = activateSamskap(context, {
        createClient: createBrowserClient,
        restart: restartBrowserClient,
        compareWorkspace: compareWorkspaceModels,
        compareSelection: compareSelectedModels,
        generateDocumentation: explainDocumentationUnavailable,
        onActivation: output => {
            void vscode.commands.executeCommand('setContext', WEB_CONTEXT_KEY, true);
            // Libraries and the Problems panel need every model of the workspace, as the desktop server
            // reads them from disk. Loaded at once: the client hands the server every document open when
            // it starts, so a library arrives with the first model instead of relinking it later.
            void loadWorkspaceModels(output);
            return [vscode.workspace.onDidChangeWorkspaceFolders(() => void loadWorkspaceModels(output))];
        }
    });
    client = api.client;
    return api;
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
