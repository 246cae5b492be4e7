import { escapeMarkdown, escapeMarkdownCell } from '../escape/markdown.js';
import type { MatrixTable } from './matrix-table.js';

/** The matrix as a GitHub Flavored Markdown table, every text escaped; notes as a list below. */
export function tableToMarkdown(table: MatrixTable, options: { headingLevel?: number } = {}): string {
    const level = options.headingLevel ?? 0;
    const out: string[] = [];
    if (level > 0) {
        out.push(`${'#'.repeat(level)} ${escapeMarkdown(table.caption)}`, '');
    }
    const header = [table.corner, ...table.columns.map(column => column.label)];
    const links = [undefined, ...table.columns.map(column => column.href)];
    out.push(`| ${header.map((text, i) => (links[i] ? `[${escapeMarkdownCell(text)}](${encodeURI(links[i] as string)})` : escapeMarkdownCell(text))).join(' | ')} |`);
    out.push(`|${header.map(() => ' --- ').join('|')}|`);
    for (const row of table.rows) {
        out.push(`| ${[row.label, ...row.cells.map(cell => cell.text)].map(escapeMarkdownCell).join(' | ')} |`);
    }
    if (table.notes.length > 0) {
        out.push('');
        table.notes.forEach(note => out.push(`- ${escapeMarkdown(note)}`));
    }
    return `${out.join('\n')}\n`;
}
