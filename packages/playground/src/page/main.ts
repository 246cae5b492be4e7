/// <reference lib="dom" />
import {
    findReferencesKeymap, formatDocument, formatKeymap, hoverTooltips, LSPClient, renameKeymap, serverCompletion, signatureHelp
} from '@codemirror/lsp-client';
import { indentUnit } from '@codemirror/language';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
// Only the names of views and languages: the generators and their labels run in the worker.
import { DIAGRAM_VIEWS, type DiagramView } from '../../../generators/src/diagram/diagram-graph.js';
import { LANGUAGES, type Language } from '../../../generators/src/i18n/labels.js';
import bundled from 'samskap:bundled-files';
import type { Diagnostic } from 'vscode-languageserver';
import {
    DIAGRAM_REQUEST, DOCUMENTATION_REQUEST, type DiagramParams, type DiagramResult, type DocumentationParams, type DocumentationResult
} from '../../../cli/src/server/protocol.js';
import { PANELS_REQUEST, type PanelLabels, type PanelsParams, type PanelsResult } from '../protocol.js';
import { download, standalonePage, svgToPng } from './downloads.js';
import { goToDefinition } from './go-to-definition.js';
import { samskapLexicalHighlighting } from './lexical-highlighting.js';
import { cleanFileName, fileStore, type StoredFile } from './file-store.js';
import { PlaygroundWorkspace } from './playground-workspace.js';
import { refreshSemanticTokens, semanticHighlighting } from './semantic-highlighting.js';
import { cleanHtml, findingItems, showMarkup, showNotice, sourceOfLink } from './panel-views.js';
import { serverDiagnosticsWithFixes, type CheckedFile } from './server-diagnostics.js';
import { filesOfFragment, SHARE_LIMIT, shareFragment } from './share-link.js';
import { UI_TEXT, type UiText } from './ui-text.js';
import { workerTransport } from './worker-transport.js';

const ROOT_URI = 'file:///playground/';
const uriOf = (name: string): string => `${ROOT_URI}${name.split('/').map(encodeURIComponent).join('/')}`;

interface OpenFile {
    readonly name: string;
    readonly uri: string;
    readonly view: EditorView;
    readonly host: HTMLElement;
}

const element = <T extends HTMLElement>(id: string): T => {
    const found = document.getElementById(id);
    if (!found) {
        throw new Error(`the page lacks #${id}`);
    }
    return found as T;
};

/** Everything the page holds; the language server holds the analysis. */
const state = {
    files: [] as OpenFile[],
    active: '',
    language: 'en' as Language,
    view: 'network' as DiagramView,
    model: undefined as string | undefined,
    diagnostics: new Map<string, readonly Diagnostic[]>(),
    svg: '',
    panels: undefined as PanelsResult | undefined,
    /** The generators' names of the views in the display language, as the worker last sent them. */
    labels: undefined as PanelLabels | undefined,
    /** Numbers each panel refresh, so that an older answer never overwrites a newer one. */
    refresh: 0
};

const text = (): UiText => UI_TEXT[state.language];
/** An error's words: the client rejects with the server's response errors, which are plain objects with a message. */
const errorText = (error: unknown): string =>
    typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
const status = (message: string, tone: 'info' | 'error' = 'info'): void => {
    const bar = element('status');
    bar.textContent = message;
    bar.dataset.tone = tone;
};

// ---- the language server in its worker, and the client ------------------------------------------

// Started by boot.js as the page begins to load, so that the server's download overlaps this script's.
const worker = (window as { samskapWorker?: Worker }).samskapWorker ?? new Worker('server-worker.js', { type: 'module' });
const client = new LSPClient({
    rootUri: ROOT_URI,
    timeout: 30_000,
    // Hover text is Markdown from the server; what it renders passes the same wall as the diagrams.
    sanitizeHTML: cleanHtml,
    // A reference in another file (Shift+F12's list) opens that file's tab.
    workspace: lspClient => new PlaygroundWorkspace(lspClient, showFile),
    extensions: [
        serverCompletion(),
        hoverTooltips(),
        signatureHelp(),
        keymap.of([
            ...formatKeymap, ...renameKeymap, ...findReferencesKeymap,
            { key: 'F12', run: goToDefinition((uri, range) => jumpToUri(uri, range.start, range.start)), preventDefault: true }
        ]),
        serverDiagnosticsWithFixes(onChecked)
    ]
}).connect(workerTransport(worker));

