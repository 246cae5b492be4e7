import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompletionTriggerKind, SymbolKind, type CompletionList, type InlayHint, type Position } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';
import { KEYWORD_DOCS } from '../src/lsp/keyword-docs.js';
import { partAfter } from '../src/lsp/samskap-signature-help.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const { shared, Samskap } = createSamskapServices(EmptyFileSystem);

const LIBRARY = `library norway "Nasjonale aktører" {
    actor redcross "Norges Røde Kors" is voluntary_organisation
    actor nav "NAV" is state_agency
}`;

const CASE = `model Arendal "Med hjerte for Arendal" {
    uses norway
    country NO
    source munken is web_page "Munken: om MHFA" url "https://munken.no/mhfa/"
    source guribye is report "Guribye 2016"
    actor arendal "Arendal kommune" is municipality
    actor laget "Idrettslaget" is voluntary_organisation
    body mhfa "Med hjerte for Arendal" is platform members arendal, laget
    initiative by laget in 2012
    decision steering "Styring" {
        decide mhfa
    }
    budget drift "Drift" 1000000 NOK per year
    funding {
        arendal -> laget operating_grant share 60 % for drift
        redcross -> laget donation share 40 % for drift
    }
}`;

async function open(text: string, uri: string): Promise<LangiumDocument> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

async function workspace(): Promise<LangiumDocument> {
    await open(LIBRARY, 'file:///ws/library/norway.samskap');
    return open(CASE, 'file:///ws/arendal.samskap');
}

/** The position just after the n-th (0-based) occurrence of `marker` in the text. */
function after(text: string, marker: string, occurrence = 0): Position {
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = text.indexOf(marker, offset + 1);
    if (offset < 0) throw new Error(`no "${marker}" in the text`);
    const before = text.slice(0, offset + marker.length).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
}

afterEach(async () => {
    await clearDocuments(shared);
});

describe('workspace symbols', () => {
    test('find local actors, bodies, decisions and library entries, on any part of a qualified name', async () => {
        await workspace();
        const provider = shared.lsp.WorkspaceSymbolProvider!;
        const names = async (query: string) => (await provider.getSymbols({ query })).map(symbol => `${symbol.containerName ?? ''}/${symbol.name}`);

        expect(await names('redcross')).toEqual(['norway/norway.redcross']);
        expect(await names('arendal')).toEqual(expect.arrayContaining(['/Arendal', 'Arendal/arendal', 'Arendal/mhfa', 'Arendal/steering']));
        expect(await names('mhfa')).toContain('Arendal/mhfa');
        expect(await names('steering')).toEqual(['Arendal/steering']);
        // By display title, as the researcher knows the organisation.
        expect(await names('røde kors')).toEqual(['norway/norway.redcross']);
        // A query that is in nothing finds nothing.
        expect(await names('zzz')).toEqual([]);

        const [decision] = await provider.getSymbols({ query: 'steering' });
        expect(decision.kind).toBe(SymbolKind.Function);
        expect(decision.location).toMatchObject({ uri: 'file:///ws/arendal.samskap', range: { start: after(CASE, 'decision ') } });
    });
});

describe('completion trigger characters', () => {
    const trigger = (character: string) => ({ triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: character });
    const labels = (list: CompletionList | undefined) => list?.items.map(item => item.label) ?? [];

    test('are advertised: `.` and space', () => {
        expect(Samskap.lsp.CompletionProvider!.completionOptions?.triggerCharacters).toEqual(expect.arrayContaining(['.', ' ']));
    });

    test('`.` after a library name lists its actors', async () => {
        await open(LIBRARY, 'file:///ws/library/norway.samskap');
        const text = 'model M {\n    actor a "A" is municipality\n    initiative by norway.\n}';
        const document = await open(text, 'file:///ws/m.samskap');
        const list = await Samskap.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: after(text, 'norway.'), context: trigger('.')
        });
        expect(labels(list)).toEqual(expect.arrayContaining(['norway.redcross', 'norway.nav']));
    });

    test('a space after `is` or `by` opens completion; after another word, or in a string, it does not', async () => {
        const text = 'model M {\n    actor a "A is " is \n    actor b "B" is association\n    initiative by \n    goal "x" \n}';
        const document = await open(text, 'file:///ws/m.samskap');
        const complete = (position: Position) => Samskap.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position, context: trigger(' ')
        });
        expect(labels(await complete(after(text, '" is ')))).toContain('municipality');
        expect(labels(await complete(after(text, 'initiative by ')))).toEqual(expect.arrayContaining(['a', 'b']));
        expect(await complete(after(text, '"A is '))).toBeUndefined();
        expect(await complete(after(text, 'goal "x" '))).toBeUndefined();
    });
});

