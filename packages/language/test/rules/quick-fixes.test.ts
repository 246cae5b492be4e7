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

    test('unresolved actor in a model without actors: declares it after the opening brace', async () => {
        const before = 'model M "M" {\n    initiative by ukjent\n}\n';
        const { text } = await applyFirst(before, 'linking-error');
        expect(text).toBe('model M "M" {\n    actor ukjent "ukjent" is municipality\n    initiative by ukjent\n}\n');
    });
});
