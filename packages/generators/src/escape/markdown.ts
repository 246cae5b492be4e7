/**
 * Escaping for Markdown (CommonMark and GitHub Flavored Markdown, including tables): model text
 * never becomes emphasis, links, headings, raw HTML or a table column break.
 */
/** Characters that start emphasis, code, links, strikethrough or a table cell anywhere in a line. */
const INLINE_MARKUP = /[\\`*_[\]|~]/g;
/** What makes a line a heading, list item, quote, rule or setext underline when it starts the line. */
const LINE_START = /^(\s*)([#+\-=]|\d+[.)])/;

/**
 * Inline text: markup characters backslash-escaped, `&`, `<`, `>` as entities (no raw HTML),
 * line-start markers escaped, lines joined with `<br>`. Parentheses, dots and the like stay
 * readable: without an unescaped `[` or a line-start marker they cannot form markup.
 */
export function escapeMarkdown(text: string): string {
    return text
        .split(/\r?\n/)
        .map(line => line
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(INLINE_MARKUP, char => `\\${char}`)
            .replace(LINE_START, (_whole, space: string, marker: string) => `${space}${marker.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#+\-=])$/, '\\$1')}`))
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
