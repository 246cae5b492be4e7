import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import {
    clearDocuments, expectCompletion, expectHover, expectSemanticToken, expectSymbols, highlightHelper, parseHelper
} from 'langium/test';
import { CompletionItemKind, SemanticTokenTypes, SymbolKind, type CompletionList, type DocumentSymbol } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';

const services = createSamskapServices(EmptyFileSystem);
const { shared, Samskap } = services;

const LIBRARY = `library norway "Nasjonale aktører" {
    /** Norges Røde Kors: a national voluntary organisation. */
    actor redcross "Norges Røde Kors" is voluntary_organisation
}`;

async function addLibrary(): Promise<void> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(LIBRARY, URI.parse('file:///lib/norway.samskap'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document]);
}

function labels(list: CompletionList): string[] {
    return list.items.map(item => item.label);
}

afterEach(async () => {
    await clearDocuments(shared);
});

describe('completion', () => {
    test('after `is` an actor declaration offers the actor kinds', async () => {
        await expectCompletion(Samskap)({
            text: 'model M { actor a "A" is <|> }',
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['municipality', 'voluntary_organisation', 'volunteer_centre', 'social_entrepreneur', 'foundation']));
                expect(labels(list)).not.toContain('consensus');
                // Each value says which value set it belongs to; an actor kind also its sector.
                const kind = list.items.find(item => item.label === 'social_entrepreneur');
                expect(kind).toMatchObject({ kind: CompletionItemKind.EnumMember, detail: 'actor kind · social economy sector' });
                expect(list.items.find(item => item.label === 'municipality')?.detail).toBe('actor kind · public sector');
            }
        });
    });

    test('value sets: phases after `from`, decision rules after `decides by`, funding kinds after `->`', async () => {
        const text = `model M {
            actor a "A" is municipality
            actor b "B" is association
            involvement a from <|>
            body s members a, b decides by <|>
            funding { a -> b <|> }
        }`;
        await expectCompletion(Samskap)({
            text, index: 0,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(['initiation', 'commissioning', 'design', 'delivery', 'assessment']))
        });
        await expectCompletion(Samskap)({
            text, index: 1,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['consensus', 'majority', 'unanimity']));
                expect(list.items.find(item => item.label === 'majority')?.detail).toBe('decision rule');
            }
        });
        await expectCompletion(Samskap)({
            text, index: 2,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(['operating_grant', 'premises', 'position', 'volunteer_hours', 'knowledge']))
        });
    });

    test('references offer the actors and bodies of the model', async () => {
        await expectCompletion(Samskap)({
            text: `model M {
                actor kommunen "Kommunen" is municipality
                actor laget "Laget" is association
                body styret members kommunen, laget
                decision d { decide <|> }
            }`,
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['kommunen', 'laget', 'styret', 'joint']));
                expect(list.items.find(item => item.label === 'styret')?.kind).toBe(CompletionItemKind.Class);
                expect(list.items.find(item => item.label === 'kommunen')?.kind).toBe(CompletionItemKind.Variable);
            }
        });
    });

    test('library actors are offered qualified, and unqualified after `uses`', async () => {
        await addLibrary();
        await expectCompletion(Samskap)({
            text: 'model M { actor a "A" is municipality initiative by <|> }',
            index: 0,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(['a', 'norway.redcross']))
        });
        await expectCompletion(Samskap)({
            text: 'model M { uses norway actor a "A" is municipality initiative by <|> }',
            index: 0,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(['a', 'redcross']))
        });
        await expectCompletion(Samskap)({
            text: 'model M { uses <|> }',
            index: 0,
            assert: list => expect(labels(list)).toContain('norway')
        });
    });

    test('governance modes are offered as values, statement keywords stay keywords', async () => {
        await expectCompletion(Samskap)({
            text: 'model M { governance <|> }',
            index: 0,
            assert: list => {
                expect(labels(list).sort()).toEqual(['lead', 'nao', 'shared']);
                expect(list.items.every(item => item.detail === 'governance mode')).toBe(true);
            }
        });
        await expectCompletion(Samskap)({
            text: 'model M { <|> }',
            index: 0,
            assert: list => expect(list.items.find(item => item.label === 'actor')).toMatchObject({ kind: CompletionItemKind.Keyword, detail: 'Keyword' })
        });
    });

    test('statement keywords at the start of a statement', async () => {
        await expectCompletion(Samskap)({
            text: 'model M {\n    <|>\n}',
            index: 0,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining([
                'actor', 'role', 'body', 'initiative', 'involvement', 'goals', 'content', 'activity', 'decision', 'budget',
                'funding', 'governance', 'anchoring', 'agreement', 'claim', 'country', 'period', 'fields', 'purpose', 'source', 'uses'
            ]))
        });
    });
});

