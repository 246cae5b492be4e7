import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/validation/finding.js';
import type { SamskapConfig } from '../../src/validation/rule-config.js';
import { runRules } from '../../src/validation/run-rules.js';
import { modelOf } from '../analysis/helpers.js';

/**
 * What the rules say, beyond where they fire (the annotated files test that): severities that
 * separate a contradiction from incomplete information, and messages a researcher would sign.
 */
async function findings(body: string, settings?: SamskapConfig): Promise<Finding[]> {
    return runRules(await modelOf(`model M "M" {\n    country NO\n${body}\n}`), undefined, settings);
}

function of(all: readonly Finding[], code: string): Finding[] {
    return all.filter(finding => finding.code === code);
}

describe('severities: errors are contradictions, incomplete information is not', () => {
    const shares = (a: number, b: number) => `
    actor k "K" is municipality
    actor f "F" is county
    actor l "L" is association
    budget drift "Drift" 100000 NOK per year
    funding {
        k -> l operating_grant share ${a} % for drift
        f -> l operating_grant share ${b} % for drift
    }`;

    test('shares above 100 % are an error (SK-FUND-001); below 100 % an information (SK-FUND-009), without the rescaling fix', async () => {
        const above = await findings(shares(60, 50));
        expect(of(above, 'SK-FUND-001').map(f => f.severity)).toEqual(['error']);
        expect(of(above, 'SK-FUND-009')).toEqual([]);
        const below = await findings(shares(60, 30));
        expect(of(below, 'SK-FUND-001')).toEqual([]);
        expect(of(below, 'SK-FUND-009').map(f => [f.severity, f.data])).toEqual([['info', undefined]]);
        expect(of(below, 'SK-FUND-009')[0].message).toContain('90 %');
        const whole = await findings(shares(60, 40));
        expect([...of(whole, 'SK-FUND-001'), ...of(whole, 'SK-FUND-009')]).toEqual([]);
    });

    test('a missing decider (SK-DEC-001) and a missing decision rule (SK-DEC-004) are warnings', async () => {
        const all = await findings(`
    actor k "K" is municipality
    actor l "L" is association
    decision a "A" { informed l }
    decision b "B" { decide joint(k, l) }`);
        expect([...of(all, 'SK-DEC-001'), ...of(all, 'SK-DEC-004')].map(f => f.severity)).toEqual(['warning', 'warning']);
    });

    test('a period past the model\'s period is an information (SK-CTX-002), a reversed period an error (SK-CTX-001)', async () => {
        const all = await findings(`
    period 2020..2021
    actor k "K" is municipality
    actor l "L" is association
    agreement a "A" parties k, l period 2020..2025
    agreement b "B" parties k, l period 2021..2020`);
        expect(of(all, 'SK-CTX-002').map(f => f.severity)).toEqual(['info']);
        expect(of(all, 'SK-CTX-001').map(f => f.severity)).toEqual(['error']);
    });

    test('SK-DEC-005: a board member also consulted in its own name is no contradiction; a party named as both is', async () => {
        const all = await findings(`
    actor k "K" is municipality
    actor l "L" is association
    body styre "Styret" members k, l decides by consensus
    decision a "A" {
        decide styre
        consulted k with feedback "Høring"
    }
    decision b "B" {
        decide k
        consulted k with feedback "Møte"
    }`);
        expect(of(all, 'SK-DEC-005').map(f => [f.severity, f.range.start.line])).toEqual([['error', 12]]);
    });

    test('every error-level model rule is a contradiction or an unreadable model', async () => {
        const { MODEL_RULES } = await import('../../src/validation/rule-catalogue.js');
        const errors = MODEL_RULES.filter(rule => rule.defaultSeverity === 'error' && !rule.retired).map(rule => rule.code);
        expect(errors).toEqual(['SK-REF-001', 'SK-REF-002', 'SK-DEC-002', 'SK-DEC-003', 'SK-DEC-005', 'SK-DEC-006', 'SK-FUND-001', 'SK-FUND-002', 'SK-GOV-002', 'SK-CTX-001']);
    });
});

