/**
 * Escaping for Markdown (CommonMark and GitHub Flavored Markdown, including tables): model text
 * never becomes emphasis, links, headings, raw HTML or a table column break.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~^]/g;

/** Inline text: punctuation backslash-escaped, markup characters as entities, lines joined with `<br>`. */
export function escapeMarkdown(text: string): string {
    return text
        .split(/\r?\n/)
        .map(line => line
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(MARKDOWN_PUNCTUATION, char => `\\${char}`))
        .join('<br>');
}

/** A table cell: as inline text, never empty (an empty cell renders fine but reads as missing). */
export function escapeMarkdownCell(text: string): string {
    return text.length === 0 ? ' ' : escapeMarkdown(text);
}

/** Text inside a fenced code block: a fence of more backticks than the text holds in a row. */
export function fenceFor(text: string): string {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(match => match[0].length));
    return '`'.repeat(Math.max(3, longest + 1));
}
