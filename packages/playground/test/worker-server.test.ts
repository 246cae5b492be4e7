import { createHash as nodeCreateHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createConnection } from 'vscode-languageserver/node';
import {
    CodeActionRequest, CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentFormattingRequest, HoverRequest,
    InitializeRequest, InitializedNotification, PortMessageReader, PortMessageWriter, PublishDiagnosticsNotification, SemanticTokensRequest,
    createProtocolConnection, type CodeAction, type CompletionList, type Diagnostic, type MarkupContent, type ProtocolConnection,
    type PublishDiagnosticsParams, type SemanticTokensLegend, type TextEdit
} from 'vscode-languageserver-protocol/node';
import { DIAGRAM_REQUEST, type DiagramParams, type DiagramResult } from '../../cli/src/server/protocol.js';
import { PANELS_REQUEST, type PanelsParams, type PanelsResult } from '../src/protocol.js';
import { startPlaygroundServer } from '../src/worker/playground-server.js';
import { createHash } from '../src/worker/sha256-hash.js';

// The playground's language server as its page sees it: the module the web worker runs, with no
// file system, on a message channel (the worker's postMessage) instead of stdio. Every file comes
// from the "page" as an open document, a library included.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const example = readFileSync(path.join(root, 'examples/offri-arendal.samskap'), 'utf8');
const library = readFileSync(path.join(root, 'examples/library/norway.samskap'), 'utf8');
const MODEL_URI = 'file:///playground/offri-arendal.samskap';
const LIBRARY_URI = 'file:///playground/library/norway.samskap';

let client: ProtocolConnection;
let server: ReturnType<typeof startPlaygroundServer>;
let legend: SemanticTokensLegend | undefined;
let version = 1;
const published = new Map<string, PublishDiagnosticsParams>();
const waiters: Array<() => void> = [];

async function diagnosticsOf(uri: string, atVersion: number): Promise<Diagnostic[]> {
    for (;;) {
        const current = published.get(uri);
        if (current && current.version === atVersion) {
            return current.diagnostics;
        }
        await new Promise<void>(resolve => waiters.push(resolve));
    }
}

async function change(text: string): Promise<Diagnostic[]> {
    version++;
    await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: MODEL_URI, version }, contentChanges: [{ text }] });
    return diagnosticsOf(MODEL_URI, version);
}

const errors = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter(d => d.severity === 1);

/** Line and character just after the first `marker` in `text`. */
function after(text: string, marker: string): { line: number; character: number } {
    const offset = text.indexOf(marker) + marker.length;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The text after the edits (each addressed to the original text), as an editor applies them. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
    const lines = text.split('\n');
    const offset = (position: { line: number; character: number }): number =>
        lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
    return [...edits]
        .sort((a, b) => offset(b.range.start) - offset(a.range.start))
        .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

beforeAll(async () => {
    const channel = new MessageChannel();
    server = startPlaygroundServer(createConnection(new PortMessageReader(channel.port1), new PortMessageWriter(channel.port1)));
    client = createProtocolConnection(new PortMessageReader(channel.port2), new PortMessageWriter(channel.port2));
    client.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, params);
        waiters.splice(0).forEach(wake => wake());
    });
    client.listen();
    const initialized = await client.sendRequest(InitializeRequest.type, {
        processId: null, rootUri: 'file:///playground/', workspaceFolders: null,
        capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } }
    });
    legend = initialized.capabilities.semanticTokensProvider?.legend;
    await client.sendNotification(InitializedNotification.type, {});
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: LIBRARY_URI, languageId: 'samskap', version: 1, text: library } });
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: MODEL_URI, languageId: 'samskap', version, text: example } });
});

afterAll(() => client?.dispose());

