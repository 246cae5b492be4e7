/**
 * Escaping for HTML and XML (SVG) text and attribute values: the one place model text is made
 * safe for markup. Every generator that writes HTML or SVG passes model text through here.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Characters XML 1.0 forbids even as references; dropped so the output always parses. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/*
 * Most texts (names, numbers, codes) need no escaping at all: one test answers them, which halves
 * the time of a comparison matrix of hundreds of models (tens of thousands of cells and attributes).
 */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING_IN_ATTRIBUTE = /[&<>"'\u0000-\u001F\uFFFE\uFFFF]/;

/** Text content and attribute values alike (quotes are escaped too). */
export function escapeHtml(text: string): string {
    if (!NEEDS_ESCAPING.test(text)) return text;
    return text.replace(FORBIDDEN_IN_XML, '').replace(/[&<>"']/g, char => ENTITIES[char]);
}

/** An attribute value for a double-quoted attribute; line breaks become references so they survive. */
export function escapeAttribute(text: string): string {
    if (!NEEDS_ESCAPING_IN_ATTRIBUTE.test(text)) return text;
    return escapeHtml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Model text in a text node, with its line breaks kept visible as `<br>`. */
export function escapeHtmlMultiline(text: string): string {
    if (!text.includes('\n')) return escapeHtml(text);
    return text.split(/\r?\n/).map(escapeHtml).join('<br>');
}
