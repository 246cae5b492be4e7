import { EmptyFileSystem } from 'langium';
import { testCodeAction, validationHelper } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { createSamskapServices } from '../../src/samskap-module.js';

const services = createSamskapServices(EmptyFileSystem).Samskap;
const fix = testCodeAction(services);
const validate = validationHelper(services);

/** Applies the first (preferred) quick fix for the diagnostic with `code` and returns the text and all titles. */
async function applyFirst(text: string, code: string): Promise<{ text: string; titles: string[] }> {
    const { document } = await validate(text);
    const diagnostics = (document.diagnostics ?? []).filter(d => (d.data as { code?: string } | undefined)?.code === code);
    expect(diagnostics).toHaveLength(1);
    const actions = (await services.lsp.CodeActionProvider?.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri }, range: diagnostics[0].range, context: { diagnostics, triggerKind: 1 }
    })) ?? [];
    const first = actions[0];
    if (!first || !CodeAction.is(first)) throw new Error(`no quick fix for ${code}`);
    const edits = first.edit?.changes?.[document.textDocument.uri] ?? [];
    return { text: TextDocument.applyEdits(document.textDocument, edits), titles: actions.map(a => a.title) };
}

describe('quick fixes', () => {
    test('SK-PART-003: adds a feedback stub the user fills in', async () => {
        const before = 'model M "M" {\n    actor k "K" is municipality\n    actor l "L" is association\n    decision d "D" {\n        decide k\n        consulted l\n    }\n}\n';
        const after = 'model M "M" {\n    actor k "K" is municipality\n    actor l "L" is association\n    decision d "D" {\n        decide k\n        consulted l with feedback "TODO: how is input answered?"\n    }\n}\n';
        await fix(before, 'SK-PART-003', after);
    });

    test('SK-REF-003: removes a repeated statement with its line', async () => {
        const before = 'model M "M" {\n    actor k "K" is municipality\n    governance lead k\n    governance shared\n}\n';
        await fix(before, 'SK-REF-003', 'model M "M" {\n    actor k "K" is municipality\n    governance lead k\n}\n');
    });

    test('SK-FUND-001: rescales the shares of the budget to 100 %', async () => {
        const before = 'model M "M" {\n    country NO\n    actor k "K" is municipality\n    actor f "F" is county\n    actor l "L" is association\n    budget drift "Drift" 100000 NOK per year\n    funding {\n        k -> l operating_grant share 60 % for drift\n        f -> l operating_grant share 60 % for drift\n    }\n}\n';
        const after = before.replace('share 60 % for drift\n        f', 'share 50 % for drift\n        f').replace('f -> l operating_grant share 60 %', 'f -> l operating_grant share 50 %');
        await fix(before, 'SK-FUND-001', after);
    });

    test('SK-FUND-001: rounding leaves the shares summing to exactly 100', async () => {
        const before = 'model M "M" {\n    country NO\n    actor k "K" is municipality\n    actor f "F" is county\n    actor s "S" is state_agency\n    actor l "L" is association\n    budget drift "Drift" 100000 NOK per year\n    funding {\n        k -> l operating_grant share 40 % for drift\n        f -> l operating_grant share 40 % for drift\n        s -> l operating_grant share 40 % for drift\n    }\n}\n';
        const { text } = await applyFirst(before, 'SK-FUND-001');
        const shares = [...text.matchAll(/share ([\d.]+) %/g)].map(m => Number(m[1]));
        expect(shares).toEqual([33.34, 33.33, 33.33]);
    });

    test('SK-DEC-004: adds a rule to joint(...) and offers the three rules', async () => {
        const before = 'model M "M" {\n    actor k "K" is municipality\n    actor l "L" is association\n    decision d "D" {\n        decide joint(k, l)\n    }\n}\n';
        const { text, titles } = await applyFirst(before, 'SK-DEC-004');
        expect(text).toContain('decide joint(k, l) by consensus\n');
        expect(titles).toEqual(['Decide by consensus', 'Decide by majority', 'Decide by unanimity']);
    });

    test('SK-DEC-004: adds `decides by` to a deciding body right after its members', async () => {
        const before = 'model M "M" {\n    actor k "K" is municipality\n    actor l "L" is association\n    body b "B" members k, l level strategic\n    decision d "D" {\n        decide b\n    }\n}\n';
        const { text } = await applyFirst(before, 'SK-DEC-004');
        expect(text).toContain('body b "B" members k, l decides by consensus level strategic\n');
        const { document } = await validate(text);
        expect((document.diagnostics ?? []).filter(d => d.code === 'SK-DEC-004')).toEqual([]);
    });

    test('unresolved actor: declares it after the last actor', async () => {
        const before = 'model M "M" {\n    actor k "K" is municipality\n    role r "R" held by ukjent\n}\n';
        const { text, titles } = await applyFirst(before, 'linking-error');
        expect(text).toBe('model M "M" {\n    actor k "K" is municipality\n    actor ukjent "ukjent" is municipality\n    role r "R" held by ukjent\n}\n');
        expect(titles).toContain("Declare actor 'ukjent' as voluntary organisation");
        const { document } = await validate(text);
        expect((document.diagnostics ?? []).filter(d => d.severity === 1)).toEqual([]);
    });

    test('undeclared source: declares it after the model\'s last source, offering three kinds', async () => {
        const before = 'model M "M" {\n    source guribye is report "Guribye 2016"\n    actor k "K" is municipality [guribye, intervju "p. 3"]\n}\n';
        const { text, titles } = await applyFirst(before, 'linking-error');
        expect(text).toBe('model M "M" {\n    source guribye is report "Guribye 2016"\n    source intervju is report "TODO: full reference"\n    actor k "K" is municipality [guribye, intervju "p. 3"]\n}\n');
        expect(titles).toEqual(["Declare source 'intervju' as report", "Declare source 'intervju' as interview", "Declare source 'intervju' as document"]);
        const { document } = await validate(text);
        expect((document.diagnostics ?? []).filter(d => d.severity === 1)).toEqual([]);
    });

    test('undeclared source in a model without sources: declares it after the opening brace, and no actor is offered', async () => {
        const before = 'model M "M" {\n    actor k "K" is municipality [nowhere]\n}\n';
        const { text, titles } = await applyFirst(before, 'linking-error');
        expect(text).toBe('model M "M" {\n    source nowhere is report "TODO: full reference"\n    actor k "K" is municipality [nowhere]\n}\n');
        expect(titles.filter(title => title.startsWith('Declare actor'))).toEqual([]);
    });

    test('unresolved actor in a model without actors: declares it after the opening brace', async () => {
        const before = 'model M "M" {\n    initiative by ukjent\n}\n';
        const { text } = await applyFirst(before, 'linking-error');
        expect(text).toBe('model M "M" {\n    actor ukjent "ukjent" is municipality\n    initiative by ukjent\n}\n');
    });
});

