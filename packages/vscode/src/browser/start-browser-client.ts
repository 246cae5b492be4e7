/// <reference lib="dom" />
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { readSettings } from '../client/settings.js';
import type { DiagnosticsTracker } from '../status/diagnostics-tracker.js';
import { samskapMiddleware } from '../client/client-middleware.js';
import { modelSchemes } from './workspace-models.js';

/**
 * The client of VS Code for the Web: the language server of the desktop extension, built for the
 * browser (dist/server-browser.js, started by src/browser/server-worker.ts) and run in a web
 * worker. It has no file system: it knows the documents the client sends it.
 */
export function createBrowserClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, tracker: DiagnosticsTracker): LanguageClient {
    const serverScript = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-browser.js');
    const clientOptions: LanguageClientOptions = {
        documentSelector: modelSchemes().map(scheme => ({ language: 'samskap', scheme })),
        outputChannel: output,
        initializationOptions: { settings: readSettings() },
        middleware: samskapMiddleware(tracker)
    };
    // A function, not a worker: a restart of the server starts a fresh worker, and ends the old one.
    let worker: Worker | undefined;
    const transports = async (): Promise<MessageTransports> => {
        worker?.terminate();
        worker = await startServerWorker(serverScript);
        // The transports are made here, not by the client: VS Code's web extension host replaces
        // the global Worker, so the client's `instanceof Worker` would not recognise the worker.
        return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    };
    return new LanguageClient('samskap', 'Samskap Language Server', transports, clientOptions);
}

/** Stops the server and starts a fresh one (the browser client has no `restart` of its own). */
export async function restartBrowserClient(client: LanguageClient): Promise<void> {
    if (client.isRunning()) {
        await client.stop();
    }
    await client.start();
}

/**
 * A worker running the server script. An extension served over http(s) (vscode.dev) gives the
 * script's address to the worker directly. Installed on a remote (code-server, a remote window),
 * its files have a `vscode-remote:` address, from which VS Code creates no worker: the script is
 * read through VS Code's file system and started from a blob instead.
 */
async function startServerWorker(script: vscode.Uri): Promise<Worker> {
    const name = 'Samskap Language Server';
    if (script.scheme === 'http' || script.scheme === 'https') {
        return new Worker(script.toString(true), { name });
    }
    const source = await vscode.workspace.fs.readFile(script);
    const url = URL.createObjectURL(new Blob([source as Uint8Array<ArrayBuffer>], { type: 'text/javascript' }));
    return new Worker(url, { name });
}
