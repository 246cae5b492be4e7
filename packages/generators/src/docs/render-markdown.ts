import { escapeMarkdown, fenceFor } from '../escape/markdown.js';
import { tableToMarkdown } from '../matrix/table-markdown.js';
import type { DocBlock, DocPage } from './doc-blocks.js';
import { linkableUrl } from './provenance-text.js';

const MARK: Record<string, string> = { holds: '✓ ', fails: '✗ ', error: '⛔ ', warning: '⚠ ', info: 'ℹ ' };

/** A model's URL after a list item's text: an autolink when it is an absolute http(s) URL, otherwise escaped text. */
function urlMarkdown(url: string | undefined): string {
    if (!url) {
        return '';
    }
    const href = linkableUrl(url);
    return href ? ` <${href}>` : ` ${escapeMarkdown(url)}`;
}

function block(item: DocBlock): string {
    switch (item.kind) {
        case 'heading':
            return `${'#'.repeat(item.level)} ${escapeMarkdown(item.text)}`;
        case 'paragraph':
            return item.muted ? `_${escapeMarkdown(item.text)}_` : escapeMarkdown(item.text);
        case 'facts':
            return item.entries.map(entry => `- **${escapeMarkdown(entry.term)}:** ${escapeMarkdown(entry.text)}`).join('\n');
        case 'table':
            return tableToMarkdown(item.table, { headingLevel: 0 }).trimEnd();
        case 'diagram': {
            const link = `[${escapeMarkdown(item.caption)} (SVG)](${encodeURI(item.svgFile)})`;
            if (!item.mermaid) {
                return link;
            }
            const fence = fenceFor(item.mermaid);
            return `${link}\n\n${fence}mermaid\n${item.mermaid.trimEnd()}\n${fence}`;
        }
        case 'list':
            return item.items.map(entry => {
                const text = `${entry.tone ? MARK[entry.tone] : ''}${escapeMarkdown(entry.text)}`;
                return `- ${entry.href ? `[${text}](${encodeURI(entry.href)})` : text}${urlMarkdown(entry.url)}`;
            }).join('\n');
        case 'link':
            return `[${escapeMarkdown(item.text)}](${encodeURI(item.href)})`;
    }
}

/** A documentation page as Markdown (GitHub Flavored; diagrams as Mermaid plus a link to the SVG). */
export function pageToMarkdown(page: DocPage): string {
    // Joined with +, not copied into one more string: an index of hundreds of models is a large table.
    let markdown = '';
    page.blocks.forEach((item, index) => {
        markdown += index === 0 ? block(item) : `\n\n${block(item)}`;
    });
    return `${markdown}\n`;
}