describe('the playground language server (no file system, message channel)', () => {
    test('checks an example against the library the page opened beside it: no errors', async () => {
        expect(errors(await diagnosticsOf(MODEL_URI, 1))).toEqual([]);
    });

    test('reports a mistake and offers the quick fix that repairs it', async () => {
        const broken = example.replace(/^(model OffriArendal [^\n]*\n)/m, '$1    involvement ghost from delivery\n');
        const diagnostics = errors(await change(broken));
        expect(diagnostics.map(d => d.message)).toEqual([expect.stringContaining("No actor or body named 'ghost'")]);
        const actions = await client.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: MODEL_URI }, range: diagnostics[0].range, context: { diagnostics, only: ['quickfix'] }
        }) as CodeAction[];
        const declare = actions.find(action => action.title === "Declare actor 'ghost' as municipality");
        expect(declare?.edit?.changes?.[MODEL_URI]).toHaveLength(1);
        const repaired = applyEdits(broken, declare!.edit!.changes![MODEL_URI]);
        expect(repaired).toContain('actor ghost "ghost" is municipality');
        expect(errors(await change(repaired))).toEqual([]);
        await change(example);
    });

    test('completes a reference with the actors in scope, the library\'s included', async () => {
        const text = example.replace(/^(model OffriArendal [^\n]*\n)/m, '$1    involvement \n');
        await change(text);
        const completion = await client.sendRequest(CompletionRequest.type, { textDocument: { uri: MODEL_URI }, position: after(text, '    involvement ') }) as CompletionList;
        const labels = completion.items.map(item => item.label);
        expect(labels).toEqual(expect.arrayContaining(['arendal', 'norway.redcross']));
        await change(example);
    });

    test('hovers an actor with its computed role and the evidence behind it', async () => {
        const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri: MODEL_URI }, position: after(example, 'actor arenda') });
        const text = (hover?.contents as MarkupContent).value;
        expect(text).toContain('Arendal kommune');
        expect(text.toLowerCase()).toContain('public');
    });

    test('formats a file into the canonical layout', async () => {
        const messy = 'model  M "M" {\nactor a "A"   is municipality\n}\n';
        const uri = 'file:///playground/messy.samskap';
        await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'samskap', version: 1, text: messy } });
        await diagnosticsOf(uri, 1);
        const edits = await client.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }) as TextEdit[];
        expect(applyEdits(messy, edits)).toBe('model M "M" {\n    actor a "A" is municipality\n}\n');
    });

    test('formats the text the editor sent last, even while the build of the text before still holds the workspace', async () => {
        const uri = 'file:///playground/race.samskap';
        // The text before the change does not parse: formatting its tree would answer "no edits".
        const before = 'model R "R" {\n    actor a "A" is\n}\n';
        await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'samskap', version: 1, text: before } });
        await diagnosticsOf(uri, 1);
        // A build that has not let go of the workspace yet, as on a loaded machine: the change's rebuild queues behind it.
        let release = (): void => undefined;
        void server.shared.workspace.WorkspaceLock.write(() => new Promise<void>(resolve => {
            release = resolve;
        }));
        const messy = 'model  R "R" {\nactor a "A"   is municipality\n}\n';
        await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: messy }] });
        const formatting = client.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        // The server takes messages in order: once a request after it is answered, the formatting has begun.
        await expect(client.sendRequest('samskap/noSuchRequest', {})).rejects.toThrow();
        release();
        expect(applyEdits(messy, (await formatting) ?? [])).toBe('model R "R" {\n    actor a "A" is municipality\n}\n');
    });

    test('colours the text with semantic tokens of the advertised legend', async () => {
        expect(legend?.tokenTypes.length).toBeGreaterThan(0);
        const tokens = await client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: MODEL_URI } });
        expect(tokens?.data.length).toBeGreaterThan(0);
        expect(tokens!.data.length % 5).toBe(0);
    });

    test('draws the diagram with Graphviz-WASM and answers the panels: explanation, matrices, export', async () => {
        const diagram = await client.sendRequest<DiagramResult>(DIAGRAM_REQUEST, { uri: MODEL_URI, view: 'network', theme: 'light', language: 'nb' } satisfies DiagramParams);
        expect(diagram.errors).toBeUndefined();
        expect(diagram.svg).toMatch(/^<svg[\s\S]*Arendal kommune[\s\S]*<\/svg>\s*$/);
        const panels = await client.sendRequest<PanelsResult>(PANELS_REQUEST, { uri: MODEL_URI, language: 'nb' } satisfies PanelsParams);
        expect(panels.model).toBe('OffriArendal');
        expect(panels.explanation).toContain('Co-creation form:');
        expect(panels.decisionsHtml).toContain('<table');
        expect(panels.fundingHtml).toContain('<');
        const exported = JSON.parse(panels.exportJson) as { models: Array<{ model: { name: string }; classification: unknown }> };
        expect(exported.models.map(m => m.model.name)).toEqual(['OffriArendal']);
        expect(exported.models[0].classification).not.toBeNull();
        expect(panels.labels.views.network).not.toBe('network');
    });

    test('escapes model text in what the panels hand to the page as HTML', async () => {
        const hostile = example.replace('"Arendal kommune"', '"<img src=x onerror=alert(1)>"');
        await change(hostile);
        const panels = await client.sendRequest<PanelsResult>(PANELS_REQUEST, { uri: MODEL_URI } satisfies PanelsParams);
        expect(panels.decisionsHtml).not.toContain('<img');
        expect(panels.decisionsHtml).toContain('&lt;img');
        await change(example);
    });

    test('an actor library is no model and no error: nothing to draw, empty panels, no syntax errors', async () => {
        const diagram = await client.sendRequest<DiagramResult>(DIAGRAM_REQUEST, { uri: LIBRARY_URI, view: 'network' } satisfies DiagramParams);
        expect(diagram.svg).toBe('');
        expect(diagram.errors).toBeUndefined();
        const panels = await client.sendRequest<PanelsResult>(PANELS_REQUEST, { uri: LIBRARY_URI } satisfies PanelsParams);
        expect(panels.errors).toBeUndefined();
        expect(panels.models).toEqual([]);
        expect(panels.explanation).toBe('');
    });

    test('a document that does not parse gets its syntax errors, not empty panels', async () => {
        await change('model Broken "B" {\n    actor\n');
        const panels = await client.sendRequest<PanelsResult>(PANELS_REQUEST, { uri: MODEL_URI } satisfies PanelsParams);
        expect(panels.errors?.length).toBeGreaterThan(0);
        expect(panels.errors![0]).toMatch(/^\d+:\d+ /);
        await change(example);
    });
});

describe('the SHA-256 that stands in for node:crypto in the worker', () => {
    test.each(['', 'abc', 'æøå', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'y'.repeat(1000)])('agrees with Node for %#', input => {
        expect(createHash('sha256').update(input, 'utf8').digest('base64')).toBe(nodeCreateHash('sha256').update(input, 'utf8').digest('base64'));
        expect(createHash('sha256').update(input, 'utf8').digest('hex')).toBe(nodeCreateHash('sha256').update(input, 'utf8').digest('hex'));
    });
});