/**
 * The edits (in any file: a library's change redraws its models) and diagnostics each file was last
 * shown for: the same again (the idle workspace checks often republish) redraws nothing.
 */
const lastChecked = new WeakMap<EditorView, { edits: number; diagnostics: string }>();
let edits = 0;

function onChecked(checked: CheckedFile): void {
    if (!firstDiagnosticsMarked) {
        firstDiagnosticsMarked = true;
        performance.mark('samskap:first-diagnostics');
    }
    const key = { edits, diagnostics: JSON.stringify(checked.diagnostics) };
    const last = lastChecked.get(checked.view);
    if (last && last.edits === key.edits && last.diagnostics === key.diagnostics) {
        return;
    }
    lastChecked.set(checked.view, key);
    state.diagnostics.set(checked.uri, checked.diagnostics);
    renderFindings();
    void refreshSemanticTokens(checked.view).catch(() => undefined);
    if (checked.uri === activeFile()?.uri) {
        void refreshPanels();
    }
}
let firstDiagnosticsMarked = false;

// ---- files and editors --------------------------------------------------------------------------

function activeFile(): OpenFile | undefined {
    return state.files.find(file => file.name === state.active);
}

function storedFiles(): StoredFile[] {
    return state.files.map(file => ({ name: file.name, text: file.view.state.doc.toString() }));
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
function saveSoon(): void {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, 300);
}

function saveNow(): void {
    clearTimeout(saveTimer);
    fileStore.save(storedFiles(), state.active);
}

// Closing or reloading the page within the pause before saving keeps the last keystrokes too.
window.addEventListener('pagehide', saveNow);

const lexicalHighlighting = samskapLexicalHighlighting(bundled.keywords);

function openFile(name: string, content: string): OpenFile {
    const existing = state.files.find(file => file.name === name);
    if (existing) {
        existing.view.dispatch({ changes: { from: 0, to: existing.view.state.doc.length, insert: content } });
        return existing;
    }
    const host = document.createElement('div');
    host.className = 'editor-host';
    host.hidden = true;
    element('editors').append(host);
    const uri = uriOf(name);
    const view = new EditorView({
        doc: content,
        parent: host,
        extensions: [
            basicSetup,
            // Samskap's canonical layout indents by four spaces; formatting asks the server for it.
            indentUnit.of('    '),
            EditorState.tabSize.of(4),
            lexicalHighlighting,
            client.plugin(uri, 'samskap'),
            semanticHighlighting,
            EditorView.updateListener.of(update => {
                if (update.docChanged) {
                    edits++;
                    saveSoon();
                }
            }),
            EditorView.contentAttributes.of({ 'aria-label': name })
        ]
    });
    const file = { name, uri, view, host };
    state.files.push(file);
    state.files.sort((a, b) => a.name.localeCompare(b.name));
    return file;
}

function closeFile(name: string): void {
    const file = state.files.find(f => f.name === name);
    if (!file) {
        return;
    }
    file.view.destroy();
    file.host.remove();
    state.files = state.files.filter(f => f !== file);
    state.diagnostics.delete(file.uri);
    if (state.active === name) {
        state.active = state.files.find(f => !f.name.startsWith('library/'))?.name ?? state.files[0]?.name ?? '';
    }
    if (state.files.length === 0) {
        openFile(bundled.gettingStarted.name, bundled.gettingStarted.text);
        state.active = bundled.gettingStarted.name;
    }
    showActive();
    renderFindings();
    saveSoon();
}

/** Shows the active file's editor; its panels follow (at start-up they wait for the first diagnostics instead). */
function showActive(refresh = true): void {
    for (const file of state.files) {
        file.host.hidden = file.name !== state.active;
    }
    renderTabs();
    state.model = undefined;
    if (refresh) {
        void refreshPanels();
    }
    activeFile()?.view.focus();
}

function activate(name: string): void {
    state.active = name;
    showActive();
    saveSoon();
}

