import { csvNumber, csvRecord, csvText } from '../escape/csv.js';
import type { MachineValue, MatrixTable } from './matrix-table.js';

function field(value: MachineValue): string {
    if (value === null) {
        return '';
    }
    return typeof value === 'number' ? csvNumber(value) : csvText(value);
}

/**
 * The matrix as CSV (RFC 4180, UTF-8 with CRLF): one header row (`key`, `label`, then one
 * column per matrix column, named by its key); one record per row with machine values; rows whose
 * texts differ from their values are followed by a `<key>.label` record with the display texts, and rows with a
 * cell resting on an assumed or illustrative statement by a `<key>.uncertain` record (`true` in those cells).
 * Every text cell is neutralised against spreadsheet formula injection.
 */
export function tableToCsv(table: MatrixTable): string {
    // A comparison of hundreds of models repeats a few codes and texts thousands of times: each written once.
    const fields = new Map<MachineValue, string>();
    const texts = new Map<string, string>();
    const valueField = (value: MachineValue): string => {
        let written = fields.get(value);
        if (written === undefined) fields.set(value, (written = field(value)));
        return written;
    };
    const textField = (text: string): string => {
        let written = texts.get(text);
        if (written === undefined) texts.set(text, (written = csvText(text)));
        return written;
    };
    let out = csvRecord(['key', 'label', ...table.columns.map(column => column.key)].map(csvText));
    for (const row of table.rows) {
        out += csvRecord([csvText(row.key), csvText(row.label), ...row.cells.map(cell => valueField(cell.value))]);
        if (row.coded || row.cells.some(cell => cell.text !== (cell.value === null ? '' : String(cell.value)))) {
            out += csvRecord([csvText(`${row.key}.label`), csvText(row.label), ...row.cells.map(cell => textField(cell.text))]);
        }
        if (row.cells.some(cell => cell.uncertain)) {
            out += csvRecord([csvText(`${row.key}.uncertain`), csvText(row.label), ...row.cells.map(cell => (cell.uncertain ? 'true' : ''))]);
        }
    }
    return out;
}
