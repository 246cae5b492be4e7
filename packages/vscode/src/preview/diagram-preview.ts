import * as vscode from 'vscode';
import { errorMessage, isMethodNotFound, type ClientHandle } from '../client/client-handle.js';
import { DIAGRAM_REQUEST, isGroupId, type DiagramParams, type DiagramResult } from '../client/protocol.js';
import { previewUpdateDelay, readSettings } from '../client/settings.js';
import type { Metrics } from '../metrics.js';
import { webviewHtml, webviewOptions } from '../webview/webview-html.js';
import { readDiagramFont } from './diagram-font.js';
import { saveExport } from './export-diagram.js';
import type { FontFaceData, FromPreview, ToPreview } from './preview-messages.js';
import { revealSource } from './reveal-source.js';
import { diagramThemeFor } from './theme-kind.js';

/** What the webview keeps across reloads (vscode.setState), read back when VS Code restores the panel. */
interface PersistedState {
    readonly uri?: string;
    readonly view?: string;
    readonly expanded?: string;
}

/**
 * The live diagram beside the editor. It follows the active Samskap editor, asks the server for
 * the diagram after the user pauses typing (debounced, cancelled when outdated, never on the
 * typing path), and keeps one webview whose script preserves zoom and scroll across redraws.
 */
export class DiagramPreview implements vscode.Disposable {
    static readonly viewType = 'samskap.preview';

    private panel: vscode.WebviewPanel | undefined;
    private document: vscode.Uri | undefined;
    /** The view the user picked; undefined for the server's default. */
    private view: string | undefined;
    /** The view now shown (the server names it), for export file names. */
    private shownView: string | undefined;
    /** When the edits that an answer with syntax errors did not show began, for the next redraw to time. */
    private carriedEditAt: number | undefined;
    private sequence = 0;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private inFlight: vscode.CancellationTokenSource | undefined;
    private lastEditAt: number | undefined;
    private openedAt: number | undefined;
    private readonly editTimes = new Map<number, number>();
    /** When each diagram was handed to the webview, to time its way there and back. */
    private readonly postedAt = new Map<number, number>();
    private lastDiagram: ToPreview | undefined;
    /**
     * The last drawing of each file that parsed, by URI: a file that has a syntax error when the
     * preview turns to it shows its own last drawing, never the previous file's.
     */
    private readonly lastGood = new Map<string, Extract<ToPreview, { type: 'diagram' }>>();
    /**
     * The overview's group the user opened, per file (URI): each file keeps its own, across views
     * and edits, until "← Overview". A view that is not drawn as an overview ignores it.
     */
    private readonly expanded = new Map<string, string>();
    /** The diagram font, read once from the extension's files; an Error says why it is missing. */
    private font: Promise<FontFaceData[] | Error> | undefined;
    private readonly subscriptions: vscode.Disposable[] = [];
    private readonly panelSubscriptions: vscode.Disposable[] = [];