/** The example libraries a model names (`uses norway`), so that it resolves as it does in the repository. */
function ensureLibraries(modelText: string): void {
    for (const library of bundled.libraries) {
        const name = library.name.replace(/^library\//, '').replace(/\.samskap$/, '');
        if (new RegExp(`\\buses\\s+${name}\\b`).test(modelText) && !state.files.some(file => file.name === library.name)) {
            openFile(library.name, library.text);
        }
    }
}

function renderTabs(): void {
    const tabs = element('file-tabs');
    tabs.replaceChildren(...state.files.map(file => {
        const tab = document.createElement('button');
        tab.type = 'button';
        tab.className = 'file-tab';
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', String(file.name === state.active));
        const errors = (state.diagnostics.get(file.uri) ?? []).filter(d => (d.severity ?? 1) === 1).length;
        tab.textContent = errors > 0 ? `${file.name} (${errors})` : file.name;
        tab.dataset.file = file.name;
        tab.addEventListener('click', () => activate(file.name));
        return tab;
    }));
}

// ---- panels beside the editor -------------------------------------------------------------------

async function refreshPanels(): Promise<void> {
    const file = activeFile();
    if (!file) {
        return;
    }
    const number = ++state.refresh;
    const language = state.language;
    try {
        const [panels, diagram] = await Promise.all([
            client.request<PanelsParams, PanelsResult>(PANELS_REQUEST, { uri: file.uri, model: state.model, language }),
            client.request<DiagramParams, DiagramResult>(DIAGRAM_REQUEST, { uri: file.uri, view: state.view, theme: 'light', language, model: state.model })
        ]);
        if (number !== state.refresh) {
            return;
        }
        state.panels = panels;
        state.labels = panels.labels;
        renderViewChoice();
        renderModelChoice(panels);
        renderDiagram(diagram);
        renderPanels(panels);
        status(`${text().ready}: ${file.name}`);
        // For the benchmark (bench/playground.mjs): when the panels show the newest text.
        document.dispatchEvent(new CustomEvent('samskap:drawn', { detail: { file: file.name } }));
    } catch (error) {
        if (number === state.refresh) {
            status(errorText(error), 'error');
        }
    }
}

function renderModelChoice(panels: PanelsResult): void {
    const choice = element<HTMLSelectElement>('model-choice');
    choice.replaceChildren(...panels.models.map(model => new Option(`${model.title || model.name}`, model.name, false, model.name === panels.model)));
    element('model-option').hidden = panels.models.length < 2;
}

function renderDiagram(diagram: DiagramResult): void {
    const target = element('diagram');
    if (diagram.svg === '' && (diagram.errors ?? []).length === 0) {
        // A library or an empty file: its own state, not the last model's drawing under a warning.
        showNotice(element('notice'), element('panels'), undefined, '');
        state.svg = '';
        target.replaceChildren(Object.assign(document.createElement('p'), { className: 'no-model', textContent: text().noModel }));
        return;
    }
    showNotice(element('notice'), element('panels'), diagram.errors, text().notDrawn);
    if (diagram.errors && diagram.errors.length > 0) {
        return;
    }
    state.svg = diagram.svg;
    try {
        showMarkup(target, diagram.svg, 'svg');
    } catch (error) {
        target.textContent = errorText(error);
    }
}

function renderPanels(panels: PanelsResult): void {
    if (panels.errors && panels.errors.length > 0) {
        return;
    }
    element('explanation').textContent = panels.explanation;
    showMarkup(element('decisions-matrix'), panels.decisionsHtml, 'html');
    showMarkup(element('funding-matrix'), panels.fundingHtml, 'html');
}

function renderFindings(): void {
    const { items, count } = findingItems(state.files, state.diagnostics, text(), jumpTo);
    element('findings-list').replaceChildren(...items);
    element('findings-count').textContent = count > 0 ? String(count) : '';
    renderTabs();
}

function jumpTo(name: string, start: { line: number; character: number }, end: { line: number; character: number }): void {
    if (state.active !== name) {
        activate(name);
    }
    const view = activeFile()?.view;
    if (!view) {
        return;
    }
    const offset = (position: { line: number; character: number }): number => {
        const line = view.state.doc.line(Math.min(position.line + 1, view.state.doc.lines));
        return Math.min(line.from + position.character, line.to);
    };
    view.dispatch({ selection: EditorSelection.range(offset(start), offset(end)), scrollIntoView: true });
    view.focus();
}

/** Brings the open file with this URI into view and gives its editor, for the client to move the cursor in. */
function showFile(uri: string): EditorView | undefined {
    const file = state.files.find(f => f.uri === uri);
    if (file && state.active !== file.name) {
        activate(file.name);
    }
    return file?.view;
}

function jumpToUri(uri: string, start: { line: number; character: number }, end: { line: number; character: number }): void {
    const file = state.files.find(f => f.uri === uri);
    if (file) {
        jumpTo(file.name, start, end);
    }
}

/** A click on a drawn actor, body or flow: its `data-samskap-range` (`file:///…#L12:3-L12:40`) names where it was written. */
function onDiagramClick(event: MouseEvent): void {
    const target = (event.target as Element | null)?.closest('[data-samskap-range]');
    const source = sourceOfLink(target?.getAttribute('data-samskap-range') ?? '');
    if (source) {
        jumpToUri(source.uri, source.start, source.end);
    }
}

// ---- interface text, examples, toolbar ----------------------------------------------------------

function applyLanguage(): void {
    const words = text();
    document.documentElement.lang = state.language;
    document.title = words.title;
    for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-text]'))) {
        const word = words[node.dataset.text as keyof UiText];
        if (typeof word === 'string') {
            node.textContent = word;
        }
    }
    renderViewChoice();
    renderExamples();
    renderFindings();
}

