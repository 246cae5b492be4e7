import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/validation/finding.js';
import type { SamskapConfig } from '../../src/validation/rule-config.js';
import { runRules } from '../../src/validation/run-rules.js';
import { modelOf } from '../analysis/helpers.js';

/** Funding arithmetic that cannot mislead: shares without their budget, amounts that contradict their share, shares computed without some lines. */
async function findings(body: string, settings?: SamskapConfig): Promise<Finding[]> {
    return runRules(await modelOf(`model M "M" {\n    country NO\n${body}\n}`), undefined, settings);
}

function of(all: readonly Finding[], code: string): Finding[] {
    return all.filter(finding => finding.code === code);
}

const PARTIES = `
    actor k "Kommunen" is municipality
    actor f "Fondet" is foundation
    actor l "Laget" is association`;

describe('funding arithmetic', () => {
    test('SK-FUND-006: every line with a share and no `for` is flagged, also one with an amount beside the share', async () => {
        const all = await findings(`${PARTIES}
    funding {
        k -> l operating_grant share 20 %
        f -> l operating_grant 50000 NOK per year share 10 %
        k -> l project_grant 10000 NOK per year
    }`);
        // 0-based lines: the first two funding lines.
        expect(of(all, 'SK-FUND-006').map(f => f.range.start.line)).toEqual([7, 8]);
    });

    test('SK-FUND-012: an amount that contradicts its share of a budget is a warning naming both figures', async () => {
        const line = (amount: number) => `${PARTIES}
    budget bygg "Bygget" 1200000 NOK once
    funding {
        k -> l project_grant ${amount} NOK once share 70 % for bygg
        f -> l project_grant share 30 % for bygg
    }`;
        const wrong = of(await findings(line(1200000)), 'SK-FUND-012');
        expect(wrong.map(f => f.severity)).toEqual(['warning']);
        expect(wrong[0].message).toBe('This line states 1,200,000 NOK once and 70 % of "Bygget", but 70 % of 1,200,000 NOK once is 840,000 NOK once; correct the amount or the share (or keep only one of them).');
        expect(of(await findings(line(840000)), 'SK-FUND-012')).toEqual([]);
        // Within half a per cent, as the budget totals allow.
        expect(of(await findings(line(843000)), 'SK-FUND-012')).toEqual([]);
        // Grouped in English too, as every output writes numbers (formatDisplayNumber).
        const nb = of(await findings(line(1200000), { display: { language: 'nb' } }), 'SK-FUND-012');
        // Numbers grouped with a (no-break) space in Norwegian.
        expect(nb[0].message).toMatch(/70 % av 1\s200\s000 NOK én gang er 840\s000 NOK én gang/);
    });

    test('no share of the money is given without the lines left out of it, each with its line and why', async () => {
        const settings: SamskapConfig = { diagnostics: { classifications: true } };
        const body = `${PARTIES}
    goals defined by k
    budget drift "Drift" 500000 NOK per year
    funding {
        k -> l operating_grant 400000 NOK per year
        f -> l operating_grant 50000 EUR per year
        f -> l project_grant 100000 NOK once
        f -> l donation
        f -> l operating_grant share 10 %
    }`;
        const all = await findings(body, settings);
        const largest = of(all, 'SK-FUND-007');
        expect(largest.map(f => f.message)).toEqual([
            'Kommunen gives 100 % of the money (Herfindahl index 1.00); without it 0 % remains. Left out of this figure: ' +
            'Fondet → Laget (line 11: amount in EUR, not NOK); Fondet → Laget (line 12: a one-off sum among money per year); ' +
            'Fondet → Laget (line 13: no amount); Fondet → Laget (line 14: a share of no budget with an amount).'
        ]);
        const autonomy = of(all, 'SK-FUND-011');
        expect(autonomy).toHaveLength(1);
        expect(autonomy[0].message).toContain('Laget gets 100 % of its money in the model from Kommunen');
        expect(autonomy[0].message).toContain('Left out of this figure: Fondet → Laget (line 11: amount in EUR, not NOK);');
        // When every line counts, nothing is said to be left out.
        const whole = await findings(`${PARTIES}
    goals defined by k
    funding {
        k -> l operating_grant 400000 NOK per year
    }`, settings);
        expect([...of(whole, 'SK-FUND-007'), ...of(whole, 'SK-FUND-011')].filter(f => f.message.includes('Left out'))).toEqual([]);
        const da = of(await findings(body, { ...settings, display: { language: 'da' } }), 'SK-FUND-007');
        expect(da[0].message).toContain('Holdt uden for dette tal: Fondet → Laget (linje 11: beløb i EUR, ikke NOK)');
    });
});
