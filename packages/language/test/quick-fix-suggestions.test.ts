import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';
import { closestNames, editDistance } from '../src/lsp/quick-fixes/did-you-mean.js';

const { shared, Samskap } = createSamskapServices(EmptyFileSystem);

const LIBRARY = `library norway "Nasjonale aktører" {
    actor redcross "Norges Røde Kors" is voluntary_organisation
    actor nav "NAV" is state_agency
}`;

let opened = 0;
async function open(text: string, withLibrary = false): Promise<LangiumDocument> {
    const documents: LangiumDocument[] = [];
    if (withLibrary) {
        const library = shared.workspace.LangiumDocumentFactory.fromString(LIBRARY, URI.parse(`file:///ws/lib${opened}/norway.samskap`));
        shared.workspace.LangiumDocuments.addDocument(library);
        documents.push(library);
    }
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///ws/case${opened++}.samskap`));
    shared.workspace.LangiumDocuments.addDocument(document);
    documents.push(document);
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return document;
}

function codeOf(diagnostic: Diagnostic): string {
    return String((diagnostic.data as { code?: string } | undefined)?.code ?? diagnostic.code ?? '');
}

async function fixesFor(document: LangiumDocument, code: string, containing = ''): Promise<CodeAction[]> {
    const diagnostic = document.diagnostics?.find(candidate => codeOf(candidate) === code && String(typeof candidate.message === 'string' ? candidate.message : candidate.message.value).includes(containing));
    if (!diagnostic) throw new Error(`no ${code} diagnostic; got ${document.diagnostics?.map(codeOf).join(', ')}`);
    const actions = await Samskap.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    });
    return (actions ?? []) as CodeAction[];
}

/** The text after applying an action's edits. */
function applied(document: LangiumDocument, action: CodeAction | undefined): string {
    const edits = action?.edit?.changes?.[document.uri.toString()] ?? [];
    return TextDocument.applyEdits(TextDocument.create('x', 'samskap', 0, document.textDocument.getText()), edits);
}

afterEach(async () => {
    await clearDocuments(shared);
});

describe('did you mean', () => {
    test('edit distance counts a swap of neighbours once', () => {
        expect(editDistance('arendal', 'arendall')).toBe(1);
        expect(editDistance('kommnue', 'kommune')).toBe(1);
        expect(editDistance('laget', 'laget')).toBe(0);
        expect(closestNames('arendall', [{ name: 'arendal' }, { name: 'centre' }])).toEqual([{ name: 'arendal', distance: 1 }]);
        // Far-off names are no suggestion.
        expect(closestNames('sweden', [{ name: 'norway' }, { name: 'denmark' }])).toEqual([]);
    });

    test('a typo in a name is fixed by the closest name in scope, first and preferred, before declaring a new actor', async () => {
        const text = 'model M {\n    actor arendal "Arendal kommune" is municipality\n    actor centre "Sentralen" is association\n    initiative by arendall in 2015\n}';
        const document = await open(text);
        const actions = await fixesFor(document, 'linking-error');
        expect(actions[0]).toMatchObject({ title: "Did you mean 'arendal'?", isPreferred: true, kind: CodeActionKind.QuickFix });
        expect(applied(document, actions[0])).toContain('initiative by arendal in 2015');
        expect(actions.filter(action => action.isPreferred)).toHaveLength(1);
        expect(actions.map(action => action.title)).toContain("Declare actor 'arendall' as municipality");
    });

    test('library names are candidates, matched on their last part or the organisation\'s title', async () => {
        const document = await open('model M {\n    actor kommune "Kommunen" is municipality\n    involvement norway.rødekors from design\n    involvement norway.redcros from design\n}', true);
        const byTitle = await fixesFor(document, 'linking-error', 'rødekors');
        expect(byTitle[0].title).toBe("Did you mean 'norway.redcross'?");
        const byName = await fixesFor(document, 'linking-error', 'redcros\'');
        expect(applied(document, byName[0])).toContain('involvement norway.rødekors from design\n    involvement norway.redcross from design');
    });

    test('a mistyped value of a value set gets the closest values', async () => {
        const document = await open('model M {\n    actor steinkjer "Steinkjer kommune" is municipalty\n}');
        const actions = await fixesFor(document, 'parsing-error');
        expect(actions[0]).toMatchObject({ title: "Did you mean 'municipality'?", isPreferred: true });
        expect(applied(document, actions[0])).toContain('is municipality\n');
    });
});