function renderViewChoice(): void {
    const views = state.labels?.views;
    const viewChoice = element<HTMLSelectElement>('view-choice');
    viewChoice.replaceChildren(...DIAGRAM_VIEWS.map(view => new Option(views?.[view] ?? view, view, false, view === state.view)));
}

function renderExamples(): void {
    const choice = element<HTMLSelectElement>('example-choice');
    const first = new Option(text().examples, '', true, true);
    first.disabled = true;
    choice.replaceChildren(first,
        new Option(text().gettingStarted, bundled.gettingStarted.name),
        ...bundled.cases.map(example => new Option(example.name.replace(/\.samskap$/, ''), example.name)));
}

function openExample(name: string): void {
    const example = [bundled.gettingStarted, ...bundled.cases].find(e => e.name === name);
    if (example) {
        ensureLibraries(example.text);
        openFile(example.name, example.text);
        activate(example.name);
    }
}

async function share(): Promise<void> {
    // The files shared are the files kept: a link and this browser's copy never differ.
    saveNow();
    // The file in view goes first: the link opens on it.
    const files = storedFiles().sort((a, b) => Number(b.name === state.active) - Number(a.name === state.active));
    const fragment = await shareFragment(files);
    if (fragment.length > SHARE_LIMIT) {
        status(text().shareTooLong.replace('{size}', String(fragment.length)).replace('{limit}', String(SHARE_LIMIT)), 'error');
        return;
    }
    history.replaceState(null, '', fragment);
    await navigator.clipboard?.writeText(location.href).catch(() => undefined);
    status(text().shareCopied);
}

async function downloadChosen(kind: string): Promise<void> {
    const file = activeFile();
    const base = (state.model ?? state.panels?.model ?? file?.name.replace(/\.samskap$/, '') ?? 'model').replace(/[^\w-]+/g, '-');
    if (!file) {
        return;
    }
    if (kind === 'svg' && state.svg) {
        download(`${base}-${state.view}.svg`, state.svg, 'image/svg+xml');
    } else if (kind === 'png' && state.svg) {
        download(`${base}-${state.view}.png`, await svgToPng(state.svg));
    } else if (kind === 'json' && state.panels?.exportJson) {
        download(`${file.name.replace(/\.samskap$/, '').replace(/^library\//, '')}.json`, state.panels.exportJson, 'application/json');
    } else if (kind === 'md' || kind === 'html') {
        const site = await client.request<DocumentationParams, DocumentationResult>(DOCUMENTATION_REQUEST, { uris: [file.uri], language: state.language });
        const pages = site.files.filter(f => f.path.startsWith('models/') && f.path.endsWith(`.${kind}`));
        const index = Math.max(0, state.panels?.models.findIndex(m => m.name === state.panels?.model) ?? 0);
        const page = pages[index] ?? pages[0];
        if (page) {
            download(page.path.slice('models/'.length), standalonePage(page, site.files), kind === 'md' ? 'text/markdown' : 'text/html');
        }
    }
}

function openFromDisk(input: HTMLInputElement): void {
    const chosen = Array.from(input.files ?? []);
    void Promise.all(chosen.map(async file => ({ name: cleanFileName(file.name), text: await file.text() }))).then(files => {
        for (const file of files) {
            openFile(file.name, file.text);
        }
        if (files.length > 0) {
            activate(files[0].name);
        }
        input.value = '';
    });
}

