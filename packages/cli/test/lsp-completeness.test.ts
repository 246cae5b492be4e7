import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CodeActionRequest, DidOpenTextDocumentNotification, DocumentLinkRequest, HoverRequest, InitializeRequest, InitializedNotification,
    InlayHintRequest, SignatureHelpRequest, WorkspaceSymbolRequest, type InitializeResult, type MarkupContent, type WorkspaceSymbol
} from 'vscode-languageserver-protocol/node';
import { startEditorSession, type EditorSession } from './editor-session.js';

const LIBRARY = `library norway "Nasjonale aktører" {
    actor redcross "Norges Røde Kors" is voluntary_organisation
}
`;

const CASE = `model Arendal "Med hjerte for Arendal" {
    uses norway
    country NO
    source munken is web_page "Munken" url "https://munken.no/mhfa/"
    actor arendal "Arendal kommune" is municipality
    budget drift "Drift" 1000000 NOK per year
    funding {
        arendal -> redcross operating_grant share 100 % for drift
    }
}
`;

/** Line and character just after the first `marker` in the case file. */
function after(marker: string): { line: number; character: number } {
    const before = CASE.slice(0, CASE.indexOf(marker) + marker.length).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
}

describe('the language server answers every editor\'s navigation and help requests', () => {
    let session: EditorSession;
    let uri: string;
    let capabilities: InitializeResult['capabilities'];

    beforeAll(async () => {
        const workspace = mkdtempSync(path.join(tmpdir(), 'samskap-lsp-complete-'));
        mkdirSync(path.join(workspace, 'library'));
        // The project: the library and the case link together.
        writeFileSync(path.join(workspace, 'samskap.json'), '{}');
        writeFileSync(path.join(workspace, 'library', 'norway.samskap'), LIBRARY);
        const file = path.join(workspace, 'arendal.samskap');
        writeFileSync(file, CASE);
        uri = pathToFileURL(file).toString();
        session = startEditorSession(workspace);
        const result = await session.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(workspace).toString(),
            capabilities: {},
            workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'cases' }]
        });
        capabilities = result.capabilities;
        await session.connection.sendNotification(InitializedNotification.type, {});
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'samskap', version: 1, text: CASE }
        });
        await session.waitForDiagnostics(uri, () => true);
    });

    afterAll(() => {
        session?.server.kill();
    });

    test('advertises workspace symbols, trigger characters, signature help, inlay hints, document links and fix-all', () => {
        expect(capabilities.workspaceSymbolProvider).toBeTruthy();
        expect(capabilities.completionProvider?.triggerCharacters).toEqual(expect.arrayContaining(['.', ' ']));
        expect(capabilities.signatureHelpProvider?.triggerCharacters).toContain(' ');
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.documentLinkProvider).toBeTruthy();
        expect(capabilities.codeActionProvider).toMatchObject({ codeActionKinds: expect.arrayContaining(['quickfix', 'source.fixAll']) });
    });

    test('workspace symbols find a library actor by the last part of its name', async () => {
        const symbols = await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'redcross' }) as WorkspaceSymbol[];
        expect(symbols.map(symbol => symbol.name)).toEqual(['norway.redcross']);
        expect(symbols[0].location.uri).toMatch(/library\/norway\.samskap$/);
    });

    test('inlay hints, document links and signature help come over the wire', async () => {
        const hints = await session.connection.sendRequest(InlayHintRequest.type, {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } }
        });
        expect(hints?.map(hint => hint.label)).toEqual(expect.arrayContaining(['= 1,000,000 NOK per year', ': public side', ': non-public side']));
        const links = await session.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
        expect(links?.map(link => link.target)).toEqual(['https://munken.no/mhfa/']);
        const help = await session.connection.sendRequest(SignatureHelpRequest.type, { textDocument: { uri }, position: after('arendal -> redcross ') });
        expect(help?.activeParameter).toBe(2);
    });

    test('hover on a keyword links to the language reference the editor can open', async () => {
        const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: after('    bud') });
        const text = (hover?.contents as MarkupContent).value;
        const link = /\[Language reference\]\(([^)]+)\)/.exec(text)?.[1] ?? '';
        const url = new URL(link);
        expect(url.protocol).toBe('file:');
        expect(url.hash).toBe('#budgets-and-funding');
        expect(readFileSync(fileURLToPath(url), 'utf8')).toContain('## Budgets and funding');
    });

    test('source.fixAll corrects a mistyped name to the one close name in scope', async () => {
        const typo = uri.replace('arendal.samskap', 'typo.samskap');
        const text = 'model Typo {\n    actor arendal "Arendal kommune" is municipality\n    initiative by arendall in 2012\n}\n';
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: typo, languageId: 'samskap', version: 1, text } });
        await session.waitForDiagnostics(typo, params => params.diagnostics.some(d => String(d.message).includes('arendall')));
        const actions = await session.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: typo }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll'] }
        }) as Array<{ kind?: string; edit?: { changes?: Record<string, Array<{ newText: string }>> } }>;
        expect(actions).toHaveLength(1);
        expect(actions[0].kind).toBe('source.fixAll');
        expect(actions[0].edit?.changes?.[typo]?.map(edit => edit.newText)).toEqual(['arendal']);
    });

    test('a code action request without context or range is answered, and the server keeps serving', async () => {
        const bare = await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri } } as never).catch((error: unknown) => error);
        expect(Array.isArray(bare) || bare === null).toBe(true);
        const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: after('actor arend') });
        expect((hover?.contents as MarkupContent).value).toContain('Arendal kommune');
    });
});
