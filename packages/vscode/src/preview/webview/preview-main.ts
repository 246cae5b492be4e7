/// <reference lib="dom" />
import { sanitiseInto } from '../../webview/sanitise-markup.js';
import { vscodeApi } from '../../webview/vscode-api.js';
import { isGroupId } from '../../client/protocol.js';
import type { FontFaceData, FromPreview, SourceLocation, ToPreview } from '../preview-messages.js';
import { parseSourceLink } from '../source-link.js';
import { rasterise, standaloneSvg } from './export-image.js';
import { DIAGRAM_FONT_FAMILY } from './font-embedding.js';

/**
 * The diagram preview's script, running inside the webview. It swaps in each new SVG without
 * rebuilding the page, so zoom and scroll survive every redraw, and turns clicks on diagram
 * elements (which carry `data-samskap-range`) into "reveal this source" messages.
 */

interface State {
    uri?: string;
    view?: string;
    /** The overview's group opened in the file shown, if any (restored with the panel). */
    expanded?: string;
    /** What each group of the overviews shown is called ("Public sector (58)"), for the way back from it. */
    groupNames?: Record<string, string>;
    scale?: number;
    scrollLeft?: number;
    scrollTop?: number;
    /**
     * The zoom the user chose, per file and view (`uri#view`). A file or view shown anew is fitted
     * to the window unless the user zoomed in it before: one file's zoom never carries to another.
     */
    zoomed?: Record<string, { scale: number; scrollLeft: number; scrollTop: number }>;
}

/** How many files and views keep the user's zoom (the oldest is forgotten first). */
const ZOOM_MEMORY = 30;

const MIN_SCALE = 0.1;
const MAX_SCALE = 8;

const api = vscodeApi<State>();
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const state: State = { ...(api.getState() ?? {}) };
const viewport = element<HTMLElement>('viewport');
const canvas = element<HTMLElement>('canvas');
const status = element<HTMLElement>('status');
const viewPicker = element<HTMLSelectElement>('view');
const zoomLevel = element<HTMLElement>('zoom-level');
const groups = element<HTMLElement>('groups');
const overviewButton = element<HTMLButtonElement>('overview');
const groupCrumb = element<HTMLElement>('group-crumb');
/** The diagram font's faces once the extension sent them: drawn with on screen, embedded in exports. */
let font: readonly FontFaceData[] = [];
let natural: { width: number; height: number } | undefined;
/** The file and view on the canvas (`uri#view`); after a reload, the one the state was saved for. */
let shownKey: string | undefined = state.scale !== undefined && state.uri !== undefined ? keyOf(state.uri, state.view, state.expanded) : undefined;

/** A drawing's key for the zoom memory: an opened group is a drawing of its own, fitted anew, and the overview keeps its zoom. */
function keyOf(uri: string, view: string | undefined, expanded?: string): string {
    return `${uri}#${view ?? ''}${expanded ? `#${expanded}` : ''}`;
}

/** Remembers the user's zoom and scroll for the file and view shown. */
function rememberZoom(): void {
    if (shownKey === undefined || state.scale === undefined) return;
    const zoomed = state.zoomed ?? {};
    delete zoomed[shownKey];
    zoomed[shownKey] = { scale: state.scale, scrollLeft: viewport.scrollLeft, scrollTop: viewport.scrollTop };
    const keys = Object.keys(zoomed);
    for (const old of keys.slice(0, Math.max(0, keys.length - ZOOM_MEMORY))) delete zoomed[old];
    state.zoomed = zoomed;
}

function element<T extends HTMLElement>(id: string): T {
    const found = document.getElementById(id);
    if (!found) {
        throw new Error(`the preview page lacks #${id}`);
    }
    return found as T;
}

function post(message: FromPreview): void {
    api.postMessage(message);
}

