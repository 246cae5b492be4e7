import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activateSamskap, type SamskapApi } from './activation.js';
import { createSamskapClient } from './client/start-client.js';
import { generateDocumentation } from './docs/generate-documentation.js';

/** What activate() returns: the extension-host tests use it to reach the running parts. */
export type SamskapExtensionApi = SamskapApi<LanguageClient>;

let client: LanguageClient | undefined;

/**
 * The desktop extension: the language server is the Node process of `samskap lsp` (dist/server.cjs),
 * and the workspace's files are read from disk by the server itself.
 */
export function activate(context: vscode.ExtensionContext): SamskapExtensionApi {
    const api = activateSamskap(context, {
        createClient: createSamskapClient,
        restart: started => started.restart(),
        compareWorkspace: comparison => comparison.compareWorkspace(),
        compareSelection: (comparison, _output, clicked, selected) => comparison.compareSelection(clicked, selected),
        generateDocumentation
    });
    client = api.client;
    return api;
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
