import { describe, expect, test } from 'vitest';
import { classifyPestoff } from '../../src/analysis/pestoff.js';
import { classifyVoorberg } from '../../src/analysis/voorberg.js';
import { indexOf } from '../../src/analysis/model-index.js';
import { caseModel } from './helpers.js';

const citizens = 'actor folk "Innbyggerne" is citizens';

async function pestoff(statements: string) {
    return Object.fromEntries(classifyPestoff(await caseModel(statements, citizens)).map(r => [r.actor, r.codes]));
}

async function voorberg(statements: string) {
    return Object.fromEntries(classifyVoorberg(await caseModel(statements, citizens)).map(r => [r.actor, r.highest ?? 'none']));
}

describe('Pestoff 2006', () => {
    test('co-governance: an organisation decides on a strategic or policy decision, not an operational one', async () => {
        expect((await pestoff('decision d "D" level policy {\n decide lag\n}')).lag).toEqual(['co_governance']);
        expect((await pestoff('decision d "D" level strategic {\n decide kommune\n agree lag\n}')).lag).toEqual(['co_governance']);
        expect((await pestoff('decision d "D" level operational {\n decide lag\n}')).lag).toEqual([]);
        expect((await pestoff('body s "Styre" members kommune, lag decides by consensus level strategic')).lag).toEqual(['co_governance']);
    });

    test('co-management: an organisation delivers together with the public side', async () => {
        expect((await pestoff('activity a "A" done jointly by kommune, lag')).lag).toEqual(['co_management']);
        expect((await pestoff('activity a "A" done by lag')).lag).toEqual([]);
        expect((await pestoff('activity a "A" done separately by kommune, lag')).lag).toEqual([]);
    });

    test('co-production: individuals contribute to their own services; organisations never co-produce', async () => {
        expect(await pestoff('activity a "A" done jointly by kommune, lag, folk')).toEqual({ lag: ['co_management'], folk: ['co_production'] });
        expect((await pestoff('funding {\n folk -> kommune volunteer_hours 100 hours per year\n}')).folk).toEqual(['co_production']);
        expect((await pestoff('decision d "D" level policy {\n decide folk\n}')).folk).toEqual([]);
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
