import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest, HoverRequest,
    InitializedNotification, InitializeRequest, LogMessageNotification, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter,
    createProtocolConnection, type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol/node';
import { HOSTILE, loadCorpus } from '../fuzz/mutate.js';
import { Random } from '../fuzz/random.js';

/**
 * The language server's soak test, shared by packages/cli/test/lsp-soak.test.ts and `npm run
 * soak`: `samskap lsp --stdio` (the built CLI, with its bin's Node flags) on a workspace of
 * `files` model files, `edits` random edits (didChange, mostly incremental, as an editor sends
 * them) to the open ones, a malformed message after about every fifth edit, and a request
 * (document symbols or hover) after about every tenth, each of which must be answered. The
 * server's resident memory is read from /proc/<pid>/status.
 */

const ROOT = resolve(import.meta.dirname ?? __dirname, '../..');

export interface SoakOptions {
    readonly seed: number;
    readonly files: number;
    readonly edits: number;
    /** How many of the files are open in the "editor" (edits go to them). */
    readonly open?: number;
    /** Edits after which the resident memory counts as warmed up. */
    readonly warmUpEdits?: number;
    /** A request not answered within this time fails the run. */
    readonly answerTimeoutMs?: number;
    /** Pause between edits (an editor sends a change per keystroke, not a flood). */
    readonly editDelayMs?: number;
    readonly onProgress?: (line: string) => void;
}

export interface SoakReport {
    readonly files: number;
    readonly edits: number;
    readonly malformed: number;
    readonly requests: number;
    /** Requests answered with a result (for the malformed ones: with a result or an error). */
    readonly answered: number;
    readonly unanswered: readonly string[];
    /** Resident memory (KiB): after start-up and the first build, after warm-up, the peak, at the end. */
    readonly rssStartKiB: number;
    readonly rssWarmKiB: number;
    readonly rssPeakKiB: number;
    readonly rssEndKiB: number;
    /** Median and slowest answer to the well-formed requests (ms). */
    readonly answerMedianMs: number;
    readonly answerMaxMs: number;
    readonly diagnosticsPublished: number;
    /** Messages the server logged about failures it survived (uncaught exceptions and the like). */
    readonly failuresLogged: readonly string[];
    /** Malformed messages the server logged as ignored. */
    readonly ignoredLogged: number;
    /** null while the server runs: it must never exit on its own. */
    readonly exitCode: number | null;
    readonly elapsedMs: number;
}

