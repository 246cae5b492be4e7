import { classify } from '@samskap/language';
import { describe, expect, test } from 'vitest';
import {
    comparisonByRow, comparisonMatrix, decisionMatrix, fundingMatrix, renderMatrix, tableToCsv, type MatrixTable, type ModelReport
} from '../src/index.js';
import { parseCsv } from './csv-parse.js';
import { HOSTILE_MODEL, modelFrom } from './model-fixture.js';

async function hostileReports(): Promise<ModelReport[]> {
    const model = await modelFrom(HOSTILE_MODEL);
    const other = await modelFrom('model Plain "Plain case" { country DK actor k "Kommune" is municipality actor f "Forening" is association funding { k -> f operating_grant 1000 DKK per year } }');
    return [
        { model, classification: classify(model), findings: [{ severity: 'warning', message: 'w', line: 1, column: 1 }, { severity: 'info', message: 'i', line: 2, column: 1 }] },
        { model: other, classification: classify(other), findings: [] }
    ];
}

/** What a spreadsheet cell shows for a matrix cell: its machine value, text neutralised against formulas. */
function expectedField(value: string | number | null): string {
    if (value === null) {
        return '';
    }
    return typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function expectCsvMatches(table: MatrixTable, csv: string): void {
    const records = parseCsv(csv);
    expect(records[0]).toEqual(['key', 'label', ...table.columns.map(column => column.key)]);
    const byKey = new Map(records.slice(1).map(record => [record[0], record]));
    for (const row of table.rows) {
        expect(byKey.get(row.key)).toEqual([row.key, expectedField(row.label), ...row.cells.map(cell => expectedField(cell.value))]);
        const labels = byKey.get(`${row.key}.label`);
        if (labels) {
            expect(labels.slice(2)).toEqual(row.cells.map(cell => expectedField(cell.text)));
        }
    }
    for (const record of records) {
        expect(record).toHaveLength(table.columns.length + 2);
    }
}

describe('matrices', () => {
    test('decision matrix: RAPID letters per actor and decision, rights through a body in parentheses', async () => {
        const [{ model }] = await hostileReports();
        const table = decisionMatrix(model);
        const cell = (party: string, decision: string): string => {
            const row = table.rows.find(r => r.key === party);
            return row?.cells[table.columns.findIndex(c => c.key === decision)].text ?? 'missing';
        };
        expect(table.columns.map(c => c.key)).toEqual(['budsjett', 'program']);
        expect(cell('kommune', 'budsjett')).toBe('A(D)');
        expect(cell('bedrift', 'budsjett')).toBe('I(D)');
        // Informed and consulted differ by letter, not by case.
        expect(cell('innbyggere', 'budsjett')).toBe('N');
        expect(table.notes).toContain('RAPID: D decides; A must agree; R recommends; I is consulted; P performs; N is informed');
        expect(cell('styre', 'budsjett')).toBe('D');
        expect(cell('lag', 'program')).toBe('DP');
        expect(cell('innbyggere', 'program')).toBe('');
        const raci = decisionMatrix(model, { letters: 'raci' });
        expect(raci.rows.find(r => r.key === 'lag')?.cells[1].text).toBe('AR');
    });

    test('funding matrix: yearly money per funder and recipient, non-monetary resources named, totals', async () => {
        const [{ model }] = await hostileReports();
        const table = fundingMatrix(model, { language: 'nb' });
        expect(table.columns.map(c => c.key)).toEqual(['lag', 'total']);
        expect(table.rows.map(r => r.key)).toEqual(['kommune', 'bedrift', 'total']);
        expect(table.rows[0].cells[0]).toMatchObject({ value: 600000, text: '600\u00A0000 NOK per år\nlokaler' });
        expect(table.rows[1].cells[0].text).toBe('100\u00A0000 NOK engangs');
        expect(table.rows[2].cells[1].value).toBe(600000);
    });

    test('comparison matrix: one column per model, codes beside labels', async () => {
        const reports = await hostileReports();
        const table = comparisonMatrix(reports, { language: 'da' });
        expect(table.columns.map(c => c.key)).toEqual(['Hostile', 'Plain']);
        const row = (key: string): MatrixTable['rows'][number] => {
            const found = table.rows.find(r => r.key === key);
            if (!found) throw new Error(`no row ${key}`);
            return found;
        };
        expect(row('country').cells.map(c => c.value)).toEqual(['NO', 'DK']);
        expect(row('sectors_present').cells[0].value).toBe('public;voluntary;private;citizens');
        expect(row('sectors_present').cells[1].text).toBe('Offentlig sektor, Frivillig sektor');
        expect(row('claimed_form').cells[0]).toEqual({ value: 'equal', text: 'ligeværdig samskabelse' });
        expect(row('co_creation_form').cells[0].value).toBe(reports[0].classification?.coCreation.code);
        expect(row('funding_per_year').cells.map(c => c.value)).toEqual([600000, 1000]);
        expect(row('funding_share_public').cells.map(c => c.value)).toEqual([1, 1]);
        expect(row('largest_funder').cells[0].value).toBe('kommune');
        expect(row('findings_warning').cells.map(c => c.value)).toEqual([1, 0]);
        expect(row('findings_error').cells.map(c => c.value)).toEqual([0, 0]);
    });

    test('CSV read back gives the matrix, with formula-like text neutralised', async () => {
        const reports = await hostileReports();
        const comparison = comparisonMatrix(reports);
        expectCsvMatches(comparison, tableToCsv(comparison));
        const [{ model }] = reports;
        const decisions = decisionMatrix(model);
        const csv = tableToCsv(decisions);
        expectCsvMatches(decisions, csv);
        expect(csv).toContain("bedrift,'-Bedrift =SUM(A1),");
        expect(csv).toContain("innbyggere,'@innbyggere på Æøå,");
        expectCsvMatches(fundingMatrix(model), tableToCsv(fundingMatrix(model)));
    });

    test('HTML: a sortable table with every model text escaped, and a policy that allows only its own script', async () => {
        const reports = await hostileReports();
        const html = renderMatrix(comparisonMatrix(reports), 'html');
        expect(html).not.toMatch(/<script>alert|<b>|<img/);
        expect(html).toContain('Tromsø &amp; Bodø: &lt;script&gt;alert(1)&lt;/script&gt; &quot;samarbeid&quot;');
        expect(html).toContain('Ålesund &lt;img src=x onerror=alert(2)&gt;');
        expect(html.replace(/&#39;/g, "'")).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; img-src data:; script-src 'sha256-[^']+'">/);
        expect(html.match(/<script>/g)).toHaveLength(1);
        expect(html).toContain('<table class="sk-table" id="comparison"');
        expect(html).toContain('<td class="num" data-value="600000">600,000 NOK</td>');
    });

    test('HTML of the comparison can add the models as rows, so sorting a column sorts the models', async () => {
        const reports = await hostileReports();
        const html = renderMatrix(comparisonMatrix(reports), 'html', 'en', comparisonByRow('en'));
        const turned = html.slice(html.indexOf('id="comparison-by-row"'));
        expect(turned).toContain('<th scope="col" data-key="funding_per_year">Money per year</th>');
        expect(turned).toMatch(/<tr data-key="Plain"><th scope="row">Plain case<\/th>/);
    });

    test('Markdown and JSON carry the same cells', async () => {
        const reports = await hostileReports();
        const table = comparisonMatrix(reports);
        const markdown = renderMatrix(table, 'md');
        expect(markdown).toContain('| Title | Tromsø &amp; Bodø: &lt;script&gt;alert(1)&lt;/script&gt; "samarbeid" | Plain case |');
        const json = JSON.parse(renderMatrix(table, 'json')) as { rows: Array<{ key: string; cells: Array<{ value: unknown }> }> };
        expect(json.rows.find(r => r.key === 'funding_per_year')?.cells.map(c => c.value)).toEqual([600000, 1000]);
    });
});
