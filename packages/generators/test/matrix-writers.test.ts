import { createHash } from 'node:crypto';
import { classify } from '@samskap/language';
import { describe, expect, test } from 'vitest';
import { documentationSite, renderSiteDiagrams, tableToCsv, type MatrixCell, type MatrixTable, type ModelReport } from '../src/index.js';
import { tableToJson } from '../src/matrix/table-json.js';
import { tableToMarkdown } from '../src/matrix/table-markdown.js';
import { HOSTILE_MODEL, modelFrom } from './model-fixture.js';

/** What a JSON reader expects of the matrix: the table's data as JSON.stringify writes it with an indent of 2. */
function expectedJson(table: MatrixTable): string {
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

const awkward: MatrixCell[] = [
    { text: 'equal', value: 'equal' },
    { text: '', value: null },
    { text: '1 200 kr', value: 1200 },
    { text: '0', value: -0 },
    { text: 'huge', value: 1e21 },
    { text: 'not a number', value: Number.NaN },
    { text: 'line\nbreak "quoted" \\ back\tslash', value: 'a;b' },
    { text: 'lone \ud800 surrogate, emoji 🙂, Æøå – †', value: 'x', uncertain: true },
    { text: 'equal', value: 'equal' },
    { text: 'equal', value: 'equal', uncertain: true },
    { text: '=SUM(A1)', value: '=SUM(A1)' },
    { text: 'equal', value: 'other' }
];

function table(columns: number, rows: number, notes: readonly string[]): MatrixTable {
    return {
        id: 'comparison',
        caption: 'Comparison "of" models',
        corner: 'Dimension',
        columns: Array.from({ length: columns }, (_, index) => ({ key: `M${index}`, label: `Model ${index} – på Østlandet`, href: `models/m${index}.md` })),
        rows: Array.from({ length: rows }, (_, row) => ({
            key: `row${row}`,
            label: `Row | ${row}`,
            coded: row % 2 === 0,
            cells: Array.from({ length: columns }, (_, column) => awkward[(row * 7 + column) % awkward.length])
        })),
        notes
    };
}

describe('the matrix writers', () => {
    test.each([
        ['a comparison of many models with repeated and awkward cells', table(40, 12, ['† rests on an assumed statement', 'second "note"'])],
        ['no columns', table(0, 3, [])],
        ['no rows', table(4, 0, ['note'])],
        ['nothing at all', table(0, 0, [])]
    ])('JSON: %s is written as JSON.stringify writes it', (_name, matrix) => {
        const json = tableToJson(matrix);
        expect(json).toBe(expectedJson(matrix));
        expect(JSON.parse(json)).toEqual(JSON.parse(expectedJson(matrix)));
    });

    test('a text repeated in many cells is written the same in every one (Markdown and CSV)', () => {
        const matrix = table(30, 6, ['note']);
        const markdown = tableToMarkdown(matrix).split('\n');
        // Row 0 has the cells awkward[0..29 mod 12]: column 0, 8 and 12 hold "equal" (8 also the same code).
        const row = markdown[2].split(' | ');
        expect(row[1]).toBe('equal');
        expect(row[9]).toBe('equal');
        expect(row[13]).toBe('equal');
        expect(row[2]).toBe(' ');
        const csv = tableToCsv(matrix).split('\r\n');
        const values = csv[1].split(',');
        expect(values[2]).toBe('equal');
        expect(values[10]).toBe('equal');
        expect(values[12]).toBe(`'=SUM(A1)`);
    });
});

describe('a documentation page\'s security policy', () => {
    test('lists by hash exactly the style sheets the page holds: its own and each inline diagram\'s', async () => {
        const model = await modelFrom(HOSTILE_MODEL);
        const reports: ModelReport[] = [{ model, classification: classify(model), findings: [], file: 'cases/hostile.samskap' }];
        const files = documentationSite(reports, { language: 'en', diagrams: await renderSiteDiagrams(reports, 'en') });
        for (const file of files.filter(item => item.path.endsWith('.html'))) {
            const page = file.content.replace(/&#39;/g, "'");
            const listed = /style-src ([^;]+);/.exec(page)?.[1].split(' ') ?? [];
            const held = [...new Set([...page.matchAll(/<style>([^<]*)<\/style>/g)].map(match => `'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`))];
            expect(listed, file.path).toEqual(held);
            expect(held.length, file.path).toBeGreaterThanOrEqual(file.path.startsWith('models/') ? 2 : 1);
        }
    });
});
