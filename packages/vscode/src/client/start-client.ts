import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { DiagnosticsTracker } from '../status/diagnostics-tracker.js';
import { samskapMiddleware } from './client-middleware.js';
import { readSettings } from './settings.js';

/**
 * Creates the client for the bundled language server (dist/server.cjs, the same server as
 * `samskap lsp --stdio`), talking over Node IPC, which needs no stdio framing and no port.
 */
export function createSamskapClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, tracker: DiagnosticsTracker): LanguageClient {
    const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    // Node's compile cache in the extension's storage: server starts after the first skip
    // compiling the 1.7 MB bundle (as the `samskap` command does, packages/cli/bin).
    const env = { ...process.env, NODE_COMPILE_CACHE: vscode.Uri.joinPath(context.globalStorageUri, 'node-compile-cache').fsPath };
    const serverOptions: ServerOptions = {
        // The Node flag of the `samskap` command (packages/cli/bin): fewer young-generation collections while the workspace is built.
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=32'], env } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=32', '--nolazy', '--inspect=6009'], env } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { language: 'samskap', scheme: 'file' },
            { language: 'samskap', scheme: 'untitled' }
        ],
        outputChannel: output,
        initializationOptions: { settings: readSettings() },
        middleware: samskapMiddleware(tracker)
    };
    return new LanguageClient('samskap', 'Samskap Language Server', serverOptions, clientOptions);
}
