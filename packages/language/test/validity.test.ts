import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { FORM_CODES, corpusFiles, formatReport, missingFactKey, parseExpectations, runCorpus, type CorpusResult } from './validity/corpus.js';

/**
 * The labelled validity corpus (validity/, see its README): every case must parse and link, state
 * its source and expectations, and get exactly the classifications its header expects. The
 * failure message is the report `npm run validity` prints, with every disagreement and its evidence.
 */
const folder = fileURLToPath(new URL('../../../validity/', import.meta.url));

describe('the validity corpus', () => {
    let result: CorpusResult;

    beforeAll(async () => {
        result = await runCorpus(folder);
    });

    test('holds at least 44 cases, covering every co-creation form code', () => {
        const files = corpusFiles(folder);
        expect(files.length).toBeGreaterThanOrEqual(44);
        const forms = new Set(files.map(file => parseExpectations(readFileSync(file, 'utf8')).expectations?.form));
        expect(FORM_CODES.filter(code => !forms.has(code))).toEqual([]);
    });

    test('every case parses, links, cites its source and states its expectations', () => {
        if (result.errors.length > 0) expect.fail(formatReport(result));
        expect(result.cases.map(c => c.file)).toEqual(corpusFiles(folder).map(file => basename(file)));
    });

    test('the classifications agree with every expectation (100 %)', () => {
        if (result.disagreements.length > 0 || result.errors.length > 0) expect.fail(formatReport(result));
        for (const score of result.scores) expect(score.agreed, score.family).toBe(score.total);
    });
});

describe('the expectation header', () => {
    const header = (lines: string): string => `${lines}\nmodel M {\n}\n`;

    test('reads form, missing facts, Lorentzen, Pestoff and IAP2 expectations', () => {
        const parsed = parseExpectations(header([
            '// Source: Eimhjellen & Loga 2017',
            '// expect form: undetermined',
            '// expect missing: goals, first involvement',
            '// expect lorentzen: economic_support, institutional_collaboration',
            '// expect pestoff lag: co_management',
            '// expect pestoff frivillige: none',
            '// expect iap2 lag in budget: consult',
            '// expect iap2 lag in own: none'
        ].join('\n')));
        expect(parsed.errors).toEqual([]);
        expect(parsed.expectations).toEqual({
            form: 'undetermined',
            missing: ['goals', 'first involvement'],
            lorentzen: ['economic_support', 'institutional_collaboration'],
            pestoff: [{ actor: 'lag', codes: ['co_management'] }, { actor: 'frivillige', codes: [] }],
            iap2: [{ actor: 'lag', decision: 'budget', level: 'consult' }, { actor: 'lag', decision: 'own', level: 'none' }],
            cited: true
        });
    });

    test('rejects every malformed or incomplete header, so no case passes by being misread', () => {
        const errorsOf = (lines: string[]): readonly string[] => parseExpectations(header(lines.join('\n'))).errors;
        expect(errorsOf(['// expect form: equal'])).toEqual([expect.stringContaining('no "// expect lorentzen')]);
        expect(errorsOf(['// expect lorentzen: none'])).toEqual([expect.stringContaining('no "// expect form')]);
        expect(errorsOf(['// expect form: equl', '// expect lorentzen: none'])).toEqual([expect.stringContaining('unknown form "equl"')]);
        expect(errorsOf(['// expect form: equal', '// expect lorentzen: economic'])).toEqual([expect.stringContaining('unknown code "economic"')]);
        expect(errorsOf(['// expect form: equal', '// expect lorentzen:'])).toEqual([expect.stringContaining('no value')]);
        expect(errorsOf(['// expect form: undetermined', '// expect lorentzen: none'])).toEqual([expect.stringContaining('say which facts are missing')]);
        expect(errorsOf(['// expect form: equal', '// expect missing: goals', '// expect lorentzen: none'])).toEqual([expect.stringContaining('only goes with form undetermined')]);
        expect(errorsOf(['// expect form: equal', '// expect form: support', '// expect lorentzen: none'])).toEqual([expect.stringContaining('given twice')]);
        expect(errorsOf(['// expect form: equal', '// expect lorentzen: none', '// expect iap2 lag: consult'])).toEqual([expect.stringContaining('ACTOR in DECISION')]);
        expect(errorsOf(['// expect form: equal', '// expect lorentzen: none', '// expect pestoff lag: co_creation'])).toEqual([expect.stringContaining('unknown code "co_creation"')]);
        expect(errorsOf(['// expect form: equal', '// expect lorentzen: none', '// expect arnstein lag in x: partnership'])).toEqual([expect.stringContaining('unknown expectation "arnstein"')]);
    });

    test('a case without a source line is marked uncited', () => {
        expect(parseExpectations(header('// expect form: equal\n// expect lorentzen: none')).expectations?.cited).toBe(false);
    });

    test('maps the analysis\'s missing-fact codes and wordings to the corpus\'s keys', () => {
        expect(['public-actor', 'non-public-actor', 'initiator', 'first-involvement', 'goals', 'content', 'strategic-decisions'].map(missingFactKey))
            .toEqual(['public actor', 'non-public actor', 'initiative', 'first involvement', 'goals', 'content', 'strategic decisions']);
        expect(missingFactKey('the first involvement of the non-public side')).toBe('first involvement');
        expect(missingFactKey('something else')).toBe('something else');
    });
});
