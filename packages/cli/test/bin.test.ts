import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = path.join(repoRoot, 'packages/cli/bin/samskap.cjs');
const shebang = readFileSync(bin, 'utf8').split('\n')[0];
const nodeFlags = shebang.split(/\s+/).filter(word => word.startsWith('--'));

describe('the samskap bin', () => {
    test('starts Node through env -S with the garbage-collector flag for batch runs', () => {
        expect(shebang).toBe('#!/usr/bin/env -S node --max-semi-space-size=32');
    });

    test('Node accepts the flags and the bin runs a command with them', () => {
        const run = spawnSync(process.execPath, [...nodeFlags, bin, 'validate', path.join(repoRoot, 'examples/offri-arendal.samskap')], {
            encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000
        });
        expect(run.stderr).not.toContain('bad option');
        expect(run.status).toBe(0);
    });

    // Through the shebang itself, as a shell and npm's shims start it (env -S needs a POSIX env).
    test.skipIf(process.platform === 'win32')('runs as an executable file', () => {
        const run = spawnSync(bin, ['--version'], {
            encoding: 'utf8', env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` }, timeout: 60_000
        });
        expect(run.status).toBe(0);
        expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    });
});
