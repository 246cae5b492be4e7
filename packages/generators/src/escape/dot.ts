/**
 * Escaping for Graphviz DOT: every identifier and label is a double-quoted string with quotes
 * and backslashes escaped, so model text can neither end the string nor use Graphviz's
 * `\N`, `\G`, `\l` escapes. Graphviz itself escapes `<`, `>` and `&` when it writes SVG.
 */
export function dotString(text: string): string {
    const escaped = text
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\r?\n/g, '\\n');
    return `"${escaped}"`;
}

/** A label of several lines, each escaped, joined with DOT's centred line break. */
export function dotLabel(lines: readonly string[]): string {
    return dotString(lines.join('\n'));
}

/**
 * Characters a label never shows: C0 and C1 control characters other than line breaks (tabs
 * become spaces), DEL, and the bidirectional overrides and isolates that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Every line break model text may hold (a quoted text can spell `\n`, `\r`, U+2028…). */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;
/** Longer lines are cut: a diagram cannot show them, and Graphviz slows down on them. */
export const MAX_LABEL_LINE = 300;

function cut(line: string): string {
    if (line.length <= MAX_LABEL_LINE) {
        return line;
    }
    let end = MAX_LABEL_LINE - 1;
    const last = line.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
    return `${line.slice(0, end)}…`;
}

/**
 * The lines of a diagram label as Graphviz may be given them: no control characters, no empty
 * lines, none blank at the start or end, none longer than MAX_LABEL_LINE. A label starting with
 * a line break (`actor a "" is municipality` gave "\nMunicipality") corrupted the memory of
 * Graphviz's WebAssembly module, and later layouts of the same process failed.
 */
export function labelLines(lines: readonly string[]): string[] {
    const shown: string[] = [];
    for (const line of lines) {
        for (const part of line.split(LINE_BREAK)) {
            const text = part.replace(/\t/g, ' ').replace(INVISIBLE, '').trim();
            if (text.length > 0) shown.push(cut(text));
        }
    }
    return shown;
}

/** A label's text for DOT, lines joined with line breaks: '' when nothing in it can be shown. */
export function dotLabelText(lines: readonly string[]): string {
    return labelLines(lines).join('\n');
}
