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
            { index: 1, reason: 'a one-off sum, not money per year', cause: 'basis' },
            { index: 2, reason: 'amount in EUR, not NOK', cause: 'currency' }
        ]);
        const { overall: once } = await funding('bank -> lag sponsorship 50000 NOK once');
        expect([once?.basis, once?.total]).toEqual(['once', 50000]);
    });

    test('premises, positions and in-kind support with a money value count in the same basis as money', async () => {
        const { overall, items } = await funding([
            'kommune -> lag operating_grant 600000 NOK per year',
            'bank -> lag premises 200000 NOK per year "Lokaler"',
            'bank -> lag position 50000 NOK per month "Daglig leder"',
            'fylke -> lag in_kind 100000 NOK per year "Utstyr"'
        ].join('\n'));
        expect(overall?.basis).toBe('per_year');
        expect(overall?.total).toBe(1500000);
        expect(overall?.shares.map(s => [s.funder, s.amount, s.lines])).toEqual([['bank', 800000, [1, 2]], ['kommune', 600000, [0]], ['fylke', 100000, [3]]]);
        expect(overall?.largest?.funder).toBe('bank');
        expect(overall?.evidence[0].detail).toBe('Banken 53.3 %, Kommunen 40 %, Fylket 6.7 % (3 premises, position or in-kind contribution(s) counted at their stated value)');
        expect(overall?.evidence.some(e => e.criterion === 'lines-excluded')).toBe(false);
        expect(items.find(i => i.kind === 'recipient' && i.id === 'lag')?.shares.map(s => s.funder)).toEqual(['bank', 'kommune', 'fylke']);
    });

    test('a sponsor paying the premises and a full position with a value is a funder, even without money lines', async () => {
        const { overall } = await funding('bank -> lag premises 200000 NOK per year\nbank -> lag position 650000 NOK per year');
        expect([overall?.basis, overall?.total, overall?.shares.map(s => s.funder)]).toEqual(['per_year', 850000, ['bank']]);
        const { overall: once } = await funding('bank -> lag premises 300000 NOK "Oppussing"');
        expect([once?.basis, once?.total]).toEqual(['once', 300000]);
    });

    test('in-kind support as a share of a budget counts as that share', async () => {
        const result = await funding('kommune -> lag operating_grant share 80 % for drift\nbank -> lag premises share 20 % for drift', 'budget drift "Drift" 500000 NOK per year');
        const drift = result.items.find(i => i.id === 'drift');
        expect(drift?.shares.map(s => [s.funder, s.amount])).toEqual([['kommune', 400000], ['bank', 100000]]);
    });

    test('in-kind support without a money value is left out of the shares, and the evidence says so', async () => {
        const { overall } = await funding('kommune -> lag operating_grant 600000 NOK per year\nbank -> lag premises "Lokaler"\nbank -> lag position 1.0 FTE "Daglig leder"\nfylke -> lag in_kind 3 hours');
        expect(overall?.shares.map(s => s.funder)).toEqual(['kommune']);
        const left = overall?.evidence.filter(e => e.criterion === 'lines-excluded');
        expect(left?.map(e => [e.holds, e.detail])).toEqual([[false, '3 in-kind contributions without a money value are not in the shares: premises from Banken, 1.0 FTE position from Banken, 3 hours in-kind support from Fylket']]);
        expect(left?.[0].ranges.map(r => r.start.line)).toEqual([9, 10, 11]);
        expect(overall?.nonMonetary.map(n => n.category)).toEqual(['premises', 'position', 'in_kind']);
        const { overall: one } = await funding('kommune -> lag operating_grant 600000 NOK per year\nbank -> lag premises');
        expect(one?.evidence.at(-1)?.detail).toBe('1 in-kind contribution without a money value is not in the shares: premises from Banken');
    });

    test('in-kind support in another currency or basis is listed as excluded, like money', async () => {
        const { overall } = await funding('kommune -> lag operating_grant 600000 NOK per year\nbank -> lag premises 1000 EUR per year\nbank -> lag in_kind 5000 NOK once');
        expect(overall?.shares.map(s => s.funder)).toEqual(['kommune']);
        expect(overall?.excludedLines).toEqual([
            { index: 1, reason: 'amount in EUR, not NOK', cause: 'currency' },
            { index: 2, reason: 'a one-off sum, not money per year', cause: 'basis' }
        ]);
    });

    test('volunteer hours and knowledge are never in the shares', async () => {
        const { overall } = await funding('kommune -> lag operating_grant 600000 NOK per year\nlag -> kommune volunteer_hours 1000 hours per year\nbank -> lag knowledge "Kurs"');
        expect(overall?.shares.map(s => s.funder)).toEqual(['kommune']);
        expect(overall?.evidence.some(e => e.criterion === 'lines-excluded')).toBe(false);
    });

    test('no money: no dependency figures', async () => {
        expect((await funding('kommune -> lag premises')).overall).toBeUndefined();
    });
});
