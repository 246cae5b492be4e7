import { escapeAttribute, escapeHtml, escapeHtmlMultiline } from '../escape/html.js';
import { htmlPage, inlineStyles } from '../html/page-shell.js';
import { tableToHtml } from '../html/table-html.js';
import type { Labels } from '../i18n/index.js';
import type { DocBlock, DocPage } from './doc-blocks.js';
import { linkableUrl } from './provenance-text.js';

/** A model's URL after a list item's text: a link when it is an absolute http(s) URL, otherwise escaped text. */
function urlHtml(url: string | undefined): string {
    if (!url) {
        return '';
    }
    const href = linkableUrl(url);
    return href ? ` <a href="${escapeAttribute(href)}">${escapeHtml(url)}</a>` : ` ${escapeHtml(url)}`;
}

function block(item: DocBlock, labels: Labels): string {
    switch (item.kind) {
        case 'heading':
            return `<h${item.level}${item.anchor ? ` id="${escapeAttribute(item.anchor)}"` : ''}>${escapeHtml(item.text)}</h${item.level}>`;
        case 'paragraph':
            return `<p${item.muted ? ' class="muted"' : ''}>${escapeHtmlMultiline(item.text)}</p>`;
        case 'facts':
            return `<dl class="sk-facts">${item.entries.map(entry => `<dt>${escapeHtml(entry.term)}</dt><dd>${escapeHtmlMultiline(entry.text)}</dd>`).join('')}</dl>`;
        case 'table':
            return tableToHtml(item.table, { filterLabel: labels.text.filter });
        case 'diagram':
            // The SVG comes from diagramSvg(), which escapes all model text itself.
            return `<figure>${item.svg ?? ''}<figcaption>${escapeHtml(item.caption)} (<a href="${escapeAttribute(encodeURI(item.svgFile))}">SVG</a>)</figcaption></figure>`;
        case 'list':
            return `<ul>${item.items.map(entry => {
                const text = (entry.href ? `<a href="${escapeAttribute(encodeURI(entry.href))}">${escapeHtmlMultiline(entry.text)}</a>` : escapeHtmlMultiline(entry.text)) +
                    urlHtml(entry.url);
                return `<li${entry.tone ? ` class="${entry.tone === 'holds' || entry.tone === 'fails' ? entry.tone : `sev-${entry.tone}`}"` : ''}>${text}</li>`;
            }).join('')}</ul>`;
        case 'link':
            return `<p><a href="${escapeAttribute(encodeURI(item.href))}">${escapeHtml(item.text)}</a></p>`;
    }
}

/** A documentation page as a self-contained HTML file. */
export function pageToHtml(page: DocPage, labels: Labels): string {
    let body = '<main>\n';
    const styles: string[] = [];
    page.blocks.forEach((item, index) => {
        const html = block(item, labels);
        // Only a diagram's SVG is markup of its own; every other block is escaped text, which holds no `<style>`.
        if (item.kind === 'diagram') styles.push(...inlineStyles(html));
        body += index === 0 ? html : `\n${html}`;
    });
    body += '\n</main>';
    return htmlPage({ language: labels.language, title: page.title, body, styles, script: page.blocks.some(item => item.kind === 'table') });
}