describe('signature help for funding lines', () => {
    test('says what comes next, part by part', () => {
        const parts = ['from', '-> to', 'kind', '[amount unit rate]', '[share N %]', '[for budget]', '[period start..end]', '[requirements general|detailed]', '["description"]', '[[source; certainty]]'];
        const next = (written: string) => parts[partAfter(written)];
        expect(next('')).toBe('from');
        expect(next('kommunen')).toBe('from');
        expect(next('kommunen ')).toBe('-> to');
        expect(next('kommunen -> ')).toBe('-> to');
        expect(next('kommunen -> laget ')).toBe('kind');
        expect(next('kommunen -> laget project_grant ')).toBe('[amount unit rate]');
        expect(next('kommunen -> laget project_grant 10000 NOK ')).toBe('[amount unit rate]');
        expect(next('kommunen -> laget project_grant 10000 NOK per year ')).toBe('[share N %]');
        expect(next('kommunen -> laget project_grant share 60 ')).toBe('[share N %]');
        expect(next('kommunen -> laget project_grant share 60 % ')).toBe('[for budget]');
        expect(next('kommunen -> laget project_grant share 60 % for ')).toBe('[for budget]');
        expect(next('kommunen -> laget project_grant share 60 % for drift ')).toBe('[period start..end]');
        expect(next('kommunen -> laget premises "Lokaler" ')).toBe('[[source; certainty]]');
    });

    test('is answered inside a funding block only, with the signature and its active part', async () => {
        const text = 'model M {\n    actor a "A" is municipality\n    actor b "B" is association\n    funding {\n        a -> b \n    }\n}';
        const document = await open(text, 'file:///ws/m.samskap');
        const help = await Samskap.lsp.SignatureHelp!.provideSignatureHelp(document, { textDocument: { uri: document.uri.toString() }, position: after(text, 'a -> b ') });
        expect(help?.signatures[0].label).toContain('[share N %] [for budget]');
        expect(help?.activeParameter).toBe(2);
        const label = help!.signatures[0].label;
        const [start, end] = help!.signatures[0].parameters![2].label as [number, number];
        expect(label.slice(start, end)).toBe('kind');
        const outside = await Samskap.lsp.SignatureHelp!.provideSignatureHelp(document, { textDocument: { uri: document.uri.toString() }, position: after(text, 'is municipality') });
        expect(outside).toBeUndefined();
        expect(Samskap.lsp.SignatureHelp!.signatureHelpOptions.triggerCharacters).toContain(' ');
    });
});

