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
