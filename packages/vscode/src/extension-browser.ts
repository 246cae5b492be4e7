import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/browser';
import { createBrowserClient, restartBrowserClient } from './browser/start-browser-client.js';
import { compareSelectedModels, compareWorkspaceModels, explainDocumentationUnavailable, WEB_CONTEXT_KEY } from './browser/web-commands.js';
import { loadWorkspaceModels } from './browser/workspace-models.js';
import { ClientHandle, errorMessage } from './client/client-handle.js';
import { ComparisonPanel } from './compare/comparison-panel.js';
import { Metrics } from './metrics.js';
import { DiagramPreview } from './preview/diagram-preview.js';
import { RulePages } from './rules/rule-page.js';
import { DiagnosticsTracker } from './status/diagnostics-tracker.js';
import { ProblemStatus } from './status/problem-status.js';
import { openExample } from './walkthrough/open-example.js';

/**
 * The extension in VS Code for the Web (vscode.dev, github.dev; package.json `browser`): the same
 * preview, hovers, checks, status bar, rule pages and comparison as the desktop extension
 * (extension.ts), with the language server in a web worker instead of a Node process. The server
 * reads no files: the extension hands it the workspace's models through VS Code
 * (browser/workspace-models.ts). The documentation site, a folder written to disk, is not offered.
 */
export interface SamskapWebExtensionApi {
    readonly client: LanguageClient;
    readonly ready: Promise<void>;
    readonly preview: DiagramPreview;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): SamskapWebExtensionApi {
    const activationStart = performance.now();
    const output = vscode.window.createOutputChannel('Samskap', { log: true });
    const metrics = new Metrics(output);
    const tracker = new DiagnosticsTracker((uri, milliseconds) =>
        metrics.record('first diagnostics after open', milliseconds, vscode.workspace.asRelativePath(uri)));
    const started = createBrowserClient(context, output, tracker);
    client = started;
    const serverStart = performance.now();
    const ready = started.start().then(
        () => metrics.record('language server ready', performance.now() - serverStart),
        (error: unknown) => {
            output.appendLine(`The Samskap language server did not start: ${errorMessage(error)}`);
            void vscode.window.showErrorMessage('The Samskap language server did not start; see the Samskap output for details.');
            throw error;
        }
    );
    ready.catch(() => undefined);
    const handle = new ClientHandle(started, ready);
    const preview = new DiagramPreview(context.extensionUri, handle, metrics, output);
    const comparison = new ComparisonPanel(context.extensionUri, handle, output);
    const status = new ProblemStatus(tracker);
    const rules = new RulePages(context.extensionUri);

    const trackOpen = (document: vscode.TextDocument): void => {
        if (document.languageId === 'samskap') {
            tracker.opened(document.uri);
        }
    };
    vscode.workspace.textDocuments.forEach(trackOpen);
    void vscode.commands.executeCommand('setContext', WEB_CONTEXT_KEY, true);
    // Libraries and the Problems panel need every model of the workspace, as the desktop server
    // reads them from disk. Loaded at once: the client hands the server every document open when
    // it starts, so a library arrives with the first model instead of relinking it later.
    void loadWorkspaceModels(output);

    context.subscriptions.push(
        output,
        tracker,
        status,
        preview,
        comparison,
        rules,
        ...rules.register(),
        vscode.workspace.onDidOpenTextDocument(trackOpen),
        vscode.workspace.onDidCloseTextDocument(document => tracker.forget(document.uri)),
        vscode.workspace.onDidChangeWorkspaceFolders(() => void loadWorkspaceModels(output)),
        vscode.window.registerWebviewPanelSerializer(DiagramPreview.viewType, {
            deserializeWebviewPanel: async (panel, state) => preview.revive(panel, state)
        }),
        vscode.commands.registerCommand('samskap.preview.open', (uri?: vscode.Uri) => preview.open(uri instanceof vscode.Uri ? uri : undefined)),
        vscode.commands.registerCommand('samskap.preview.exportSvg', () => preview.requestExport('svg')),
        vscode.commands.registerCommand('samskap.preview.exportPng', () => preview.requestExport('png')),
        vscode.commands.registerCommand('samskap.compare.workspace', () => compareWorkspaceModels(comparison, output)),
        vscode.commands.registerCommand('samskap.compare.selected', (clicked?: vscode.Uri, selected?: vscode.Uri[]) =>
            compareSelectedModels(comparison, output, clicked instanceof vscode.Uri ? clicked : undefined, Array.isArray(selected) ? selected : undefined)),
        vscode.commands.registerCommand('samskap.docs.generate', () => explainDocumentationUnavailable()),
        vscode.commands.registerCommand('samskap.walkthrough.openExample', async () => {
            const editor = await openExample(context.extensionUri);
            await preview.open(editor.document.uri);
        }),
        vscode.commands.registerCommand('samskap.server.restart', async () => {
            await ready.catch(() => undefined);
            if (client) {
                await restartBrowserClient(client);
            }
        })
    );

    metrics.record('extension activation', performance.now() - activationStart);
    return { client: started, ready, preview };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
