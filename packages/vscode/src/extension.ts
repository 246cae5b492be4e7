import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientHandle, errorMessage } from './client/client-handle.js';
import { createSamskapClient } from './client/start-client.js';
import { ComparisonPanel } from './compare/comparison-panel.js';
import { generateDocumentation } from './docs/generate-documentation.js';
import { Metrics } from './metrics.js';
import { DiagramPreview } from './preview/diagram-preview.js';
import { DiagnosticsTracker } from './status/diagnostics-tracker.js';
import { RulePages } from './rules/rule-page.js';
import { ProblemStatus } from './status/problem-status.js';
import { openExample } from './walkthrough/open-example.js';

/** What activate() returns: the extension-host tests use it to reach the running parts. */
export interface SamskapExtensionApi {
    readonly client: LanguageClient;
    readonly ready: Promise<void>;
    readonly preview: DiagramPreview;
}

let client: LanguageClient | undefined;

/**
 * Starts everything the extension offers. The language server starts in the background (not
 * awaited), so activation stays short; features that need the server wait for it themselves.
 */
export function activate(context: vscode.ExtensionContext): SamskapExtensionApi {
    const activationStart = performance.now();
    const output = vscode.window.createOutputChannel('Samskap', { log: true });
    const metrics = new Metrics(output);
    const tracker = new DiagnosticsTracker((uri, milliseconds) =>
        metrics.record('first diagnostics after open', milliseconds, vscode.workspace.asRelativePath(uri)));
    client = createSamskapClient(context, output, tracker);
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
        vscode.workspace.onDidOpenTextDocument(trackOpen),
        vscode.workspace.onDidCloseTextDocument(document => tracker.forget(document.uri)),
        vscode.window.registerWebviewPanelSerializer(DiagramPreview.viewType, {
            deserializeWebviewPanel: async (panel, state) => preview.revive(panel, state)
        }),
        vscode.commands.registerCommand('samskap.preview.open', (uri?: vscode.Uri) => preview.open(uri instanceof vscode.Uri ? uri : undefined)),
        vscode.commands.registerCommand('samskap.preview.exportSvg', () => preview.requestExport('svg')),
        vscode.commands.registerCommand('samskap.preview.exportPng', () => preview.requestExport('png')),
        vscode.commands.registerCommand('samskap.compare.workspace', () => comparison.compareWorkspace()),
        vscode.commands.registerCommand('samskap.compare.selected', (clicked?: vscode.Uri, selected?: vscode.Uri[]) =>
            comparison.compareSelection(clicked instanceof vscode.Uri ? clicked : undefined, Array.isArray(selected) ? selected : undefined)),
        vscode.commands.registerCommand('samskap.docs.generate', () => generateDocumentation(handle)),
        vscode.commands.registerCommand('samskap.walkthrough.openExample', async () => {
            const editor = await openExample(context.extensionUri);
            await preview.open(editor.document.uri);
        }),
        vscode.commands.registerCommand('samskap.server.restart', async () => {
            await ready.catch(() => undefined);
            await client?.restart();
        })
    );

    metrics.record('extension activation', performance.now() - activationStart);
    return { client, ready, preview };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