describe('hover on keywords', () => {
    let opened = 0;
    const hover = async (text: string, position: Position) => {
        const document = await open(text, `file:///ws/h${opened++}.samskap`);
        const result = await Samskap.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
        return result && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : '';
    };

    test('explains the construct with its syntax and links to its section of the language reference', async () => {
        const text = 'model M {\n    actor a "A" is municipality\n    actor board "B" is association\n    body s members a, board decides by consensus\n}';
        const onBody = await hover(text, after(text, '    bo'));
        expect(onBody).toContain('body NAME "Title"');
        expect(onBody).toContain('A body is a party');
        expect(onBody).toMatch(/\[Language reference\]\(docs\/language\.md#bodies\)/);
        // `decides` belongs to the body statement too.
        expect(await hover(text, after(text, 'decid'))).toContain('#bodies');
        // A value of a value set says which set.
        expect(await hover(text, after(text, 'is munic'))).toContain('a value of the actor kind, public sector');
        // A name that is a soft keyword (`board`) is a name: no keyword explanation.
        expect(await hover(text, after(text, 'a, boa'))).not.toContain('Language reference');
    });

    test('every section it links to is a heading of docs/language.md', () => {
        const reference = fs.readFileSync(path.join(repoRoot, 'docs/language.md'), 'utf8');
        const anchors = new Set([...reference.matchAll(/^##+ (.+)$/gm)].map(([, heading]) =>
            heading.toLowerCase().replace(/[`,]/g, '').trim().replace(/\s+/g, '-')));
        for (const [type, doc] of Object.entries(KEYWORD_DOCS)) {
            expect(anchors, `${type} links to #${doc!.section}`).toContain(doc!.section);
        }
    });
});

describe('inlay hints', () => {
    const labelsOf = (hints: InlayHint[] | undefined) => (hints ?? []).map(hint => `${hint.position.line}:${typeof hint.label === 'string' ? hint.label : ''}`);

    test('show the computed amount after `share N %` and the side after parties whose side counts', async () => {
        const document = await workspace();
        const hints = await Samskap.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } }
        });
        const labels = labelsOf(hints);
        const share60 = after(CASE, 'share 60 %');
        expect(hints).toContainEqual(expect.objectContaining({ position: share60, label: '= 600,000 NOK per year' }));
        expect(labels).toContain(`${share60.line}:= 600,000 NOK per year`);
        expect(labels).toContain(`${after(CASE, 'share 40 %').line}:= 400,000 NOK per year`);
        // The initiative by a voluntary club: non-public; the body deciding has members on both sides.
        expect(hints).toContainEqual(expect.objectContaining({ position: after(CASE, 'initiative by laget'), label: ': non-public side' }));
        expect(hints).toContainEqual(expect.objectContaining({ position: after(CASE, 'decide mhfa'), label: ': public side + non-public side' }));
        // A library actor's side, after its unqualified name.
        expect(hints).toContainEqual(expect.objectContaining({ position: after(CASE, 'redcross'), label: ': non-public side' }));
    });

    test('can be turned off in the settings, each kind on its own', async () => {
        const document = await workspace();
        const params = { textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } };
        try {
            shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { samskap: { inlayHints: { sides: false } } } });
            const hints = labelsOf(await Samskap.lsp.InlayHintProvider!.getInlayHints(document, params));
            expect(hints.some(hint => hint.includes('NOK'))).toBe(true);
            expect(hints.some(hint => hint.includes('side'))).toBe(false);
            // No settings problem is reported for it: the key belongs to the editor.
            expect(Samskap.analysis.Configuration.findings).toEqual([]);
            shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { samskap: { inlayHints: { amounts: false, sides: false } } } });
            expect(await Samskap.lsp.InlayHintProvider!.getInlayHints(document, params)).toEqual([]);
        } finally {
            shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { samskap: {} } });
        }
    });
});

describe('document links', () => {
    test('a source URL is a link covering the address inside the quotes; other schemes are not', async () => {
        const text = `${CASE.slice(0, -2)}\n    source bad is web_page "x" url "javascript:alert(1)"\n}`;
        await open(LIBRARY, 'file:///ws/library/norway.samskap');
        const document = await open(text, 'file:///ws/arendal.samskap');
        const links = await Samskap.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: document.uri.toString() } });
        expect(links).toEqual([expect.objectContaining({
            target: 'https://munken.no/mhfa/',
            range: { start: after(text, 'url "'), end: after(text, 'url "https://munken.no/mhfa/') }
        })]);
    });
});

describe('code actions', () => {
    test('a request without diagnostics, context or range is answered, not a crash', async () => {
        const document = await parseHelper(Samskap)('model M { actor a "A" is municipality }');
        const provider = Samskap.lsp.CodeActionProvider!;
        const uri = document.uri.toString();
        expect(await provider.getCodeActions(document, { textDocument: { uri } } as never)).toEqual([]);
        expect(await provider.getCodeActions(document, { textDocument: { uri }, context: {} } as never)).toEqual([]);
        expect(await provider.getCodeActions(document, { textDocument: { uri }, context: { diagnostics: [{ message: 'x' }] } } as never)).toEqual([]);
    });
});
