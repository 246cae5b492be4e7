import { describe, expect, test } from 'vitest';
import { classify } from '../../src/analysis/classification.js';
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
        expect(result.facts).toEqual({
            initiator: 'joint', firstNonPublicPhase: 'initiation', goalsDefinedBy: 'joint', contentDefinedBy: 'joint',
            strategicDecisionLocus: 'joint', jointPhases: ['initiation', 'design', 'delivery']
        });
        expect(result.evidence.every(e => e.holds)).toBe(true);
    });

    test.each([
        ['goals defined by one side', EQUAL.replace('goals defined by kommune, lag', 'goals defined by kommune'), 'goals-defined-by'],
        ['content defined by one side', EQUAL.replace('content defined by kommune, lag', 'content defined by lag'), 'content-defined-by'],
        ['non-public side first involved in delivery', EQUAL.replace('initiative by kommune, lag', 'initiative by kommune').replace('involvement lag from initiation', 'involvement lag from delivery').replace('phases design, delivery', 'phases delivery, assessment'), 'first-involvement'],
        ['strategic decisions by the municipality', EQUAL.replace('decide joint(kommune, lag) by consensus', 'decide kommune'), 'strategic-decision-locus'],
        ['only one joint phase', EQUAL.replace('initiative by kommune, lag', 'initiative by lag').replace('phases design, delivery', 'phases delivery'), 'joint-phases']
    ])('not equal when %s', async (_name, text, criterion) => {
        const result = await form(text);
        expect(result.code).not.toBe('equal');
        expect(failing(result, 'equal')).toEqual([criterion]);
    });

    const VOLUNTARY = `initiative by lag in 2019
content defined by lag
funding {
 kommune -> lag operating_grant 100000 NOK per year
}
decision program "Program" level strategic {
 decide lag
 consulted kommune with feedback "Møte"
}`;

    test('voluntary-led: non-public initiative and definition, public resources, public not sole decider', async () => {
        const result = await form(VOLUNTARY);
        expect(result.code).toBe('voluntary_led');
        expect(result.evidence.map(e => e.criterion)).toEqual(['non-public-party-present', 'initiator', 'goals-and-content-defined-by', 'public-contributes', 'strategic-decision-locus']);
    });

    test.each([
        ['the municipality initiates', VOLUNTARY.replace('initiative by lag', 'initiative by kommune'), 'initiator'],
        ['the municipality defines the content', VOLUNTARY.replace('content defined by lag', 'content defined by kommune'), 'goals-and-content-defined-by'],
        ['the public side neither funds nor co-delivers', VOLUNTARY.replace('kommune -> lag operating_grant 100000 NOK per year', 'lag -> kommune knowledge'), 'public-contributes'],
        ['the municipality decides alone', VOLUNTARY.replace('decide lag', 'decide kommune').replace('consulted kommune', 'consulted lag'), 'strategic-decision-locus']
    ])('not voluntary-led when %s', async (_name, text, criterion) => {
        expect(failing(await form(text), 'voluntary_led')).toEqual([criterion]);
    });

    const MUNICIPALITY = `initiative by kommune in 2020
goals defined by kommune
activity trening "Trening" phases delivery done jointly by kommune, lag
decision strategi "Strategi" level strategic {
 decide kommune
}
decision drift "Drift" level operational {
 decide lag
}`;

    test('municipality-led: public initiative, one joint phase, strategic decisions stay public', async () => {
        const result = await form(MUNICIPALITY);
        expect(result.code).toBe('municipality_led');
        expect(result.facts.strategicDecisionLocus).toBe('public');
    });

    test('not municipality-led when the non-public side shares the strategic decision', async () => {
        const result = await form(MUNICIPALITY.replace('decide kommune', 'decide joint(kommune, lag) by majority'));
        expect(failing(result, 'municipality_led')).toEqual(['strategic-decision-locus']);
    });

    test('when no decision is levelled, every decision counts as strategic', async () => {
        const result = await form(MUNICIPALITY.replace(' level strategic', '').replace(' level operational', ''));
        expect(result.facts.strategicDecisionLocus).toBe('joint');
    });

    test('a decision takes the level of the body that decides it', async () => {
        const result = await form('body raad "Råd" members kommune, lag decides by consensus level strategic\ndecision a "A" {\n decide raad\n}\ndecision b "B" level operational {\n decide kommune\n}');
        expect(result.facts.strategicDecisionLocus).toBe('joint');
    });

    test('contracting: the public side specifies, the non-public side delivers, nothing is done jointly', async () => {
        const result = await form('initiative by kommune\ncontent defined by kommune\nactivity levering "Levering" phases delivery done by lag');
        expect(result.code).toBe('contracting');
        expect(result.isCoCreation).toBe(false);
        const joint = await form('initiative by kommune\ncontent defined by kommune\nactivity levering "Levering" phases delivery done by lag, kommune\ndecision d "D" {\n decide kommune\n}');
        expect(joint.code).toBe('municipality_led');
    });

    test('contracting through a procurement contract when the content is not stated', async () => {
        const result = await form('funding {\n kommune -> lag procurement_contract 100000 NOK per year\n}\nactivity levering "Levering" done by lag');
        expect(result.code).toBe('contracting');
        expect(failing(await form('activity levering "Levering" done by lag'), 'contracting')).toEqual(['content-defined-by']);
    });

    test('consultation: the non-public side is at most consulted', async () => {
        expect((await form('decision d "D" {\n decide kommune\n consulted lag\n}')).code).toBe('consultation');
        const involved = await form('decision d "D" {\n decide kommune\n recommend lag\n}');
        expect(involved.code).toBe('undetermined');
        expect(failing(involved, 'consultation')).toEqual(['highest-participation']);
    });

    test('support: resources only, no voice beyond being informed, nothing joint', async () => {
        expect((await form('funding {\n kommune -> lag operating_grant 100000 NOK per year\n}')).code).toBe('support');
        expect((await form('funding {\n kommune -> lag operating_grant 100000 NOK per year\n}\ndecision d "D" {\n decide kommune\n informed lag\n}')).code).toBe('support');
        expect(failing(await form('decision d "D" {\n decide kommune\n informed lag\n}'), 'support')).toEqual(['economic-support']);
    });

    test('undetermined without a non-public actor, and with the nearest form otherwise', async () => {
        const withoutLag = classify(await modelOf('model X "X" {\n actor kommune "K" is municipality\n}')).coCreation;
        expect(withoutLag.code).toBe('undetermined');
        expect(withoutLag.evidence[0]).toMatchObject({ criterion: 'non-public-party-present', holds: false, detail: 'the model declares no non-public actor' });
        expect(withoutLag.nearest).toBeUndefined();
        const bare = await form('role r "R" held by kommune, lag');
        expect(bare.code).toBe('undetermined');
        expect(bare.nearest).toBeDefined();
    });
});
