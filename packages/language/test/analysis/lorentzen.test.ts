import { describe, expect, test } from 'vitest';
import { classifyLorentzen } from '../../src/analysis/lorentzen.js';
import { caseModel } from './helpers.js';

const others = [
    'actor lag2 "Foreningen" is voluntary_organisation',
    'actor folk "Innbyggerne" is citizens',
    'actor hjelpere "Frivillige" is volunteers',
    'actor bedrift "Bedriften" is private_company'
].join('\n');

async function profile(statements: string) {
    return classifyLorentzen(await caseModel(statements, others));
}

async function holds(statements: string, category: 'economic_support' | 'interest_representation' | 'institutional_collaboration') {
    return (await profile(statements)).categories.includes(category);
}

describe('Lorentzen profile', () => {
    test('the source is Lorentzen 2010 as cited by Eimhjellen & Loga, with derived criteria', async () => {
        const { parts } = await profile('');
        expect(parts.map(p => p.source)).toEqual(Array(3).fill('Lorentzen 2010, as cited in Eimhjellen & Loga 2017 (categories); criteria [derived] (docs/classifications.md)'));
        expect(parts.map(p => p.holds)).toEqual([false, false, false]);
    });

    describe('economic support: money or in-kind resources from the public side, not purchase', () => {
        test('grants, premises, positions and goods from a public to a non-public actor', async () => {
            const yes = await profile('funding {\n kommune -> lag premises "Hall"\n}');
            expect(yes.categories).toEqual(['economic_support']);
            expect(yes.parts[0].evidence[0]).toMatchObject({ criterion: 'public-to-non-public-resources', holds: true });
            expect(yes.parts[0].evidence[0].ranges[0].start.line).toBe(9);
            for (const kind of ['operating_grant 10 NOK per year', 'project_grant 5 NOK once', 'position 1 FTE', 'in_kind "Utstyr"', 'volunteer_centre_grant 10 NOK per year']) {
                expect(await holds(`funding {\n kommune -> lag ${kind}\n}`, 'economic_support')).toBe(true);
            }
        });

        test('a procurement contract or contract payment is purchase, not support', async () => {
            const contract = await profile('funding {\n kommune -> lag procurement_contract 100 NOK per year\n kommune -> bedrift contract_payment 10 NOK per month\n}');
            expect(contract.categories).toEqual([]);
            expect(contract.parts[0].evidence[0].detail).toContain('is a procurement contract, a purchase');
            expect(contract.parts[0].evidence[0].ranges).toEqual([]);
            // A grant beside the contract is still support: the contract is not counted as evidence.
            const both = await profile('funding {\n kommune -> lag procurement_contract 100 NOK per year\n kommune -> lag project_grant 10 NOK once\n}');
            expect(both.categories).toEqual(['economic_support']);
            expect(both.parts[0].evidence[0].ranges.map(r => r.start.line)).toEqual([10]);
        });

        test('knowledge, volunteer hours and resources towards the public side are not economic support', async () => {
            expect(await holds('funding {\n kommune -> lag knowledge "Kurs"\n}', 'economic_support')).toBe(false);
            const reverse = await profile('funding {\n lag -> kommune volunteer_hours 100 hours per year\n bedrift -> lag sponsorship 10 NOK per year\n}');
            expect(reverse.categories).toEqual([]);
            expect(reverse.parts[0].evidence[0].detail).toBe('no money or in-kind resources flow from a public to a non-public actor outside a procurement contract');
        });

        test('every flow is a finding, once; the detail names the first ones', async () => {
            const lines = ['lag', 'lag2', 'bedrift', 'folk'].map(to => ` kommune -> ${to} operating_grant 10 NOK per year`).join('\n');
            const [economic] = (await profile(`funding {\n${lines}\n}`)).parts;
            expect(economic.evidence[0].ranges.map(r => r.start.line)).toEqual([9, 10, 11, 12]);
            expect(economic.evidence[0].detail).toBe('4 resource flow(s) from the public to the non-public side: Kommunen → Laget (operating grant); Kommunen → Foreningen (operating grant); Kommunen → Bedriften (operating grant); and 1 more');
        });
    });

    describe('interest representation: organisations speaking towards public authorities on policy', () => {
        const decision = (level: string, rights: string, decider = 'kommune') => `decision d "Frivillighetspolitikk"${level} {\n decide ${decider}\n ${rights}\n}`;

        test('an organisation consulted on, or recommending in, a policy-level public decision', async () => {
            const yes = await profile(decision(' level policy', 'consulted lag'));
            expect(yes.categories).toEqual(['interest_representation']);
            expect(yes.parts[1].evidence[0].detail).toBe('Laget is consulted on the policy decision "Frivillighetspolitikk"');
            expect(await holds(decision(' level policy', 'recommend bedrift'), 'interest_representation')).toBe(true);
        });

        test('consultation on an operational, strategic or unlevelled decision is not interest representation', async () => {
            for (const level of [' level operational', ' level strategic', '']) {
                const no = await profile(decision(level, 'consulted lag'));
                expect(no.categories).toEqual([]);
                expect(no.parts[1].evidence[0].detail).toContain('not counted: Laget consulted on the');
            }
        });

        test('a decision without its own level takes the level of the body deciding it', async () => {
            expect(await holds('body raad "Bystyret" members kommune level policy\n' + decision('', 'consulted lag', 'raad'), 'interest_representation')).toBe(true);
            expect(await holds('body team "Team" members kommune level operational\n' + decision('', 'consulted lag', 'team'), 'interest_representation')).toBe(false);
        });

        test('individual citizens and volunteers are not organisations representing interests', async () => {
            expect(await holds(decision(' level policy', 'consulted folk, hjelpere'), 'interest_representation')).toBe(false);
            expect(await holds('body raad "Råd" members kommune, folk level policy', 'interest_representation')).toBe(false);
        });

        test('speaking on a decision no public actor decides or owns is not speaking towards public authorities', async () => {
            expect(await holds(decision(' level policy', 'consulted lag2', 'lag'), 'interest_representation')).toBe(false);
            expect(await holds('decision d "D" owned by kommune level policy {\n decide lag\n consulted lag2\n}', 'interest_representation')).toBe(true);
            expect(await holds(decision(' level policy', 'consulted lag2', 'joint(kommune, lag) by consensus'), 'interest_representation')).toBe(true);
        });

        test('an organisation in a policy-level body; not in an operational or unlevelled one', async () => {
            expect(await holds('body raad "Råd" members kommune, lag level policy', 'interest_representation')).toBe(true);
            expect(await holds('body raad "Frivillighetsråd" is advisory_body members lag, lag2 level policy', 'interest_representation')).toBe(true);
            expect(await holds('body raad "Råd" members kommune, lag level operational', 'interest_representation')).toBe(false);
            expect(await holds('body raad "Råd" members kommune, lag', 'interest_representation')).toBe(false);
        });

        test('one statement naming several organisations is one finding with one range', async () => {
            const { parts } = await profile(decision(' level policy', 'consulted lag, lag2, bedrift\n recommend lag'));
            expect(parts[1].evidence[0].ranges.map(r => r.start.line)).toEqual([10, 11]);
            expect(parts[1].evidence[0].detail).toBe('Laget, Foreningen, Bedriften are consulted on the policy decision "Frivillighetspolitikk"; Laget recommends in the policy decision "Frivillighetspolitikk"');
        });
    });

    describe('institutional collaboration: public and non-public actors working together', () => {
        test('an activity performed by both sides, unless done separately', async () => {
            expect((await profile('activity a "A" done jointly by kommune, lag')).categories).toEqual(['institutional_collaboration']);
            expect(await holds('activity a "A" done by kommune, lag', 'institutional_collaboration')).toBe(true);
            expect(await holds('activity a "A" done separately by kommune, lag', 'institutional_collaboration')).toBe(false);
        });

        test('two voluntary organisations working together without a public actor are not it', async () => {
            const no = await profile('activity a "A" done jointly by lag, lag2\nbody b "Samarbeid" members lag, lag2\nagreement avtale "Avtale" parties lag, lag2');
            expect(no.categories).toEqual([]);
            expect(no.parts[2].evidence[0].detail).toContain('activity "A" has no public performer');
        });

        test('a body, platforms included, counts only with members of both sides', async () => {
            expect(await holds('body s "Styre" members kommune, lag', 'institutional_collaboration')).toBe(true);
            expect(await holds('body p "Plattform" is platform members kommune, lag', 'institutional_collaboration')).toBe(true);
            expect(await holds('body p "Plattform" is platform members lag', 'institutional_collaboration')).toBe(false);
            expect(await holds('body p "Plattform" is platform members lag, lag2, bedrift', 'institutional_collaboration')).toBe(false);
        });

        test('an agreement across the sides, unless its instrument is a procurement contract or a grant', async () => {
            expect(await holds('agreement avtale "Avtale" parties kommune, lag', 'institutional_collaboration')).toBe(true);
            expect(await holds('agreement avtale "Avtale" is cooperation_agreement parties kommune, lag', 'institutional_collaboration')).toBe(true);
            expect(await holds('agreement avtale "Avtale" is partnership_agreement parties kommune, bedrift', 'institutional_collaboration')).toBe(true);
            for (const instrument of ['procurement_contract', 'grant', 'volunteer_centre_grant']) {
                const no = await profile(`agreement avtale "Avtale" is ${instrument} parties kommune, lag`);
                expect(no.categories).toEqual([]);
                expect(no.parts[2].evidence[0].detail).toContain(`agreement "Avtale" is a ${instrument.replace(/_/g, ' ')}`);
            }
        });

        test('every finding is listed once; the detail names the first three', async () => {
            const { parts } = await profile([
                'activity a "A" done jointly by kommune, lag',
                'activity b "B" done jointly by kommune, lag2',
                'body s "Styre" members kommune, lag',
                'agreement avtale "Avtale" parties kommune, lag'
            ].join('\n'));
            expect(parts[2].evidence[0].ranges.map(r => r.start.line)).toEqual([8, 9, 10, 11]);
            expect(parts[2].evidence[0].detail).toMatch(/; and 1 more$/);
        });
    });

    test('the categories combine', async () => {
        const all = await profile('funding {\n kommune -> lag operating_grant 10 NOK per year\n}\ndecision d "D" level policy {\n decide kommune\n consulted lag\n}\nactivity a "A" done jointly by kommune, lag');
        expect(all.categories).toEqual(['economic_support', 'interest_representation', 'institutional_collaboration']);
    });

    test('a model that buys a service under contract, consults on operations and works beside the voluntary side has none', async () => {
        const none = await profile([
            'funding {\n kommune -> lag procurement_contract 100000 NOK per year\n}',
            'decision drift "Drift" level operational {\n decide kommune\n consulted lag\n}',
            'activity a "A" done separately by kommune, lag',
            'agreement kontrakt "Kontrakt" is procurement_contract parties kommune, lag'
        ].join('\n'));
        expect(none.categories).toEqual([]);
    });
});
