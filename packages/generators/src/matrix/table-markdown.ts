import { escapeMarkdown, escapeMarkdownCell } from '../escape/markdown.js';
import type { MatrixTable } from './matrix-table.js';

/** The matrix as a GitHub Flavored Markdown table, every text escaped; notes as a list below. */
export function tableToMarkdown(table: MatrixTable, options: { headingLevel?: number } = {}): string {
    const level = options.headingLevel ?? 0;
    let out = level > 0 ? `${'#'.repeat(level)} ${escapeMarkdown(table.caption)}\n\n` : '';
    const header = [table.corner, ...table.columns.map(column => column.label)];
    const links = [undefined, ...table.columns.map(column => column.href)];
    out += `| ${header.map((text, i) => (links[i] ? `[${escapeMarkdownCell(text)}](${encodeURI(links[i] as string)})` : escapeMarkdownCell(text))).join(' | ')} |\n`;
    out += `|${header.map(() => ' --- ').join('|')}|\n`;
    // A comparison of hundreds of models repeats a few codes thousands of times: each text escaped once.
    const escaped = new Map<string, string>();
    const cell = (text: string): string => {
        let markdown = escaped.get(text);
        if (markdown === undefined) {
            markdown = escapeMarkdownCell(text);
            escaped.set(text, markdown);
        }
        return markdown;
    };
    for (const row of table.rows) {
        out += `| ${escapeMarkdownCell(row.label)}`;
        for (const matrixCell of row.cells) out += ` | ${cell(matrixCell.text)}`;
        out += ' |\n';
    }
    if (table.notes.length > 0) {
        out += '\n';
        for (const note of table.notes) out += `- ${escapeMarkdown(note)}\n`;
    }
    return out;
}
