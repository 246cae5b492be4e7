import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LangiumDocument } from 'langium';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    DidOpenTextDocumentNotification, DocumentSymbolRequest, InitializedNotification, InitializeRequest, type LogMessageParams
} from 'vscode-languageserver-protocol/node';
import { guardTerminal, terminalSafe, unguardTerminal } from '../src/io/terminal.js';
import { collectFindings } from '../src/commands/validate.js';
import type { LoadedWorkspace } from '../src/workspace/load-workspace.js';
import { startEditorSession, type EditorSession } from './editor-session.js';

// Issue 15: model text never drives the terminal, no number of findings overflows the stack,
// and no message ends the language server.

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli.cjs');
const ESC = '\u001b';
const BEL = '\u0007';

describe('terminal output', () => {
    test('control characters are stripped; line feeds and tabs stay', () => {
        expect(terminalSafe(`Title${ESC}]0;pwned${BEL}${ESC}[2J${ESC}[31m\r\b\u009b1m\u202eok`)).toBe('Title]0;pwned[2J[31m1mok');
        expect(terminalSafe('a\tb\nc')).toBe('a\tb\nc');
        expect(terminalSafe('Røde Kors – «Øst»')).toBe('Røde Kors – «Øst»');
    });

    test('Samskap\'s own colours and progress line clearing pass; the same sequences in the middle of text do not clear a line', () => {
        expect(terminalSafe(`${ESC}[31merror${ESC}[0m x`, true)).toBe(`${ESC}[31merror${ESC}[0m x`);
        expect(terminalSafe(`\r${ESC}[2K3 of 9`, true)).toBe(`\r${ESC}[2K3 of 9`);
        expect(terminalSafe(`evil\r${ESC}[2Kok.samskap:1:1 info all good`, true)).toBe('evil[2Kok.samskap:1:1 info all good');
        expect(terminalSafe(`${ESC}[8mhidden`, true)).toBe('[8mhidden');
    });

    test('the guard strips what goes to a terminal and leaves pipes and files byte for byte', () => {
        const written: unknown[] = [];
        const stream = { isTTY: true, write: (chunk: unknown) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
        guardTerminal([stream]);
        try {
            stream.write(`a${ESC}]0;t${BEL}b\n`);
            stream.write(Buffer.from(`c${ESC}[2Jd`));
            (stream as { isTTY: boolean }).isTTY = false;
            stream.write(`e${ESC}f`);
        } finally {
            unguardTerminal();
        }
        expect(written).toEqual(['a]0;tb\n', 'c[2Jd', `e${ESC}f`]);
    });

    test.skipIf(spawnSync('script', ['--version']).status !== 0)('`samskap validate` in a terminal prints a title holding escape sequences inert', () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'samskap-tty-'));
        writeFileSync(path.join(folder, 'esc.samskap'), `model t "T" {\n    actor a "Title${ESC}]0;pwned${BEL}${ESC}[2J" is municipality\n}\n`);
        // `script` gives the CLI a terminal as standard output, as a person's shell does.
        const run = spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" validate esc.samskap`, '/dev/null'], { cwd: folder, encoding: 'utf8' });
        expect(run.stdout).toContain('Title]0;pwned[2J is declared');
        expect(run.stdout).not.toContain(`${ESC}]`);
        expect(run.stdout).not.toContain(BEL);
        expect(run.stdout).not.toContain(`${ESC}[2J`);
    });
});

describe('many findings', () => {
    test('150,000 findings of one file are collected, sorted and none lost', () => {
        const many = 150_000;
        const diagnostics = Array.from({ length: many }, (_, i) => ({
            severity: 2, message: `finding ${i}`, range: { start: { line: many - i, character: 0 }, end: { line: many - i, character: 1 } }
        }));
        const workspace = {
            files: [{ path: path.join(process.cwd(), 'many.samskap'), document: { diagnostics } as unknown as LangiumDocument }],
            projects: [],
            unreadable: []
        } as unknown as LoadedWorkspace;
        const findings = collectFindings(workspace);
        expect(findings).toHaveLength(many);
        expect(findings[0].message).toBe(`finding ${many - 1}`);
    });
});

describe('the language server and malformed messages (samskap lsp --stdio)', () => {
    let session: EditorSession;
    let workspace: string;
    const logged: string[] = [];

    beforeAll(async () => {
        workspace = mkdtempSync(path.join(tmpdir(), 'samskap-malformed-'));
        session = startEditorSession(workspace);
        session.connection.onNotification('window/logMessage', (params: LogMessageParams) => {
            logged.push(params.message);
        });
        await session.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: pathToFileURL(workspace).toString(), capabilities: {},
            workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'cases' }]
        });
        await session.connection.sendNotification(InitializedNotification.type, {});
    });

    afterAll(() => {
        session?.server.kill();
    });

    test('didOpen with a number as uri, null or a number as text, and other broken notifications: the server keeps answering', async () => {
        const uri = (name: string): string => pathToFileURL(path.join(workspace, name)).toString();
        const malformed: Array<[string, unknown]> = [
            ['textDocument/didOpen', { textDocument: { uri: 42, languageId: 'samskap', version: 1, text: 'model a "A" {}' } }],
            ['textDocument/didOpen', { textDocument: { uri: uri('null.samskap'), languageId: 'samskap', version: 1, text: null } }],
            ['textDocument/didOpen', { textDocument: { uri: uri('number.samskap'), languageId: 'samskap', version: 1, text: 7 } }],
            ['textDocument/didOpen', { textDocument: null }],
            ['textDocument/didOpen', null],
            ['textDocument/didChange', { textDocument: { uri: 5 }, contentChanges: 'x' }],
            ['textDocument/didChange', { textDocument: { uri: uri('null.samskap'), version: 2 }, contentChanges: [{ text: null }] }],
            ['textDocument/didChange', { textDocument: { uri: uri('null.samskap'), version: 2 }, contentChanges: [{ range: { start: 'a' }, text: 'x' }] }],
            ['textDocument/didClose', { textDocument: { uri: {} } }],
            ['textDocument/didSave', { textDocument: { uri: uri('null.samskap') }, text: 3 }],
            ['workspace/didChangeWatchedFiles', { changes: [{ uri: 7, type: 1 }] }],
            ['workspace/didChangeWatchedFiles', { changes: null }]
        ];
        for (const [method, params] of malformed) {
            await session.connection.sendNotification(method, params);
        }
        const good = uri('good.samskap');
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: good, languageId: 'samskap', version: 1, text: 'model good "Good" {\n    actor a "A" is municipality\n}\n' }
        });
        const exited = new Promise<never>((_, reject) => session.server.once('exit', code => reject(new Error(`the server exited with code ${code}`))));
        const published = await Promise.race([session.waitForDiagnostics(good, () => true), exited]);
        expect(published.diagnostics.filter(d => d.severity === 1)).toEqual([]);
        const symbols = await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: good } });
        expect(JSON.stringify(symbols)).toContain('good');
        expect(session.server.exitCode).toBeNull();
        expect(logged.filter(message => message.startsWith('Samskap ignored a malformed')).length).toBe(malformed.length);
        expect(logged.find(message => message.includes('textDocument.text'))).toBe('Samskap ignored a malformed textDocument/didOpen message: `textDocument.text` is not a string.');
    });
});
