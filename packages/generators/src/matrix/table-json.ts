import type { MatrixTable } from './matrix-table.js';

/**
 * The matrix as JSON: columns, rows with machine values and texts, notes. Stable key order. A cell
 * resting on an assumed or illustrative statement has `"uncertain": true`.
 */
export function tableToJson(table: MatrixTable): string {
    return `${JSON.stringify({
        id: table.id,
        caption: table.caption,
        columns: table.columns.map(column => ({ key: column.key, label: column.label })),
        rows: table.rows.map(row => ({
            key: row.key,
            label: row.label,
            cells: row.cells.map(cell => ({ value: cell.value, text: cell.text, ...(cell.uncertain ? { uncertain: true } : {}) }))
        })),
        notes: table.notes
    }, null, 2)}\n`;
}
