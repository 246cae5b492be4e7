import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createSamskapServices, type PartnershipModel } from '../src/index.js';
import type { Document, Model } from '../src/generated/ast.js';

const services = createSamskapServices(EmptyFileSystem);
const parse = parseHelper<Document>(services.Samskap);

async function parseClean(text: string): Promise<LangiumDocument<Document>> {
    const document = await parse(text);
    const errors = [
        ...document.parseResult.lexerErrors.map(error => error.message),
        ...document.parseResult.parserErrors.map(error => error.message),
        ...document.references.filter(reference => reference.error).map(reference => reference.error!.message)
    ];
    expect(errors).toEqual([]);
    return document;
}

function modelOf(document: LangiumDocument<Document>): PartnershipModel {
    const models = services.Samskap.analysis.PartnershipModelProvider.getModels(document);
    expect(models).toHaveLength(1);
    return models[0];
}

afterEach(async () => {
    await clearDocuments(services.shared);
});

/** One model that uses every statement of the language once, with æ ø å in display names. */
const FULL = `
/** Frivillighetens hus: the full language in one model. */
model FullCase "Frivillighetens hus på Ålgård" {
    uses lib
    country NO
    municipality "Gjesdal"
    period 2016..2018
    fields culture, children_and_youth, inclusion
    purpose social, democratic
    source interview "Koordinator, våren 2017"
    source survey "Spørreskjema til kommunene"
    goal "Flere møteplasser for ungdom"

    /** Gjesdal kommune: the municipality. */
    actor kommune "Gjesdal kommune" is municipality
    actor lag "Ålgård idrettslag" is voluntary_organisation
    actor bank "Sparebanken Sør" is bank sector private
    actor kafe "Kafé Mestring" is social_entrepreneur

    role coordinator "Daglig leder" is coordinator held by kommune
    role volunteers_role "Frivillige" held by lag, lib.redcross
    /** The board steers jointly. */
    body board "Styret" is board members kommune, lag decides by consensus level strategic chair lag

    initiative by kommune, lag in 2016
    involvement lag from initiation
    involvement bank from delivery

    goals defined by kommune, lag by consensus
    content defined by board

    activity homework "Leksehjelp" phases design, delivery done jointly by lag, kommune
    activity cafe "Kafé" phases delivery done separately by kafe
    activity review "Evaluering" phases assessment

    decision budget "Årsbudsjett" level strategic {
        decide board
        agree kommune
        recommend kafe
        consulted bank iap2 consult arnstein consultation with feedback "Svar innen en måned"
        informed redcross iap2 inform
        perform lag
    }
    decision programme {
        decide joint(kommune, lag) by majority
    }

    budget ops "Drift" 800000 NOK per year period 2016..2018
    funding {
        kommune -> board operating_grant share 75 % for ops requirements general
        bank -> board sponsorship share 25 % for ops "Gave"
        kommune -> lag project_grant 10000 NOK per month period 2017
        kommune -> kafe contract_payment 50000 NOK
        bank -> lag donation 20000 NOK once
        kommune -> board premises "Lokaler i kulturhuset"
        kommune -> board position 1.5 FTE "Daglig leder"
        lag -> board volunteer_hours 800 hours per year
    }

    governance lead kommune trust high consensus medium
    anchoring unit "Kultur" resolution "KST-sak 12/16" budget_line "1.2.3"
    agreement avtale "Samarbeidsavtale" is partnership_agreement parties kommune, lag period 2016..2018 evaluation yearly termination "Seks måneders oppsigelse" pilot continuation "Fast fra 2019"

    claim form equal
    claim partnership
}
`;

const LIBRARY = `
/** Shared actors. */
library lib "Felles aktører" {
    /** Norges Røde Kors. */
    actor redcross "Norges Røde Kors" is voluntary_organisation
}
`;

