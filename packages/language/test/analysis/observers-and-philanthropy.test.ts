import { describe, expect, test } from 'vitest';
import { classify } from '../../src/analysis/classification.js';
import { runRules } from '../../src/validation/run-rules.js';
import { caseText, modelOf } from './helpers.js';

describe('observers: members without a vote', () => {
    const text = (observers: string) => caseText(`
    purpose democratic
    body styret "Styret" members kommune${observers} level policy
    decision plan "Plan" level policy { decide styret }`, '    actor fondet "Fondet" is foundation');

    test('a body lists its observers apart from its members', async () => {
        const model = await modelOf(text(' observers lag, fondet'));
        expect(model.bodies[0].members).toEqual(['kommune']);
        expect(model.bodies[0].observers).toEqual(['lag', 'fondet']);
    });

    test('an observer takes part (no "takes part in nothing"), but gets no voice in the body\'s decisions', async () => {
        const observing = await modelOf(text(' observers lag, fondet'));
        const findings = runRules(observing, classify(observing));
        expect(findings.filter(f => f.code === 'SK-PART-005')).toEqual([]);
        // A non-public observer of a policy-level body is no non-public voice in policy (as a member would be).
        expect(findings.filter(f => f.code === 'SK-PART-009').length).toBe(1);
        const member = await modelOf(text(', lag observers fondet'));
        expect(runRules(member, classify(member)).filter(f => f.code === 'SK-PART-009')).toEqual([]);
    });
});

describe('foundations are philanthropic, a sector of their own', () => {
    test('a foundation is philanthropic by default, non-public, and may say it is voluntary', async () => {
        const model = await modelOf(caseText('', '    actor fondet "Fondet" is foundation\n    actor bymisjonen "Bymisjonen" is foundation sector voluntary'));
        const sectors = Object.fromEntries(model.actors.map(actor => [actor.id, [actor.sector, actor.isPublic]]));
        expect(sectors).toEqual({ kommune: ['public', true], lag: ['voluntary', false], fondet: ['philanthropic', false], bymisjonen: ['voluntary', false] });
    });
});
