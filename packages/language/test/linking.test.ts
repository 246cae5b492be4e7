import { AstUtils, EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { clearDocuments, expectFindReferences, expectGoToDefinition } from 'langium/test';
import type { Location, LocationLink, Position, TextEdit } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';
import type { Document, Model } from '../src/generated/ast.js';

const services = createSamskapServices(EmptyFileSystem);
const { shared, Samskap } = services;

const LIBRARY_URI = 'file:///workspace/library/norway.samskap';
const ARENDAL_URI = 'file:///workspace/arendal.samskap';
const STEINKJER_URI = 'file:///workspace/steinkjer.samskap';

const LIBRARY = `library norway "Nasjonale aktører" {
    /** Norges Røde Kors. */
    actor redcross "Norges Røde Kors" is voluntary_organisation
    actor nav "NAV" is state_agency
}
`;

const ARENDAL = `model Arendal "Arendal" {
    uses norway
    actor arendal "Arendal kommune" is municipality
    initiative by arendal, redcross
    involvement nav from delivery
}
`;

const STEINKJER = `model Steinkjer "Steinkjer" {
    actor steinkjer "Steinkjer kommune" is municipality
    body forum "Forum" members steinkjer, norway.redcross decides by consensus
    decision plan { decide forum informed norway.redcross }
}
`;

/** Loads several files as one workspace, the way the language server sees an opened folder. */
async function workspace(files: Record<string, string>): Promise<Map<string, LangiumDocument<Document>>> {
    const documents = new Map<string, LangiumDocument<Document>>();
    for (const [uri, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.parse(uri));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(uri, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return documents;
}

function positionOf(document: LangiumDocument, text: string, occurrence = 0, delta = 1): Position {
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) {
        offset = document.textDocument.getText().indexOf(text, offset + 1);
    }
    expect(offset, `"${text}" occurs ${occurrence + 1} times`).toBeGreaterThanOrEqual(0);
    return document.textDocument.positionAt(offset + delta);
}

/** Syntax and linking errors only: what this file tests. The rule catalogue has its own tests. */
function errorsOf(document: LangiumDocument): string[] {
    const syntaxOrLinking = new Set(['lexing-error', 'parsing-error', 'linking-error']);
    return (document.diagnostics ?? [])
        .filter(diagnostic => diagnostic.severity === 1)
        .filter(diagnostic => syntaxOrLinking.has((diagnostic.data as { code?: string } | undefined)?.code ?? ''))
        .map(diagnostic => String(diagnostic.message));
}

function textAt(document: LangiumDocument, location: Location | LocationLink): string {
    const range = 'targetSelectionRange' in location ? location.targetSelectionRange : location.range;
    return document.textDocument.getText(range);
}

function applyEdits(text: string, document: LangiumDocument, edits: readonly TextEdit[]): string {
    const sorted = [...edits].sort((a, b) => document.textDocument.offsetAt(b.range.start) - document.textDocument.offsetAt(a.range.start));
    let result = text;
    for (const edit of sorted) {
        result = result.slice(0, document.textDocument.offsetAt(edit.range.start)) + edit.newText + result.slice(document.textDocument.offsetAt(edit.range.end));
    }
    return result;
}

afterEach(async () => {
    await clearDocuments(shared);
});

describe('library actors across files', () => {
    test('resolve unqualified after `uses` and qualified without it', async () => {
        const documents = await workspace({ [LIBRARY_URI]: LIBRARY, [ARENDAL_URI]: ARENDAL, [STEINKJER_URI]: STEINKJER });
        for (const document of documents.values()) {
            expect(errorsOf(document)).toEqual([]);
        }
        const arendal = documents.get(ARENDAL_URI)!.parseResult.value.elements[0] as Model;
        const initiator = arendal.initiatives[0].initiators[1].ref;
        expect(initiator?.name).toBe('redcross');
        expect(initiator && AstUtils.getDocument(initiator).uri.toString()).toBe(LIBRARY_URI);
        const steinkjer = documents.get(STEINKJER_URI)!.parseResult.value.elements[0] as Model;
        expect(steinkjer.bodies[0].members[1].ref?.title).toBe('Norges Røde Kors');
        const [model] = Samskap.analysis.PartnershipModelProvider.getModels(documents.get(STEINKJER_URI)!);
        expect(model.bodies[0].members).toEqual(['steinkjer', 'norway.redcross']);
    });

    test('an unqualified library actor without `uses` does not resolve', async () => {
        const documents = await workspace({ [LIBRARY_URI]: LIBRARY, [ARENDAL_URI]: 'model M { initiative by redcross }' });
        expect(errorsOf(documents.get(ARENDAL_URI)!)).toEqual([expect.stringContaining("'redcross'")]);
    });

    test('a local actor hides a library actor of the same name', async () => {
        const documents = await workspace({
            [LIBRARY_URI]: LIBRARY,
            [ARENDAL_URI]: 'model M { uses norway actor redcross "Arendal Røde Kors" is voluntary_organisation initiative by redcross, norway.redcross }'
        });
        const model = documents.get(ARENDAL_URI)!.parseResult.value.elements[0] as Model;
        expect(model.initiatives[0].initiators.map(reference => reference.ref?.title)).toEqual(['Arendal Røde Kors', 'Norges Røde Kors']);
    });

    test('actors of one model are not visible from another file', async () => {
        const documents = await workspace({ [ARENDAL_URI]: ARENDAL.replace('uses norway', ''), [STEINKJER_URI]: 'model S { initiative by arendal }' });
        expect(errorsOf(documents.get(STEINKJER_URI)!)).toEqual([expect.stringContaining("'arendal'")]);
    });

    test('editing the library relinks the models that use it', async () => {
        const documents = await workspace({ [LIBRARY_URI]: LIBRARY, [ARENDAL_URI]: ARENDAL });
        expect(errorsOf(documents.get(ARENDAL_URI)!)).toEqual([]);
        // As an editor does: the changed text arrives through the open text documents.
        shared.workspace.TextDocuments.set(TextDocument.create(LIBRARY_URI, 'samskap', 2, LIBRARY.replace('actor nav', 'actor nav_renamed')));
        await shared.workspace.DocumentBuilder.update([URI.parse(LIBRARY_URI)], []);
        const arendal = shared.workspace.LangiumDocuments.getDocument(URI.parse(ARENDAL_URI))!;
        expect(errorsOf(arendal)).toEqual([expect.stringContaining("'nav'")]);
        shared.workspace.TextDocuments.delete(LIBRARY_URI);
    });
});

describe('navigation across files', () => {
    test('go to definition leads from an unqualified and a qualified reference to the library file', async () => {
        const documents = await workspace({ [LIBRARY_URI]: LIBRARY, [ARENDAL_URI]: ARENDAL, [STEINKJER_URI]: STEINKJER });
        const library = documents.get(LIBRARY_URI)!;
        for (const [uri, text] of [[ARENDAL_URI, 'redcross'], [STEINKJER_URI, 'norway.redcross']] as const) {
            const document = documents.get(uri)!;
            const links = await Samskap.lsp.DefinitionProvider!.getDefinition(document, {
                textDocument: { uri }, position: positionOf(document, text, 0, text.length - 2)
            });
            expect(links).toHaveLength(1);
            expect(links![0].targetUri).toBe(LIBRARY_URI);
            expect(textAt(library, links![0])).toBe('redcross');
        }
    });

    test('go to definition inside one file', async () => {
        await expectGoToDefinition(Samskap)({
            text: 'model M { actor <|a|> "A" is municipality body b members <|>a }',
            index: 0,
            rangeIndex: 0
        });
    });

    test('find references lists the uses in every file, with and without qualifier', async () => {
        const documents = await workspace({ [LIBRARY_URI]: LIBRARY, [ARENDAL_URI]: ARENDAL, [STEINKJER_URI]: STEINKJER });
        const library = documents.get(LIBRARY_URI)!;
        const locations = await Samskap.lsp.ReferencesProvider!.findReferences(library, {
            textDocument: { uri: LIBRARY_URI }, position: positionOf(library, 'redcross'), context: { includeDeclaration: false }
        });
        const found = locations.map(location => [location.uri, textAt(documents.get(location.uri)!, location)]).sort();
        expect(found).toEqual([
            [ARENDAL_URI, 'redcross'],
            [STEINKJER_URI, 'norway.redcross'],
            [STEINKJER_URI, 'norway.redcross']
        ]);
    });

    test('the qualifier of `norway.redcross` leads to the library, and find references on a library lists qualified uses', async () => {
        const documents = await workspace({ [LIBRARY_URI]: LIBRARY, [ARENDAL_URI]: ARENDAL, [STEINKJER_URI]: STEINKJER });
        const library = documents.get(LIBRARY_URI)!;
        const steinkjer = documents.get(STEINKJER_URI)!;
        const links = await Samskap.lsp.DefinitionProvider!.getDefinition(steinkjer, {
            textDocument: { uri: STEINKJER_URI }, position: positionOf(steinkjer, 'norway.redcross', 0, 2)
        });
        expect(links?.map(link => [link.targetUri, textAt(library, link)])).toEqual([[LIBRARY_URI, 'norway']]);

        const locations = await Samskap.lsp.ReferencesProvider!.findReferences(library, {
            textDocument: { uri: LIBRARY_URI }, position: positionOf(library, 'norway'), context: { includeDeclaration: false }
        });
        const found = locations.map(location => [location.uri, textAt(documents.get(location.uri)!, location)]).sort();
        expect(found).toEqual([
            [ARENDAL_URI, 'norway'],
            [STEINKJER_URI, 'norway'],
            [STEINKJER_URI, 'norway']
        ]);
    });

    test('find references inside one file includes the declaration when asked', async () => {
        await expectFindReferences(Samskap)({
            text: 'model M { actor <|a|> "A" is municipality initiative by <|a|> involvement <|a|> from design }',
            includeDeclaration: true
        });
    });
});

describe('rename across files', () => {
    test('renaming a library actor changes its declaration and every reference, keeping qualifiers', async () => {
        const documents = await workspace({ [LIBRARY_URI]: LIBRARY, [ARENDAL_URI]: ARENDAL, [STEINKJER_URI]: STEINKJER });
        const steinkjer = documents.get(STEINKJER_URI)!;
        const edit = await Samskap.lsp.RenameProvider!.rename(steinkjer, {
            textDocument: { uri: STEINKJER_URI }, position: positionOf(steinkjer, 'redcross'), newName: 'rode_kors'
        });
        const changes = edit?.changes ?? {};
        expect(Object.keys(changes).sort()).toEqual([ARENDAL_URI, LIBRARY_URI, STEINKJER_URI].sort());
        const renamed = Object.fromEntries([LIBRARY_URI, ARENDAL_URI, STEINKJER_URI].map(uri => {
            const document = documents.get(uri)!;
            return [uri, applyEdits(document.textDocument.getText(), document, changes[uri])];
        }));
        expect(renamed[LIBRARY_URI]).toContain('actor rode_kors "Norges Røde Kors"');
        expect(renamed[ARENDAL_URI]).toContain('initiative by arendal, rode_kors');
        expect(renamed[STEINKJER_URI]).toContain('members steinkjer, norway.rode_kors');
        expect(renamed[STEINKJER_URI]).toContain('informed norway.rode_kors');

        // The renamed workspace links without errors.
        await clearDocuments(shared);
        const relinked = await workspace(renamed);
        for (const document of relinked.values()) {
            expect(errorsOf(document)).toEqual([]);
        }
    });

    test('renaming a library changes `uses` and the qualifier of qualified references', async () => {
        const documents = await workspace({ [LIBRARY_URI]: LIBRARY, [ARENDAL_URI]: ARENDAL, [STEINKJER_URI]: STEINKJER });
        const library = documents.get(LIBRARY_URI)!;
        const edit = await Samskap.lsp.RenameProvider!.rename(library, {
            textDocument: { uri: LIBRARY_URI }, position: positionOf(library, 'norway'), newName: 'noreg'
        });
        const changes = edit?.changes ?? {};
        const renamed = Object.fromEntries([LIBRARY_URI, ARENDAL_URI, STEINKJER_URI].map(uri => {
            const document = documents.get(uri)!;
            return [uri, applyEdits(document.textDocument.getText(), document, changes[uri] ?? [])];
        }));
        expect(renamed[LIBRARY_URI]).toContain('library noreg "Nasjonale aktører"');
        expect(renamed[ARENDAL_URI]).toContain('uses noreg');
        expect(renamed[STEINKJER_URI]).toContain('members steinkjer, noreg.redcross');
        await clearDocuments(shared);
        const relinked = await workspace(renamed);
        for (const document of relinked.values()) {
            expect(errorsOf(document)).toEqual([]);
        }
    });

    test('renaming at the qualifier of a qualified reference renames the library', async () => {
        const documents = await workspace({ [LIBRARY_URI]: LIBRARY, [ARENDAL_URI]: ARENDAL, [STEINKJER_URI]: STEINKJER });
        const steinkjer = documents.get(STEINKJER_URI)!;
        const edit = await Samskap.lsp.RenameProvider!.rename(steinkjer, {
            textDocument: { uri: STEINKJER_URI }, position: positionOf(steinkjer, 'norway.redcross', 0, 2), newName: 'noreg'
        });
        const changes = edit?.changes ?? {};
        const renamed = Object.fromEntries([LIBRARY_URI, ARENDAL_URI, STEINKJER_URI].map(uri => {
            const document = documents.get(uri)!;
            return [uri, applyEdits(document.textDocument.getText(), document, changes[uri] ?? [])];
        }));
        expect(renamed[LIBRARY_URI]).toContain('library noreg "Nasjonale aktører"');
        expect(renamed[LIBRARY_URI]).toContain('actor redcross "Norges Røde Kors"');
        expect(renamed[ARENDAL_URI]).toContain('uses noreg');
        expect(renamed[STEINKJER_URI]).toContain('informed noreg.redcross');
    });

    test('a rename to something that is not a name is refused', async () => {
        const documents = await workspace({ [LIBRARY_URI]: LIBRARY, [ARENDAL_URI]: ARENDAL });
        const arendal = documents.get(ARENDAL_URI)!;
        const edit = await Samskap.lsp.RenameProvider!.rename(arendal, {
            textDocument: { uri: ARENDAL_URI }, position: positionOf(arendal, 'arendal "'), newName: 'to words'
        });
        expect(edit).toBeUndefined();
    });

    test('renaming a local actor stays inside its model', async () => {
        const documents = await workspace({ [LIBRARY_URI]: LIBRARY, [ARENDAL_URI]: ARENDAL, [STEINKJER_URI]: STEINKJER });
        const arendal = documents.get(ARENDAL_URI)!;
        const edit = await Samskap.lsp.RenameProvider!.rename(arendal, {
            textDocument: { uri: ARENDAL_URI }, position: positionOf(arendal, 'arendal "'), newName: 'kommunen'
        });
        expect(Object.keys(edit?.changes ?? {})).toEqual([ARENDAL_URI]);
        const renamed = applyEdits(arendal.textDocument.getText(), arendal, edit!.changes![ARENDAL_URI]);
        expect(renamed).toContain('actor kommunen "Arendal kommune"');
        expect(renamed).toContain('initiative by kommunen, redcross');
    });
});