function rssKiB(pid: number): number {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function binFlags(): string[] {
    const bin = readFileSync(join(ROOT, 'packages/cli/bin/samskap.cjs'), 'utf8');
    return bin.split('\n')[0].split(/\s+/).filter(word => word.startsWith('--'));
}

/** A JSON-RPC frame as the transport carries it. */
function frame(body: string): string {
    return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

interface Malformed {
    readonly kind: 'notification' | 'request' | 'raw';
    readonly method?: string;
    readonly params?: unknown;
    readonly body?: string;
}

/** Messages no editor should send: wrong types, missing fields, unknown documents and methods, bodies that are not JSON-RPC. */
function malformedMessages(uri: (name: string) => string, known: string): Malformed[] {
    const n = (method: string, params: unknown): Malformed => ({ kind: 'notification', method, params });
    const r = (method: string, params: unknown): Malformed => ({ kind: 'request', method, params });
    const raw = (body: string): Malformed => ({ kind: 'raw', body });
    return [
        n('textDocument/didOpen', { textDocument: { uri: 42, languageId: 'samskap', version: 1, text: 'model a "A" {}' } }),
        n('textDocument/didOpen', { textDocument: { uri: uri('null.samskap'), languageId: 'samskap', version: 1, text: null } }),
        n('textDocument/didOpen', { textDocument: { uri: uri('number.samskap'), languageId: 'samskap', version: 1, text: 7 } }),
        n('textDocument/didOpen', { textDocument: { uri: uri('v.samskap'), languageId: 'samskap', version: 'one', text: 'model v "V" {}' } }),
        n('textDocument/didOpen', { textDocument: null }),
        n('textDocument/didOpen', null),
        n('textDocument/didChange', { textDocument: { uri: 5 }, contentChanges: 'x' }),
        n('textDocument/didChange', { textDocument: { uri: known, version: 2 }, contentChanges: [{ text: null }] }),
        n('textDocument/didChange', { textDocument: { uri: known, version: 2 }, contentChanges: [{ range: { start: 'a' }, text: 'x' }] }),
        n('textDocument/didChange', { textDocument: { uri: known, version: 2 }, contentChanges: [{ range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] }),
        n('textDocument/didChange', { textDocument: { uri: uri('never-opened.samskap'), version: 9 }, contentChanges: [{ text: 'model x "X" {}' }] }),
        n('textDocument/didChange', { textDocument: { uri: known }, contentChanges: null }),
        n('textDocument/didClose', { textDocument: { uri: {} } }),
        n('textDocument/didClose', { textDocument: { uri: uri('never-opened.samskap') } }),
        n('textDocument/didSave', { textDocument: { uri: known }, text: 3 }),
        n('textDocument/willSave', { textDocument: { uri: known }, reason: 'now' }),
        n('workspace/didChangeWatchedFiles', { changes: [{ uri: 7, type: 1 }] }),
        n('workspace/didChangeWatchedFiles', { changes: null }),
        n('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('does-not-exist.samskap'), type: 1 }] }),
        n('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('does-not-exist.samskap'), type: 99 }] }),
        n('workspace/didChangeConfiguration', { settings: null }),
        n('workspace/didChangeConfiguration', { settings: { samskap: 5 } }),
        n('workspace/didChangeConfiguration', { settings: { samskap: { rules: 'x', displayLanguage: 7, governance: { sizeThreshold: 'big' } } } }),
        n('$/nonsense', { anything: [1, 2, 3] }),
        n('$/cancelRequest', { id: 'no such request' }),
        r('textDocument/hover', { textDocument: { uri: known }, position: { line: -1, character: 'x' } }),
        r('textDocument/hover', { textDocument: { uri: known }, position: { line: 1e9, character: 1e9 } }),
        r('textDocument/hover', { textDocument: { uri: uri('never-opened.samskap') }, position: { line: 0, character: 0 } }),
        r('textDocument/documentSymbol', { textDocument: null }),
        r('textDocument/documentSymbol', { textDocument: { uri: 12 } }),
        r('textDocument/completion', { textDocument: { uri: known }, position: { line: '0', character: '0' } }),
        r('textDocument/definition', { textDocument: { uri: known }, position: null }),
        r('textDocument/formatting', { textDocument: { uri: known }, options: null }),
        r('textDocument/semanticTokens/full', { textDocument: { uri: 'not a uri' } }),
        r('samskap/diagram', { uri: 42, view: 'nonsense', theme: 7 }),
        r('samskap/diagram', { uri: uri('never-opened.samskap') }),
        r('samskap/compare', { uris: null }),
        r('samskap/compare', { uris: ['not a uri', 5] }),
        r('samskap/documentation', { uris: 'everything' }),
        r('samskap/nonsense', {}),
        raw('not json at all'),
        raw('{"jsonrpc":"2.0"}'),
        raw('[]'),
        raw('{"jsonrpc":"2.0","method":5}'),
        raw('{"jsonrpc":"2.0","id":{},"method":"textDocument/hover"}'),
        raw('{"jsonrpc":"2.0","id":null,"result":{}}'),
        raw('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":"\\u0000"}')
    ];
}

/** The workspace: the example libraries once, then the corpus's models (each renamed, so that they are distinct) up to `count` files. */
function writeWorkspace(folder: string, count: number): string[] {
    const corpus = loadCorpus(ROOT);
    const models = corpus.files.filter(file => !file.name.includes('fixtures/invalid') && !corpus.libraries.includes(file));
    const texts = [
        ...corpus.libraries.map(library => library.text),
        ...Array.from({ length: Math.max(0, count - corpus.libraries.length) }, (_, i) =>
            models[i % models.length].text.replace(/\bmodel\s+(\w+)/g, (_match, name: string) => `model ${name}_${i}`))
    ].slice(0, count);
    return texts.map((text, i) => {
        const name = `m${String(i).padStart(3, '0')}.samskap`;
        writeFileSync(join(folder, name), text);
        return name;
    });
}

/**
 * The client's messages go through here to the server, whole frames only, so that a raw frame
 * (a body that is not JSON-RPC) can go in between two of them and never inside one.
 */
function frameForwarder(target: NodeJS.WritableStream): PassThrough {
    const through = new PassThrough();
    let pending = Buffer.alloc(0);
    through.on('data', (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        for (;;) {
            const headerEnd = pending.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(pending.subarray(0, headerEnd).toString('ascii'))?.[1]);
            const end = headerEnd + 4 + length;
            if (pending.length < end) return;
            target.write(pending.subarray(0, end));
            pending = pending.subarray(end);
        }
    });
    return through;
}

/** One random edit of `document`, as an editor sends it: mostly a small incremental change. */
function randomEdit(rng: Random, document: TextDocument): TextDocumentContentChangeEvent {
    const text = document.getText();
    const at = rng.int(text.length + 1);
    const position = document.positionAt(at);
    const kind = rng.weighted<string>([[30, 'type'], [15, 'delete'], [10, 'paste'], [10, 'line'], [6, 'hostile'], [4, 'undo-like'], [2, 'full']]);
    switch (kind) {
        case 'type':
            return { range: { start: position, end: position }, text: rng.pick(['a', 'e', ' ', '\n', '"', '{', '}', 'x', '_', '1', '.', ',', 'ø']) };
        case 'delete': {
            const end = document.positionAt(Math.min(text.length, at + rng.between(1, 40)));
            return { range: { start: position, end }, text: '' };
        }
        case 'paste': {
            const from = rng.int(text.length + 1);
            return { range: { start: position, end: position }, text: text.slice(from, from + rng.between(1, 300)) };
        }
        case 'line': {
            const line = position.line;
            return {
                range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
                text: rng.pick(['', '    actor extra "Extra" is association\n', '    decision d9 { decide extra }\n', '}\n', 'model z "Z" {\n'])
            };
        }
        case 'hostile':
            return { range: { start: position, end: position }, text: rng.pick(HOSTILE) };
        case 'undo-like':
            return { range: { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, text };
        default:
            return { text: rng.chance(0.5) ? text.slice(0, at) : `${text}\n${text.slice(0, at)}` };
    }
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
    const rng = new Random(options.seed);
    const folder = mkdtempSync(join(tmpdir(), 'samskap-soak-'));
    const names = writeWorkspace(folder, options.files);
    const uri = (name: string): string => pathToFileURL(join(folder, name)).toString();
    const server = spawn(process.execPath, [...binFlags(), join(ROOT, 'packages/cli/bin/samskap.cjs'), 'lsp', '--stdio'], { cwd: folder });
    const pid = server.pid!;
    let exitCode: number | null = null;
    server.on('exit', code => {
        exitCode = code ?? -1;
    });
    const stderr: string[] = [];
    server.stderr.on('data', chunk => stderr.push(String(chunk)));
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(frameForwarder(server.stdin)));
    const failuresLogged: string[] = [];
    let ignoredLogged = 0;
    let diagnosticsPublished = 0;
    connection.onNotification(LogMessageNotification.type, params => {
        if (params.message.startsWith('Samskap ignored a malformed')) ignoredLogged++;
        else if (/uncaught exception|unhandled rejection|keeps running/i.test(params.message)) failuresLogged.push(params.message.slice(0, 2_000));
    });
    connection.onNotification(PublishDiagnosticsNotification.type, () => {
        diagnosticsPublished++;
    });
    // Requests the server may send an editor: answered with nothing.
    connection.onRequest('workspace/configuration', () => []);
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const started = Date.now();
    const answerTimeoutMs = options.answerTimeoutMs ?? 30_000;
    const unanswered: string[] = [];
    const answerTimes: number[] = [];
    let requests = 0;
    let answered = 0;
    let rssPeakKiB = 0;
    const sample = (): number => {
        const rss = exitCode === null ? rssKiB(pid) : 0;
        rssPeakKiB = Math.max(rssPeakKiB, rss);
        return rss;
    };
    const sampler = setInterval(sample, 250);

    /** Sends a request and waits for its answer (an error answer counts when `errorIsAnswer`). */
    const ask = async (what: string, method: string, params: unknown, errorIsAnswer: boolean): Promise<void> => {
        requests++;
        const start = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>(resolveTimeout => {
            timer = setTimeout(() => resolveTimeout('timeout'), answerTimeoutMs);
        });
        const answer = connection.sendRequest(method, params).then(() => 'ok' as const, (error: unknown) => errorIsAnswer ? 'ok' as const : `error: ${String(error)}`);
        const outcome = await Promise.race([answer, timeout]);
        clearTimeout(timer);
        if (outcome === 'ok') {
            answered++;
            if (!errorIsAnswer) answerTimes.push(performance.now() - start);
        } else {
            unanswered.push(`${what}: ${outcome}`);
        }
    };

    try {
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: pathToFileURL(folder).toString(), capabilities: {},
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'soak' }]
        });
        await connection.sendNotification(InitializedNotification.type, {});
        const openCount = Math.min(options.open ?? 20, names.length);
        const open = new Map<string, TextDocument>();
        for (const name of names.slice(0, openCount)) {
            const document = TextDocument.create(uri(name), 'samskap', 1, readFileSync(join(folder, name), 'utf8'));
            open.set(name, document);
            await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: document.uri, languageId: 'samskap', version: 1, text: document.getText() } });
        }
        // The workspace is built (all files) before the first answer.
        await ask('first document symbols', DocumentSymbolRequest.method, { textDocument: { uri: uri(names[0]) } }, false);
        const rssStartKiB = sample();
        let rssWarmKiB = rssStartKiB;
        const malformed = malformedMessages(uri, uri(names[0]));
        let malformedSent = 0;
        const warmUp = options.warmUpEdits ?? Math.min(200, Math.floor(options.edits / 5));
        for (let edit = 0; edit < options.edits; edit++) {
            if (exitCode !== null) break;
            // Now and then another file is opened in place of one (closing it first).
            if (rng.chance(0.02) && names.length > openCount) {
                const closing = rng.pick([...open.keys()]);
                open.delete(closing);
                await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri(closing) } });
                const opening = rng.pick(names.filter(name => !open.has(name)));
                const document = TextDocument.create(uri(opening), 'samskap', 1, readFileSync(join(folder, opening), 'utf8'));
                open.set(opening, document);
                await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: document.uri, languageId: 'samskap', version: 1, text: document.getText() } });
            }
            const name = rng.pick([...open.keys()]);
            const document = open.get(name)!;
            const change = randomEdit(rng, document);
            const next = TextDocument.update(document, [change], document.version + 1);
            open.set(name, next);
            await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: next.uri, version: next.version }, contentChanges: [change] });
            if (rng.chance(0.2)) {
                const message = rng.pick(malformed);
                malformedSent++;
                if (message.kind === 'notification') await connection.sendNotification(message.method!, message.params);
                else if (message.kind === 'request') await ask(`malformed ${message.method}`, message.method!, message.params, true);
                else server.stdin.write(frame(message.body!));
            }
            if (rng.chance(0.1)) {
                const target = rng.pick([...open.values()]);
                if (rng.chance(0.5)) {
                    await ask(`document symbols after edit ${edit + 1}`, DocumentSymbolRequest.method, { textDocument: { uri: target.uri } }, false);
                } else {
                    const position = target.positionAt(rng.int(target.getText().length + 1));
                    await ask(`hover after edit ${edit + 1}`, HoverRequest.method, { textDocument: { uri: target.uri }, position }, false);
                }
            }
            if (options.editDelayMs) await new Promise(resolveDelay => setTimeout(resolveDelay, options.editDelayMs));
            if (edit + 1 === warmUp) {
                await ask('document symbols after warm-up', DocumentSymbolRequest.method, { textDocument: { uri: uri(names[0]) } }, false);
                rssWarmKiB = sample();
            }
            if ((edit + 1) % 100 === 0) {
                options.onProgress?.(`soak: ${edit + 1} edits, ${malformedSent} malformed, ${answered}/${requests} answered, ${(sample() / 1024).toFixed(0)} MiB resident`);
            }
        }
        // Every open file once more, after the last edit: the server caught up and still answers.
        for (const document of exitCode === null ? open.values() : []) {
            await ask(`document symbols at the end (${document.uri})`, DocumentSymbolRequest.method, { textDocument: { uri: document.uri } }, false);
        }
        const rssEndKiB = sample();
        answerTimes.sort((a, b) => a - b);
        return {
            files: names.length, edits: options.edits, malformed: malformedSent, requests, answered, unanswered, rssStartKiB, rssWarmKiB, rssPeakKiB, rssEndKiB,
            answerMedianMs: answerTimes[Math.floor(answerTimes.length / 2)] ?? 0, answerMaxMs: answerTimes[answerTimes.length - 1] ?? 0,
            diagnosticsPublished, failuresLogged: exitCode === null ? failuresLogged : [...failuresLogged, stderr.join('').slice(-4_000)], ignoredLogged, exitCode,
            elapsedMs: Date.now() - started
        };
    } finally {
        clearInterval(sampler);
        connection.dispose();
        server.kill();
        rmSync(folder, { recursive: true, force: true });
    }
}

/** The figures in a few lines. */
export function soakSummary(report: SoakReport): string {
    const mib = (kib: number): string => `${(kib / 1024).toFixed(0)} MiB`;
    return [
        `soak: ${report.files} files, ${report.edits} edits, ${report.malformed} malformed messages, in ${(report.elapsedMs / 1000).toFixed(1)} s`,
        `requests: ${report.answered} of ${report.requests} answered (median ${report.answerMedianMs.toFixed(0)} ms, slowest ${report.answerMaxMs.toFixed(0)} ms); ${report.diagnosticsPublished} diagnostics published; ${report.ignoredLogged} malformed messages logged as ignored`,
        `resident memory: ${mib(report.rssStartKiB)} after start-up, ${mib(report.rssWarmKiB)} after warm-up, ${mib(report.rssPeakKiB)} peak, ${mib(report.rssEndKiB)} at the end`,
        `server: ${report.exitCode === null ? 'still running' : `exited with code ${report.exitCode}`}; ${report.failuresLogged.length} failures logged`
    ].join('\n');
}
