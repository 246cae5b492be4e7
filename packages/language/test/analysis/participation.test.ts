import { describe, expect, test } from 'vitest';
import { classifyParticipation } from '../../src/analysis/participation.js';
import { caseModel } from './helpers.js';

async function levels(decision: string, extra = '', actors = '', owner = '') {
    const results = classifyParticipation(await caseModel(`${extra}\ndecision d "D" ${owner} {\n${decision}\n}`, actors));
    return results.map(r => [r.actor, r.iap2.code, r.arnstein.code, r.hasVoice]);
}

describe('IAP2 level and Arnstein rung, each derived from the rights', () => {
    test.each([
        ['decide alone a decision the municipality owns', 'decide lag', ['lag', 'empower', 'delegated_power', true], 'owned by kommune'],
        ['decide jointly by consensus', 'decide joint(kommune, lag) by consensus', ['lag', 'collaborate', 'partnership', true]],
        ['a veto (Arnstein: delegated power)', 'decide kommune\n agree lag', ['lag', 'collaborate', 'delegated_power', true]],
        ['recommend', 'decide kommune\n recommend lag', ['lag', 'involve', 'placation', true]],
        ['consulted', 'decide kommune\n consulted lag', ['lag', 'consult', 'consultation', true]],
        ['informed', 'decide kommune\n informed lag', ['lag', 'inform', 'informing', true]],
        ['perform only', 'decide kommune\n perform lag', ['lag', undefined, undefined, false]]
    ])('%s', async (_name, rights, expected, owner = '') => {
        expect(await levels(rights, '', '', owner)).toEqual([expected]);
    });

    test('a non-public actor deciding its own matter is read on neither scale: it is not participation in a public decision', async () => {
        expect(await levels('decide lag\n informed kommune')).toEqual([]);
        expect(await levels('decide joint(lag, foreningen) by consensus\n consulted lag', '', 'actor foreningen "Foreningen" is voluntary_organisation')).toEqual([]);
    });

    test('outvoted in a majority body: IAP2 collaborate, Arnstein placation (tokenism)', async () => {
        const result = await levels('decide raad', 'body raad "Råd" members kommune, fylke, lag decides by majority', 'actor fylke "Fylket" is county');
        expect(result).toEqual([['lag', 'collaborate', 'placation', true]]);
        const even = await levels('decide raad', 'body raad "Råd" members kommune, lag decides by majority');
        expect(even).toEqual([['lag', 'collaborate', 'partnership', true]]);
    });

    test('rights through a body reach its members, and only non-public actors are read', async () => {
        const results = classifyParticipation(await caseModel('body forum "Forum" members kommune, lag\ndecision d "D" {\n decide kommune\n consulted forum\n}'));
        expect(results.map(r => [r.actor, r.rights])).toEqual([['lag', ['consulted']]]);
        expect(results[0].iap2.evidence[0].detail).toBe('rights consulted (as member of Forum) give IAP2 "consult"');
    });

    test('a declared level is shown, and flagged when the rights do not support it', async () => {
        const [result] = classifyParticipation(await caseModel('decision d "D" {\n decide kommune\n consulted lag iap2 collaborate arnstein consultation\n}'));
        expect(result.iap2).toMatchObject({ code: 'collaborate', declared: 'collaborate', derived: 'consult' });
        expect(result.iap2.evidence[1]).toMatchObject({ criterion: 'declared-level', holds: false });
        expect(result.arnstein).toMatchObject({ code: 'consultation', declared: 'consultation', derived: 'consultation' });
        expect(result.arnstein.evidence[1]).toMatchObject({ criterion: 'declared-level', holds: true });
    });

    test('manipulation and therapy are never derived, only declared', async () => {
        const [result] = classifyParticipation(await caseModel('decision d "D" {\n decide kommune\n informed lag arnstein therapy\n}'));
        expect(result.arnstein).toMatchObject({ code: 'therapy', derived: 'informing' });
    });
});
