import * as vscode from 'vscode';
import { errorMessage, isMethodNotFound, type ClientHandle } from '../client/client-handle.js';
import { COMPARE_REQUEST, type CompareParams, type CompareResult } from '../client/protocol.js';
import { readSettings } from '../client/settings.js';
import { writeAtomically } from '../io/write-atomically.js';
import { revealSource } from '../preview/reveal-source.js';
import { webviewHtml, webviewOptions } from '../webview/webview-html.js';
import type { FromCompare, MatrixFormat, ToCompare } from './compare-messages.js';
import { samskapFilesIn } from './model-files.js';

const EXTENSIONS: Record<MatrixFormat, { extension: string; label: string }> = {
    csv: { extension: 'csv', label: 'CSV (spreadsheet)' },
    markdown: { extension: 'md', label: 'Markdown' },
    html: { extension: 'html', label: 'HTML' }
};

/**
 * The comparison matrix of several models, side by side: for the whole workspace or the files and
 * folders selected in the Explorer. The server computes it (the same tables `samskap compare`
 * writes); this panel shows the HTML and saves the CSV, Markdown or HTML the user asks for.
 */
export class ComparisonPanel implements vscode.Disposable {
    static readonly viewType = 'samskap.compare';

    private panel: vscode.WebviewPanel | undefined;
    private uris: readonly vscode.Uri[] = [];
    private result: CompareResult | undefined;

    constructor(private readonly extensionUri: vscode.Uri, private readonly client: ClientHandle, private readonly output: vscode.OutputChannel) {}

    async compareWorkspace(): Promise<void> {
        const uris = await vscode.workspace.findFiles('**/*.samskap', '**/{node_modules,.git}/**');
        await this.show(uris);
    }

    /** From the Explorer: `clicked` is the item right-clicked, `selected` all selected items. */
    async compareSelection(clicked?: vscode.Uri, selected?: readonly vscode.Uri[]): Promise<void> {
        const roots = selected && selected.length > 0 ? selected : clicked ? [clicked] : [];
        if (roots.length === 0) {
            await this.compareWorkspace();
            return;
        }
        await this.show(await samskapFilesIn(roots));
    }

    dispose(): void {
        this.panel?.dispose();
    }

    private async show(uris: readonly vscode.Uri[]): Promise<void> {
        this.uris = [...uris].sort((a, b) => a.toString().localeCompare(b.toString()));
        if (!this.panel) {
            this.panel = vscode.window.createWebviewPanel(ComparisonPanel.viewType, 'Comparison', vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
            this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'file-icon.svg');
            this.panel.webview.html = webviewHtml(this.panel.webview, this.extensionUri, {
                title: 'Samskap comparison',
                script: 'compare.js',
                style: 'compare.css',
                body: COMPARE_BODY
            });
            this.panel.webview.onDidReceiveMessage((message: FromCompare) => void this.handle(message));
            this.panel.onDidDispose(() => {
                this.panel = undefined;
                this.result = undefined;
            });
        } else {
            this.panel.reveal();
        }
        this.panel.title = `Comparison (${this.uris.length} ${this.uris.length === 1 ? 'file' : 'files'})`;
        await this.refresh();
    }

    private async refresh(): Promise<void> {
        if (this.uris.length === 0) {
            this.result = undefined;
            this.post({ type: 'status', kind: 'error', text: 'No .samskap files to compare here.' });
            return;
        }
        this.post({ type: 'status', kind: 'busy', text: `Comparing ${this.uris.length} files…` });
        const params: CompareParams = { uris: this.uris.map(uri => uri.toString()), language: readSettings().displayLanguage };
        try {
            this.result = await this.client.request<CompareResult>(COMPARE_REQUEST, params);
            this.post({ type: 'matrix', html: this.result.html, files: this.uris.map(uri => vscode.workspace.asRelativePath(uri)) });
        } catch (error) {
            this.result = undefined;
            const text = isMethodNotFound(error)
                ? 'This version of the Samskap language server cannot compare models yet.'
                : `The models could not be compared: ${errorMessage(error)}`;
            this.output.appendLine(`[compare] ${text}`);
            this.post({ type: 'status', kind: 'error', text });
        }
    }

    private async handle(message: FromCompare): Promise<void> {
        switch (message.type) {
            case 'ready':
                if (this.result) {
                    this.post({ type: 'matrix', html: this.result.html, files: this.uris.map(uri => vscode.workspace.asRelativePath(uri)) });
                }
                return;
            case 'refresh':
                await this.refresh();
                return;
            case 'export':
                await this.export(message.format);
                return;
            case 'reveal': {
                const fallback = this.uris[0];
                if (fallback) {
                    await revealSource(message.location, fallback, this.panel?.viewColumn);
                }
                return;
            }
        }
    }

    private async export(format: MatrixFormat): Promise<void> {
        if (!this.result) {
            void vscode.window.showInformationMessage('There is no comparison to export yet.');
            return;
        }
        const { extension, label } = EXTENSIONS[format];
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const target = await vscode.window.showSaveDialog({
            defaultUri: folder ? vscode.Uri.joinPath(folder, `comparison.${extension}`) : undefined,
            filters: { [label]: [extension] },
            title: `Export the comparison as ${label}`
        });
        if (!target) {
            return;
        }
        await writeAtomically(target, this.result[format]);
        void vscode.window.showInformationMessage(`Comparison saved to ${vscode.workspace.asRelativePath(target)}.`);
    }

    private post(message: ToCompare): void {
        void this.panel?.webview.postMessage(message);
    }
}

const COMPARE_BODY = `<header class="toolbar" role="toolbar" aria-label="Comparison">
  <span id="summary" class="summary"></span>
  <span class="spacer"></span>
  <button id="refresh" title="Compare again">Refresh</button>
  <button id="export-csv" title="Save as CSV for a spreadsheet">CSV</button>
  <button id="export-markdown" title="Save as Markdown">Markdown</button>
  <button id="export-html" title="Save as an HTML page">HTML</button>
</header>
<div id="status" class="status" role="status"></div>
<main id="matrix" class="matrix" tabindex="0" aria-label="Comparison matrix"></main>`;
