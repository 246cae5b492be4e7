/**
 * Edit-to-diagnostics latency through the real language server (the built `samskap lsp --stdio`),
 * as an editor sees it: time from sending a change to receiving its diagnostics.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, InitializeRequest,
    InitializedNotification, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    createProtocolConnection
} from 'vscode-languageserver-protocol/node';
import { actorsForLines, syntheticModel } from './synthetic-models.js';

/**
 * CPU time the server process has used so far, in ms (Linux /proc; undefined elsewhere). On a
 * shared machine wall-clock latency swings with other load; CPU per edit is the steadier figure.
 */
function cpuMsOf(pid: number | undefined): number | undefined {
    try {
        // Fields 14 and 15 (utime, stime) in clock ticks, after the parenthesised command name.
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
        return undefined;
    }
}

async function main(): Promise<void> {
    const [cli, linesArg, editsArg, ...nodeFlags] = process.argv.slice(2);
    const lineCount = Number(linesArg ?? 5000);
    const edits = Number(editsArg ?? 30);
    const workspace = mkdtempSync(path.join(tmpdir(), 'samskap-bench-lsp-'));
    const file = path.join(workspace, 'large.samskap');
    const text = syntheticModel('Large', actorsForLines(lineCount));
    writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();

    const server = spawn(process.execPath, [...nodeFlags, cli, 'lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    let waiting: (() => void) | undefined;
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        if (params.uri === uri && waiting) {
            const wake = waiting;
            waiting = undefined;
            wake();
        }
    });
    connection.listen();
    const nextDiagnostics = (): Promise<void> => new Promise(resolve => (waiting = resolve));

    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(workspace).toString(), capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    const openStart = performance.now();
    const first = nextDiagnostics();
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'samskap', version: 1, text } });
    await first;
    const openMs = performance.now() - openStart;

    // Keystrokes in the first actor's display name: every token after it shifts, the incremental
    // parse's slowest place. Sent as an editor sends them (the server asks for incremental sync):
    // the inserted character and its range, not the whole text.
    const lineOf = text.slice(0, text.indexOf('Aktør nr. 1 ')).split('\n');
    const line = lineOf.length - 1;
    const character = lineOf[line].length + 'Aktør nr. 1'.length;
    const cpuStart = cpuMsOf(server.pid);
    const latencies: number[] = [];
    for (let i = 0; i < edits; i++) {
        const at = { line, character: character + i };
        const received = nextDiagnostics();
        const start = performance.now();
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: i + 2 },
            contentChanges: [{ range: { start: at, end: at }, text: 'x' }]
        });
        await received;
        latencies.push(performance.now() - start);
    }
    const cpuEnd = cpuMsOf(server.pid);
    const cpuPerEditMs = cpuStart === undefined || cpuEnd === undefined ? undefined : (cpuEnd - cpuStart) / edits;
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    latencies.sort((a, b) => a - b);
    const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    process.stdout.write(`${JSON.stringify({ lines: text.split('\n').length - 1, openMs, edits, medianMs: at(0.5), p95Ms: at(0.95), cpuPerEditMs })}\n`);
}

main().catch(error => {
    process.stderr.write(`${String(error?.stack ?? error)}\n`);
    process.exitCode = 1;
});