describe('hover', () => {
    test('hovering a reference to an actor shows its doc comment', async () => {
        await expectHover(Samskap)({
            text: 'model M {\n    /** Arendal kommune, the case municipality. */\n    actor arendal "Arendal kommune" is municipality\n    initiative by <|>arendal\n}',
            index: 0,
            hover: /Arendal kommune, the case municipality\./
        });
    });

    test('hovering a qualified reference shows the library actor\'s doc comment from another file', async () => {
        await addLibrary();
        await expectHover(Samskap)({
            text: 'model M { involvement norway.<|>redcross from delivery }',
            index: 0,
            hover: /Norges Røde Kors: a national voluntary organisation\./
        });
    });
});

describe('document symbols and folding', () => {
    const TEXT = `model Case "Sak" {
    actor kommunen "Kommunen" is municipality
    actor laget "Laget" is association
    role leader "Leder" held by kommunen
    body styret members kommunen, laget
    activity planning phases design
    decision plan {
        decide styret
        informed laget
    }
    budget drift "Drift" 100 NOK
    funding {
        kommunen -> laget operating_grant 100 NOK per year
    }
    agreement avtale parties kommunen, laget
}

library lib {
    actor x "X" is foundation
}`;

    test('the outline lists models and libraries with their named elements', async () => {
        await expectSymbols(Samskap)({
            text: TEXT,
            assert: (symbols: DocumentSymbol[]) => {
                expect(symbols.map(symbol => symbol.name)).toEqual(['Case', 'lib']);
                expect(symbols[0].children?.map(symbol => symbol.name)).toEqual(
                    ['kommunen', 'laget', 'leader', 'styret', 'planning', 'plan', 'drift', 'avtale']);
                expect(symbols[1].children?.map(symbol => symbol.name)).toEqual(['x']);
                // Kinds match what the elements are; the detail shows the display title.
                const kommunen = symbols[0].children![0];
                expect(kommunen.kind).toBe(SymbolKind.Variable);
                expect(kommunen.detail).toBe('Kommunen (municipality)');
                expect(symbols[0].children![3]).toMatchObject({ name: 'styret', kind: SymbolKind.Class });
                expect(symbols[0].children![5]).toMatchObject({ name: 'plan', kind: SymbolKind.Function });
                expect(symbols[0]).toMatchObject({ kind: SymbolKind.Namespace, detail: 'Sak' });
            }
        });
    });

    test('models, libraries, decision and funding blocks fold', async () => {
        const document = await parseHelper(Samskap)(TEXT);
        const ranges = await Samskap.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        const starts = ranges.map(range => range.startLine);
        // Folding keeps the closing brace visible: each range starts on the block's first line.
        for (const [start, line] of [[0, 'model Case'], [6, 'decision plan'], [11, 'funding'], [17, 'library lib']] as const) {
            expect(starts, `a folding range starts at "${line}"`).toContain(start);
        }
        expect(ranges.find(range => range.startLine === 6)?.endLine).toBeGreaterThanOrEqual(8);
        expect(ranges.find(range => range.startLine === 0)?.endLine).toBeGreaterThanOrEqual(14);
    });
});

