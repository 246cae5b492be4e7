/**
 * Escaping for Mermaid labels: inside `"..."`, every character that Mermaid or the HTML it
 * renders to could read as syntax becomes a Mermaid entity code (`#34;`), so model text
 * cannot close the label, start markdown or inject HTML. Letters (æ, ø, å…), digits and plain
 * punctuation stay readable.
 */
/** Letters, digits, spaces and punctuation that is never Mermaid syntax (dashes, ×, …, typographic quotes). */
const SAFE = /[\p{L}\p{N} .,:()/'_\-–—×…‘’«»]/u;

export function escapeMermaid(text: string): string {
    let result = '';
    for (const char of text.replace(/\r?\n/g, '\n')) {
        if (char === '\n') {
            result += '<br/>';
        } else if (SAFE.test(char)) {
            result += char;
        } else {
            result += `#${char.codePointAt(0)};`;
        }
    }
    return result;
}

/** A quoted Mermaid label. */
export function mermaidLabel(lines: readonly string[]): string {
    return `"${lines.map(escapeMermaid).join('<br/>')}"`;
}