describe('wording: pointers, not findings', () => {
    test('SK-PART-001: a funder without a role is normal; a recipient is never told to take the funder role', async () => {
        const all = await findings(`
    actor k "K" is municipality
    actor bank "Banken" is bank
    actor l "L" is association
    funding {
        k -> l operating_grant 100000 NOK per year
        bank -> l sponsorship 10000 NOK per year
    }`);
        const part = of(all, 'SK-PART-001');
        expect(part.map(f => [f.severity, f.message.slice(0, 1)])).toEqual([['info', 'L']]);
        expect(part[0].message).not.toMatch(/funder/i);
        expect(part[0].message).toContain('is provider held by l');
    });

    test('OFFRI is cited as studying challenges, never as having found them decisive', async () => {
        const all = await findings(`
    actor k "K" is municipality
    actor l "L" is association
    initiative by k`);
        const pointers = [...of(all, 'SK-GOV-005'), ...of(all, 'SK-GOV-006'), ...of(all, 'SK-FORM-005')];
        expect(pointers.map(f => f.severity)).toEqual(['info', 'info', 'info']);
        for (const finding of pointers) {
            expect(finding.message).toMatch(/OFFRI \(Guribye 2016\) studies/);
            expect(finding.message).not.toMatch(/found|decisive/i);
        }
    });

    test('SK-FUND-005 cites the procurement act and regulation and the EEA state-aid rules for Norway', async () => {
        const all = await findings(`
    actor k "K" is municipality
    actor l "L" is association
    funding {
        k -> l project_grant 50000 NOK per year requirements detailed
    }`);
        const [finding] = of(all, 'SK-FUND-005');
        expect(finding.message).toContain('lov om offentlige anskaffelser 2016');
        expect(finding.message).toContain('anskaffelsesforskriften');
        expect(finding.message).toContain('EEA');
        expect(finding.message).not.toContain('OFFRI');
    });
});

describe('new checks', () => {
    const coImplementation = (claim: string) => `
    actor k "K" is municipality
    actor l "L" is association
    initiative by k
    goals defined by k
    content defined by k
    involvement l from delivery
    activity a "A" phases delivery done jointly by k, l
    claim form ${claim}`;

    test('SK-FORM-007: co-implementation claimed as co-creation names the failing criterion, and SK-FORM-001 does not repeat it', async () => {
        const all = await findings(coImplementation('equal'));
        const [finding] = of(all, 'SK-FORM-007');
        expect(finding.severity).toBe('warning');
        expect(finding.message).toContain('first comes in at delivery (late involvement)');
        expect(finding.message).toContain('no say over goals or content');
        expect(of(all, 'SK-FORM-001')).toEqual([]);
        // With SK-FORM-007 off, the claim is still checked by SK-FORM-001.
        const off = await findings(coImplementation('equal'), { rules: { 'SK-FORM-007': 'off' } });
        expect(of(off, 'SK-FORM-001').map(f => f.message)).toEqual([expect.stringContaining('co-implementation')]);
        expect(of(await findings(coImplementation('co_implementation')), 'SK-FORM-007')).toEqual([]);
    });

    test('SK-FORM-008: a volunteer centre of undeclared ownership is told it is counted as voluntary', async () => {
        const all = await findings(`
    actor k "K" is municipality
    actor c "Sentralen" is volunteer_centre
    actor d "Kommunens sentral" is volunteer_centre owned by k`);
        expect(of(all, 'SK-FORM-008').map(f => [f.severity, f.message.startsWith('Sentralen'), f.message.includes('counted as voluntary')])).toEqual([['warning', true, true]]);
    });

    test('SK-FUND-011: autonomy risk reads the recipient\'s own money, not the model\'s', async () => {
        const body = (goals: string) => `
    actor k "K" is municipality
    actor l "L" is association
    actor m "M" is association
    actor bank "Banken" is bank
    goals defined by ${goals}
    funding {
        k -> l operating_grant 600000 NOK per year
        bank -> m sponsorship 900000 NOK per year
    }`;
        const all = await findings(body('k'));
        expect(of(all, 'SK-FUND-011').map(f => [f.severity, f.message.slice(0, 30)])).toEqual([['warning', 'L gets 100 % of its money in t']]);
        expect(of(await findings(body('k, l by consensus')), 'SK-FUND-011')).toEqual([]);
        // A purchase is contracting: the buyer sets the content by definition.
        const purchase = await findings(`
    actor k "K" is municipality
    actor l "L AS" is social_entrepreneur
    goals defined by k
    funding {
        k -> l procurement_contract 600000 NOK per year
    }`);
        expect(of(purchase, 'SK-FUND-011')).toEqual([]);
    });
});
