import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createConnection } from 'vscode-languageserver/node';
import {
    DidOpenTextDocumentNotification, HoverRequest, InitializedNotification, InitializeRequest, PortMessageReader, PortMessageWriter,
    PublishDiagnosticsNotification, createProtocolConnection, type Diagnostic, type MarkupContent, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import { startBrowserServer } from '../src/server/browser-server.js';
import { COMPARE_REQUEST, DIAGRAM_REQUEST, type CompareResult, type DiagramResult } from '../src/server/protocol.js';

// The language server of the web workers (VS Code for the Web, the playground) as the editor
// sees it: no file system, a message channel for the worker's postMessage. Documents arrive only
// as open documents, under whatever scheme the editor names them (vscode.dev: `vscode-vfs:`).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const example = readFileSync(path.join(root, 'examples/offri-arendal.samskap'), 'utf8');
const library = readFileSync(path.join(root, 'examples/library/norway.samskap'), 'utf8');
const FOLDER = 'vscode-vfs://github/samskap/cases';
const MODEL_URI = `${FOLDER}/offri-arendal.samskap`;
const LIBRARY_URI = `${FOLDER}/library/norway.samskap`;

let client: ProtocolConnection;
let extended = 0;
const published = new Map<string, Diagnostic[]>();
const waiters: Array<() => void> = [];

async function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
    for (;;) {
        const current = published.get(uri);
        if (current) {
            return current;
        }
        await new Promise<void>(resolve => waiters.push(resolve));
    }
}

async function open(uri: string, text: string): Promise<void> {
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'samskap', version: 1, text } });
}

beforeAll(async () => {
    const channel = new MessageChannel();
    startBrowserServer(createConnection(new PortMessageReader(channel.port1), new PortMessageWriter(channel.port1)), () => {
        extended++;
    });
    client = createProtocolConnection(new PortMessageReader(channel.port2), new PortMessageWriter(channel.port2));
    client.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, params.diagnostics);
        waiters.splice(0).forEach(wake => wake());
    });
    client.listen();
    await client.sendRequest(InitializeRequest.type, {
        processId: null, rootUri: FOLDER, workspaceFolders: [{ uri: FOLDER, name: 'cases' }], capabilities: {}
    });
    await client.sendNotification(InitializedNotification.type, {});
    await open(LIBRARY_URI, library);
    await open(MODEL_URI, example);
});

afterAll(() => client?.dispose());

describe('the language server of the web workers', () => {
    test('runs what its host adds (the playground\'s panels) once', () => {
        expect(extended).toBe(1);
    });

    test('links a model to the library opened beside it: no errors', async () => {
        expect((await diagnosticsOf(MODEL_URI)).filter(d => d.severity === 1)).toEqual([]);
    });

    test('reports an unknown name in a document no file system holds', async () => {
        const uri = 'untitled:Untitled-1';
        await open(uri, 'model Scratch "Scratch" {\n    actor a "A" is municipality\n    initiative by nobody\n}\n');
        const messages = (await diagnosticsOf(uri)).filter(d => d.severity === 1).map(d => d.message);
        expect(messages).toEqual([expect.stringContaining("'nobody'")]);
    });

    test('hovers an actor with its text', async () => {
        const offset = example.indexOf('actor arendal') + 'actor aren'.length;
        const before = example.slice(0, offset).split('\n');
        const hover = await client.sendRequest(HoverRequest.type, {
            textDocument: { uri: MODEL_URI }, position: { line: before.length - 1, character: before[before.length - 1].length }
        });
        expect((hover?.contents as MarkupContent).value).toContain('Arendal kommune');
    });

    test('draws the diagram of an open model and compares the open models', async () => {
        const diagram = await client.sendRequest<DiagramResult>(DIAGRAM_REQUEST, { uri: MODEL_URI, view: 'network' });
        expect(diagram.errors).toBeUndefined();
        expect(diagram.svg).toMatch(/^<svg[\s\S]*Arendal kommune/);
        const comparison = await client.sendRequest<CompareResult>(COMPARE_REQUEST, { uris: [MODEL_URI] });
        expect(comparison.csv).toContain('Med hjerte for Arendal');
    });

    test('drops a malformed notification and keeps serving', async () => {
        const broken = `${FOLDER}/broken.samskap`;
        await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: broken, languageId: 'samskap', version: 1, text: null } } as never);
        // Opened after it, checked in the same build or a later one: had the malformed document been taken, it would have its diagnostics by then.
        const next = `${FOLDER}/next.samskap`;
        await open(next, 'model Next "Next" {\n    actor a "A" is municipality\n}\n');
        await diagnosticsOf(next);
        expect(published.has(broken)).toBe(false);
        const diagram = await client.sendRequest<DiagramResult>(DIAGRAM_REQUEST, { uri: next, view: 'network' });
        expect(diagram.svg).toContain('>A<');
    });
});
