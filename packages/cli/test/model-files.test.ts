import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { afterAll, describe, expect, test } from 'vitest';
import {
    DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, LogMessageNotification, ShowMessageRequest
} from 'vscode-languageserver-protocol/node';
import { ModelFileSystemProvider } from '../src/io/model-file-system.js';
import { decodeModelBytes, firstInvalidUtf8, MAX_MODEL_FILE_BYTES, readModelFile } from '../src/io/read-model.js';
import { startEditorSession } from './editor-session.js';

/** How model files are read from disk: by the CLI (read-model.ts) and by the language server (model-file-system.ts). */

const scratches: string[] = [];
const scratch = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'samskap-read-'));
    scratches.push(dir);
    return dir;
};
afterAll(() => scratches.forEach(dir => rmSync(dir, { recursive: true, force: true })));

/** mulberry32, seeded: the same byte strings on every run. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

describe('firstInvalidUtf8 agrees with TextDecoder (fatal)', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const decodes = (bytes: Uint8Array): boolean => {
        try {
            fatal.decode(bytes);
            return true;
        } catch {
            return false;
        }
    };

    test('on 20,000 seeded byte strings: valid text with bytes flipped, cut or inserted', () => {
        const next = random(15);
        const samples = ['Røde Kors', 'Æøå – “quoted” € 😀', 'plain ascii', '\uFEFFbom', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u0800\uFFFD'];
        for (let i = 0; i < 20_000; i++) {
            const bytes = Buffer.from(samples[i % samples.length].repeat(1 + Math.floor(next() * 3)), 'utf8');
            const edits = Math.floor(next() * 3);
            let mutated = Uint8Array.from(bytes);
            for (let e = 0; e < edits; e++) {
                const at = Math.floor(next() * (mutated.length + 1));
                const kind = next();
                if (kind < 0.4 && at < mutated.length) {
                    mutated[at] = Math.floor(next() * 256);
                } else if (kind < 0.7) {
                    mutated = mutated.subarray(0, at);
                } else {
                    mutated = Uint8Array.from([...mutated.subarray(0, at), Math.floor(next() * 256), ...mutated.subarray(at)]);
                }
            }
            const offset = firstInvalidUtf8(mutated);
            expect(offset === -1, `bytes ${Buffer.from(mutated).toString('hex')}`).toBe(decodes(mutated));
            if (offset >= 0) {
                // Everything before the reported byte is valid, and the reported byte starts no valid sequence.
                expect(decodes(mutated.subarray(0, offset)), `prefix of ${Buffer.from(mutated).toString('hex')}`).toBe(true);
            }
        }
    });

    test('the classic cases: overlong, surrogate, beyond U+10FFFF, cut off, lone continuation', () => {
        expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1);
        expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2);
        expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
        expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
        expect(firstInvalidUtf8(Buffer.from([0x80]))).toBe(0);
        expect(firstInvalidUtf8(Buffer.from('Røde Kors', 'utf8'))).toBe(-1);
    });
});

describe('readModelFile', () => {
    test('Latin-1: refused with the byte offset, line and bytes', () => {
        expect(decodeModelBytes(Buffer.from('// ok\nR\xf8de Kors', 'latin1'))).toEqual({
            reason: expect.stringContaining('is not valid UTF-8: byte offset 7 (line 2, byte 2 of the line: 0xF8 0x64 0x65 0x20)') as string
        });
    });

    test('UTF-16 and NUL bytes are named as such; a BOM stays in the text', () => {
        expect(decodeModelBytes(Buffer.from([0xff, 0xfe, 0x6d, 0x00]))).toEqual({ reason: expect.stringContaining('UTF-16') as string });
        expect(decodeModelBytes(Buffer.from([0x6d, 0x00]))).toEqual({ reason: expect.stringContaining('NUL bytes') as string });
        expect(decodeModelBytes(Buffer.from('\uFEFFmodel', 'utf8'))).toEqual({ text: '\uFEFFmodel' });
    });

    test('the size limit is 20 MB, and a smaller limit applies as given', () => {
        expect(MAX_MODEL_FILE_BYTES).toBe(20 * 1024 * 1024);
        const file = path.join(scratch(), 'a.samskap');
        writeFileSync(file, 'model M {}\n'.repeat(100));
        expect(readModelFile(file, 500)).toEqual({ reason: expect.stringContaining('is 1 kB, over the 500 bytes limit for one file') as string });
        expect(readModelFile(file)).toEqual({ text: 'model M {}\n'.repeat(100) });
    });

    test('files read one after another, small and large, each give their own text (the read buffer is shared)', () => {
        const dir = scratch();
        const texts = [
            'model A {}\n', 'model Bee "Ææ" {}\n'.repeat(40_000), 'model C {}\n', `// ${'ø'.repeat(700_000)}\nmodel D {}\n`, ''
        ];
        texts.forEach((text, index) => writeFileSync(path.join(dir, `${index}.samskap`), text));
        // Twice over, so that each file follows a larger and a smaller one.
        for (const round of [0, 1]) {
            texts.forEach((text, index) => expect(readModelFile(path.join(dir, `${index}.samskap`)), `file ${index}, round ${round}`).toEqual({ text }));
        }
        expect(readModelFile(path.join(dir, '1.samskap'), 1_000)).toEqual({ reason: expect.stringContaining('is 781 kB, over the 1000 bytes limit') as string });
        expect(readModelFile(path.join(dir, '0.samskap'))).toEqual({ text: texts[0] });
        // The digest the cache keys a file by: the SHA-256 of its bytes, which is that of its text.
        texts.forEach((text, index) => expect(readModelFile(path.join(dir, `${index}.samskap`), undefined, { digest: true }))
            .toEqual({ text, digest: createHash('sha256').update(text, 'utf8').digest('hex') }));
    });

    test.skipIf(process.platform === 'win32')('a folder, a FIFO, a device: refused without reading', () => {
        const dir = scratch();
        execFileSync('mkfifo', [path.join(dir, 'p.samskap')]);
        expect(readModelFile(dir)).toEqual({ reason: expect.stringContaining('is a folder, not a regular file') as string });
        expect(readModelFile(path.join(dir, 'p.samskap'))).toEqual({ reason: expect.stringContaining('is a named pipe (FIFO)') as string });
        expect(readModelFile('/dev/zero')).toEqual({ reason: expect.stringContaining('is a character device') as string });
        expect(readModelFile(path.join(dir, 'missing.samskap'))).toEqual({ reason: 'cannot be read (ENOENT)' });
    });
});

describe('the language server reads files from disk as the CLI does', () => {
    test('ModelFileSystemProvider: a Latin-1 file is loaded empty and reported with its byte offset', async () => {
        const dir = scratch();
        const bad = path.join(dir, 'bad.samskap');
        writeFileSync(bad, Buffer.from('model M "R\xf8de" {}\n', 'latin1'));
        const refused: string[] = [];
        const provider = new ModelFileSystemProvider((file, reason) => refused.push(`${file}: ${reason}`));
        expect(await provider.readFile(URI.file(bad))).toBe('');
        expect(refused).toEqual([expect.stringContaining(`${bad}: is not valid UTF-8: byte offset 10`)]);
        const good = path.join(dir, 'good.samskap');
        writeFileSync(good, 'model M "Røde" {}\n');
        expect(provider.readFileSync(URI.file(good))).toBe('model M "Røde" {}\n');
    });

    test('samskap lsp: a workspace with a Latin-1 file tells the editor which file and byte, and keeps serving the rest', async () => {
        const workspace = scratch();
        writeFileSync(path.join(workspace, 'latin1.samskap'), Buffer.from('model Hjelp "R\xf8de Kors" {\n    country NO\n}\n', 'latin1'));
        const good = path.join(workspace, 'good.samskap');
        const text = 'model Good "Good" {\n    country NO\n    actor k "Kommune" is municipality\n    actor k "Twice" is municipality\n}\n';
        writeFileSync(good, text);
        const session = startEditorSession(workspace);
        try {
            const warnings: string[] = [];
            let wake: () => void = () => undefined;
            const warned = new Promise<void>(resolve => (wake = resolve));
            const note = (message: string): void => {
                warnings.push(message);
                if (message.includes('latin1.samskap') && message.includes('byte offset 14')) {
                    wake();
                }
            };
            session.connection.onNotification(LogMessageNotification.type, params => note(params.message));
            session.connection.onRequest(ShowMessageRequest.type, params => {
                note(params.message);
                return null;
            });
            await session.connection.sendRequest(InitializeRequest.type, {
                processId: process.pid, rootUri: pathToFileURL(workspace).toString(), capabilities: {},
                workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'w' }]
            });
            await session.connection.sendNotification(InitializedNotification.type, {});
            await warned;
            expect(warnings.join('\n')).toContain('is not valid UTF-8: byte offset 14 (line 1');
            const uri = pathToFileURL(good).toString();
            await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'samskap', version: 1, text } });
            const published = await session.waitForDiagnostics(uri, params => params.diagnostics.length > 0);
            expect(published.diagnostics.some(diagnostic => diagnostic.severity === 1)).toBe(true);
            expect(session.server.exitCode).toBeNull();
        } finally {
            session.server.kill();
        }
    });
});
