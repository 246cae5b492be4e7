import { describe, expect, test } from 'vitest';
import { classifyLorentzen } from '../../src/analysis/lorentzen.js';
import { caseModel } from './helpers.js';

async function profile(statements: string, actors = '') {
    return classifyLorentzen(await caseModel(statements, actors));
}

describe('Lorentzen profile', () => {
    test('economic support: resources from the public to the non-public side', async () => {
        const yes = await profile('funding {\n kommune -> lag premises "Hall"\n}');
        expect(yes.categories).toEqual(['economic_support']);
        expect(yes.parts[0].evidence[0]).toMatchObject({ criterion: 'public-to-non-public-resources', holds: true });
        expect(yes.parts[0].evidence[0].ranges[0].start.line).toBe(6);
        expect((await profile('funding {\n kommune -> lag knowledge "Kurs"\n}')).categories).toEqual([]);
        const reverse = await profile('funding {\n lag -> kommune volunteer_hours 100 hours per year\n}');
        expect(reverse.categories).toEqual([]);
        expect(reverse.parts[0].evidence[0].detail).toBe('no money or in-kind resources flow from a public to a non-public actor');
    });

    test('interest representation: a non-public actor consulted, or sitting in a policy-level body', async () => {
        expect((await profile('decision d "D" {\n decide kommune\n consulted lag\n}')).categories).toEqual(['interest_representation']);
        expect((await profile('body raad "Råd" members kommune, lag level policy')).categories).toContain('interest_representation');
        expect((await profile('body raad "Råd" members kommune, lag level operational')).categories).not.toContain('interest_representation');
        expect((await profile('decision d "D" {\n decide lag\n consulted kommune\n}')).categories).toEqual([]);
    });

    test('institutional collaboration: a joint activity, body or platform, or a cross-sector agreement', async () => {
        expect((await profile('activity a "A" done jointly by kommune, lag')).categories).toEqual(['institutional_collaboration']);
        expect((await profile('agreement avtale "Avtale" parties kommune, lag')).categories).toEqual(['institutional_collaboration']);
        expect((await profile('body p "Plattform" is platform members lag')).categories).toEqual(['institutional_collaboration']);
        expect((await profile('activity a "A" done by lag\nagreement avtale "Avtale" parties lag')).categories).toEqual([]);
    });

    test('the categories combine', async () => {
        const all = await profile('funding {\n kommune -> lag operating_grant 10 NOK per year\n}\ndecision d "D" {\n decide kommune\n consulted lag\n}\nactivity a "A" done jointly by kommune, lag');
        expect(all.categories).toEqual(['economic_support', 'interest_representation', 'institutional_collaboration']);
    });
});
