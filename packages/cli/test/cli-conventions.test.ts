import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { unifiedDiff } from '../src/io/unified-diff.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'packages/cli/dist/cli.cjs');
const arendal = path.join(repoRoot, 'examples/offri-arendal.samskap');

interface Run {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

function samskap(args: readonly string[], cwd: string): Run {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'samskap-conventions-'));

function noStackTrace(run: Run): void {
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain('internal error');
}

describe('what a command expects, said instead of a stack trace', () => {
    test('a file that is not a .samskap model is refused by name', () => {
        const dir = scratch();
        writeFileSync(path.join(dir, 'notes.txt'), 'some notes\n');
        const run = samskap(['validate', 'notes.txt'], dir);
        noStackTrace(run);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('samskap: notes.txt: not a Samskap model (models are .samskap files); name .samskap files or folders holding them\n');
    });

    test('diagram of a folder says it draws one model and which commands take folders', () => {
        const dir = scratch();
        writeFileSync(path.join(dir, 'a.samskap'), readFileSync(arendal, 'utf8'));
        const run = samskap(['diagram', '.'], dir);
        noStackTrace(run);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('. is a folder: `samskap diagram` works on one model, so name one .samskap file; `samskap compare` and `samskap docs` take folders');
    });

    test('diagram of a library file says it is a library, not a model', () => {
        const run = samskap(['diagram', 'examples/library/norway.samskap'], repoRoot);
        noStackTrace(run);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('examples/library/norway.samskap declares the actor library `norway`, not a model: name a case file');
    });
});

describe('counts and where output went', () => {
    test('a named file that cannot be read is counted as such, not as a checked file', () => {
        const dir = scratch();
        writeFileSync(path.join(dir, 'binary.samskap'), Buffer.from([0, 1, 2, 3]));
        const run = samskap(['validate', 'binary.samskap'], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('0 files checked, 1 could not be read: 1 error, 0 warnings, 0 notes');
    });

    test('every command writing with -o says what it wrote where', () => {
        const dir = scratch();
        const cases: Array<[string[], string]> = [
            [['diagram', arendal, '--view', 'funding', '--format', 'dot', '-o', 'f.dot'], 'samskap: wrote the funding diagram of OffriArendal (DOT) to f.dot'],
            [['matrix', arendal, '--kind', 'funding', '-o', 'm.md'], 'samskap: wrote the funding matrix of OffriArendal to m.md'],
            [['export', arendal, '-o', 'e.json'], 'samskap: wrote 1 model as JSON to e.json'],
            [['compare', arendal, '--format', 'csv', '-o', 'c.csv'], 'samskap: wrote the comparison of 1 model to c.csv']
        ];
        for (const [args, said] of cases) {
            const run = samskap(args, dir);
            expect(run.code, run.stderr).toBe(0);
            expect(run.stderr).toContain(said);
            expect(run.stdout).toBe('');
        }
    });
});

/** Applies a unified diff to a text, as `patch` does (hunks in order, context checked). */
function applyDiff(before: string, diff: string): string {
    const lines = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    const out: string[] = [];
    let at = 0;
    const diffLines = diff.split('\n');
    for (let i = 2; i < diffLines.length; i++) {
        const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(diffLines[i]);
        if (!header) continue;
        const count = header[2] === undefined ? 1 : Number(header[2]);
        const start = count === 0 ? Number(header[1]) : Number(header[1]) - 1;
        while (at < start) out.push(lines[at++]);
        for (i++; i < diffLines.length && !diffLines[i].startsWith('@@'); i++) {
            const line = diffLines[i];
            if (line === '' && i === diffLines.length - 1) break;
            const noNewline = diffLines[i + 1] === '\\ No newline at end of file';
            const text = line.slice(1) + (noNewline ? '' : '\n');
            if (line.startsWith(' ') || line.startsWith('-')) {
                expect(lines[at]).toBe(text);
                at++;
            }
            if (line.startsWith(' ') || line.startsWith('+')) out.push(text);
            if (noNewline) i++;
        }
        i--;
    }
    while (at < lines.length) out.push(lines[at++]);
    return out.join('');
}

describe('format --check --diff', () => {
    test('prints a unified diff that turns the file into its formatted text, and changes nothing', () => {
        const dir = scratch();
        const messy = 'model M "M" {\n  country NO\n   actor a "A" is municipality\n\n\n\n  decision d { decide a }\n}';
        writeFileSync(path.join(dir, 'm.samskap'), messy);
        const run = samskap(['format', '--check', '--diff', 'm.samskap'], dir);
        expect(run.code).toBe(1);
        expect(run.stdout.startsWith('--- a/m.samskap\n+++ b/m.samskap\n@@ -1,')).toBe(true);
        expect(readFileSync(path.join(dir, 'm.samskap'), 'utf8')).toBe(messy);
        expect(samskap(['format', 'm.samskap'], dir).code).toBe(0);
        expect(applyDiff(messy, run.stdout)).toBe(readFileSync(path.join(dir, 'm.samskap'), 'utf8'));
    });

    test('--diff without --check is refused', () => {
        const run = samskap(['format', '--diff', arendal], repoRoot);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('use `samskap format --check --diff`');
    });

    test('the diff is right for scattered, dense and whole-file changes, with and without final newlines', () => {
        let seed = 7;
        const random = (): number => {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            return seed / 2147483648;
        };
        for (let round = 0; round < 200; round++) {
            const size = Math.floor(random() * 40);
            const before = Array.from({ length: size }, () => `line ${Math.floor(random() * 8)}\n`);
            const after = before.flatMap(line => {
                const roll = random();
                if (roll < 0.15) return [];
                if (roll < 0.3) return [`new ${Math.floor(random() * 8)}\n`, line];
                if (roll < 0.4) return [`changed ${line}`];
                return [line];
            });
            const trim = (lines: string[]): string => (random() < 0.3 ? lines.join('').replace(/\n$/, '') : lines.join(''));
            const a = trim(before);
            const b = trim(after);
            expect(applyDiff(a, unifiedDiff(a, b, 'a/x', 'b/x')), `round ${round}`).toBe(b);
        }
        const big = Array.from({ length: 6_000 }, (_, i) => `line ${i}\n`).join('');
        const reindented = big.replace(/^/gm, '  ');
        expect(applyDiff(big, unifiedDiff(big, reindented, 'a/x', 'b/x'))).toBe(reindented);
        expect(unifiedDiff(big, big, 'a/x', 'b/x')).toBe('');
    });
});

describe('format writes', () => {
    test('format of a folder of projects formats each file once', () => {
        const dir = scratch();
        mkdirSync(path.join(dir, 'p'));
        writeFileSync(path.join(dir, 'p/samskap.json'), '{}');
        writeFileSync(path.join(dir, 'p/a.samskap'), 'model A "A" {\n  country NO\n}\n');
        const run = samskap(['format', '.'], dir);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toBe(`${path.join('p', 'a.samskap')}: formatted\n`);
    });
});