describe('quick fixes in the fully sourced mode (SK-SRC-002)', () => {
    const own = createSamskapServices(EmptyFileSystem).Samskap;
    own.analysis.Configuration.updateFromSettings({ provenance: { required: true } });
    const validateOwn = validationHelper(own);

    /** Applies the quick fix titled `title` (the preferred one when undefined) to the SK-SRC-002 diagnostic on `line`. */
    async function citeOn(text: string, line: number, title?: string): Promise<{ text: string; titles: string[] }> {
        const { document } = await validateOwn(text);
        const diagnostics = (document.diagnostics ?? []).filter(d => d.code === 'SK-SRC-002' && d.range.start.line === line);
        expect(diagnostics).toHaveLength(1);
        const actions = ((await own.lsp.CodeActionProvider?.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri }, range: diagnostics[0].range, context: { diagnostics, triggerKind: 1 }
        })) ?? []).filter(CodeAction.is);
        const chosen = title === undefined ? actions.find(action => action.isPreferred) : actions.find(action => action.title === title);
        if (!chosen) throw new Error(`no quick fix ${title ?? '(preferred)'} on line ${line}`);
        const edits = chosen.edit?.changes?.[document.textDocument.uri] ?? [];
        return { text: TextDocument.applyEdits(document.textDocument, edits), titles: actions.map(a => a.title) };
    }

    const MODEL = [
        'model M "M" {',
        '    source guribye is report "Guribye 2016"',
        '    source koordinator is interview "Koordinatoren"',
        '    actor k "K" is municipality',
        '    actor l "L" is association // a comment stays after the citation',
        '    decision d "D" level strategic {',
        '        decide k [guribye]',
        '    }',
        '    funding {',
        '        k -> l operating_grant 100 NOK per year "Tilskudd"',
        '    }',
        '}',
        ''
    ].join('\n');

    test('appends the first declared source to a statement; assumed and illustrative are offered too', async () => {
        const { text, titles } = await citeOn(MODEL, 3);
        expect(text.split('\n')[3]).toBe('    actor k "K" is municipality [guribye]');
        expect(titles).toEqual(["Cite 'guribye'", 'Mark as assumed', 'Mark as illustrative']);
        expect((await citeOn(MODEL, 3, 'Mark as illustrative')).text.split('\n')[3]).toBe('    actor k "K" is municipality [illustrative]');
    });

    test('the citation goes before a trailing comment, before the `{` of a decision, and after a funding line\'s description', async () => {
        expect((await citeOn(MODEL, 4)).text.split('\n')[4]).toBe('    actor l "L" is association [guribye] // a comment stays after the citation');
        expect((await citeOn(MODEL, 5)).text.split('\n')[5]).toBe('    decision d "D" level strategic [guribye] {');
        expect((await citeOn(MODEL, 9)).text.split('\n')[9]).toBe('        k -> l operating_grant 100 NOK per year "Tilskudd" [guribye]');
    });

    test('with no citable source, the stub is `[assumed]`; the result is no longer reported', async () => {
        const text = 'model M "M" {\n    source document "Ingen id"\n    actor k "K" is municipality\n}\n';
        const fixed = await citeOn(text, 2);
        expect(fixed.text).toBe('model M "M" {\n    source document "Ingen id"\n    actor k "K" is municipality [assumed]\n}\n');
        expect(fixed.titles).toEqual(['Mark as assumed', 'Mark as illustrative']);
        const { document } = await validateOwn(fixed.text);
        expect((document.diagnostics ?? []).filter(d => d.code === 'SK-SRC-002')).toEqual([]);
    });

    test('context statements (country, municipality, period, fields, purpose) are statements too: reported and fixed alike', async () => {
        const text = [
            'model M "M" {',
            '    country NO',
            '    municipality "Arendal" [guribye]',
            '    period 2016..2018',
            '    fields culture',
            '    fields sport [guribye "s. 3"]',
            '    purpose social',
            '    source guribye is report "Guribye 2016"',
            '    actor k "K" is municipality [guribye]',
            '}',
            ''
        ].join('\n');
        const { document } = await validateOwn(text);
        const reported = (document.diagnostics ?? []).filter(d => d.code === 'SK-SRC-002').map(d => d.range.start.line).sort((a, b) => a - b);
        expect(reported).toEqual([1, 3, 4, 6]);
        expect((await citeOn(text, 1)).text.split('\n')[1]).toBe('    country NO [guribye]');
        expect((await citeOn(text, 3)).text.split('\n')[3]).toBe('    period 2016..2018 [guribye]');
        expect((await citeOn(text, 4, 'Mark as assumed')).text.split('\n')[4]).toBe('    fields culture [assumed]');
        expect((await citeOn(text, 6)).text.split('\n')[6]).toBe('    purpose social [guribye]');
    });
});
