import { describe, expect, test } from 'vitest';
import { classifyPestoff } from '../../src/analysis/pestoff.js';
import { classifyVoorberg } from '../../src/analysis/voorberg.js';
import { indexOf } from '../../src/analysis/model-index.js';
import { caseModel } from './helpers.js';

const citizens = 'actor folk "Innbyggerne" is citizens';
const volunteers = 'actor hjelpere "Frivillige hjelpere" is volunteers';

async function pestoff(statements: string, extra = '') {
    return Object.fromEntries(classifyPestoff(await caseModel(statements, `${citizens}\n${extra}`)).map(r => [r.actor, r.codes]));
}

async function voorberg(statements: string) {
    return Object.fromEntries(classifyVoorberg(await caseModel(statements, citizens)).map(r => [r.actor, r.highest ?? 'none']));
}

describe('Brandsen & Pestoff 2006', () => {
    test('the triad is credited to Brandsen & Pestoff 2006', async () => {
        const [lag] = classifyPestoff(await caseModel('', citizens));
        expect(lag.parts.map(p => p.source)).toEqual(Array(3).fill("Brandsen & Pestoff 2006 (the triad); co-production as users' input: Brandsen & Honingh 2016; criteria [derived] (docs/classifications.md)"));
    });

    test('co-governance: an organisation decides or holds a veto on a policy or strategic public decision, not an operational one', async () => {
        expect((await pestoff('decision d "D" level strategic {\n decide kommune\n agree lag\n}')).lag).toEqual(['co_governance']);
        expect((await pestoff('decision d "D" level policy {\n decide joint(kommune, lag) by consensus\n}')).lag).toEqual(['co_governance']);
        expect((await pestoff('decision d "D" owned by kommune level policy {\n decide lag\n}')).lag).toEqual(['co_governance']);
        expect((await pestoff('decision d "D" level operational {\n decide kommune\n agree lag\n}')).lag).toEqual([]);
        expect((await pestoff('decision d "D" level strategic {\n decide kommune\n consulted lag\n}')).lag).toEqual([]);
    });

    test('co-governance: an organisation deciding its own policy is not co-governing anything public', async () => {
        const [lag] = classifyPestoff(await caseModel('decision d "D" level policy {\n decide lag\n}', citizens));
        expect(lag.codes).toEqual([]);
        expect(lag.parts[0].evidence[0].detail).toBe('Laget decides or holds a veto on no policy- or strategic-level public decision and sits in no such body of both sides with a decision rule');
    });

    test('co-governance: a policy or strategic body of both sides with a decision rule', async () => {
        expect((await pestoff('body s "Styre" members kommune, lag decides by consensus level strategic')).lag).toEqual(['co_governance']);
        expect((await pestoff('body s "Styre" members kommune, lag level strategic')).lag).toEqual([]);
        expect((await pestoff('body s "Styre" members kommune, lag decides by majority level operational')).lag).toEqual([]);
        expect((await pestoff('body s "Styre" members lag, lag2 decides by consensus level strategic', 'actor lag2 "Foreningen" is voluntary_organisation')).lag).toEqual([]);
    });

    test('co-management: an organisation delivers together with the public side', async () => {
        expect((await pestoff('activity a "A" done jointly by kommune, lag')).lag).toEqual(['co_management']);
        expect((await pestoff('activity a "A" phases design, delivery done jointly by kommune, lag')).lag).toEqual(['co_management']);
        expect((await pestoff('body s "Styre" members kommune, lag\nactivity a "A" phases delivery done by s')).lag).toEqual(['co_management']);
        expect((await pestoff('activity a "A" done by lag')).lag).toEqual([]);
        expect((await pestoff('activity a "A" done separately by kommune, lag')).lag).toEqual([]);
    });

    test('co-management: a foundation planning with the municipality is not co-management', async () => {
        const foundation = 'actor stiftelse "Stiftelsen" is foundation';
        const results = classifyPestoff(await caseModel('activity plan "Plan" phases initiation, design done jointly by kommune, stiftelse', `${citizens}\n${foundation}`));
        const stiftelse = results.find(r => r.actor === 'stiftelse');
        expect(stiftelse?.codes).toEqual([]);
        expect(stiftelse?.parts[1].evidence[0].detail).toBe('Stiftelsen delivers no activity together with a public actor; working with it on "Plan" (initiation, design) is planning, not delivery');
        expect((await pestoff('activity a "A" phases assessment done jointly by kommune, lag')).lag).toEqual([]);
    });

    test('co-production: users or citizens perform work in the service they receive; organisations never co-produce', async () => {
        expect(await pestoff('activity a "A" done jointly by kommune, lag, folk')).toEqual({ lag: ['co_management'], folk: ['co_production'] });
        expect((await pestoff('decision d "D" {\n decide kommune\n perform folk\n}')).folk).toEqual(['co_production']);
        expect((await pestoff('decision d "D" level policy {\n decide folk\n}')).folk).toEqual([]);
        expect((await pestoff('decision d "D" level policy {\n decide kommune\n consulted folk\n}')).folk).toEqual([]);
    });

    test('co-production: volunteer hours and volunteers are not co-production', async () => {
        expect((await pestoff('funding {\n folk -> kommune volunteer_hours 100 hours per year\n}')).folk).toEqual([]);
        const results = classifyPestoff(await caseModel('activity a "A" done jointly by kommune, hjelpere\nfunding {\n hjelpere -> kommune volunteer_hours 100 hours per year\n}', `${citizens}\n${volunteers}`));
        const hjelpere = results.find(r => r.actor === 'hjelpere');
        expect(hjelpere?.codes).toEqual([]);
        expect(hjelpere?.parts[2].evidence[0].detail).toBe("Frivillige hjelpere are volunteers, not the service's users; co-production describes users or citizens producing the service they receive");
        expect(hjelpere?.parts[1].evidence[0].detail).toBe('Frivillige hjelpere are individuals; co-management describes organisations');
    });

    test('evidence keeps every range once', async () => {
        const [, folk] = classifyPestoff(await caseModel('activity a "A" done by folk\nactivity b "B" done by folk\nactivity c "C" done by folk\ndecision d "D" {\n decide kommune\n perform folk, lag\n}', citizens));
        expect(folk.parts[2].evidence[0].ranges.map(r => r.start.line)).toEqual([5, 6, 7, 10]);
        expect(folk.parts[2].evidence[0].detail).toBe('Innbyggerne take part in "A"; take part in "B"; and 2 more');
    });
});