function save(): void {
    state.scrollLeft = viewport.scrollLeft;
    state.scrollTop = viewport.scrollTop;
    const zoomed = shownKey !== undefined ? state.zoomed?.[shownKey] : undefined;
    if (zoomed) {
        zoomed.scrollLeft = viewport.scrollLeft;
        zoomed.scrollTop = viewport.scrollTop;
    }
    api.setState(state);
}

function currentSvg(): SVGSVGElement | null {
    return canvas.querySelector('svg');
}

function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
    const box = svg.viewBox.baseVal;
    if (box && box.width > 0 && box.height > 0) {
        return { width: box.width, height: box.height };
    }
    const bounds = svg.getBBox();
    return { width: Math.max(1, bounds.width), height: Math.max(1, bounds.height) };
}

function applyScale(): void {
    const svg = currentSvg();
    const scale = state.scale ?? 1;
    if (svg && natural) {
        svg.setAttribute('width', String(natural.width * scale));
        svg.setAttribute('height', String(natural.height * scale));
    }
    zoomLevel.textContent = `${Math.round(scale * 100)}%`;
}

/** Zooms keeping the point under (clientX, clientY) where it is. */
function zoomTo(scale: number, clientX?: number, clientY?: number): void {
    const old = state.scale ?? 1;
    const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
    const rect = viewport.getBoundingClientRect();
    const x = (clientX ?? rect.left + rect.width / 2) - rect.left;
    const y = (clientY ?? rect.top + rect.height / 2) - rect.top;
    const contentX = (viewport.scrollLeft + x) / old;
    const contentY = (viewport.scrollTop + y) / old;
    state.scale = next;
    applyScale();
    viewport.scrollLeft = contentX * next - x;
    viewport.scrollTop = contentY * next - y;
    rememberZoom();
    save();
}

/** Fits the drawing to the window; from the Fit button, the file and view follow the window again. */
function fit(byUser = false): void {
    if (byUser && shownKey !== undefined) {
        delete state.zoomed?.[shownKey];
    }
    if (!natural) {
        return;
    }
    const scale = Math.min((viewport.clientWidth - 16) / natural.width, (viewport.clientHeight - 16) / natural.height, 2);
    state.scale = Math.max(MIN_SCALE, scale);
    applyScale();
    viewport.scrollLeft = 0;
    viewport.scrollTop = 0;
    save();
}

function setStatus(text: string, kind: 'busy' | 'error' | 'idle'): void {
    status.textContent = text;
    status.className = `status ${kind}`;
    status.hidden = text.length === 0;
}

function showViews(views: readonly string[], selected: string | undefined): void {
    const current = Array.from(viewPicker.options).map(option => option.value).join('\n');
    if (current !== views.join('\n')) {
        viewPicker.replaceChildren(...views.map(view => {
            const option = document.createElement('option');
            option.value = view;
            option.textContent = view;
            return option;
        }));
    }
    viewPicker.disabled = views.length < 2;
    if (selected) {
        viewPicker.value = selected;
    }
}

function render(message: Extract<ToPreview, { type: 'diagram' }>): void {
    const started = performance.now();
    const scrollLeft = viewport.scrollLeft;
    const scrollTop = viewport.scrollTop;
    try {
        sanitiseInto(canvas, message.svg, 'svg', nonce);
    } catch (error) {
        setStatus(`The diagram could not be shown: ${(error as Error).message}`, 'error');
        return;
    }
    const svg = currentSvg();
    if (!svg) {
        setStatus('The server sent an empty diagram.', 'error');
        return;
    }
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    natural = naturalSize(svg);
    state.uri = message.uri;
    state.view = message.view;
    state.expanded = message.expanded;
    showViews(message.views, message.view);
    showGroups(svg, message.expanded);
    document.title = message.title;
    canvas.dataset.renderSeq = String(message.seq);
    canvas.dataset.uri = message.uri;
    setStatus('', 'idle');
    const key = keyOf(message.uri, message.view, message.expanded);
    if (key === shownKey) {
        // A redraw of what is shown (after an edit): zoom and scroll stay.
        applyScale();
        viewport.scrollLeft = state.scrollLeft ?? scrollLeft;
        viewport.scrollTop = state.scrollTop ?? scrollTop;
    } else {
        shownKey = key;
        const zoomed = state.zoomed?.[key];
        if (zoomed) {
            state.scale = zoomed.scale;
            applyScale();
            viewport.scrollLeft = zoomed.scrollLeft;
            viewport.scrollTop = zoomed.scrollTop;
        } else {
            fit();
        }
    }
    save();
    // Reading the size forces layout, so the time includes what the browser does to show it.
    void canvas.getBoundingClientRect();
    post({ type: 'rendered', seq: message.seq, renderMs: performance.now() - started });
}

