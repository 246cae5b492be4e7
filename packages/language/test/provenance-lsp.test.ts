import { EmptyFileSystem } from 'langium';
import { clearDocuments, expectCompletion, expectSemanticToken, highlightHelper, parseHelper } from 'langium/test';
import { CompletionItemKind, SemanticTokenModifiers, SemanticTokenTypes, SymbolKind, type CompletionList, type DocumentSymbol } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/samskap-module.js';
import type { Document } from '../src/generated/ast.js';

/** Provenance in the editor: hover on statements, citations and sources; completion inside `[…]`; highlighting; the linker's words. */
const services = createSamskapServices(EmptyFileSystem);
const { shared, Samskap } = services;
const parse = parseHelper<Document>(Samskap);

afterEach(async () => {
    await clearDocuments(shared);
});

const CASE = `model Case "Med hjerte for Arendal" {
    country NO [guribye "s. 3"]
    source guribye is report "Guribye, E. (2016). Mot Kommune 3.0? Med hjerte for Arendal." date "2016" url "https://example.org/guribye"
    source koordinator is interview "Kommunens frivillighetskoordinator" date "2016-04"
    source document "Et notat uten id"
    actor kommune "Arendal kommune" is municipality [guribye "s. 12", koordinator]
    actor lag "Idrettslaget" is association [illustrative]
    goals defined by kommune, lag [koordinator; inferred]
    content defined by kommune
    decision plan "Plan" level strategic [guribye] {
        decide kommune [guribye "s. 14"]
        consulted lag with feedback "Møte" [assumed]
    }
}`;

async function hoverAt(text: string, needle: string, occurrence = 0, within = 1, language?: 'nb'): Promise<string> {
    const own = language ? createSamskapServices(EmptyFileSystem).Samskap : Samskap;
    if (language) own.analysis.Configuration.updateFromSettings({ display: { language } });
    const document = await parseHelper<Document>(own)(text);
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
    expect(offset, `"${needle}" in the text`).toBeGreaterThanOrEqual(0);
    const hover = await own.lsp.HoverProvider?.getHoverContent(document, {
        textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(offset + within)
    });
    const contents = hover?.contents;
    return typeof contents === 'object' && contents !== null && 'value' in contents ? contents.value : '';
}

