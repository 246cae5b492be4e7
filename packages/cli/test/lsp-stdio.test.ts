import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, HoverRequest,
    InitializeRequest, InitializedNotification, ShutdownRequest, type CompletionItem, type CompletionList, type Hover, type MarkupContent
} from 'vscode-languageserver-protocol/node';
import { startEditorSession, type EditorSession } from './editor-session.js';

/** Diagnostic messages may be plain or Markdown since LSP 3.18. */
function textOf(message: string | MarkupContent): string {
    return typeof message === 'string' ? message : message.value;
}

const MODEL = `model Lekser "Leksehjelp på Ås" {
    country NO
    /** Kommunen som eier tilbudet. */
    actor kommune "Ås kommune" is municipality
    actor lag "Ås idrettslag" is voluntary_organisation
    decision plan { decide kommune consulted lag with feedback "møte" }
}
`;


describe('samskap lsp --stdio, as an editor uses it', () => {
    let session: EditorSession;
    let uri: string;

    beforeAll(async () => {
        const workspace = mkdtempSync(path.join(tmpdir(), 'samskap-lsp-'));
        const file = path.join(workspace, 'lekser.samskap');
        writeFileSync(file, MODEL);
        uri = pathToFileURL(file).toString();
        session = startEditorSession(workspace);
        const result = await session.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(workspace).toString(),
            capabilities: {},
            workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'cases' }]
        });
        expect(result.capabilities.hoverProvider).toBeTruthy();
        expect(result.capabilities.completionProvider).toBeTruthy();
        await session.connection.sendNotification(InitializedNotification.type, {});
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'samskap', version: 1, text: MODEL }
        });
    });

    afterAll(() => {
        session?.server.kill();
    });

    test('a valid model gets no error diagnostics', async () => {
        const published = await session.waitForDiagnostics(uri, () => true);
        expect(published.diagnostics.filter(d => d.severity === 1)).toEqual([]);
    });

    test('hover on an actor reference shows its title and doc comment', async () => {
        // Line 5 is `decision plan { decide kommune ...`; hover on `kommune`.
        const line = MODEL.split('\n')[5];
        const hover = (await session.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri },
            position: { line: 5, character: line.indexOf('kommune') + 2 }
        })) as Hover | null;
        const text = (hover?.contents as MarkupContent | undefined)?.value ?? '';
        expect(text).toContain('Kommunen som eier tilbudet.');
    });

    test('completion after `is` offers actor kinds', async () => {
        const line = MODEL.split('\n')[4];
        const result = (await session.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri },
            position: { line: 4, character: line.indexOf('voluntary_organisation') }
        })) as CompletionList | CompletionItem[] | null;
        const items = Array.isArray(result) ? result : (result?.items ?? []);
        expect(items.map(item => item.label)).toEqual(expect.arrayContaining(['municipality', 'voluntary_organisation', 'private_company']));
    });

    test('an edit that breaks a reference is reported where it is, and the server keeps serving binary junk', async () => {
        const broken = MODEL.replace('consulted lag', 'consulted laget');
        await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: broken }]
        });
        const published = await session.waitForDiagnostics(uri, params => params.diagnostics.some(d => textOf(d.message).includes("'laget'")));
        const unresolved = published.diagnostics.find(d => textOf(d.message).includes("'laget'"));
        expect(unresolved?.range.start.line).toBe(5);
        expect(unresolved?.severity).toBe(1);

        await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 3 },
            contentChanges: [{ text: '\u0000\u0001\u00ff model { actor "unterminated \n }}}} ->' }]
        });
        const junk = await session.waitForDiagnostics(uri, params => params.diagnostics.length > 0 && !params.diagnostics.some(d => textOf(d.message).includes("'laget'")));
        expect(junk.diagnostics.some(d => d.severity === 1)).toBe(true);

        await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 4 },
            contentChanges: [{ text: MODEL }]
        });
        const healed = await session.waitForDiagnostics(uri, params => !params.diagnostics.some(d => d.severity === 1));
        expect(healed.diagnostics.filter(d => d.severity === 1)).toEqual([]);
    });

    test('a rule code links to its entry in the rule catalogue, a file the editor can open', async () => {
        const duplicated = MODEL.replace('    actor lag', '    actor lag "Ås IL" is voluntary_organisation\n    actor lag');
        await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 5 },
            contentChanges: [{ text: duplicated }]
        });
        const published = await session.waitForDiagnostics(uri, params => params.diagnostics.some(d => d.code === 'SK-REF-001'));
        const href = published.diagnostics.find(d => d.code === 'SK-REF-001')?.codeDescription?.href ?? '';
        const link = new URL(href);
        expect(link.protocol).toBe('file:');
        expect(link.hash).toBe('#sk-ref-001');
        expect(readFileSync(fileURLToPath(link), 'utf8')).toContain('### SK-REF-001');
        await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 6 },
            contentChanges: [{ text: MODEL }]
        });
        await session.waitForDiagnostics(uri, params => !params.diagnostics.some(d => d.code === 'SK-REF-001'));
    });

    test('shutdown and exit end the server with code 0', async () => {
        await session.connection.sendRequest(ShutdownRequest.type);
        const exited = new Promise<number | null>(resolve => session.server.on('exit', code => resolve(code)));
        await session.connection.sendNotification(ExitNotification.type);
        expect(await exited).toBe(0);
    });
});

describe('workspace-wide checks in the language server', () => {
    const CASE_A = `model A "A" {
    actor kommune "Arendal kommune" is municipality
    actor lag "Arendal idrettsråd" is association
    decision plan { decide kommune consulted lag with feedback "møte" }
}
`;
    const CASE_B = `model B "B" {
    actor arendal "Arendal kommune" is municipality
    actor rk "Arendal Røde Kors" is voluntary_organisation
    decision plan { decide arendal consulted rk with feedback "møte" }
}
`;
    let session: EditorSession;
    let uriB: string;

    beforeAll(async () => {
        const workspace = mkdtempSync(path.join(tmpdir(), 'samskap-ws-'));
        writeFileSync(path.join(workspace, 'a.samskap'), CASE_A);
        writeFileSync(path.join(workspace, 'b.samskap'), CASE_B);
        uriB = pathToFileURL(path.join(workspace, 'b.samskap')).toString();
        session = startEditorSession(workspace);
        await session.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: pathToFileURL(workspace).toString(), capabilities: {},
            workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'cases' }]
        });
        await session.connection.sendNotification(InitializedNotification.type, {});
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uriB, languageId: 'samskap', version: 1, text: CASE_B }
        });
    });

    afterAll(() => {
        session?.server.kill();
    });

    test('the same organisation in two files is reported once typing pauses, and goes when it is renamed', async () => {
        // SK-WS-001 is a slow check: not part of the diagnostics of each keystroke.
        const reported = await session.waitForDiagnostics(uriB, params => params.diagnostics.some(d => d.code === 'SK-WS-001'));
        const finding = reported.diagnostics.find(d => d.code === 'SK-WS-001');
        expect(finding?.range.start.line).toBe(1);
        expect(textOf(finding?.message ?? '')).toContain('"Arendal kommune"');

        await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: uriB, version: 2 },
            contentChanges: [{ text: CASE_B.replace('"Arendal kommune"', '"Grimstad kommune"') }]
        });
        // Renamed: the finding is gone (from the keystroke's build, which leaves the slow check out, and the idle check after it).
        await session.waitForDiagnostics(uriB, params => params.diagnostics.every(d => d.code !== 'SK-WS-001'));
    });
});
