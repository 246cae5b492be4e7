/**
 * CSV cells (RFC 4180) that a spreadsheet can open safely: quoted when needed, and text that a
 * spreadsheet would read as a formula (leading = + - @, tab or carriage return; OWASP "CSV
 * injection") is prefixed with an apostrophe so it stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell against formula injection; numbers are written as numbers elsewhere. */
export function neutraliseFormula(text: string): string {
    return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a field when it holds a separator, a quote, a line break or edge spaces. */
export function quoteCsvField(text: string): string {
    return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text cell: neutralised, then quoted. */
export function csvText(text: string): string {
    return quoteCsvField(neutraliseFormula(text));
}

/** A numeric cell: plain digits with a dot, never locale-formatted. */
export function csvNumber(value: number): string {
    return Number.isFinite(value) ? String(value) : '';
}

/** One CSV record, CRLF-terminated as RFC 4180 says. */
export function csvRecord(fields: readonly string[]): string {
    return `${fields.join(',')}\r\n`;
}