    constructor(
        private readonly extensionUri: vscode.Uri,
        private readonly client: ClientHandle,
        private readonly metrics: Metrics,
        private readonly output: vscode.OutputChannel
    ) {
        this.subscriptions.push(
            vscode.workspace.onDidChangeTextDocument(event => {
                if (this.panel && event.contentChanges.length > 0 && event.document.uri.toString() === this.document?.toString()) {
                    this.lastEditAt ??= performance.now();
                    this.schedule();
                }
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                const uri = editor?.document.languageId === 'samskap' ? editor.document.uri : undefined;
                if (this.panel && uri && uri.toString() !== this.document?.toString()) {
                    this.document = uri;
                    this.updateTitle();
                    void this.refresh();
                }
            }),
            vscode.window.onDidChangeActiveColorTheme(() => void this.refresh()),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('samskap.displayLanguage')) {
                    void this.refresh();
                }
            })
        );
    }

    /** Opens (or reveals) the preview for a model, by default the active editor's. */
    async open(uri?: vscode.Uri): Promise<void> {
        const target = uri ?? activeSamskapDocument();
        if (!target) {
            void vscode.window.showInformationMessage('Open a .samskap file to see its diagram.');
            return;
        }
        this.document = target;
        if (this.panel) {
            this.panel.reveal(vscode.ViewColumn.Beside, true);
        } else {
            this.openedAt = performance.now();
            const panel = vscode.window.createWebviewPanel(
                DiagramPreview.viewType,
                'Diagram',
                { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
                webviewOptions(this.extensionUri)
            );
            this.attach(panel);
        }
        this.updateTitle();
        await this.refresh();
    }

    /** Takes over a panel VS Code restored after a reload. */
    revive(panel: vscode.WebviewPanel, state: unknown): void {
        const persisted = (state ?? {}) as PersistedState;
        this.document = persisted.uri ? vscode.Uri.parse(persisted.uri) : activeSamskapDocument();
        this.view = persisted.view;
        if (this.document && isGroupId(persisted.expanded)) {
            this.expanded.set(this.document.toString(), persisted.expanded);
        }
        panel.webview.options = webviewOptions(this.extensionUri);
        this.attach(panel);
        this.updateTitle();
        void this.refresh();
    }

    /** Asks the webview for the current diagram as SVG or PNG; it answers with an `exported` message. */
    requestExport(format: 'svg' | 'png'): void {
        if (!this.panel) {
            void vscode.window.showInformationMessage('Open the diagram preview first (Samskap: Open Diagram Preview to the Side).');
            return;
        }
        this.post({ type: 'export', format });
    }

    get isOpen(): boolean {
        return this.panel !== undefined;
    }

    dispose(): void {
        this.panel?.dispose();
        this.subscriptions.forEach(subscription => subscription.dispose());
    }

    private attach(panel: vscode.WebviewPanel): void {
        this.panel = panel;
        panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'file-icon.svg');
        panel.webview.html = webviewHtml(panel.webview, this.extensionUri, {
            title: 'Samskap diagram',
            script: 'preview.js',
            style: 'preview.css',
            body: PREVIEW_BODY
        });
        this.panelSubscriptions.push(
            panel.webview.onDidReceiveMessage((message: FromPreview) => void this.handle(message)),
            panel.onDidChangeViewState(event => void vscode.commands.executeCommand('setContext', 'samskapPreviewFocused', event.webviewPanel.active)),
            panel.onDidDispose(() => {
                this.panel = undefined;
                this.lastDiagram = undefined;
                this.lastGood.clear();
                this.expanded.clear();
                this.inFlight?.cancel();
                clearTimeout(this.timer);
                void vscode.commands.executeCommand('setContext', 'samskapPreviewFocused', false);
                this.panelSubscriptions.splice(0).forEach(subscription => subscription.dispose());
            })
        );
        void vscode.commands.executeCommand('setContext', 'samskapPreviewFocused', panel.active);
    }

    private updateTitle(): void {
        if (this.panel && this.document) {
            this.panel.title = `Diagram: ${this.document.path.split('/').pop() ?? ''}`;
        }
    }

    private schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), previewUpdateDelay());
    }

    private async refresh(): Promise<void> {
        clearTimeout(this.timer);
        const document = this.document;
        if (!this.panel || !document) {
            return;
        }
        this.inFlight?.cancel();
        const cancellation = new vscode.CancellationTokenSource();
        this.inFlight = cancellation;
        const seq = ++this.sequence;
        const editAt = this.lastEditAt ?? this.carriedEditAt;
        this.lastEditAt = undefined;
        this.carriedEditAt = undefined;
        const expanded = this.expanded.get(document.toString());
        const params: DiagramParams = {
            uri: document.toString(),
            theme: diagramThemeFor(),
            language: readSettings(document).displayLanguage,
            ...(this.view ? { view: this.view } : {}),
            ...(expanded ? { expand: expanded } : {})
        };
        try {
            const requested = performance.now();
            const result = await this.client.request<DiagramResult | null>(DIAGRAM_REQUEST, params, cancellation.token);
            if (cancellation.token.isCancellationRequested || seq !== this.sequence || !this.panel) {
                return;
            }
            // The server answers from the text it received last (it waits for that text to be linked).
            this.metrics.record('diagram request', performance.now() - requested);
            if (!result || typeof result.svg !== 'string' || result.svg.length === 0) {
                this.carriedEditAt = editAt;
                this.showLastGood(document);
                // Mid-edit syntax errors: keep the file's last drawing and say why it is not redrawn.
                const reason = result?.errors?.[0];
                this.post({ type: 'status', kind: 'error', text: reason ? `Not redrawn: line ${reason}` : 'No diagram for this file: it declares no model yet.' });
                return;
            }
            this.shownView = result.view ?? this.view;
            const last = this.lastDiagram;
            if (last?.type === 'diagram' && last.svg === result.svg && last.uri === document.toString() && last.expanded === expanded) {
                this.post({ type: 'status', kind: 'idle', text: '' });
                return;
            }
            if (editAt !== undefined) {
                this.editTimes.set(seq, editAt);
            }
            const message: ToPreview = {
                type: 'diagram',
                seq,
                uri: document.toString(),
                svg: result.svg,
                title: result.title ?? document.path.split('/').pop() ?? '',
                view: result.view ?? this.view,
                views: result.views ?? [],
                ...(expanded ? { expanded } : {})
            };
            this.lastDiagram = message;
            this.remember(message);
            this.postedAt.set(seq, performance.now());
            this.post(message);
        } catch (error) {
            if (cancellation.token.isCancellationRequested || seq !== this.sequence) {
                return;
            }
            const text = isMethodNotFound(error)
                ? 'This version of the Samskap language server cannot draw diagrams yet.'
                : `The diagram could not be drawn: ${errorMessage(error)}`;
            this.output.appendLine(`[preview] ${text}`);
            this.post({ type: 'status', kind: 'error', text });
        } finally {
            if (this.inFlight === cancellation) {
                this.inFlight = undefined;
            }
            cancellation.dispose();
        }
    }

    /**
     * When the drawing shown is another file's, shows this file's last good drawing, or an empty
     * canvas when it never had one: the title names this file, so the drawing must be its own.
     */
    private showLastGood(document: vscode.Uri): void {
        const uri = document.toString();
        const shown = this.lastDiagram;
        if (shown?.type === 'diagram' && shown.uri === uri) return;
        const good = this.lastGood.get(uri);
        if (good) {
            this.lastDiagram = good;
            this.post(good);
        } else {
            this.lastDiagram = undefined;
            this.post({ type: 'clear', uri, title: document.path.split('/').pop() ?? '' });
        }
    }

    /** Keeps the last drawing of a file, for the twenty files drawn last. */
    private remember(message: Extract<ToPreview, { type: 'diagram' }>): void {
        this.lastGood.delete(message.uri);
        this.lastGood.set(message.uri, message);
        if (this.lastGood.size > 20) {
            const oldest = this.lastGood.keys().next().value;
            if (oldest !== undefined) this.lastGood.delete(oldest);
        }
    }

    private async handle(message: FromPreview): Promise<void> {
        switch (message.type) {
            case 'ready': {
                // The font first: a drawing shown before it would be measured in a fallback font.
                const font = await this.diagramFont();
                if (!(font instanceof Error)) {
                    this.post({ type: 'font', faces: font });
                }
                if (this.lastDiagram) {
                    this.post(this.lastDiagram);
                }
                return;
            }
            case 'rendered': {
                const editAt = this.editTimes.get(message.seq);
                this.editTimes.delete(message.seq);
                const posted = this.postedAt.get(message.seq);
                this.postedAt.delete(message.seq);
                if (posted !== undefined) {
                    this.metrics.record('diagram to the webview and back', performance.now() - posted);
                }
                if (message.renderMs !== undefined) {
                    this.metrics.record('preview render in the webview', message.renderMs);
                }
                if (editAt !== undefined) {
                    this.metrics.record('preview refresh after edit', performance.now() - editAt, `includes the ${previewUpdateDelay()} ms typing pause`);
                } else if (this.openedAt !== undefined) {
                    this.metrics.record('preview first render', performance.now() - this.openedAt, 'from the open command');
                    this.openedAt = undefined;
                }
                return;
            }
            case 'reveal':
                if (this.document) {
                    await revealSource(message.location, this.document, this.panel?.viewColumn);
                }
                return;
            case 'selectView':
                this.view = message.view;
                await this.refresh();
                return;
            case 'expandGroup':
                if (this.document && isGroupId(message.group)) {
                    this.expanded.set(this.document.toString(), message.group);
                    await this.refresh();
                }
                return;
            case 'collapseGroup':
                if (this.document) {
                    this.expanded.delete(this.document.toString());
                    await this.refresh();
                }
                return;
            case 'exported': {
                if (!this.document) {
                    return;
                }
                const content = message.format === 'svg' ? message.data : Uint8Array.from(atob(message.base64), character => character.charCodeAt(0));
                const target = await saveExport(this.document, this.shownView ?? this.view, message.format, content);
                if (target) {
                    void vscode.window.showInformationMessage(`Diagram saved to ${vscode.workspace.asRelativePath(target)}.`);
                    if (!message.fontEmbedded) {
                        const font = await this.diagramFont();
                        const why = font instanceof Error ? font.message : 'the preview had not received it yet';
                        void vscode.window.showWarningMessage(`The diagram font (Arimo) is not in ${vscode.workspace.asRelativePath(target)}: ${why}. Text is drawn in the fonts of the machine that shows it and may run out of its boxes.`);
                    }
                }
                return;
            }
            case 'fontFailed':
                this.output.appendLine(`[preview] the webview could not use the diagram font: ${message.message}`);
                return;
            case 'exportFailed':
                void vscode.window.showErrorMessage(`The diagram could not be exported: ${message.message}`);
                return;
        }
    }

    /** The diagram font, read once; a missing file is said once in the output channel and at export. */
    private diagramFont(): Promise<FontFaceData[] | Error> {
        this.font ??= readDiagramFont(this.extensionUri).catch((error: unknown) => {
            const failure = error instanceof Error ? error : new Error(String(error));
            this.output.appendLine(`[preview] ${failure.message}: the preview and its exported images use the webview's fonts.`);
            return failure;
        });
        return this.font;
    }

    private post(message: ToPreview): void {
        void this.panel?.webview.postMessage(message);
    }
}


function activeSamskapDocument(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === 'samskap' ? document.uri : undefined;
}

const PREVIEW_BODY = `<header class="toolbar" role="toolbar" aria-label="Diagram">
  <label class="view-picker">View <select id="view" aria-label="Diagram view"></select></label>
  <nav id="groups" class="groups" aria-label="Groups of the overview" hidden>
    <button id="overview" title="Back to the overview: every group as one node" hidden>← Overview</button>
    <span id="group-crumb" aria-live="polite"></span>
  </nav>
  <span class="spacer"></span>
  <button id="zoom-out" title="Zoom out" aria-label="Zoom out">−</button>
  <span id="zoom-level" aria-live="polite">100%</span>
  <button id="zoom-in" title="Zoom in" aria-label="Zoom in">+</button>
  <button id="zoom-fit" title="Fit to window">Fit</button>
  <button id="export-svg" title="Save the diagram as SVG">SVG</button>
  <button id="export-png" title="Save the diagram as PNG">PNG</button>
</header>
<div id="status" class="status" role="status"></div>
<main id="viewport" class="viewport" tabindex="0" aria-label="Diagram"><div id="canvas" class="canvas"></div></main>`;