describe('syntax errors get what the parser expected', () => {
    test('a missing keyword, a missing closing brace, an unterminated text', async () => {
        const missingIs = await open('model M {\n    actor arendal "Arendal kommune" municipality\n}');
        expect(applied(missingIs, (await fixesFor(missingIs, 'parsing-error'))[0])).toContain('"Arendal kommune" is municipality');
        const missingBrace = await open('model M {\n    actor a "A" is municipality\n');
        expect(applied(missingBrace, (await fixesFor(missingBrace, 'parsing-error'))[0])).toBe('model M {\n    actor a "A" is municipality\n}\n');
        const unterminated = await open('model M "Frivillighetens hus {\n    country NO\n}');
        expect(applied(unterminated, (await fixesFor(unterminated, 'lexing-error'))[0])).toBe('model M "Frivillighetens hus" {\n    country NO\n}');
    });

    test('`decide` with no name gets the model\'s parties', async () => {
        const document = await open('model M {\n    actor kommune "K" is municipality\n    decision d {\n        decide\n    }\n}');
        const actions = await fixesFor(document, 'parsing-error');
        expect(applied(document, actions[0])).toContain('        decide kommune\n    }');
    });
});

describe('fixes for what a rule\'s message says to write', () => {
    const BARE = 'model Bare "Bare" {\n    actor kommune "Kommunen" is municipality\n    actor laget "Laget" is association\n    involvement laget from design\n}';

    test('missing country, purpose, initiative, goals, source, anchoring and coordinator are added as statements', async () => {
        const document = await open(BARE);
        const country = await fixesFor(document, 'SK-CTX-005');
        expect(country.map(action => action.title)).toEqual(expect.arrayContaining(['Add `country NO` (Norway)', 'Add `country DK` (Denmark)']));
        expect(applied(document, country[0])).toMatch(/^model Bare "Bare" \{\n {4}country [A-Z]{2}\n {4}actor kommune/);
        expect(applied(document, (await fixesFor(document, 'SK-CTX-003'))[0])).toContain('    involvement laget from design\n    purpose social\n}');
        expect((await fixesFor(document, 'SK-FORM-004')).map(action => action.title)).toEqual(['Add `initiative by kommune`', 'Add `initiative by laget`']);
        expect((await fixesFor(document, 'SK-FORM-005'))[0].title).toBe('Add `goals defined by kommune, laget`');
        expect(applied(document, (await fixesFor(document, 'SK-CTX-006'))[0])).toContain('    source source1 is report "TODO: full reference"\n');
        expect(applied(document, (await fixesFor(document, 'SK-GOV-006'))[0])).toContain('    anchoring resolution "TODO: the council\'s or committee\'s decision"\n}');
        expect(applied(document, (await fixesFor(document, 'SK-GOV-005'))[0])).toContain('    role coordinator "Coordinator" is coordinator held by kommune\n}');
        // Every one of these leaves a model that parses.
        for (const code of ['SK-CTX-005', 'SK-CTX-003', 'SK-FORM-004', 'SK-FORM-005', 'SK-CTX-006', 'SK-GOV-006', 'SK-GOV-005']) {
            const fixed = await open(applied(document, (await fixesFor(document, code))[0]));
            expect(fixed.parseResult.parserErrors, code).toEqual([]);
            expect(fixed.diagnostics?.map(codeOf), code).not.toContain(code);
        }
    });

    test('a volunteer centre gets its owner or its sector', async () => {
        const document = await open('model M {\n    country NO\n    actor kommune "K" is municipality\n    actor sentralen "S" is volunteer_centre\n    involvement sentralen from design\n}');
        const actions = await fixesFor(document, 'SK-FORM-008');
        expect(actions.map(action => action.title)).toEqual(['Owned by kommune', 'An independent association: `sector voluntary`']);
        expect(applied(document, actions[0])).toContain('actor sentralen "S" is volunteer_centre owned by kommune\n');
    });

    test('a claim not supported by the facts can be changed to the computed form', async () => {
        const text = `model M {
    actor kommune "Kommunen" is municipality
    actor laget "Idrettslaget" is voluntary_organisation
    involvement laget from delivery
    goals defined by kommune
    content defined by kommune
    activity kafe "Seniorkafé" phases delivery done jointly by kommune, laget
    claim form equal
}`;
        const document = await open(text);
        const code = document.diagnostics?.map(codeOf).find(candidate => candidate === 'SK-FORM-001' || candidate === 'SK-FORM-007');
        const actions = await fixesFor(document, code!);
        expect(actions[0]).toMatchObject({ title: 'Claim the computed form: `claim form co_implementation`', isPreferred: true });
        const fixed = await open(applied(document, actions[0]));
        expect(fixed.diagnostics?.map(codeOf)).not.toContain(code);
    });

    test('a governance mode that does not fit gets the other modes', async () => {
        const text = `model M {
    actor a "A" is municipality
    actor b "B" is association
    actor c "C" is association
    body s members a, b, c
    governance nao a consensus low
}`;
        const document = await open(text);
        if (!document.diagnostics?.some(diagnostic => codeOf(diagnostic) === 'SK-GOV-008')) return;
        const actions = await fixesFor(document, 'SK-GOV-008');
        expect(actions.map(action => action.title)).toEqual(['Change to `governance shared`', 'Change to `governance lead a`']);
        expect(applied(document, actions[1])).toContain('governance lead a consensus low');
    });

    test('a feedback goes before the right\'s provenance, where the grammar wants it', async () => {
        const document = await open('model M {\n    actor k "K" is municipality\n    actor l "L" is association\n    decision d {\n        decide k\n        consulted l iap2 consult [assumed]\n    }\n}');
        const fixed = applied(document, (await fixesFor(document, 'SK-PART-003'))[0]);
        expect(fixed).toContain('consulted l iap2 consult with feedback "TODO: how is input answered?" [assumed]');
        expect((await open(fixed)).parseResult.parserErrors).toEqual([]);
    });

    test('shares short of 100 % get a line from a funder to pick; a share names its budget; a role gets a holder', async () => {
        const text = `model M {
    country NO
    actor k "K" is municipality
    actor f "F" is county
    actor l "L" is association
    role leder "Leder" is leader
    budget drift "Drift" 100000 NOK per year
    funding {
        k -> l operating_grant share 60 % for drift
        f -> l project_grant share 10 %
    }
}`;
        const document = await open(text);
        const rest = await fixesFor(document, 'SK-FUND-009');
        expect(rest.map(action => action.title)).toEqual(['Add a funding line from f for the remaining 40 %', 'Add a funding line from l for the remaining 40 %']);
        expect(applied(document, rest[0])).toContain('k -> l operating_grant share 60 % for drift\n        f -> l operating_grant share 40 % for drift\n');
        expect(applied(document, (await fixesFor(document, 'SK-FUND-006'))[0])).toContain('f -> l project_grant share 10 % for drift');
        expect(applied(document, (await fixesFor(document, 'SK-PART-002'))[0])).toContain('role leder "Leder" is leader held by k');
    });

    test('an unused library actor can be removed with its doc comment', async () => {
        const library = shared.workspace.LangiumDocumentFactory.fromString('library lib {\n    /** Used. */\n    actor used "U" is association\n    /**\n     * Unused.\n     */\n    actor unused "X" is association\n}\n', URI.parse('file:///ws/lib.samskap'));
        const model = shared.workspace.LangiumDocumentFactory.fromString('model M {\n    actor k "K" is municipality\n    initiative by lib.used\n}\n', URI.parse('file:///ws/m.samskap'));
        shared.workspace.LangiumDocuments.addDocument(library);
        shared.workspace.LangiumDocuments.addDocument(model);
        await shared.workspace.DocumentBuilder.build([library, model], { validation: true });
        const actions = await fixesFor(library, 'SK-WS-002');
        expect(applied(library, actions[0])).toBe('library lib {\n    /** Used. */\n    actor used "U" is association\n}\n');
    });
});

describe('source.fixAll', () => {
    test('applies the safe fixes (a typo with one close name, a missing keyword, a repeated statement) and nothing that adds a fact', async () => {
        const fixAll = async (document: LangiumDocument) => await Samskap.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: [CodeActionKind.SourceFixAll] }
        }) as CodeAction[];
        const rules = await open('model M {\n    country NO\n    country NO\n    actor arendal "Arendal kommune" is municipality\n    actor laget "Laget" is association\n    initiative by arendall in 2015\n}');
        const actions = await fixAll(rules);
        expect(actions).toHaveLength(1);
        expect(actions[0].kind).toBe(CodeActionKind.SourceFixAll);
        // Not the missing purpose, goals, sources…: those are facts only the author can state.
        expect(applied(rules, actions[0])).toBe('model M {\n    country NO\n    actor arendal "Arendal kommune" is municipality\n    actor laget "Laget" is association\n    initiative by arendal in 2015\n}');
        const syntax = await open('model M "Tittel {\n    actor laget "Laget" association\n');
        expect(applied(syntax, (await fixAll(syntax))[0])).toBe('model M "Tittel" {\n    actor laget "Laget" is association\n}\n');
    });

    test('a quick-fix request does not get the fix-all action, and a fix-all request no quick fixes', async () => {
        const document = await open('model M {\n    actor a "A" is municipality\n    initiative by aa\n}');
        const diagnostics = document.diagnostics ?? [];
        const quick = await Samskap.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostics[0].range, context: { diagnostics, only: [CodeActionKind.QuickFix] }
        }) as CodeAction[];
        expect(quick.every(action => action.kind === CodeActionKind.QuickFix)).toBe(true);
    });
});