describe('every construct parses into the PartnershipModel', () => {
    let document: LangiumDocument<Document>;
    let model: PartnershipModel;

    beforeAll(async () => {
        await parseClean(LIBRARY);
        document = await parseClean(FULL);
        model = modelOf(document);
    });

    test('model, title and doc comment', () => {
        expect(model.name).toBe('FullCase');
        expect(model.title).toBe('Frivillighetens hus på Ålgård');
        expect(model.documentation).toBe('Frivillighetens hus: the full language in one model.');
        expect(model.uses).toEqual(['lib']);
    });

    test('context: country, municipality, period, fields, purpose, sources, goals', () => {
        expect(model.context.country).toBe('NO');
        expect(model.context.currency).toBe('NOK');
        expect(model.context.municipality).toBe('Gjesdal');
        expect(model.context.period).toEqual({ start: 2016, end: 2018 });
        expect(model.context.fields).toEqual(['culture', 'children_and_youth', 'inclusion']);
        expect(model.context.purposes).toEqual(['social', 'democratic']);
        expect(model.context.sources.map(source => [source.kind, source.description])).toEqual([
            ['interview', 'Koordinator, våren 2017'],
            ['survey', 'Spørreskjema til kommunene']
        ]);
        expect(model.context.goals.map(goal => goal.text)).toEqual(['Flere møteplasser for ungdom']);
    });

    test('actors with kind, sector, title and doc comment; library actors join when referred to', () => {
        const byId = new Map(model.actors.map(actor => [actor.id, actor]));
        expect(byId.get('kommune')).toMatchObject({ title: 'Gjesdal kommune', kind: 'municipality', sector: 'public', isPublic: true, documentation: 'Gjesdal kommune: the municipality.' });
        expect(byId.get('lag')).toMatchObject({ title: 'Ålgård idrettslag', kind: 'voluntary_organisation', sector: 'voluntary', isPublic: false });
        expect(byId.get('bank')).toMatchObject({ kind: 'bank', sector: 'private' });
        expect(byId.get('kafe')).toMatchObject({ kind: 'social_entrepreneur', sector: 'social_economy' });
        expect(byId.get('lib.redcross')).toMatchObject({ name: 'redcross', title: 'Norges Røde Kors', library: 'lib', documentation: 'Norges Røde Kors.' });
    });

    test('roles and their holders', () => {
        expect(model.roles.map(role => [role.id, role.title, role.kind, role.holders])).toEqual([
            ['coordinator', 'Daglig leder', 'coordinator', ['kommune']],
            ['volunteers_role', 'Frivillige', undefined, ['lag', 'lib.redcross']]
        ]);
    });

    test('bodies with members, rule, level and chair', () => {
        expect(model.bodies).toHaveLength(1);
        expect(model.bodies[0]).toMatchObject({
            id: 'board', title: 'Styret', kind: 'board', members: ['kommune', 'lag'], rule: 'consensus', level: 'strategic', chair: 'lag',
            documentation: 'The board steers jointly.'
        });
    });

    test('initiative, involvement, goals and content', () => {
        expect(model.initiatives.map(initiative => [initiative.initiators, initiative.year])).toEqual([[['kommune', 'lag'], 2016]]);
        expect(model.involvements.map(involvement => [involvement.party, involvement.phase])).toEqual([['lag', 'initiation'], ['bank', 'delivery']]);
        expect(model.definitions.map(definition => [definition.aspect, definition.definers, definition.rule])).toEqual([
            ['goals', ['kommune', 'lag'], 'consensus'],
            ['content', ['board'], undefined]
        ]);
    });

    test('activities with phases and collaboration mode', () => {
        expect(model.activities.map(activity => [activity.id, activity.title, activity.phases, activity.mode, activity.performers])).toEqual([
            ['homework', 'Leksehjelp', ['design', 'delivery'], 'jointly', ['lag', 'kommune']],
            ['cafe', 'Kafé', ['delivery'], 'separately', ['kafe']],
            ['review', 'Evaluering', ['assessment'], 'unspecified', []]
        ]);
    });

    test('decisions: a party or a joint locus, and every kind of right with IAP2, Arnstein and feedback', () => {
        const [budget, programme] = model.decisions;
        expect(budget.id).toBe('budget');
        expect(budget.title).toBe('Årsbudsjett');
        expect(budget.level).toBe('strategic');
        expect(budget.loci.map(locus => locus.kind === 'party' ? locus.party : locus.parties)).toEqual(['board']);
        expect(budget.rights.map(right => [right.party, right.right, right.iap2, right.arnstein, right.feedback])).toEqual([
            ['board', 'decide', undefined, undefined, undefined],
            ['kommune', 'agree', undefined, undefined, undefined],
            ['kafe', 'recommend', undefined, undefined, undefined],
            ['bank', 'consulted', 'consult', 'consultation', 'Svar innen en måned'],
            ['lib.redcross', 'informed', 'inform', undefined, undefined],
            ['lag', 'perform', undefined, undefined, undefined]
        ]);
        expect(programme.title).toBe('programme');
        expect(programme.level).toBeUndefined();
        expect(programme.loci).toMatchObject([{ kind: 'joint', parties: ['kommune', 'lag'], rule: 'majority' }]);
    });

    test('budgets and funding lines: shares, amounts, rates, one-off sums, units and descriptions', () => {
        expect(model.budgets).toMatchObject([{ id: 'ops', title: 'Drift', amount: { value: 800000, unit: 'NOK', rate: 'per_year' }, period: { start: 2016, end: 2018 } }]);
        const lines = model.funding.map(line => ({
            from: line.from, to: line.to, kind: line.kind, category: line.category, amount: line.amount, share: line.sharePercent,
            item: line.item, period: line.period, requirements: line.requirements, description: line.description,
            yearly: line.yearlyAmount, once: line.onceAmount
        }));
        expect(lines).toEqual([
            { from: 'kommune', to: 'board', kind: 'operating_grant', category: 'money', amount: undefined, share: 75, item: 'ops', period: undefined, requirements: 'general', description: undefined, yearly: 600000, once: undefined },
            { from: 'bank', to: 'board', kind: 'sponsorship', category: 'money', amount: undefined, share: 25, item: 'ops', period: undefined, requirements: undefined, description: 'Gave', yearly: 200000, once: undefined },
            { from: 'kommune', to: 'lag', kind: 'project_grant', category: 'money', amount: { value: 10000, unit: 'NOK', rate: 'per_month' }, share: undefined, item: undefined, period: { start: 2017 }, requirements: undefined, description: undefined, yearly: 120000, once: undefined },
            // An amount without a rate is a one-off sum.
            { from: 'kommune', to: 'kafe', kind: 'contract_payment', category: 'money', amount: { value: 50000, unit: 'NOK', rate: undefined }, share: undefined, item: undefined, period: undefined, requirements: undefined, description: undefined, yearly: undefined, once: 50000 },
            { from: 'bank', to: 'lag', kind: 'donation', category: 'money', amount: { value: 20000, unit: 'NOK', rate: 'once' }, share: undefined, item: undefined, period: undefined, requirements: undefined, description: undefined, yearly: undefined, once: 20000 },
            { from: 'kommune', to: 'board', kind: 'premises', category: 'premises', amount: undefined, share: undefined, item: undefined, period: undefined, requirements: undefined, description: 'Lokaler i kulturhuset', yearly: undefined, once: undefined },
            { from: 'kommune', to: 'board', kind: 'position', category: 'position', amount: { value: 1.5, unit: 'FTE', rate: undefined }, share: undefined, item: undefined, period: undefined, requirements: undefined, description: 'Daglig leder', yearly: undefined, once: undefined },
            { from: 'lag', to: 'board', kind: 'volunteer_hours', category: 'volunteer_hours', amount: { value: 800, unit: 'hours', rate: 'per_year' }, share: undefined, item: undefined, period: undefined, requirements: undefined, description: undefined, yearly: undefined, once: undefined }
        ]);
    });

    test('governance, anchoring, agreement and claims', () => {
        expect(model.governance).toMatchObject({ mode: 'lead', organisation: 'kommune', trust: 'high', goalConsensus: 'medium' });
        expect(model.anchoring).toMatchObject({ unit: 'Kultur', decisionReference: 'KST-sak 12/16', budgetLine: '1.2.3' });
        expect(model.agreements).toMatchObject([{
            id: 'avtale', title: 'Samarbeidsavtale', instrument: 'partnership_agreement', parties: ['kommune', 'lag'],
            period: { start: 2016, end: 2018 }, evaluation: 'yearly', termination: 'Seks måneders oppsigelse', pilot: true, continuation: 'Fast fra 2019'
        }]);
        expect(model.claims.form?.value).toBe('equal');
        expect(model.claims.partnership).toBeDefined();
        expect(model.repeated).toEqual([]);
    });

    test('the AST keeps the statements in their own lists', () => {
        const ast = document.parseResult.value.elements[0] as Model;
        expect(ast.$type).toBe('Model');
        expect(ast.actors.map(actor => actor.name)).toEqual(['kommune', 'lag', 'bank', 'kafe']);
        expect(ast.fundingBlocks[0].lines).toHaveLength(8);
        expect(ast.decisions[1].loci[0].joint?.parties.map(party => party.$refText)).toEqual(['kommune', 'lag']);
    });
});

