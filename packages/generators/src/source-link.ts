import type { SourceRange } from '@samskap/language';

/**
 * A source range as one link: `file:///…/case.samskap#L12:3-L12:40` (1-based line and column,
 * as editors and Git hosts show them). Diagram elements and documents carry it so that a click
 * leads back to where the fact was written.
 */
export function sourceLink(range: SourceRange): string {
    const { start, end } = range;
    return `${range.uri}#L${start.line + 1}:${start.character + 1}-L${end.line + 1}:${end.character + 1}`;
}

/** `case.samskap:12:3`, the short form for tables and messages. */
export function sourcePosition(range: SourceRange): string {
    const file = decodeURIComponent(range.uri.slice(range.uri.lastIndexOf('/') + 1));
    return `${file}:${range.start.line + 1}:${range.start.character + 1}`;
}
