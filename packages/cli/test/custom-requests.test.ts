import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import type { CompareResult, DiagramResult } from '../src/server/protocol.js';
import { startEditorSession } from './editor-session.js';

const MODEL = `model Lekser "Leksehjelp på Ås <b>" {
    country NO
    actor kommune "Ås kommune" is municipality
    actor lag "Ås idrettslag & co" is voluntary_organisation
    decision plan { decide kommune consulted lag with feedback "møte" }
    funding { kommune -> lag operating_grant 50000 NOK per year }
}
`;
const BROKEN = 'model Broken "x" {\n    actor a "A" is\n';


describe('custom requests the VS Code extension sends (samskap lsp --stdio)', () => {
    let connection: ProtocolConnection;
    let kill: () => void;
    let uri: string;
    let brokenUri: string;

    beforeAll(async () => {
        const workspace = mkdtempSync(path.join(tmpdir(), 'samskap-requests-'));
        const file = path.join(workspace, 'lekser.samskap');
        const broken = path.join(workspace, 'broken.samskap');
        writeFileSync(file, MODEL);
        writeFileSync(broken, BROKEN);
        uri = pathToFileURL(file).toString();
        brokenUri = pathToFileURL(broken).toString();
        const session = startEditorSession(workspace);
        kill = () => session.server.kill();
        connection = session.connection;
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: pathToFileURL(workspace).toString(), capabilities: {},
            workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'cases' }]
        });
        await connection.sendNotification(InitializedNotification.type, {});
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'samskap', version: 1, text: MODEL } });
        await session.waitForDiagnostics(uri, () => true);
    });

    afterAll(() => kill?.());

    test('samskap/diagram answers with the SVG the CLI would write, plus DOT and Mermaid', async () => {
        const result = await connection.sendRequest<DiagramResult>('samskap/diagram', { uri, view: 'funding', theme: 'dark' });
        expect(result.view).toBe('funding');
        expect(result.views).toEqual(['network', 'funding', 'governance', 'decisions']);
        expect(result.title).toBe('Leksehjelp på Ås <b>');
        expect(result.svg).toContain('class="samskap-diagram theme-dark"');
        expect(result.svg).toContain('data-samskap-id="funding:0"');
        expect(result.svg).toContain(`data-samskap-range="${uri}#L6:`);
        expect(result.svg).not.toContain('<b>');
        expect(result.dot).toMatch(/^digraph samskap/);
        expect(result.mermaid).toContain('flowchart LR');
    });

    test('samskap/diagram right after a burst of edits draws the last text, not an older one', async () => {
        // A model large enough that each change's build is still running when the next arrives:
        // every change cancels the build before it, and the request comes before the last build ends.
        const bigUri = uri.replace('lekser.samskap', 'stor.samskap');
        const actors = Array.from({ length: 1500 }, (_, i) => `    actor lag${i} "Lag ${i}" is association`).join('\n');
        const big = (name: string): string => `model Stor "${name}" {\n    country NO\n    actor kommune "Kommunen" is municipality\n${actors}\n}\n`;
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bigUri, languageId: 'samskap', version: 1, text: big('Stor 1') } });
        await connection.sendRequest<DiagramResult>('samskap/diagram', { uri: bigUri, view: 'network' });
        // The last change lands while the build of the one before is somewhere between parsing and
        // validation (the pause varies so that some land after its linking): the answer is of the last text.
        let version = 1;
        for (const pause of [0, 40, 80, 120, 160, 200, 240, 280, 320]) {
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: bigUri, version: ++version }, contentChanges: [{ text: big(`Stor ${version}`) }]
            });
            await new Promise(resolve => setTimeout(resolve, pause));
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: bigUri, version: ++version }, contentChanges: [{ text: big(`Stor ${version}`) }]
            });
            const result = await connection.sendRequest<DiagramResult>('samskap/diagram', { uri: bigUri, view: 'network' });
            expect(result.title).toBe(`Stor ${version}`);
        }
    });

    test('samskap/diagram on a document with syntax errors answers with the errors, not a drawing', async () => {
        const result = await connection.sendRequest<DiagramResult>('samskap/diagram', { uri: brokenUri });
        expect(result.svg).toBe('');
        expect(result.errors?.[0]).toMatch(/^\d+:\d+ /);
    });

    test('samskap/compare answers with the matrix in all four formats', async () => {
        const result = await connection.sendRequest<CompareResult>('samskap/compare', { uris: [uri, brokenUri] });
        expect(result.csv.split('\r\n')[0]).toBe('key,label,Lekser');
        expect(result.html).toContain('<table class="sk-table" id="comparison"');
        expect(result.html).toContain('Leksehjelp på Ås &lt;b&gt;');
        expect(result.markdown).toContain('| Dimension | Leksehjelp på Ås &lt;b&gt; |');
        expect((JSON.parse(result.json) as { columns: Array<{ key: string }> }).columns).toEqual([{ key: 'Lekser', label: 'Leksehjelp på Ås <b>' }]);
    });
});