describe('semantic highlighting', () => {
    test('declarations, references by target, value sets, numbers and strings', async () => {
        await addLibrary();
        const highlight = highlightHelper(Samskap);
        const tokens = await highlight(`model M {
    actor <|kommunen|> "Kommunen" is <|municipality|>
    body <|styret|> members kommunen, <|norway|>.<|redcross|>
    involvement <|styret|> from <|design|>
    budget drift <|"Drift"|> <|100|> NOK
}`);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.namespace });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 6, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 7, tokenType: SemanticTokenTypes.string });
        expectSemanticToken(tokens, { rangeIndex: 8, tokenType: SemanticTokenTypes.number });
        const declaration = tokens.tokens.find(token => token.text === 'kommunen' && token.offset === tokens.ranges[0][0]);
        expect(declaration?.tokenModifiers).toBeGreaterThan(0);
    });

    test('a soft keyword used as a name is coloured as a name, the same word as a value as a value', async () => {
        const tokens = await highlightHelper(Samskap)('model M { actor <|municipality|> "K" is <|municipality|> decision <|budget|> { decide <|municipality|> } }');
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.function });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.variable });
    });

    test('an unresolved reference is not coloured as if it resolved', async () => {
        const tokens = await highlightHelper(Samskap)('model M { initiative by <|nobody|> }');
        expect(tokens.tokens.filter(token => token.text === 'nobody')).toEqual([]);
    });
});

describe('the services survive any input', () => {
    const GARBAGE: Record<string, string> = {
        'binary bytes': String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256)),
        'NUL and control characters': 'model \u0000 M {\u0001\u0002 actor \u0007 a "A" is\u001b municipality }',
        'half-typed statements': 'model M {\n    actor a "A" is\n    decision d { decide\n    funding { a -> \n    body b members a,\n',
        'an unterminated string': 'model M "Frivillighetens hus {\n    actor a "Kommunen is municipality\n}\n',
        'only a keyword': 'model',
        'unbalanced braces': '}}}{{{ model M { { } } }',
        'an empty file': '',
        'a very long line': `model M { ${'actor a "A" is municipality '.repeat(2000)} }`
    };

    test.each(Object.entries(GARBAGE))('%s: parse, diagnostics, completion, hover, symbols, folding, highlighting and formatting do not throw', async (_name, text) => {
        const document: LangiumDocument = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///garbage/${encodeURIComponent(_name)}.samskap`));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(Array.isArray(document.diagnostics)).toBe(true);
        const textDocument = { uri: document.uri.toString() };
        // Every few characters for short inputs (where the cursor of a half-typed edit would be), three points otherwise.
        const offsets = text.length <= 600
            ? Array.from({ length: Math.floor(text.length / 5) + 1 }, (_, i) => Math.min(i * 5, text.length))
            : [0, Math.floor(text.length / 2), text.length];
        const positions = offsets.map(offset => document.textDocument.positionAt(offset));
        for (const position of positions) {
            await Samskap.lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
            await Samskap.lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
            await Samskap.lsp.DefinitionProvider!.getDefinition(document, { textDocument, position });
        }
        await Samskap.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
        await Samskap.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
        await Samskap.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
        await Samskap.lsp.Formatter!.formatDocument(document, { textDocument, options: { insertSpaces: true, tabSize: 4 } });
    });

    test.each(Object.entries(GARBAGE))('%s: the PartnershipModel is built from what parsed', async (_name, text) => {
        const document: LangiumDocument = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///garbage/model-${encodeURIComponent(_name)}.samskap`));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document]);
        // Hover, code lens and diagrams all read this model: building it must not fail on broken text.
        expect(Array.isArray(Samskap.analysis.PartnershipModelProvider.getModels(document))).toBe(true);
    });
});