/** No drawing for this file: nothing of another file's stays on the canvas under its title. */
function clear(uri: string, title: string): void {
    canvas.replaceChildren();
    natural = undefined;
    shownKey = undefined;
    state.uri = uri;
    state.view = undefined;
    state.expanded = undefined;
    canvas.dataset.uri = uri;
    groups.hidden = true;
    delete canvas.dataset.renderSeq;
    showViews([], undefined);
    document.title = title;
    save();
}

/**
 * The overview's groups as buttons: each group node opens on click or Enter, and the toolbar
 * shows the way back from an opened group ("← Overview › Public sector (58)") or, on an overview,
 * that its groups open. An opened group the drawing does not show (the view is not an overview)
 * shows nothing: the way back would lead to the same drawing.
 */
function showGroups(svg: SVGSVGElement, expanded: string | undefined): void {
    const nodes = Array.from(svg.querySelectorAll<SVGGElement>('g.node.aggregate[data-samskap-id]'))
        .filter(node => isGroupId(node.getAttribute('data-samskap-id')));
    const names = state.groupNames ?? {};
    for (const node of nodes) {
        const id = node.getAttribute('data-samskap-id') ?? '';
        const name = node.querySelector('title')?.textContent?.trim() || id;
        names[id] = name;
        node.setAttribute('data-preview-group', '');
        node.setAttribute('tabindex', '0');
        node.setAttribute('role', 'button');
        node.setAttribute('aria-label', `Open ${name}: show its actors`);
    }
    state.groupNames = names;
    // Opened: its frame is drawn (views that frame sectors), or its actors beside the other groups (views that colour them).
    const frame = expanded ? svg.querySelector(`g.cluster.expanded[data-samskap-id="${CSS.escape(expanded)}"]`) : null;
    const opened = expanded !== undefined && (frame !== null || (nodes.length > 0 && !nodes.some(node => node.getAttribute('data-samskap-id') === expanded)
        && svg.querySelector('g.node[data-samskap-id^="actor:"]') !== null));
    if (expanded && opened) {
        overviewButton.hidden = false;
        groupCrumb.textContent = `› ${frame?.querySelector('title')?.textContent?.trim() || names[expanded] || expanded}`;
        groups.hidden = false;
    } else if (nodes.length > 0) {
        overviewButton.hidden = true;
        groupCrumb.textContent = 'Click a group to see its actors';
        groups.hidden = false;
    } else {
        groups.hidden = true;
    }
}

function groupOf(target: EventTarget | null): string | undefined {
    const node = target instanceof Element ? target.closest('[data-preview-group]') : null;
    const id = node?.getAttribute('data-samskap-id');
    return isGroupId(id) ? id : undefined;
}

function openGroup(group: string): void {
    setStatus('Opening the group…', 'busy');
    post({ type: 'expandGroup', group });
}

function backToOverview(): void {
    setStatus('Drawing the overview…', 'busy');
    post({ type: 'collapseGroup' });
}

/**
 * The diagram font for the drawing on screen: faces made from the bytes need no font URL, which
 * the webview's Content Security Policy would have to allow.
 */
