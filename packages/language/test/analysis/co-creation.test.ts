import { describe, expect, test } from 'vitest';
import { classify, type CoCreationFacts, type MissingFact, type Side, type Timing } from '../../src/analysis/classification.js';
import { assessForms, decideForm, togetherOf } from '../../src/analysis/co-creation.js';
import { MISSING_FACT_STATEMENT } from '../../src/analysis/form-explanation.js';
import type { Iap2Level, Phase } from '../../src/model/partnership-model.js';
import { caseModel, modelOf } from './helpers.js';

async function form(statements: string, actors = '') {
    return classify(await caseModel(statements, actors)).coCreation;
}

function failing(result: Awaited<ReturnType<typeof form>>, formCode: string): string[] {
    return result.assessments.find(a => a.form === formCode)?.evidence.filter(e => !e.holds).map(e => e.criterion) ?? [];
}

const EQUAL = `initiative by kommune, lag in 2020
involvement lag from initiation
goals defined by kommune, lag by consensus
content defined by kommune, lag by consensus
activity plan "Plan" phases design, delivery done jointly by kommune, lag
decision strategi "Strategi" level strategic {
 decide joint(kommune, lag) by consensus
}`;

describe('co-creation form (Eimhjellen & Loga 2017)', () => {
    test('equal: goals and content jointly, involved early, joint governance, two joint phases', async () => {
        const result = await form(EQUAL);
        expect(result.code).toBe('equal');
        expect(result.isCoCreation).toBe(true);
        expect(result.facts).toMatchObject({
            initiator: 'joint', firstNonPublicPhase: 'initiation', goalsDefinedBy: 'joint', contentDefinedBy: 'joint',
            strategicDecisionLocus: 'joint', jointPhases: ['initiation', 'design', 'delivery']
        });
        expect(result.evidence.every(e => e.holds)).toBe(true);
    });

    test.each([
        ['goals defined by one side', EQUAL.replace('goals defined by kommune, lag', 'goals defined by kommune'), 'goals-defined-by', 'municipality_led'],
        ['content defined by one side', EQUAL.replace('content defined by kommune, lag', 'content defined by lag'), 'content-defined-by', 'voluntary_led'],
        ['strategic decisions by the municipality', EQUAL.replace('decide joint(kommune, lag) by consensus', 'decide kommune'), 'strategic-decision-locus', 'municipality_led']
    ])('not equal when %s', async (_name, text, criterion, computed) => {
        const result = await form(text);
        expect(result.code).toBe(computed);
        expect(failing(result, 'equal')).toEqual([criterion]);
    });

    test('equal co-creation asks for joint goals, content and steering, not a count of joint phases', async () => {
        const result = await form(EQUAL.replace('phases design, delivery', 'phases delivery'));
        expect(result.code).toBe('equal');
    });

    test('with goals and content joint, the initiative decides who leads before the strategic decisions; unstated, it is missing', async () => {
        const publicSteers = EQUAL.replace('decide joint(kommune, lag) by consensus', 'decide kommune');
        const unstated = await form(publicSteers.replace('initiative by kommune, lag in 2020\n', ''));
        expect(unstated.code).toBe('undetermined');
        expect(unstated.missing).toEqual(['initiator']);
        expect((await form(publicSteers.replace('initiative by kommune, lag', 'initiative by kommune'))).code).toBe('municipality_led');
        expect((await form(publicSteers.replace('initiative by kommune, lag', 'initiative by lag'))).code).toBe('voluntary_led');
    });

    const VOLUNTARY = `initiative by lag in 2019
goals defined by lag
content defined by lag
activity kurs "Kurs" phases delivery done jointly by lag, kommune
funding {
 kommune -> lag operating_grant 100000 NOK per year
}`;

    test('voluntary-led: the non-public side defines goals and content, and the sides deliver together', async () => {
        const result = await form(VOLUNTARY);
        expect(result.code).toBe('voluntary_led');
        expect(result.evidence.map(e => e.criterion)).toEqual(['non-public-party-present', 'joint-work', 'involved-early-or-shapes', 'not-all-joint', 'leading-side']);
        expect(result.evidence.every(e => e.holds)).toBe(true);
    });

    test('a grant to an organisation that runs and decides its own work is support, not voluntary-led co-creation', async () => {
        const text = `initiative by lag in 2019
content defined by lag
funding {
 kommune -> lag operating_grant 100000 NOK per year
}
decision program "Program" level strategic {
 decide lag
 consulted kommune with feedback "Møte"
}`;
        const classification = classify(await caseModel(text));
        expect(classification.coCreation.code).toBe('support');
        expect(failing(classification.coCreation, 'voluntary_led')).toContain('joint-work');
        expect(classification.participation).toEqual([]);
        const delegated = classify(await caseModel(text.replace('decision program "Program"', 'decision program "Program" owned by kommune')));
        expect(delegated.participation.map(p => [p.actor, p.iap2.derived, p.arnstein.derived])).toEqual([['lag', 'empower', 'delegated_power']]);
    });

    const MUNICIPALITY = `initiative by kommune in 2020
goals defined by kommune
content defined by kommune, lag
involvement lag from design
activity trening "Trening" phases design, delivery done jointly by kommune, lag
decision strategi "Strategi" level strategic {
 decide kommune
}`;

    test('municipality-led: the public side sets the goals, the non-public side is in from design and shapes the content', async () => {
        const result = await form(MUNICIPALITY);
        expect(result.code).toBe('municipality_led');
        expect(result.isCoCreation).toBe(true);
        expect(result.missing).toEqual([]);
    });

    test('a municipality that initiates and defines the goals but shares the strategic decisions leads: no gap between the forms', async () => {
        const result = await form(MUNICIPALITY.replace('decide kommune', 'decide joint(kommune, lag) by consensus'));
        expect(result.code).toBe('municipality_led');
        expect(failing(result, 'equal')).toEqual(['goals-defined-by']);
    });

    const LATE = `initiative by kommune in 2020
involvement lag from delivery
goals defined by kommune
content defined by kommune
activity drift "Drift" phases delivery done jointly by kommune, lag
decision strategi "Strategi" level strategic {
 decide kommune
}`;

    test('co-implementation: in at delivery with no say over goals or content is not co-creation, however jointly delivered', async () => {
        const result = await form(LATE);
        expect(result.code).toBe('co_implementation');
        expect(result.label).toBe('Not co-creation: co-implementation');
        expect(result.isCoCreation).toBe(false);
        expect(failing(result, 'municipality_led')).toEqual(['involved-early-or-shapes']);
    });

    test.each([
        ['involved from design', LATE.replace('involvement lag from delivery', 'involvement lag from design'), 'municipality_led'],
        ['shaping the content', LATE.replace('content defined by kommune', 'content defined by kommune, lag'), 'municipality_led'],
        ['defining the goals itself', LATE.replace('goals defined by kommune', 'goals defined by lag'), 'voluntary_led']
    ])('co-creation once the non-public side is %s', async (_name, text, computed) => {
        expect((await form(text)).code).toBe(computed);
    });

    test('in at delivery with the content unstated: undetermined, naming the content as missing', async () => {
        const result = await form(LATE.replace('content defined by kommune\n', ''));
        expect(result.code).toBe('undetermined');
        expect(result.missing).toEqual(['content']);
        expect(MISSING_FACT_STATEMENT[result.missing[0]]).toContain('content defined by');
    });

    test('contracting: the public side specifies, the non-public side delivers, nothing is done jointly', async () => {
        const result = await form('initiative by kommune\ncontent defined by kommune\nactivity levering "Levering" phases delivery done by lag');
        expect(result.code).toBe('contracting');
        expect(result.isCoCreation).toBe(false);
    });

    test('contracting through a procurement contract when the content is not stated', async () => {
        const result = await form('funding {\n kommune -> lag procurement_contract 100000 NOK per year\n}\nactivity levering "Levering" done by lag');
        expect(result.code).toBe('contracting');
        expect(failing(await form('activity levering "Levering" done by lag'), 'contracting')).toEqual(['public-specifies']);
    });

    test('consultation: the non-public side is consulted or involved in a public decision and nothing is done together', async () => {
        expect((await form('decision d "D" {\n decide kommune\n consulted lag\n}')).code).toBe('consultation');
        expect((await form('decision d "D" {\n decide kommune\n recommend lag\n}')).code).toBe('consultation');
        expect((await form('decision d "D" {\n decide kommune\n informed lag\n}')).code).toBe('consultation');
    });

    test('support: resources only, no voice beyond being informed, nothing joint', async () => {
        expect((await form('funding {\n kommune -> lag operating_grant 100000 NOK per year\n}')).code).toBe('support');
        expect((await form('funding {\n kommune -> lag operating_grant 100000 NOK per year\n}\ndecision d "D" {\n decide kommune\n informed lag\n}')).code).toBe('support');
        expect(failing(await form('decision d "D" {\n decide kommune\n informed lag\n}'), 'support')).toEqual(['economic-support']);
    });

    test('no relation between the sides is a result, not undetermined', async () => {
        const result = await form('role r "R" held by kommune, lag');
        expect(result.code).toBe('no_relation');
        expect(result.missing).toEqual([]);
    });

    test('undetermined names the missing facts', async () => {
        const withoutLag = classify(await modelOf('model X "X" {\n actor kommune "K" is municipality\n}')).coCreation;
        expect(withoutLag.code).toBe('undetermined');
        expect(withoutLag.missing).toEqual(['non-public-actor']);
        expect(withoutLag.evidence[0]).toMatchObject({ criterion: 'non-public-party-present', holds: false, detail: 'the model declares no non-public actor' });
        const sharedOnly = await form('governance shared');
        expect(sharedOnly.code).toBe('undetermined');
        expect(sharedOnly.missing).toEqual(['first-involvement', 'goals', 'content']);
    });

    test('a volunteer centre owned by the municipality is on the public side', async () => {
        const owned = classify(await modelOf('model X "X" {\n actor kommune "K" is municipality\n actor sentral "S" is volunteer_centre owned by kommune\n funding {\n  kommune -> sentral operating_grant 100 NOK per year\n }\n}')).coCreation;
        expect(owned.missing).toEqual(['non-public-actor']);
        const undeclared = classify(await modelOf('model X "X" {\n actor kommune "K" is municipality\n actor sentral "S" is volunteer_centre\n funding {\n  kommune -> sentral operating_grant 100 NOK per year\n }\n}')).coCreation;
        expect(undeclared.code).toBe('support');
    });
});

