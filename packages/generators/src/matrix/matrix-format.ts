import { escapeHtml } from '../escape/html.js';
import { tableToHtml } from '../html/table-html.js';
import { htmlPage } from '../html/page-shell.js';
import type { Language } from '../i18n/index.js';
import { labelsFor } from '../i18n/index.js';
import { transposeTable, type MatrixTable } from './matrix-table.js';
import { tableToCsv } from './table-csv.js';
import { tableToJson } from './table-json.js';
import { tableToMarkdown } from './table-markdown.js';

export const MATRIX_FORMATS = ['html', 'md', 'csv', 'json'] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];

/**
 * A matrix in one of the four formats; HTML as a whole self-contained page. With `byRow`, the
 * HTML page adds the matrix turned a quarter (one row per column of the original: for the
 * comparison matrix, one row per model), where sorting a column sorts the models.
 */
export function renderMatrix(table: MatrixTable, format: MatrixFormat, language: Language = 'en', byRow?: { heading: string; corner: string }): string {
    switch (format) {
        case 'html': {
            const labels = labelsFor(language);
            const turned = byRow
                ? `\n<h2>${escapeHtml(byRow.heading)}</h2>\n${tableToHtml(transposeTable(table, byRow.corner), { filterLabel: labels.text.filter })}`
                : '';
            const body = `<main>\n<h1>${escapeHtml(table.caption)}</h1>\n${tableToHtml(table, { filterLabel: labels.text.filter })}${turned}\n</main>`;
            return htmlPage({ language, title: table.caption, body, script: true });
        }
        case 'md':
            return tableToMarkdown(table, { headingLevel: 1 });
        case 'csv':
            return tableToCsv(table);
        case 'json':
            return tableToJson(table);
    }
}
