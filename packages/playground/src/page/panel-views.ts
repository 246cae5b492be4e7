/// <reference lib="dom" />
import type { Diagnostic, Position } from 'vscode-languageserver';
import { sanitiseInto } from '../../../vscode/src/webview/sanitise-markup.js';
import { messageText } from './server-diagnostics.js';
import type { UiText } from './ui-text.js';

// The panels' DOM, built from what the server sent: model text only ever becomes text nodes, and
// markup from the generators passes the webviews' sanitiser first.

const NONCE = 'samskap-playground';

/** Markup from the server (a diagram's SVG, a matrix page, a hover) as display-only DOM in `target`. */
export function showMarkup(target: Element, markup: string, kind: 'svg' | 'html'): void {
    sanitiseInto(target, markup, kind, NONCE);
    // A matrix comes as a whole page: its own page style would restyle the playground.
    target.querySelectorAll('style').forEach(style => style.remove());
}

/** Markup as a string of clean HTML (the editor's hover tooltips take a string). */
export function cleanHtml(html: string): string {
    const holder = document.createElement('div');
    sanitiseInto(holder, html, 'html', NONCE);
    return holder.innerHTML;
}

/**
 * While the text does not parse (mid-word, mostly), the panels keep what they last showed, greyed,
 * under a notice with the syntax errors: the drawing does not flicker away at every keystroke.
 */
export function showNotice(notice: HTMLElement, panels: HTMLElement, errors: readonly string[] | undefined, heading: string): void {
    const stale = errors !== undefined && errors.length > 0;
    panels.classList.toggle('stale', stale);
    notice.hidden = !stale;
    if (!stale) {
        notice.replaceChildren();
        return;
    }
    const list = document.createElement('ul');
    list.append(...errors.map(error => Object.assign(document.createElement('li'), { textContent: error })));
    notice.replaceChildren(Object.assign(document.createElement('p'), { textContent: heading }), list);
}

/** The findings list: one button per diagnostic of every file, in file order; a click opens it. */
export function findingItems(
    files: ReadonlyArray<{ readonly name: string; readonly uri: string }>,
    diagnostics: ReadonlyMap<string, readonly Diagnostic[]>,
    words: UiText,
    open: (name: string, start: Position, end: Position) => void
): { items: HTMLElement[]; count: number } {
    const items: HTMLElement[] = [];
    for (const file of files) {
        for (const diagnostic of diagnostics.get(file.uri) ?? []) {
            const severity = (['error', 'warning', 'info', 'info'] as const)[(diagnostic.severity ?? 1) - 1] ?? 'error';
            const button = document.createElement('button');
            button.type = 'button';
            button.className = `finding finding-${severity}`;
            const parts: Array<[string, string]> = [
                ['finding-severity', words.severities[severity]],
                ['finding-code', diagnostic.code === undefined ? '' : String(diagnostic.code)],
                ['finding-place', `${file.name}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`],
                ['finding-message', messageText(diagnostic)]
            ];
            button.append(...parts.filter(([, value]) => value).map(([name, value]) => Object.assign(document.createElement('span'), { className: name, textContent: value })));
            button.addEventListener('click', () => open(file.name, diagnostic.range.start, diagnostic.range.end));
            const item = document.createElement('li');
            item.append(button);
            items.push(item);
        }
    }
    const count = items.length;
    if (count === 0) {
        items.push(Object.assign(document.createElement('li'), { className: 'no-findings', textContent: words.noFindings }));
    }
    return { items, count };
}

/** Where a drawn element was written: its `data-samskap-range` (`file:///…#L12:3-L12:40`, 1-based) as 0-based positions. */
export function sourceOfLink(link: string): { uri: string; start: Position; end: Position } | undefined {
    const match = /^(.*)#L(\d+):(\d+)-L(\d+):(\d+)$/.exec(link);
    if (!match) {
        return undefined;
    }
    return {
        uri: match[1],
        start: { line: Number(match[2]) - 1, character: Number(match[3]) - 1 },
        end: { line: Number(match[4]) - 1, character: Number(match[5]) - 1 }
    };
}
