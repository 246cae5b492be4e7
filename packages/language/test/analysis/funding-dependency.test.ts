import { describe, expect, test } from 'vitest';
import { classifyFunding } from '../../src/analysis/funding-dependency.js';
import { caseModel } from './helpers.js';

const funders = 'actor fylke "Fylket" is county\nactor bank "Banken" is bank';

async function funding(lines: string, extra = '') {
    return classifyFunding(await caseModel(`${extra}\nfunding {\n${lines}\n}`, funders));
}

describe('funding dependency', () => {
    test('shares, Herfindahl index, largest funder and what is left without it', async () => {
        const { overall } = await funding('kommune -> lag operating_grant 600000 NOK per year\nfylke -> lag project_grant 25000 NOK per month\nbank -> lag sponsorship 100000 NOK per year');
        expect(overall?.basis).toBe('per_year');
        expect(overall?.total).toBe(1000000);
        expect(overall?.shares.map(s => [s.funder, s.share])).toEqual([['kommune', 0.6], ['fylke', 0.3], ['bank', 0.1]]);
        expect(overall?.herfindahl).toBeCloseTo(0.36 + 0.09 + 0.01, 10);
        expect(overall?.largest?.funder).toBe('kommune');
        expect(overall?.remainingIfLargestLeaves).toBe(400000);
        expect(overall?.remainingShareIfLargestLeaves).toBeCloseTo(0.4, 10);
    });

    test('a single funder: index 1 and nothing left', async () => {
        const { overall } = await funding('kommune -> lag operating_grant 600000 NOK per year\nkommune -> lag premises');
        expect([overall?.herfindahl, overall?.remainingIfLargestLeaves]).toEqual([1, 0]);
        expect(overall?.evidence.find(e => e.criterion === 'concentration')?.holds).toBe(false);
        expect(overall?.nonMonetary).toEqual([{ index: 1, funder: 'kommune', category: 'premises' }]);
    });

    test('per funded item: a budget by shares, and each recipient', async () => {
        const result = await funding('kommune -> lag operating_grant share 75 % for drift\nfylke -> lag operating_grant share 25 % for drift\nbank -> kommune donation 1000 NOK per year', 'budget drift "Drift" 200000 NOK per year');
        const drift = result.items.find(i => i.kind === 'budget' && i.id === 'drift');
        expect(drift?.shares.map(s => [s.funder, s.amount])).toEqual([['kommune', 150000], ['fylke', 50000]]);
        expect(result.items.filter(i => i.kind === 'recipient').map(i => [i.id, i.total])).toEqual([['lag', 200000], ['kommune', 1000]]);
    });

    test('shares of a budget without an amount are compared as shares', async () => {
        const result = await funding('kommune -> lag operating_grant share 60 % for drift\nfylke -> lag operating_grant share 40 % for drift', 'budget drift "Drift" 1 FTE');
        const drift = result.items.find(i => i.id === 'drift');
        expect([drift?.basis, drift?.total, drift?.largest?.share]).toEqual(['share', 100, 0.6]);
    });

    test('lines in another basis are listed as excluded, never mixed in', async () => {
        const { overall } = await funding('kommune -> lag operating_grant 600000 NOK per year\nbank -> lag sponsorship 50000 NOK once\nfylke -> lag project_grant 1000 EUR per year');
        expect(overall?.shares.map(s => s.funder)).toEqual(['kommune']);
        expect(overall?.excludedLines).toEqual([
            { index: 1, reason: 'a one-off sum, not money per year' },
            { index: 2, reason: 'amount in EUR, not NOK' }
        ]);
        const { overall: once } = await funding('bank -> lag sponsorship 50000 NOK once');
        expect([once?.basis, once?.total]).toEqual(['once', 50000]);
    });

    test('no money: no dependency figures', async () => {
        expect((await funding('kommune -> lag premises')).overall).toBeUndefined();
    });
});
