import { escapeAttribute, escapeHtml, escapeHtmlMultiline } from '../escape/html.js';
import type { MatrixCell, MatrixTable } from '../matrix/matrix-table.js';

/**
 * The matrix as an HTML `<table>` (a fragment): a caption, column headings, one row heading per
 * row; numbers right-aligned with their machine value in `data-value` for sorting.
 */
export function tableToHtml(table: MatrixTable, options: { filterLabel?: string } = {}): string {
    const out: string[] = [];
    out.push('<div class="sk-scroll">');
    out.push(`<table class="sk-table" id="${escapeAttribute(table.id)}"${options.filterLabel ? ` data-filter-label="${escapeAttribute(options.filterLabel)}"` : ''}>`);
    out.push(`<caption>${escapeHtml(table.caption)}</caption>`);
    const headings = table.columns.map(column => {
        const label = escapeHtml(column.label);
        return `<th scope="col" data-key="${escapeAttribute(column.key)}">${column.href ? `<a href="${escapeAttribute(encodeURI(column.href))}">${label}</a>` : label}</th>`;
    });
    out.push(`<thead><tr><th scope="col">${escapeHtml(table.corner)}</th>${headings.join('')}</tr></thead>`);
    out.push('<tbody>');
    // Rows built with `+`, not arrays joined: a comparison of hundreds of models has tens of
    // thousands of cells, and each join copied them all once more.
    const { cellHtml } = table;
    table.rows.forEach((row, rowIndex) => {
        let cells = '';
        for (let column = 0; column < row.cells.length; column++) cells += cellHtml ? cellHtml(rowIndex, column) : cellToHtml(row.cells[column]);
        out.push(`<tr data-key="${escapeAttribute(row.key)}"><th scope="row">${escapeHtml(row.label)}</th>${cells}</tr>`);
    });
    out.push('</tbody>');
    out.push('</table>');
    out.push('</div>');
    if (table.notes.length > 0) {
        out.push(`<ul class="muted">${table.notes.map(note => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`);
    }
    return out.join('\n');
}

/** One cell as a `<td>`: numbers right-aligned, the machine value in `data-value`, the explanation as its title. */
export function cellToHtml(cell: MatrixCell): string {
    const numeric = typeof cell.value === 'number';
    const attributes = [
        numeric ? ' class="num"' : '',
        cell.value !== null ? ` data-value="${escapeAttribute(String(cell.value))}"` : '',
        cell.title ? ` title="${escapeAttribute(cell.title)}"` : ''
    ].join('');
    return `<td${attributes}>${escapeHtmlMultiline(cell.text)}</td>`;
}
