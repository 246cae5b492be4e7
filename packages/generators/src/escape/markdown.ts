/**
 * Escaping for Markdown (CommonMark and GitHub Flavored Markdown, including tables): model text
 * never becomes emphasis, links, headings, raw HTML or a table column break.
 */
/** Characters that start emphasis, code, links, strikethrough or a table cell anywhere in a line. */
const INLINE_MARKUP = /[\\`*_[\]|~]/g;
/** What makes a line a heading, list item, quote, rule or setext underline when it starts the line. */
const LINE_START = /^(\s*)([#+\-=]|\d+[.)])/;

/** A URL scheme's colon (`https:`), `www.` and an e-mail address's `@`: what GitHub Flavored Markdown autolinks. */
const AUTOLINK_START = /\b([a-z][a-z0-9+.-]{0,31}):(?=\/\/)|\b(www)\.|(?<=[\w.+-])@(?=[\w-]+\.)/gi;

/**
 * Breaks what a GitHub Flavored Markdown renderer would turn into a link by itself (bare
 * `https://…`, `www.…`, `name@host.tld`): model text never becomes a link the reader did not see
 * declared. The character entities render as the same text. Declared source URLs are written
 * as explicit links by the page renderer instead.
 */
function breakAutolinks(line: string): string {
    return line.replace(AUTOLINK_START, (_whole: string, scheme: string | undefined, www: string | undefined) =>
        scheme !== undefined ? `${scheme}&#58;` : www !== undefined ? `${www}&#46;` : '&#64;');
}

/**
 * Inline text: markup characters backslash-escaped, `&`, `<`, `>` as entities (no raw HTML),
 * line-start markers escaped, bare URLs broken (no autolinks), lines joined with `<br>`.
 * Parentheses, dots and the like stay readable: without an unescaped `[` or a line-start
 * marker they cannot form markup.
 */
export function escapeMarkdown(text: string): string {
    return text
        .split(/\r?\n/)
        .map(line => breakAutolinks(line
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;'))
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
    // A loop, not Math.max(...runs): a text with 120,000 backtick runs overflowed the stack.
    let longest = 0;
    for (const match of text.matchAll(/`+/g)) {
        longest = Math.max(longest, match[0].length);
    }
    return '`'.repeat(Math.max(3, longest + 1));
}