describe('Voorberg, Bekkers & Tummers 2015', () => {
    test('initiator, co-designer and co-implementer, with the most involved role first', async () => {
        expect(await voorberg('initiative by lag')).toEqual({ lag: 'initiator', folk: 'none' });
        expect(await voorberg('content defined by lag')).toEqual({ lag: 'co_designer', folk: 'none' });
        expect(await voorberg('involvement folk from design')).toEqual({ lag: 'none', folk: 'co_designer' });
        expect(await voorberg('activity a "A" phases delivery done by lag')).toEqual({ lag: 'co_implementer', folk: 'none' });
        expect(await voorberg('activity a "A" phases assessment done by lag')).toEqual({ lag: 'none', folk: 'none' });
        expect(await voorberg('involvement lag from delivery\nfunding {\n folk -> kommune volunteer_hours 10 hours per year\n}')).toEqual({ lag: 'none', folk: 'co_implementer' });
    });

    test('co-implementer: volunteer hours are work in the service, also an organisation\'s; goods lent are not', async () => {
        expect(await voorberg('funding {\n lag -> kommune volunteer_hours 10 hours per year\n}')).toEqual({ lag: 'co_implementer', folk: 'none' });
        expect(await voorberg('funding {\n lag -> kommune in_kind "Utstyr"\n}')).toEqual({ lag: 'none', folk: 'none' });
    });

    test('the source is Voorberg, Bekkers & Tummers 2015', async () => {
        const [lag] = classifyVoorberg(await caseModel(''));
        expect(lag.parts[0].source).toBe('Voorberg, Bekkers & Tummers 2015, Public Management Review 17(9)');
    });

    test('every role keeps its evidence', async () => {
        const [lag] = classifyVoorberg(await caseModel('initiative by lag in 2019\nactivity a "A" done by lag'));
        expect(lag.parts.map(p => [p.code, p.holds, p.evidence[0].detail])).toEqual([
            ['initiator', true, 'Laget took the initiative in 2019'],
            ['co_designer', false, 'Laget neither defines goals or content nor takes part in design'],
            ['co_implementer', true, 'Laget delivers "A"']
        ]);
    });
});

describe('the model index', () => {
    test('the activities validation asks of an actor are the activities of its indexed facts, through bodies and without repeats', async () => {
        const model = await caseModel([
            'body styre "Styre" members kommune, lag',
            'activity a "A" done jointly by kommune, lag',
            'activity b "B" done by styre, lag',
            'activity c "C" done by folk'
        ].join('\n'), citizens);
        const index = indexOf(model);
        expect(index.activitiesOf('lag').map(activity => activity.id)).toEqual(['a', 'b']);
        expect(index.activitiesOf('kommune').map(activity => activity.id)).toEqual(['a', 'b']);
        expect(index.activitiesOf('nobody')).toEqual([]);
        for (const actor of model.actors) {
            expect(index.activitiesOf(actor.id)).toEqual(index.factsOf(actor.id).activities);
        }
    });
});
