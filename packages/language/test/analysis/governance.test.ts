import { describe, expect, test } from 'vitest';
import { classifyGovernance } from '../../src/analysis/governance.js';
import { resolveAnalysisSettings } from '../../src/analysis/classification.js';
import { caseModel } from './helpers.js';

const many = Array.from({ length: 9 }, (_, i) => `actor a${i} "Lag ${i}" is association`).join('\n');

async function governance(statement: string, actors = '', settings = resolveAnalysisSettings()) {
    return classifyGovernance(await caseModel(statement, actors), settings);
}

describe('Provan & Kenis 2008 governance fit', () => {
    test('shared governance fits few participants with high trust and goal consensus', async () => {
        const result = await governance('governance shared trust high consensus high');
        expect([result.code, result.fit, result.participants, result.suggested]).toEqual(['shared', 'fits', 2, 'shared']);
    });

    test('shared governance does not fit many participants; the threshold is a setting', async () => {
        const large = await governance('governance shared trust high consensus high', many);
        expect(large.fit).toBe('misfit');
        expect(large.evidence.find(e => !e.holds)?.detail).toBe('11 participant(s); shared governance suits few participants (setting: at most 8)');
        const raised = await governance('governance shared trust high consensus high', many, resolveAnalysisSettings({ governance: { sharedMaxParticipants: 12 } }));
        expect(raised.fit).toBe('fits');
    });

    test('shared governance with low trust is a misfit, without stated trust the fit is unknown', async () => {
        expect((await governance('governance shared trust low consensus high')).fit).toBe('misfit');
        expect((await governance('governance shared')).fit).toBe('unknown');
    });

    test('a lead organisation fits a moderate network; an NAO needs more than a few participants', async () => {
        expect((await governance('governance lead kommune')).fit).toBe('fits');
        expect((await governance('governance lead kommune', many, resolveAnalysisSettings({ governance: { leadMaxParticipants: 10 } }))).fit).toBe('misfit');
        expect((await governance('governance nao lag consensus high')).fit).toBe('misfit');
        expect((await governance('governance nao lag consensus high', many)).fit).toBe('fits');
        expect((await governance('governance nao lag consensus low', many)).fit).toBe('misfit');
    });

    test('undeclared governance is said so, with the mode the conditions point to when they do', async () => {
        const result = await governance('', many);
        expect([result.code, result.fit]).toEqual(['undeclared', 'unknown']);
        expect(result.evidence[0]).toMatchObject({ criterion: 'governance-declared', holds: false });
        expect((await governance('', Array.from({ length: 30 }, (_, i) => `actor b${i} "B ${i}" is association`).join('\n'))).suggested).toBe('nao');
    });
});
