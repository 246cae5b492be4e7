import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ClientHandle, errorMessage } from './client/client-handle.js';
import { ComparisonPanel } from './compare/comparison-panel.js';
import { Metrics } from './metrics.js';
import { DiagramPreview } from './preview/diagram-preview.js';
import { RulePages } from './rules/rule-page.js';
import { DiagnosticsTracker } from './status/diagnostics-tracker.js';
import { ProblemStatus } from './status/problem-status.js';
import { openExample } from './walkthrough/open-example.js';

/** What activate() returns: the extension-host and end-to-end tests use it to reach the running parts. */
export interface SamskapApi<Client extends BaseLanguageClient> {
    readonly client: Client;
    readonly ready: Promise<void>;
    readonly preview: DiagramPreview;
}

/**
 * What differs between the desktop extension (a Node language server, files on disk) and VS Code
 * for the Web (the server in a web worker, files handed to it through VS Code): how the client is
 * made and restarted, and the commands that touch the workspace's files.
 */
export interface ExtensionFlavour<Client extends BaseLanguageClient> {
    createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, tracker: DiagnosticsTracker): Client;
    restart(client: Client): Promise<void>;
    compareWorkspace(comparison: ComparisonPanel, output: vscode.LogOutputChannel): Promise<void>;
    compareSelection(comparison: ComparisonPanel, output: vscode.LogOutputChannel, clicked?: vscode.Uri, selected?: readonly vscode.Uri[]): Promise<void>;
    generateDocumentation(handle: ClientHandle): unknown;
    /** Whatever else the flavour starts on activation, disposed with the extension. */
    onActivation?(output: vscode.LogOutputChannel): vscode.Disposable[];
}

/**
 * Starts everything the extension offers, in either flavour. The language server starts in the
 * background (not awaited), so activation stays short; features that need the server wait for it
 * themselves.
 */
export function activateSamskap<Client extends BaseLanguageClient>(context: vscode.ExtensionContext, flavour: ExtensionFlavour<Client>): SamskapApi<Client> {
    const activationStart = performance.now();
    const output = vscode.window.createOutputChannel('Samskap', { log: true });
    const metrics = new Metrics(output);
    const tracker = new DiagnosticsTracker((uri, milliseconds) =>
        metrics.record('first diagnostics after open', milliseconds, vscode.workspace.asRelativePath(uri)));
    const client = flavour.createClient(context, output, tracker);
    const serverStart = performance.now();
    const ready = client.start().then(
        () => metrics.record('language server ready', performance.now() - serverStart),
        (error: unknown) => {
            output.appendLine(`The Samskap language server did not start: ${errorMessage(error)}`);
            void vscode.window.showErrorMessage('The Samskap language server did not start; see the Samskap output for details.');
            throw error;
        }
    );
    ready.catch(() => undefined);
    const handle = new ClientHandle(client, ready);
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

    context.subscriptions.push(
        output,
        tracker,
        status,
        preview,
        comparison,
        rules,
        ...rules.register(),
        ...(flavour.onActivation?.(output) ?? []),
        vscode.workspace.onDidOpenTextDocument(trackOpen),
        vscode.workspace.onDidCloseTextDocument(document => tracker.forget(document.uri)),
        vscode.window.registerWebviewPanelSerializer(DiagramPreview.viewType, {
            deserializeWebviewPanel: async (panel, state) => preview.revive(panel, state)
        }),
        vscode.commands.registerCommand('samskap.preview.open', (uri?: vscode.Uri) => preview.open(uri instanceof vscode.Uri ? uri : undefined)),
        vscode.commands.registerCommand('samskap.preview.exportSvg', () => preview.requestExport('svg')),
        vscode.commands.registerCommand('samskap.preview.exportPng', () => preview.requestExport('png')),
        vscode.commands.registerCommand('samskap.compare.workspace', () => flavour.compareWorkspace(comparison, output)),
        vscode.commands.registerCommand('samskap.compare.selected', (clicked?: vscode.Uri, selected?: vscode.Uri[]) =>
            flavour.compareSelection(comparison, output, clicked instanceof vscode.Uri ? clicked : undefined, Array.isArray(selected) ? selected : undefined)),
        vscode.commands.registerCommand('samskap.docs.generate', () => flavour.generateDocumentation(handle)),
        vscode.commands.registerCommand('samskap.walkthrough.openExample', async () => {
            const editor = await openExample(context.extensionUri);
            await preview.open(editor.document.uri);
        }),
        vscode.commands.registerCommand('samskap.server.restart', async () => {
            await ready.catch(() => undefined);
            await flavour.restart(client);
        })
    );

    metrics.record('extension activation', performance.now() - activationStart);
    return { client, ready, preview };
}