function wireToolbar(): void {
    element<HTMLSelectElement>('example-choice').addEventListener('change', event => {
        const choice = event.target as HTMLSelectElement;
        openExample(choice.value);
        choice.selectedIndex = 0;
    });
    element('new-file').addEventListener('click', () => {
        const name = prompt(text().newFileName, 'model.samskap');
        if (name) {
            const clean = cleanFileName(name);
            openFile(clean, state.files.some(f => f.name === clean) ? state.files.find(f => f.name === clean)!.view.state.doc.toString() : '');
            activate(clean);
        }
    });
    const opener = element<HTMLInputElement>('open-input');
    element('open-file').addEventListener('click', () => opener.click());
    opener.addEventListener('change', () => openFromDisk(opener));
    element('save-file').addEventListener('click', () => {
        const file = activeFile();
        if (file) {
            download(file.name.replace(/^library\//, ''), file.view.state.doc.toString());
        }
    });
    element('close-file').addEventListener('click', () => {
        if (state.active && confirm(text().confirmRemove.replace('{name}', state.active))) {
            closeFile(state.active);
        }
    });
    element('format').addEventListener('click', () => {
        const view = activeFile()?.view;
        if (view) {
            formatDocument(view);
        }
    });
    element('share').addEventListener('click', () => void share().catch(error => status(errorText(error), 'error')));
    element<HTMLSelectElement>('download-choice').addEventListener('change', event => {
        const choice = event.target as HTMLSelectElement;
        void downloadChosen(choice.value).catch(error => status(errorText(error), 'error'));
        choice.selectedIndex = 0;
    });
    element<HTMLSelectElement>('language-choice').addEventListener('change', event => {
        state.language = (event.target as HTMLSelectElement).value as Language;
        fileStore.saveLanguage(state.language);
        applyLanguage();
        void refreshPanels();
    });
    element<HTMLSelectElement>('view-choice').addEventListener('change', event => {
        state.view = (event.target as HTMLSelectElement).value as DiagramView;
        void refreshPanels();
    });
    element<HTMLSelectElement>('model-choice').addEventListener('change', event => {
        state.model = (event.target as HTMLSelectElement).value;
        void refreshPanels();
    });
    element('diagram').addEventListener('click', onDiagramClick);
    for (const tab of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-panel]'))) {
        tab.addEventListener('click', () => showPanel(tab.dataset.panel ?? 'diagram'));
    }
}

function showPanel(name: string): void {
    for (const tab of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-panel]'))) {
        tab.setAttribute('aria-selected', String(tab.dataset.panel === name));
    }
    for (const panel of Array.from(document.querySelectorAll<HTMLElement>('.panel'))) {
        panel.hidden = panel.id !== `panel-${name}`;
    }
    element('view-option').hidden = name !== 'diagram';
}

// ---- start --------------------------------------------------------------------------------------

async function start(): Promise<void> {
    const remembered = fileStore.language();
    state.language = (LANGUAGES as readonly string[]).includes(remembered ?? '') ? remembered as Language : preferredLanguage();
    element<HTMLSelectElement>('language-choice').value = state.language;
    element('guide-text').textContent = bundled.gettingStartedText;
    applyLanguage();
    wireToolbar();
    status(text().starting);
    let files: StoredFile[] | undefined;
    let shared = false;
    try {
        files = await filesOfFragment(location.hash);
        shared = files !== undefined;
    } catch {
        status(text().shareBroken, 'error');
    }
    files ??= fileStore.load();
    if (!files || files.length === 0) {
        files = [bundled.gettingStarted];
    }
    for (const file of files) {
        openFile(cleanFileName(file.name), file.text);
    }
    const wanted = shared ? cleanFileName(files[0].name) : fileStore.active();
    state.active = state.files.find(f => f.name === wanted)?.name ?? state.files.find(f => !f.name.startsWith('library/'))?.name ?? state.files[0].name;
    showActive(false);
    // Kept at once, so that files opened from a shared link survive a reload.
    saveSoon();
    if (shared) {
        // The files are kept in this browser now: a reload shows the edits made since, not the link's text again.
        history.replaceState(null, '', location.pathname + location.search);
        status(text().loadedShared);
    }
}

/** Lets the playground open without a network once loaded (static/sw.js keeps a copy of its files). */
function keepForOffline(): void {
    if ('serviceWorker' in navigator && location.protocol !== 'file:') {
        navigator.serviceWorker.register('sw.js').catch(() => undefined);
    }
}

function preferredLanguage(): Language {
    const browser = (navigator.language || 'en').toLowerCase();
    if (browser.startsWith('nb') || browser.startsWith('no') || browser.startsWith('nn')) {
        return 'nb';
    }
    return browser.startsWith('da') ? 'da' : 'en';
}

keepForOffline();
void start();
