import { tableToHtml } from '../html/table-html.js';
import { htmlPage } from '../html/page-shell.js';
import type { Language } from '../i18n/index.js';
import { labelsFor } from '../i18n/index.js';
import type { MatrixTable } from './matrix-table.js';
import { tableToCsv } from './table-csv.js';
import { tableToJson } from './table-json.js';
import { tableToMarkdown } from './table-markdown.js';

export const MATRIX_FORMATS = ['html', 'md', 'csv', 'json'] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];

/** A matrix in one of the four formats; HTML as a whole self-contained page. */
export function renderMatrix(table: MatrixTable, format: MatrixFormat, language: Language = 'en'): string {
    switch (format) {
        case 'html': {
            const labels = labelsFor(language);
            const body = `<main>\n${tableToHtml(table, { filterLabel: labels.text.filter })}\n</main>`;
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
