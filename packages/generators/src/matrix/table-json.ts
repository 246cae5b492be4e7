import type { MachineValue, MatrixCell, MatrixTable } from './matrix-table.js';

/**
 * The matrix as JSON: columns, rows with machine values and texts, notes. Stable key order. A cell
 * resting on an assumed or illustrative statement has `"uncertain": true`.
 */
export function tableToJson(table: MatrixTable): string {
    // Written piece by piece as JSON.stringify(…, null, 2) writes it: a comparison of hundreds of
    // models has tens of thousands of cells, and an object for each, made only to be written, took
    // most of the time.
    // A comparison repeats a few codes thousands of times: each cell's JSON written once.
    const written = [new Map<string, Map<MachineValue, string>>(), new Map<string, Map<MachineValue, string>>()];
    const cellJson = (cell: MatrixCell): string => {
        const byText = written[cell.uncertain ? 1 : 0];
        let byValue = byText.get(cell.text);
        if (byValue === undefined) byText.set(cell.text, (byValue = new Map()));
        let json = byValue.get(cell.value);
        if (json === undefined) {
            json = `${INDENT[4]}${object(4, [['value', cell.value], ['text', cell.text], ['uncertain', cell.uncertain ? true : undefined]])}`;
            byValue.set(cell.value, json);
        }
        return json;
    };
    const columns = table.columns.map(column => object(2, [['key', column.key], ['label', column.label]]));
    const rows = table.rows.map(row => {
        let cells = '';
        for (let index = 0; index < row.cells.length; index++) cells += index === 0 ? cellJson(row.cells[index]) : `,\n${cellJson(row.cells[index])}`;
        return object(2, [['key', row.key], ['label', row.label], ['cells', { json: row.cells.length === 0 ? '[]' : `[\n${cells}\n${INDENT[3]}]` }]]);
    });
    return `${object(0, [
        ['id', table.id],
        ['caption', table.caption],
        ['columns', { json: array(1, columns) }],
        ['rows', { json: array(1, rows) }],
        ['notes', { json: array(1, table.notes.map(note => JSON.stringify(note))) }]
    ])}\n`;
}

const INDENT = ['', '  ', '    ', '      ', '        ', '          '];

/** A value JSON.stringify writes as it is (undefined: the member is left out), or JSON already written at its depth. */
type Member = readonly [key: string, value: string | number | boolean | null | undefined | { readonly json: string }];

/** An object at `depth` (its members one deeper), as JSON.stringify with an indent of 2 writes it. */
function object(depth: number, members: readonly Member[]): string {
    // Joined with +, not copied into one more string at every depth: the rows are megabytes.
    let json = '';
    for (const [key, value] of members) {
        if (value === undefined) continue;
        json += `${json === '' ? '{\n' : ',\n'}${INDENT[depth + 1]}${JSON.stringify(key)}: ${typeof value === 'object' && value !== null ? value.json : JSON.stringify(value)}`;
    }
    return json === '' ? '{}' : `${json}\n${INDENT[depth]}}`;
}

/** An array at `depth` of items already written at depth + 1. */
function array(depth: number, items: readonly string[]): string {
    if (items.length === 0) return '[]';
    let json = '[\n';
    items.forEach((item, index) => {
        json += index === 0 ? INDENT[depth + 1] + item : `,\n${INDENT[depth + 1]}${item}`;
    });
    return `${json}\n${INDENT[depth]}]`;
}