describe('the decision procedure covers every combination of the facts', () => {
    const SIDES: Side[] = ['public', 'non_public', 'joint', 'unknown'];
    const PHASE_OF_TIMING: Array<[Timing, Phase | undefined]> = [['early', 'design'], ['late', 'delivery'], ['unknown', undefined]];
    const VOICES: Array<Iap2Level | undefined> = [undefined, 'inform', 'consult', 'involve', 'collaborate', 'empower'];
    const JOINT: Phase[][] = [[], ['delivery'], ['design', 'delivery']];

    function* space(): Generator<CoCreationFacts> {
        for (const initiator of SIDES) for (const [timing, firstNonPublicPhase] of PHASE_OF_TIMING) for (const goalsDefinedBy of SIDES)
            for (const contentDefinedBy of SIDES) for (const strategicDecisionLocus of SIDES) for (const jointPhases of JOINT)
                for (const sharedGovernance of [false, true]) for (const highestVoice of VOICES) for (const publicResources of [false, true])
                    for (const nonPublicPerforms of [false, true]) for (const procurement of [false, true]) {
                        // A joint activity has a phase, so the timing of the non-public side is then known.
                        if (jointPhases.length > 0 && timing === 'unknown') continue;
                        const reduced = {
                            initiator, firstNonPublicPhase, goalsDefinedBy, contentDefinedBy, strategicDecisionLocus, jointPhases, timing,
                            sharedGovernance, highestVoice, publicResources, nonPublicPerforms, procurement
                        };
                        yield { ...reduced, together: togetherOf(reduced) };
                    }
    }
    const BOTH = { publicSide: true, nonPublicSide: true };

    test('all facts stated: always a form; undetermined only with a named missing fact that is indeed unstated; exactly the computed form\'s criteria all hold', () => {
        let combinations = 0;
        const seen = new Set<string>();
        for (const facts of space()) {
            combinations += 1;
            const { form, missing } = decideForm(facts, BOTH);
            seen.add(form);
            const unknown = new Set<MissingFact>();
            if (facts.goalsDefinedBy === 'unknown') unknown.add('goals');
            if (facts.contentDefinedBy === 'unknown') unknown.add('content');
            if (facts.initiator === 'unknown') unknown.add('initiator');
            if (facts.strategicDecisionLocus === 'unknown' && !facts.sharedGovernance) unknown.add('strategic-decisions');
            if (facts.strategicDecisionLocus === 'unknown') unknown.add('strategic-decisions');
            if (facts.timing === 'unknown') unknown.add('first-involvement');
            if (unknown.size === 0) expect(form, JSON.stringify(facts)).not.toBe('undetermined');
            expect(missing.length > 0, JSON.stringify(facts)).toBe(form === 'undetermined');
            for (const fact of missing) expect(unknown.has(fact), `${fact} in ${JSON.stringify(facts)}`).toBe(true);
            const supported = assessForms(facts, BOTH).filter(a => a.supported).map(a => a.form);
            expect(supported, JSON.stringify(facts)).toEqual(form === 'undetermined' || form === 'no_relation' ? [] : [form]);
        }
        expect(combinations).toBeGreaterThan(100_000);
        expect([...seen].sort()).toEqual(['co_implementation', 'consultation', 'contracting', 'equal', 'municipality_led', 'no_relation', 'support', 'undetermined', 'voluntary_led']);
    });

    test('without one of the sides the model is undetermined, naming the side', () => {
        const facts = space().next().value as CoCreationFacts;
        expect(decideForm(facts, { publicSide: true, nonPublicSide: false })).toEqual({ form: 'undetermined', missing: ['non-public-actor'] });
        expect(decideForm(facts, { publicSide: false, nonPublicSide: true })).toEqual({ form: 'undetermined', missing: ['public-actor'] });
    });
});
