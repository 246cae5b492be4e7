import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Evidence, ScaleReading } from '../../src/analysis/classification.js';
import { classify } from '../../src/analysis/classification.js';
import {
    evidenceLocations, FORM_REQUIREMENTS, locationsText, MISSING_FACT_STATEMENT, missingFacts, scaleReadingText, whyNotOtherForms
} from '../../src/analysis/form-explanation.js';
import type { PartnershipModel, SourceRange } from '../../src/model/partnership-model.js';
import { createSamskapServices } from '../../src/samskap-module.js';

const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
let counter = 0;

async function modelFrom(text: string): Promise<PartnershipModel> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///cases/case${++counter}.samskap`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return Samskap.analysis.PartnershipModelProvider.getModels(document)[0];
}

const at = (uri: string, line: number, character: number): SourceRange => ({ uri, start: { line, character }, end: { line, character: character + 4 } });
const evidence = (...ranges: SourceRange[]): Evidence => ({ criterion: 'joint-phases', holds: true, detail: 'x', ranges });

describe('evidence locations', () => {
    test('every place once, all of them, in source order across the criteria', () => {
        const a = 'file:///cases/a.samskap';
        const b = 'file:///cases/b%C3%B8.samskap';
        const items = [
            evidence(at(a, 9, 4), at(a, 2, 4), at(a, 9, 4)),
            evidence(at(b, 1, 0), at(a, 2, 4), at(a, 5, 0), at(a, 5, 8), at(a, 7, 0))
        ];
        expect(evidenceLocations(items).map(r => [r.uri === a ? 'a' : 'b', r.start.line, r.start.character])).toEqual([
            ['a', 2, 4], ['a', 5, 0], ['a', 5, 8], ['a', 7, 0], ['a', 9, 4], ['b', 1, 0]
        ]);
        // file:line, one entry per line even when two facts share it.
        expect(locationsText(items)).toBe('a.samskap:3, a.samskap:6, a.samskap:8, a.samskap:10, bø.samskap:2');
        expect(locationsText(evidence())).toBe('');
    });
});

describe('participation levels', () => {
    const reading = (declared?: string, derived?: string): ScaleReading<string> => ({ code: declared ?? derived, declared, derived, evidence: [] });

    test('a declared level is shown beside the derived one', () => {
        expect(scaleReadingText(reading('consult', 'consult'))).toBe('consult (declared) · derived from rights: consult');
        expect(scaleReadingText(reading('involve', 'consult'))).toBe('involve (declared) · derived from rights: consult');
        expect(scaleReadingText(reading('delegated_power', undefined))).toBe('delegated power (declared) · derived from rights: –');
        expect(scaleReadingText(reading(undefined, 'citizen_control'))).toBe('citizen control');
        expect(scaleReadingText(reading(undefined, undefined))).toBe('–');
        expect(scaleReadingText(reading('consult', 'inform'), { declared: 'oppgitt', derivedFromRights: 'utledet av rettighetene', none: '–' }))
            .toBe('consult (oppgitt) · utledet av rettighetene: inform');
    });
});

describe('why the other forms do not hold', () => {
    test('every claimable form but the computed one, each with what it needs and only criteria that fail', async () => {
        const model = await modelFrom(`model M "M" {
    actor kommune "Kommunen" is municipality
    actor lag "Laget" is association
    initiative by kommune
    involvement lag from design
    goals defined by kommune
    content defined by kommune, lag
    activity plan "Plan" phases design done jointly by kommune, lag
    decision budsjett "Budsjett" owned by kommune level strategic {
        decide kommune
    }
}`);
        const result = classify(model).coCreation;
        expect(result.code).toBe('municipality_led');
        const rejections = whyNotOtherForms(result);
        expect(rejections.map(r => r.form).sort()).toEqual(['co_implementation', 'consultation', 'contracting', 'equal', 'support', 'voluntary_led']);
        for (const rejection of rejections) {
            expect(rejection.requirement).toBe(FORM_REQUIREMENTS[rejection.form]);
            expect(rejection.failing.length).toBeGreaterThan(0);
            expect(rejection.failing.every(e => !e.holds)).toBe(true);
        }
        expect(missingFacts(result)).toEqual([]);
    });

    test('an undetermined form lists the facts it lacks and the statement that gives each', async () => {
        const model = await modelFrom(`model Late "Late" {
    actor kommune "Kommunen" is municipality
    actor lag "Laget" is association
    activity hjelp "Hjelp" done jointly by kommune, lag
}`);
        const result = classify(model).coCreation;
        expect(result.code).toBe('undetermined');
        expect(missingFacts(result)).toEqual([
            { fact: 'goals', text: 'who defines the goals', write: 'goals defined by PARTY' },
            { fact: 'content', text: 'who defines the content', write: 'content defined by PARTY' }
        ]);
    });

    test('each statement a missing fact points to is Samskap syntax', async () => {
        // Fill the placeholders and parse: every statement must give a model without syntax errors.
        const body = Object.values(MISSING_FACT_STATEMENT)
            .map(statement => statement.replace('ID', 'x').replace('TITLE', 'X').replace('PARTY', 'k').replace('PHASE', 'design'))
            .map((statement, index) => statement.replace(/^actor x/, `actor x${index}`).replace(/^decision x/, `decision x${index}`));
        const text = `model S "S" {\n    actor k "K" is municipality\n${body.map(line => `    ${line}`).join('\n')}\n}`;
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///cases/statements.samskap'));
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
    });
});