async function installFont(faces: readonly FontFaceData[]): Promise<void> {
    try {
        for (const face of faces) {
            if (!(face.data instanceof Uint8Array)) throw new Error(`the ${face.weight} face did not arrive as bytes`);
            const loaded = await new FontFace(DIAGRAM_FONT_FAMILY, new Uint8Array(face.data), { weight: face.weight, style: 'normal' }).load();
            // The DOM typings this project uses lack FontFaceSet.add, which every browser has.
            (document.fonts as FontFaceSet & { add(face: FontFace): void }).add(loaded);
        }
        font = faces;
        document.body.dataset.diagramFont = DIAGRAM_FONT_FAMILY;
    } catch (error) {
        setStatus(`The diagram font could not be loaded: ${(error as Error).message}`, 'error');
        post({ type: 'fontFailed', message: (error as Error).message });
    }
}

function locationOf(target: EventTarget | null): SourceLocation | undefined {
    const tagged = target instanceof Element ? target.closest('[data-samskap-range]') : null;
    return parseSourceLink(tagged?.getAttribute('data-samskap-range') ?? '');
}

async function exportImage(format: 'svg' | 'png'): Promise<void> {
    const svg = currentSvg();
    if (!svg || !natural) {
        post({ type: 'exportFailed', message: 'there is no diagram to export yet' });
        return;
    }
    try {
        const text = standaloneSvg(svg, natural, font);
        const fontEmbedded = font.length > 0;
        if (format === 'svg') {
            post({ type: 'exported', format, data: text, fontEmbedded });
        } else {
            post({ type: 'exported', format, base64: await rasterise(text, natural, 2), fontEmbedded });
        }
    } catch (error) {
        post({ type: 'exportFailed', message: (error as Error).message });
    }
}

window.addEventListener('message', (event: MessageEvent<ToPreview>) => {
    const message = event.data;
    switch (message.type) {
        case 'diagram':
            render(message);
            return;
        case 'clear':
            clear(message.uri, message.title);
            return;
        case 'status':
            setStatus(message.text, message.kind);
            return;
        case 'export':
            void exportImage(message.format);
            return;
        case 'font':
            void installFont(message.faces);
            return;
    }
});

canvas.addEventListener('click', event => {
    const group = groupOf(event.target);
    if (group) {
        event.preventDefault();
        openGroup(group);
        return;
    }
    const location = locationOf(event.target);
    if (location) {
        event.preventDefault();
        post({ type: 'reveal', location });
    }
});
canvas.addEventListener('keydown', event => {
    if (event.key === 'Enter' || event.key === ' ') {
        const group = groupOf(event.target);
        if (group) {
            event.preventDefault();
            openGroup(group);
            return;
        }
    }
    if (event.key === 'Enter') {
        const location = locationOf(event.target);
        if (location) {
            post({ type: 'reveal', location });
        }
    }
});
viewport.addEventListener('wheel', event => {
    if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        zoomTo((state.scale ?? 1) * Math.exp(-event.deltaY / 300), event.clientX, event.clientY);
    }
}, { passive: false });
viewport.addEventListener('scroll', () => save(), { passive: true });
element('zoom-in').addEventListener('click', () => zoomTo((state.scale ?? 1) * 1.25));
element('zoom-out').addEventListener('click', () => zoomTo((state.scale ?? 1) / 1.25));
element('zoom-fit').addEventListener('click', () => fit(true));
element('export-svg').addEventListener('click', () => void exportImage('svg'));
element('export-png').addEventListener('click', () => void exportImage('png'));
overviewButton.addEventListener('click', backToOverview);
viewPicker.addEventListener('change', () => {
    state.view = viewPicker.value;
    save();
    post({ type: 'selectView', view: viewPicker.value });
});

if (state.scale !== undefined) {
    zoomLevel.textContent = `${Math.round(state.scale * 100)}%`;
}
setStatus('Drawing the diagram…', 'busy');
post({ type: 'ready' });
