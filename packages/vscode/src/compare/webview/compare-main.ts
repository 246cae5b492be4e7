/// <reference lib="dom" />
import { parseSourceLink } from '../../preview/source-link.js';
import { sanitiseInto } from '../../webview/sanitise-markup.js';
import { vscodeApi } from '../../webview/vscode-api.js';
import type { FromCompare, ToCompare } from '../compare-messages.js';

/** The comparison panel's script: shows the server's matrix as inert, sanitised HTML. */

const api = vscodeApi<Record<string, never>>();
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const matrix = byId('matrix');
const status = byId('status');
const summary = byId('summary');

function byId(id: string): HTMLElement {
    const found = document.getElementById(id);
    if (!found) {
        throw new Error(`the comparison page lacks #${id}`);
    }
    return found;
}

function post(message: FromCompare): void {
    api.postMessage(message);
}

function setStatus(text: string, kind: 'busy' | 'error' | 'idle'): void {
    status.textContent = text;
    status.className = `status ${kind}`;
    status.hidden = text.length === 0;
}

window.addEventListener('message', (event: MessageEvent<ToCompare>) => {
    const message = event.data;
    if (message.type === 'status') {
        setStatus(message.text, message.kind);
        return;
    }
    try {
        sanitiseInto(matrix, message.html, 'html', nonce);
        summary.textContent = `${message.files.length} ${message.files.length === 1 ? 'file' : 'files'}`;
        summary.title = message.files.join('\n');
        setStatus('', 'idle');
    } catch (error) {
        setStatus(`The comparison could not be shown: ${(error as Error).message}`, 'error');
    }
});

matrix.addEventListener('click', event => {
    const tagged = event.target instanceof Element ? event.target.closest('[data-samskap-range]') : null;
    const location = parseSourceLink(tagged?.getAttribute('data-samskap-range') ?? '');
    if (location) {
        event.preventDefault();
        post({ type: 'reveal', location });
    }
});
byId('refresh').addEventListener('click', () => post({ type: 'refresh' }));
byId('export-csv').addEventListener('click', () => post({ type: 'export', format: 'csv' }));
byId('export-markdown').addEventListener('click', () => post({ type: 'export', format: 'markdown' }));
byId('export-html').addEventListener('click', () => post({ type: 'export', format: 'html' }));

setStatus('Comparing…', 'busy');
post({ type: 'ready' });