describe('hover: where a statement comes from', () => {
    test('on a statement: every cited source with its locator, full reference, kind, date and URL, then the certainty', async () => {
        const value = await hoverAt(CASE, 'actor kommune');
        expect(value).toContain('**Sources:**');
        expect(value).toContain('- *guribye* s\\. 12: ');
        expect(value).toContain('Guribye, E\\. \\(2016\\)\\. Mot Kommune 3\\.0? Med hjerte for Arendal\\. (report, 2016) <https://example.org/guribye>');
        expect(value).toContain('- *koordinator*: Kommunens frivillighetskoordinator (interview, 2016\\-04)');
        expect(value).toContain('**Certainty:** stated by the cited source');
    });

    test('a certainty alone, on its word or its brackets; a context statement and a decision header too', async () => {
        expect(await hoverAt(CASE, 'illustrative')).toBe('**Certainty:** illustrative: invented to show how such a case is written down, not a finding');
        expect(await hoverAt(CASE, '[illustrative]', 0, 0)).toContain('**Certainty:** illustrative');
        expect(await hoverAt(CASE, 'assumed')).toBe('**Certainty:** assumed by the author');
        expect(await hoverAt(CASE, 'inferred')).toContain('- *koordinator*: Kommunens frivillighetskoordinator');
        expect(await hoverAt(CASE, 'country')).toContain('- *guribye* s\\. 3:');
        expect(await hoverAt(CASE, 'level strategic')).toContain('- *guribye*: Guribye');
        // Then what a `consulted` right is (the keyword's explanation, from the language reference).
        expect(await hoverAt(CASE, 'consulted')).toMatch(/^\*\*Certainty:\*\* assumed by the author\n\n---\n\n```samskap\nRIGHT PARTY/);
    });

    test('nothing about sources on a statement that states none, or on a reference (which shows what it refers to)', async () => {
        // Only the keyword's explanation of the statement.
        expect(await hoverAt(CASE, 'content defined')).toMatch(/^```samskap\ngoals\|content defined by[^]*\[Language reference\]\([^)]*#goals-and-content\)$/);
        const reference = await hoverAt(CASE, 'decide kommune', 0, 'decide '.length + 1);
        expect(reference).not.toContain('**Sources:**');
        expect(reference).toContain('**Arendal kommune**');
    });

    test('on a declared name: the statement\'s sources, then the classifications', async () => {
        const value = await hoverAt(CASE, 'kommune "Arendal');
        expect(value.indexOf('**Sources:**')).toBeGreaterThanOrEqual(0);
        expect(value.indexOf('**Sources:**')).toBeLessThan(value.indexOf('**Arendal kommune**'));
    });

    test('on a citation: the source in full, where in it, and how sure the statement is', async () => {
        const value = await hoverAt(CASE, 'guribye "s. 14"');
        expect(value).toContain('**Source guribye** (report, 2016)');
        expect(value).toContain('<https://example.org/guribye>');
        expect(value).toContain('Cited at s\\. 14\\.');
        expect(value).toContain('**Certainty:** stated by the cited source');
        expect(await hoverAt(CASE, '"s. 14"')).toContain('Cited at s\\. 14\\.');
        expect(await hoverAt(CASE, 'koordinator; inferred')).toContain('**Certainty:** inferred by the author from the sources');
    });

    test('on a source declaration: the source and how many statements cite it; an anonymous one says it cannot be cited', async () => {
        expect(await hoverAt(CASE, 'guribye is report')).toContain('Cited by 4 statements.');
        expect(await hoverAt(CASE, 'koordinator is')).toContain('Cited by 2 statements.');
        expect(await hoverAt(CASE, 'document "Et notat')).toContain('Without an id, no statement can cite it');
    });

    test('in the display language', async () => {
        const value = await hoverAt(CASE, 'actor kommune', 0, 1, 'nb');
        expect(value).toContain('**Kilder:**');
        expect(value).toContain('**Sikkerhet:** oppgitt i kilden det vises til');
        expect(value).not.toMatch(/Sources|Certainty|stated/);
    });

    test('model text cannot inject Markdown, and only a plain http(s) URL becomes a link', async () => {
        const text = 'model M {\n    source s is document "*bold* <script>" url "javascript:alert(1)"\n    actor k "K" is municipality [s "<b>"]\n}';
        const value = await hoverAt(text, 'actor k');
        expect(value).toContain('\\*bold\\* \\<script\\>');
        expect(value).toContain('javascript:alert\\(1\\)');
        expect(value).not.toContain('<javascript');
        expect(value).toContain('*s* \\<b\\>');
    });
});

describe('hover: the sources behind the classifications\' evidence', () => {
    test('each criterion names the sources of the statements it read, with their certainty', async () => {
        const value = await hoverAt(CASE, 'Case "');
        expect(value).toMatch(/^ {2}- ✓ \*joint-work\*: [^\n]*goals are defined jointly — koordinator \\\(inferred\\\)$/m);
        expect(value).toMatch(/^ {2}- ✗ \*strategic-decision-locus\*: [^\n]* — guribye s\\\. 14 \\\(stated\\\)$/m);
        expect(value).toMatch(/^ {2}- ✗ \*highest-participation\*: [^\n]* — \\\(assumed\\\)$/m);
    });

    test('a criterion reading sourced and unsourced statements says how many have no source; one reading none says nothing', async () => {
        const value = await hoverAt(CASE, 'Case "');
        expect(value).toMatch(/^ {2}- ✓ \*involved-early-or-shapes\*: [^\n]* — koordinator \\\(inferred\\\); 1 statement without a source$/m);
        expect(value).toMatch(/^ {2}- ✗ \*content-defined-by\*: content must be defined jointly; defined by the public side alone$/m);
    });

    test('in the display language, with the certainty in it', async () => {
        const value = await hoverAt(CASE, 'Case "', 0, 1, 'nb');
        expect(value).toContain('— koordinator \\(utledet\\)');
        expect(value).toContain('1 utsagn uten kilde');
    });
});

describe('completion inside […]', () => {
    function labels(list: CompletionList): string[] {
        return list.items.map(item => item.label);
    }

    const TEXT = `model M {
    source guribye is report "Guribye, E. (2016). Mot Kommune 3.0?" date "2016" url "https://example.org/g"
    source koordinator is interview "Koordinatoren"
    source document "Uten id"
    actor a "A" is municipality [<|>
    actor b "B" is municipality [guribye, <|>
    actor c "C" is municipality [guribye "p. 3"; <|>]
}`;

    test('offers the model\'s citable sources with their kind, date and full reference, and the certainties as values', async () => {
        await expectCompletion(Samskap)({
            text: TEXT, index: 0,
            assert: list => {
                expect(labels(list)).toEqual(['guribye', 'koordinator', 'stated', 'inferred', 'assumed', 'illustrative']);
                expect(list.items[0]).toMatchObject({
                    kind: CompletionItemKind.Reference, detail: 'source · report, 2016',
                    documentation: 'Guribye, E. (2016). Mot Kommune 3.0?\nhttps://example.org/g'
                });
                expect(list.items.find(item => item.label === 'koordinator')?.detail).toBe('source · interview');
                expect(list.items.find(item => item.label === 'inferred')).toMatchObject({ kind: CompletionItemKind.EnumMember, detail: 'certainty' });
            }
        });
    });

    test('after a comma only sources; after the semicolon only certainties', async () => {
        await expectCompletion(Samskap)({ text: TEXT, index: 1, assert: list => expect(labels(list)).toEqual(['guribye', 'koordinator']) });
        await expectCompletion(Samskap)({ text: TEXT, index: 2, assert: list => expect(labels(list)).toEqual(['stated', 'inferred', 'assumed', 'illustrative']) });
    });

    test('a model\'s sources are not offered in another model', async () => {
        await expectCompletion(Samskap)({
            text: 'model A { source a1 is report "A" }\nmodel B { source b1 is report "B" actor x "X" is municipality [<|> }',
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('b1');
                expect(labels(list)).not.toContain('a1');
            }
        });
    });
});

