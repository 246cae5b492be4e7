import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import {
    DidChangeConfigurationNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest, InitializedNotification, InitializeRequest,
    ResponseError, ShowMessageRequest, type LogMessageParams
} from 'vscode-languageserver-protocol/node';
import { startEditorSession, type EditorSession } from './editor-session.js';

// Found by the language-server soak (scripts/soak): the server's warnings (bad settings, a model
// file it refuses) are `window/showMessageRequest` requests, and an editor that answered one
// with an error (or knows no such request) left an unhandled rejection in the server. Before
// the server kept running on those, that ended it.

let session: EditorSession | undefined;

afterAll(() => {
    session?.server.kill();
});

test('an editor that refuses the server\'s warning requests causes no unhandled rejection', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'samskap-warnings-'));
    // Not model text: the server refuses it and warns.
    writeFileSync(path.join(workspace, 'binary.samskap'), Buffer.from([0x6d, 0x00, 0x01, 0x02]));
    const good = pathToFileURL(path.join(workspace, 'good.samskap')).toString();
    session = startEditorSession(workspace);
    const logged: string[] = [];
    let warnings = 0;
    session.connection.onNotification('window/logMessage', (params: LogMessageParams) => {
        logged.push(params.message);
    });
    session.connection.onRequest(ShowMessageRequest.type, () => {
        warnings++;
        throw new ResponseError(-32601, 'this editor shows no messages');
    });
    await session.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: pathToFileURL(workspace).toString(), capabilities: {},
        workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'warnings' }]
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { samskap: { rules: 'x', displayLanguage: 7 } } });
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: good, languageId: 'samskap', version: 1, text: 'model good "Good" {\n    actor a "A" is municipality\n}\n' }
    });
    await session.waitForDiagnostics(good, () => true);
    const symbols = await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: good } });
    expect(JSON.stringify(symbols)).toContain('good');
    expect(warnings).toBeGreaterThanOrEqual(2);
    expect(logged.filter(message => /unhandled rejection|uncaught exception/.test(message))).toEqual([]);
    expect(session.server.exitCode).toBeNull();
});
