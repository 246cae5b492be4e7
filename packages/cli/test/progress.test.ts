import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { endProgress, progress, PROGRESS_AFTER_MS, setQuiet } from '../src/io/terminal.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'packages/cli/dist/cli.cjs');
const CLEAR = '\r\u001b[2K';

describe('the progress line', () => {
    let written: string[];
    let tty: boolean | undefined;

    beforeEach(() => {
        vi.useFakeTimers();
        written = [];
        tty = process.stderr.isTTY;
        vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
            written.push(String(chunk));
            return true;
        });
        setQuiet(false);
        endProgress();
        written.length = 0;
    });

    afterEach(() => {
        endProgress();
        (process.stderr as { isTTY?: boolean }).isTTY = tty;
        setQuiet(false);
        vi.restoreAllMocks();
        vi.useRealTimers();
    });

    test('on a terminal: nothing during the first second, then the latest step, each later step at once, and cleared at the end', () => {
        (process.stderr as { isTTY?: boolean }).isTTY = true;
        // The run's clock started when the module was loaded, moments ago.
        progress('samskap: read 500 files');
        progress('samskap: parsed 10/500 files');
        const early = written.join('');
        vi.advanceTimersByTime(PROGRESS_AFTER_MS);
        progress('samskap: parsed 300/500 files');
        endProgress();
        const lines = written.join('').split(CLEAR).filter(Boolean);
        // Either the run was already past a second when the test began (every step drawn), or the
        // first draw waited for the second to pass and showed the latest step then.
        if (early === '') {
            expect(lines).toEqual(['samskap: parsed 10/500 files', 'samskap: parsed 300/500 files']);
        } else {
            expect(lines).toEqual(['samskap: read 500 files', 'samskap: parsed 10/500 files', 'samskap: parsed 300/500 files']);
        }
        expect(written.at(-1)).toBe(CLEAR);
    });

    test('nothing when standard error is not a terminal, or with --quiet', () => {
        (process.stderr as { isTTY?: boolean }).isTTY = false;
        progress('samskap: parsed 1/2 files');
        vi.advanceTimersByTime(5 * PROGRESS_AFTER_MS);
        progress('samskap: parsed 2/2 files');
        endProgress();
        (process.stderr as { isTTY?: boolean }).isTTY = true;
        setQuiet(true);
        progress('samskap: parsed 1/2 files');
        vi.advanceTimersByTime(5 * PROGRESS_AFTER_MS);
        progress('samskap: parsed 2/2 files');
        endProgress();
        expect(written).toEqual([]);
    });

    test('a piped run of the CLI writes no progress line, and --quiet is accepted after the command', () => {
        const cache = mkdtempSync(path.join(tmpdir(), 'samskap-progress-'));
        for (const args of [['compare', 'examples', '--format', 'csv'], ['compare', 'examples', '--format', 'csv', '--quiet']]) {
            const run = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, SAMSKAP_CACHE_DIR: cache }, timeout: 60_000 });
            expect(run.status, run.stderr).toBe(0);
            expect(run.stderr).not.toContain('\u001b[');
            expect(run.stdout).toContain('key,label');
        }
    });
});
