import { UNCERTAIN_MARK } from '../docs/provenance-text.js';

/**
 * A matrix before it is written out: what HTML, Markdown, CSV and JSON all render, so the
 * four formats always agree. Cells keep a machine value (code, number) beside the text a
 * reader sees in the chosen language.
 */
export type MachineValue = string | number | null;

export interface MatrixCell {
    /** What a reader sees, in the display language. */
    readonly text: string;
    /** The machine value (a code such as `equal`, a number, codes joined with `;`); null when empty. */
    readonly value: MachineValue;
    /** Longer explanation (evidence, source position), shown on hover in HTML. */
    readonly title?: string;
    /**
     * True when the value rests on an assumed or illustrative statement: the text then ends with
     * the mark † (explained in the table's notes), CSV adds a `<key>.uncertain` record, JSON a flag.
     */
    readonly uncertain?: boolean;
}

export interface MatrixColumn {
    readonly key: string;
    readonly label: string;
    /** A relative link (e.g. to a model's documentation page), for HTML and Markdown. */
    readonly href?: string;
}

export interface MatrixRow {
    readonly key: string;
    readonly label: string;
    readonly cells: readonly MatrixCell[];
    /** True when the row's values are codes whose text differs from them (CSV adds a label row). */
    readonly coded?: boolean;
}

export interface MatrixTable {
    readonly id: string;
    readonly caption: string;
    /** Heading of the row-label column (e.g. "Dimension", "Actor"). */
    readonly corner: string;
    readonly columns: readonly MatrixColumn[];
    readonly rows: readonly MatrixRow[];
    /** Lines shown under the table (legend of letters, units). */
    readonly notes: readonly string[];
    /**
     * The HTML of the cell in a row and column, as cellToHtml renders it, when the caller kept it
     * from an earlier run: a writer that keeps each model's column between runs (the CLI's
     * `compare` and `docs` over hundreds of models) then renders only the changed columns.
     */
    readonly cellHtml?: (row: number, column: number) => string;
}

export const EMPTY_CELL: MatrixCell = { text: '', value: null };

/**
 * The most cells a funding or decision matrix of a documentation page has (docs/cli.md, "Input
 * limits"); past it the matrix is listed, one row per pair with a value. 40,000 cells is a table
 * of 200 × 200; a model of 2,000 actors funding each other gave one of four million cells (tens
 * of megabytes of HTML) that no reader can use.
 */
export const MATRIX_CELL_LIMIT = 40_000;

export function textCell(text: string | undefined, title?: string): MatrixCell {
    return text === undefined || text === '' ? EMPTY_CELL : { text, value: text, ...(title ? { title } : {}) };
}

export function codeCell(code: string | undefined, text: string | undefined, title?: string): MatrixCell {
    return code === undefined ? EMPTY_CELL : { text: text ?? code, value: code, ...(title ? { title } : {}) };
}

export function numberCell(value: number | undefined, text: string, title?: string): MatrixCell {
    return value === undefined || !Number.isFinite(value) ? EMPTY_CELL : { text, value, ...(title ? { title } : {}) };
}

/**
 * The cell marked as resting on an assumed or illustrative statement (`note` explains the mark on
 * hover); an empty cell or a certain one stays as it is.
 */
export function markUncertain(cell: MatrixCell, uncertain: boolean, note: string): MatrixCell {
    if (!uncertain || cell.text === '') {
        return cell;
    }
    return { ...cell, text: `${cell.text} ${UNCERTAIN_MARK}`, title: cell.title ? `${cell.title}\n${UNCERTAIN_MARK} ${note}` : `${UNCERTAIN_MARK} ${note}`, uncertain: true };
}

/** True when a cell of the table is marked as resting on an assumed or illustrative statement. */
export function hasUncertainCells(table: Pick<MatrixTable, 'rows'>): boolean {
    return table.rows.some(row => row.cells.some(cell => cell.uncertain));
}

/**
 * The same matrix turned a quarter: columns become rows. For the comparison matrix this gives
 * one row per model, so sorting by a column sorts the models by a dimension.
 */
export function transposeTable(table: MatrixTable, corner: string): MatrixTable {
    return {
        id: `${table.id}-by-row`,
        caption: table.caption,
        corner,
        columns: table.rows.map(row => ({ key: row.key, label: row.label })),
        rows: table.columns.map((column, index) => ({
            key: column.key,
            label: column.label,
            cells: table.rows.map(row => row.cells[index] ?? EMPTY_CELL)
        })),
        notes: table.notes,
        ...(table.cellHtml ? { cellHtml: transposedCells(table.cellHtml) } : {})
    };
}

function transposedCells(cellHtml: (row: number, column: number) => string): (row: number, column: number) => string {
    return (row, column) => cellHtml(column, row);
}