describe('semantic highlighting and the outline', () => {
    test('a source and its citations as decorators, the locator as a string, the certainty as a value', async () => {
        const tokens = await highlightHelper(Samskap)(`model M {
    source <|guribye|> is <|report|> "G"
    actor a "A" is municipality [<|guribye|> <|"p. 3"|>; <|inferred|>]
    actor b "B" is municipality [<|illustrative|>]
}`);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.decorator });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.decorator });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.string });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: SemanticTokenTypes.enumMember });
        const declaration = tokens.tokens.find(token => token.offset === tokens.ranges[0][0]);
        const citation = tokens.tokens.find(token => token.offset === tokens.ranges[2][0]);
        const declarationBit = 1 << 2; // Langium's index of SemanticTokenModifiers.declaration
        expect(SemanticTokenModifiers.declaration).toBe('declaration');
        expect((declaration?.tokenModifiers ?? 0) & declarationBit).toBe(declarationBit);
        expect((citation?.tokenModifiers ?? 0) & declarationBit).toBe(0);
    });

    test('an undeclared citation is not coloured as if it resolved', async () => {
        const tokens = await highlightHelper(Samskap)('model M { actor a "A" is municipality [<|nowhere|>] }');
        expect(tokens.tokens.filter(token => token.text === 'nowhere')).toEqual([]);
    });

    test('the outline lists sources with their reference and kind', async () => {
        const document = await parse('model M {\n    source guribye is report "Guribye 2016"\n    actor a "A" is municipality [guribye]\n}');
        const symbols = (await Samskap.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.textDocument.uri } })) as DocumentSymbol[];
        expect(symbols[0].children?.map(symbol => [symbol.name, symbol.kind, symbol.detail])).toEqual([
            ['guribye', SymbolKind.File, 'Guribye 2016 (report)'],
            ['a', SymbolKind.Variable, 'A (municipality)']
        ]);
    });
});

describe('a citation of an undeclared source', () => {
    test('the linker says the source is not declared in this model and how to declare it', async () => {
        const document = await parse('model M {\n    source guribye is report "G"\n    actor a "A" is municipality [guribye, intervju "p. 3"]\n}', { validation: true });
        const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
        expect(errors.map(d => [d.message, d.range.start.line, d.range.start.character])).toEqual([[
            'The source \'intervju\' is not declared in this model: declare it with `source intervju is report "full reference"` (or article, interview, document, survey, observation, web_page, assumption), or cite one of the model\'s sources.',
            2, 42
        ]]);
        expect(errors[0].message).not.toMatch(/Could not resolve|SourceStatement/);
    });

    test('a source of another model is not declared in this one', async () => {
        const document = await parse('model A { source a1 is report "A" }\nmodel B { actor x "X" is municipality [a1] }', { validation: true });
        expect((document.diagnostics ?? []).filter(d => d.severity === 1).map(d => d.message)).toEqual([expect.stringContaining('The source \'a1\' is not declared in this model')]);
    });
});