describe('names, order and layout', () => {
    test('statements may come in any order', async () => {
        const document = await parseClean(`
            model Reordered {
                claim form municipality_led
                involvement lag from design
                actor lag "Lag" is association
                governance shared
                actor kommune "Kommune" is municipality
                country DK
            }`);
        const model = modelOf(document);
        expect(model.involvements.map(involvement => involvement.party)).toEqual(['lag']);
        expect(model.context.country).toBe('DK');
        expect(model.governance?.mode).toBe('shared');
    });

    test('words that are keywords elsewhere can be names (soft keywords)', async () => {
        const document = await parseClean(`
            model Soft {
                actor municipality "Kommunen" is municipality
                actor bank "Banken" is bank
                body board "Styret" is board members municipality, bank
                body working_group "Arbeidsgruppe" is working_group members bank, municipality
                activity culture "Kultur" phases delivery done jointly by board
                decision budget { decide board }
                budget budget "Budsjett" 100 NOK
                funding { bank -> board premises }
            }`);
        const model = modelOf(document);
        expect(model.actors.map(actor => actor.id)).toEqual(['municipality', 'bank']);
        expect(model.bodies.map(body => body.id)).toEqual(['board', 'working_group']);
        expect(model.activities[0].id).toBe('culture');
        expect(model.decisions[0].id).toBe('budget');
        expect(model.funding[0]).toMatchObject({ from: 'bank', to: 'board', kind: 'premises' });
    });

    test('a statement that starts with a soft keyword after `governance shared` stays its own statement', async () => {
        const document = await parseClean(`
            model AfterGovernance {
                actor a "A" is municipality
                actor b "B" is association
                governance shared
                budget ops "Drift" 100 NOK
                goals defined by a, b
            }`);
        const model = modelOf(document);
        expect(model.governance).toMatchObject({ mode: 'shared', organisation: undefined });
        expect(model.budgets.map(budget => budget.id)).toEqual(['ops']);
        expect(model.definitions.map(definition => definition.definers)).toEqual([['a', 'b']]);
    });

    test('a decision statement right after an anchoring without resolution stays its own statement', async () => {
        const document = await parseClean(`
            model AfterAnchoring {
                actor a "A" is municipality
                anchoring unit "Kultur"
                decision plan "Plan" { decide a }
            }`);
        const model = modelOf(document);
        expect(model.anchoring).toMatchObject({ unit: 'Kultur', decisionReference: undefined });
        expect(model.decisions.map(decision => decision.title)).toEqual(['Plan']);
    });

    test('a whole model may be written on one line, and comments may appear anywhere', async () => {
        const document = await parseClean(
            'model OneLine /* block */ { actor a "Å" is municipality // line comment\n actor b "Ø" is citizens involvement b from design }'
        );
        const model = modelOf(document);
        expect(model.actors.map(actor => actor.title)).toEqual(['Å', 'Ø']);
    });

    test('identifiers may contain æ, ø and å', async () => {
        const document = await parseClean('model Blåbær { actor kommunen_på_øya "Kommunen på øya" is municipality initiative by kommunen_på_øya }');
        const model = modelOf(document);
        expect(model.name).toBe('Blåbær');
        expect(model.initiatives[0].initiators).toEqual(['kommunen_på_øya']);
    });

    test('a file may hold several models and libraries', async () => {
        const document = await parseClean(`
            library shared { actor x "X" is foundation }
            model First { uses shared initiative by x }
            model Second { involvement shared.x from delivery }`);
        const models = services.Samskap.analysis.PartnershipModelProvider.getModels(document);
        expect(models.map(model => [model.name, model.actors.map(actor => actor.id)])).toEqual([
            ['First', ['shared.x']],
            ['Second', ['shared.x']]
        ]);
    });
});
