import { execFileSync, spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
    chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync,
    truncateSync, unlinkSync, watch, writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * Files the CLI reads and writes, as a user's shell would run it (the built bundle): model
 * files that are not UTF-8 or not regular files, unreadable folders, and `-o` targets that are
 * devices, FIFOs, links or files with their own permissions; `format` and `docs` never lose what
 * the user had. The attack of issue 15 found each case; every test here failed before the fix.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'packages/cli/dist/cli.cjs');
const examples = path.join(repoRoot, 'examples');
const arendal = path.join(examples, 'offri-arendal.samskap');
const steinkjer = path.join(examples, 'offri-steinkjer.samskap');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const posix = process.platform !== 'win32';
const linux = process.platform === 'linux';

interface Run {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

function samskap(args: readonly string[], options: SpawnSyncOptions = {}): Run {
    const result = spawnSync(process.execPath, [cli, ...args], {
        cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000, ...options
    });
    return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Runs as an unprivileged user: root reads and writes through any permission bits. */
const unprivileged: SpawnSyncOptions = isRoot ? { uid: 65534, gid: 65534 } : {};

const scratches: string[] = [];
const scratch = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'samskap-files-'));
    // Other users (the unprivileged runs) may enter it.
    chmodSync(dir, 0o755);
    scratches.push(dir);
    return dir;
};
afterAll(() => scratches.forEach(dir => rmSync(dir, { recursive: true, force: true })));
const temporaries = (dir: string): string[] => readdirSync(dir).filter(name => name.endsWith('.tmp'));
const noStackTrace = (run: Run): void => expect(run.stderr).not.toMatch(/^\s+at /m);

const SIMPLE = 'model Simple "Enkel" {\n    country NO\n    actor k "Kommune" is municipality\n}\n';
const LATIN1 = Buffer.concat([Buffer.from('model Hjelp "R'), Buffer.from([0xf8]), Buffer.from('de Kors" {\n    country NO\n}\n')]);

describe('model files that are not UTF-8 are refused, with the file and the byte offset', { timeout: 120_000 }, () => {
    test('format leaves a Latin-1 file byte for byte as it was', () => {
        const dir = scratch();
        const file = path.join(dir, 'latin1.samskap');
        writeFileSync(file, LATIN1);
        const run = samskap(['format', file]);
        expect(run.code).toBe(2);
        expect(run.stdout).not.toContain('formatted');
        expect(run.stderr).toContain('latin1.samskap: is not valid UTF-8: byte offset 14 (line 1');
        expect(readFileSync(file)).toEqual(LATIN1);
        expect(samskap(['format', '--check', file]).code).toBe(2);
    });

    test.each([
        ['validate'], ['compare'], ['diagram'], ['matrix'], ['export'], ['docs', '-o', 'SITE']
    ])('%s refuses it', (command, ...rest) => {
        const dir = scratch();
        const file = path.join(dir, 'latin1.samskap');
        writeFileSync(file, LATIN1);
        const run = samskap([command, file, ...rest.map(arg => (arg === 'SITE' ? path.join(dir, 'site') : arg))]);
        expect(run.code).not.toBe(0);
        expect(run.stdout + run.stderr).toContain('is not valid UTF-8: byte offset 14');
        noStackTrace(run);
    });

    test('a bad byte further in: its line and offset, and the other files of the folder are still checked', () => {
        const dir = scratch();
        copyFileSync(arendal, path.join(dir, 'arendal.samskap'));
        const text = 'model Ok "Ok" {\n    country NO\n}\n// caf\xe9\n';
        writeFileSync(path.join(dir, 'cp1252.samskap'), Buffer.from(text, 'latin1'));
        const run = samskap(['validate', dir]);
        expect(run.code).toBe(2);
        expect(run.stderr + run.stdout).toContain(`is not valid UTF-8: byte offset ${text.indexOf('\xe9')} (line 4, byte 7 of the line: 0xE9 0x0A)`);
    });
});

describe('only regular files are read, up to the size limit', { timeout: 120_000 }, () => {
    test.skipIf(!posix)('a FIFO named as a model is refused at once instead of read forever', () => {
        const dir = scratch();
        const fifo = path.join(dir, 'pipe.samskap');
        execFileSync('mkfifo', [fifo]);
        const run = samskap(['validate', fifo], { timeout: 20_000 });
        expect(run.code).toBe(2);
        expect(run.stdout + run.stderr).toContain('pipe.samskap is a named pipe (FIFO), not a regular file');
    });

    test.skipIf(!posix)('/dev/zero, by name or through a link, is refused', () => {
        const dir = scratch();
        symlinkSync('/dev/zero', path.join(dir, 'zero.samskap'));
        for (const target of ['/dev/zero', path.join(dir, 'zero.samskap')]) {
            const run = samskap(['validate', target], { timeout: 20_000 });
            expect(run.code).toBe(2);
            expect(run.stdout + run.stderr).toContain('is a character device, not a regular file');
        }
    });

    test('a file over 20 MB is refused with the limit', () => {
        const dir = scratch();
        const file = path.join(dir, 'huge.samskap');
        writeFileSync(file, 'model Huge "Huge" {\n');
        truncateSync(file, 21 * 1024 * 1024);
        const run = samskap(['validate', file]);
        expect(run.code).toBe(2);
        expect(run.stdout + run.stderr).toContain('huge.samskap is 21 MB, over the 20 MB limit for one file');
    });

    test.skipIf(!posix)('an unreadable subfolder is skipped with a warning, and the rest is checked', () => {
        const dir = scratch();
        writeFileSync(path.join(dir, 'simple.samskap'), SIMPLE);
        mkdirSync(path.join(dir, 'locked'));
        writeFileSync(path.join(dir, 'locked', 'hidden.samskap'), SIMPLE);
        chmodSync(path.join(dir, 'locked'), 0o000);
        try {
            const run = samskap(['validate', dir], unprivileged);
            noStackTrace(run);
            expect(run.stderr).toMatch(/samskap: warning: .*locked: the folder cannot be read \(EACCES\); skipped, the rest is checked/);
            expect(run.code).toBe(0);
            expect(run.stderr).toContain('1 file checked: ');
            expect(run.stdout).toContain('simple.samskap');
            expect(run.stdout).not.toContain('hidden.samskap');
        } finally {
            chmodSync(path.join(dir, 'locked'), 0o755);
        }
    });
});

describe('-o writes what the path is: a file atomically, a device or FIFO straight through, a link its target', { timeout: 120_000 }, () => {
    const originalStdout = linux ? readlinkSync('/dev/stdout') : undefined;
    afterAll(() => {
        // Should a build without the fix run these as root, put /dev/stdout back.
        if (isRoot && originalStdout && !lstatSync('/dev/stdout').isSymbolicLink()) {
            unlinkSync('/dev/stdout');
            symlinkSync(originalStdout, '/dev/stdout');
        }
    });

    test.skipIf(!linux)('-o /dev/stdout writes to standard output and leaves /dev/stdout alone', () => {
        const run = samskap(['compare', arendal, '--format', 'csv', '-o', '/dev/stdout']);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout.split('\r\n')[0]).toBe('key,label,OffriArendal');
        expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
    });

    test.skipIf(!linux)('a link to /proc/self/fd/1 is written through, not replaced', () => {
        const dir = scratch();
        const link = path.join(dir, 'out');
        symlinkSync('/proc/self/fd/1', link);
        const run = samskap(['compare', arendal, '--format', 'csv', '-o', link]);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout.split('\r\n')[0]).toBe('key,label,OffriArendal');
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
    });

    // As root, a copy of /dev/full made with mknod: a build without the fix replaced the device it wrote to.
    test.skipIf(!linux)('a full device: one-line ENOSPC error, exit 2, and the device stays a device', () => {
        const dir = scratch();
        let device = '/dev/full';
        if (isRoot) {
            device = path.join(dir, 'full');
            execFileSync('mknod', ['-m', '666', device, 'c', '1', '7']);
        }
        const run = samskap(['compare', arendal, '--format', 'csv', '-o', device]);
        expect(run.code).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain(`${device}: cannot write the output file: no space left on the device (ENOSPC)`);
        noStackTrace(run);
        expect(statSync(device).isCharacterDevice()).toBe(true);
        expect(temporaries(dir)).toEqual([]);
    });

    test.skipIf(!posix)('a FIFO is written through to its reader and stays a FIFO', async () => {
        const dir = scratch();
        const fifo = path.join(dir, 'pipe');
        execFileSync('mkfifo', [fifo]);
        const reader = spawn('cat', [fifo]);
        let received = '';
        reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
        const done = new Promise<void>(resolve => reader.on('exit', () => resolve()));
        const writer = spawn(process.execPath, [cli, 'compare', arendal, '--format', 'csv', '-o', fifo], { env: { ...process.env, NO_COLOR: '1' } });
        const written = new Promise<number | null>(resolve => writer.on('exit', code => resolve(code)));
        const timer = setTimeout(() => {
            reader.kill();
            writer.kill();
        }, 30_000);
        expect(await written).toBe(0);
        await done;
        clearTimeout(timer);
        expect(received.split('\r\n')[0]).toBe('key,label,OffriArendal');
        expect(lstatSync(fifo).isFIFO()).toBe(true);
    });

    test.skipIf(!posix)('a symbolic link: its target is written (keeping 0600), the link stays a link', () => {
        const dir = scratch();
        const target = path.join(dir, 'real.csv');
        writeFileSync(target, 'old');
        chmodSync(target, 0o600);
        const link = path.join(dir, 'link.csv');
        symlinkSync('real.csv', link);
        const run = samskap(['compare', arendal, '--format', 'csv', '-o', link]);
        expect(run.code, run.stderr).toBe(0);
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
        expect(readFileSync(target, 'utf8')).toMatch(/^key,label,OffriArendal/);
        expect(statSync(target).mode & 0o777).toBe(0o600);
        expect(temporaries(dir)).toEqual([]);
    });

    test.skipIf(!posix)('a dangling link: the file it names is created', () => {
        const dir = scratch();
        symlinkSync('made.csv', path.join(dir, 'link.csv'));
        const run = samskap(['compare', arendal, '--format', 'csv', '-o', path.join(dir, 'link.csv')]);
        expect(run.code, run.stderr).toBe(0);
        expect(lstatSync(path.join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
        expect(readFileSync(path.join(dir, 'made.csv'), 'utf8')).toMatch(/^key,label/);
    });

    test.skipIf(!posix)('a 0600 file stays 0600 (and 0640 stays 0640)', () => {
        const dir = scratch();
        for (const mode of [0o600, 0o640]) {
            const target = path.join(dir, `matrix-${mode.toString(8)}.csv`);
            writeFileSync(target, 'old');
            chmodSync(target, mode);
            const run = samskap(['compare', arendal, '--format', 'csv', '-o', target]);
            expect(run.code, run.stderr).toBe(0);
            expect(statSync(target).mode & 0o777).toBe(mode);
        }
    });

    test.skipIf(!posix)('no permission to write: one-line EACCES error, exit 2, nothing left behind', () => {
        const dir = scratch();
        const locked = path.join(dir, 'locked');
        mkdirSync(locked);
        writeFileSync(path.join(locked, 'matrix.csv'), 'old');
        chmodSync(locked, 0o555);
        try {
            const run = samskap(['compare', arendal, '--format', 'csv', '-o', path.join(locked, 'matrix.csv')], unprivileged);
            expect(run.code).toBe(2);
            expect(run.stderr.trim().split('\n')).toHaveLength(1);
            expect(run.stderr).toContain('matrix.csv: cannot write the output file: permission denied (EACCES)');
            noStackTrace(run);
            expect(readFileSync(path.join(locked, 'matrix.csv'), 'utf8')).toBe('old');
            expect(temporaries(locked)).toEqual([]);
        } finally {
            chmodSync(locked, 0o755);
        }
    });

    test('the temporary file a killed run left (kill -9) is removed by the next write to the same file', () => {
        const dir = scratch();
        // A process id that is no longer running: a child that has exited.
        const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
        const stale = path.join(dir, `.matrix.csv.${dead}.1733000000000.tmp`);
        writeFileSync(stale, 'half a matr');
        const run = samskap(['compare', arendal, '--format', 'csv', '-o', path.join(dir, 'matrix.csv')]);
        expect(run.code, run.stderr).toBe(0);
        expect(existsSync(stale)).toBe(false);
        expect(temporaries(dir)).toEqual([]);
    });

    // A small tmpfs makes a full disk; only root may mount one.
    test.skipIf(!isRoot || !linux)('a full disk under a regular file: the old file stays whole and no temporary file is left', context => {
        const tmpfs = mkdtempSync(path.join(tmpdir(), 'samskap-small-'));
        try {
            execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', tmpfs], { stdio: 'ignore' });
        } catch {
            context.skip();
        }
        try {
            fullDisk(tmpfs);
        } finally {
            execFileSync('umount', [tmpfs]);
            rmSync(tmpfs, { recursive: true, force: true });
        }
    });

    function fullDisk(tmpfs: string): void {
        const target = path.join(tmpfs, 'site.html');
        writeFileSync(target, 'old content');
        // Leave less room than the matrix needs.
        writeFileSync(path.join(tmpfs, 'filler'), Buffer.alloc(56 * 1024));
        const run = samskap(['compare', ...['offri-arendal', 'offri-steinkjer', 'kora-danish-cocreation', 'ks-social-entrepreneur'].map(name => path.join(examples, `${name}.samskap`)), '-o', target]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('no space left on the device (ENOSPC)');
        noStackTrace(run);
        expect(readFileSync(target, 'utf8')).toBe('old content');
        expect(readdirSync(tmpfs).sort()).toEqual(['filler', 'site.html']);
    }
});

describe('format writes the file in place of itself and nothing else', { timeout: 120_000 }, () => {
    const UNTIDY = 'model  Untidy "Rotete" {\ncountry NO\n      actor k "Kommune" is municipality\n}\n';
    const TIDY = 'model Untidy "Rotete" {\n    country NO\n    actor k "Kommune" is municipality\n}\n';

    test.skipIf(!posix)('a symlinked model: the target is formatted, the link stays a link, the mode stays 0600', () => {
        const dir = scratch();
        mkdirSync(path.join(dir, 'real'));
        const target = path.join(dir, 'real', 'untidy.samskap');
        writeFileSync(target, UNTIDY);
        chmodSync(target, 0o600);
        const link = path.join(dir, 'link.samskap');
        symlinkSync(path.join('real', 'untidy.samskap'), link);
        const run = samskap(['format', link]);
        expect(run.code, run.stderr).toBe(0);
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
        expect(readFileSync(target, 'utf8')).toBe(TIDY);
        expect(statSync(target).mode & 0o777).toBe(0o600);
        expect(temporaries(dir)).toEqual([]);
        expect(temporaries(path.join(dir, 'real'))).toEqual([]);
    });

    test.each([
        ['CR-only', '\r', false], ['LF-CR', '\n\r', false], ['CRLF with a BOM', '\r\n', true], ['CR with a BOM', '\r', true]
    ])('%s: line endings and byte order mark are kept, and a second run changes nothing', (_name, eol, bom) => {
        const dir = scratch();
        const file = path.join(dir, 'untidy.samskap');
        const withEol = (text: string): string => (bom ? '\uFEFF' : '') + text.replace(/\n/g, eol);
        writeFileSync(file, withEol(`/** Doc\n * comment */\n${UNTIDY}`));
        const run = samskap(['format', file]);
        expect(run.code, run.stderr).toBe(0);
        expect(readFileSync(file, 'utf8')).toBe(withEol(`/** Doc\n * comment */\n${TIDY}`));
        expect(samskap(['format', '--check', file]).code).toBe(0);
    });
});

describe('docs -o never replaces what it did not write, and a kill never leaves half a site', { timeout: 120_000 }, () => {
    const siteFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile())
        .map(entry => path.relative(dir, path.join(entry.parentPath, entry.name)))
        .sort();

    test('a folder with the user\'s index.md: refused, naming the file, and nothing is written', () => {
        const dir = scratch();
        const site = path.join(dir, 'site');
        mkdirSync(site);
        writeFileSync(path.join(site, 'index.md'), '# My notes\n');
        writeFileSync(path.join(site, 'comparison.csv'), 'my,numbers\n');
        const run = samskap(['docs', arendal, '-o', site]);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/site\/comparison\.csv: exists and was not written by samskap docs \(and 1 more: index\.md\); nothing was written/);
        expect(run.stderr).toContain('--force');
        noStackTrace(run);
        expect(readFileSync(path.join(site, 'index.md'), 'utf8')).toBe('# My notes\n');
        expect(siteFiles(site)).toEqual(['comparison.csv', 'index.md']);
        expect(readdirSync(dir)).toEqual(['site']);
    });

    test('--force replaces them; the user\'s other files stay', () => {
        const dir = scratch();
        const site = path.join(dir, 'site');
        mkdirSync(site);
        writeFileSync(path.join(site, 'index.md'), '# My notes\n');
        writeFileSync(path.join(site, 'notes.txt'), 'keep me\n');
        const run = samskap(['docs', arendal, '-o', site, '--force']);
        expect(run.code, run.stderr).toBe(0);
        expect(readFileSync(path.join(site, 'index.md'), 'utf8')).toContain('# Comparison of models');
        expect(readFileSync(path.join(site, 'notes.txt'), 'utf8')).toBe('keep me\n');
        expect(readdirSync(dir)).toEqual(['site']);
    });

    test('a manifest lists what was written; the next run replaces its own files, removes the ones no longer made, and refuses an edited one', () => {
        const dir = scratch();
        const site = path.join(dir, 'site');
        expect(samskap(['docs', arendal, steinkjer, '-o', site]).code).toBe(0);
        const manifest = JSON.parse(readFileSync(path.join(site, '.samskap-docs.json'), 'utf8')) as { generator: string; files: Record<string, string> };
        expect(manifest.generator).toBe('samskap docs');
        expect(Object.keys(manifest.files).sort()).toEqual(siteFiles(site).filter(file => file !== '.samskap-docs.json'));
        for (const [file, hash] of Object.entries(manifest.files)) {
            expect(createHash('sha256').update(readFileSync(path.join(site, file))).digest('hex'), file).toBe(hash);
        }
        const again = samskap(['docs', arendal, '-o', site, '--lang', 'nb']);
        expect(again.code, again.stderr).toBe(0);
        expect(siteFiles(site).some(file => file.includes('steinkjer'))).toBe(false);
        expect(readdirSync(dir)).toEqual(['site']);
        writeFileSync(path.join(site, 'index.md'), '# edited by hand\n');
        const refused = samskap(['docs', arendal, '-o', site]);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain('index.md: was changed since samskap docs wrote it');
        expect(readFileSync(path.join(site, 'index.md'), 'utf8')).toBe('# edited by hand\n');
    });

    test('a manifest never reaches outside the folder, and a file of an earlier site edited since is kept', () => {
        const dir = scratch();
        const site = path.join(dir, 'site');
        expect(samskap(['docs', arendal, steinkjer, '-o', site]).code).toBe(0);
        writeFileSync(path.join(dir, 'outside.txt'), 'mine\n');
        const manifestFile = path.join(site, '.samskap-docs.json');
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: Record<string, string> };
        manifest.files['../outside.txt'] = createHash('sha256').update('mine\n').digest('hex');
        writeFileSync(manifestFile, JSON.stringify(manifest));
        writeFileSync(path.join(site, 'models', 'offri-steinkjer.md'), '# my notes on Steinkjer\n');
        const run = samskap(['docs', arendal, '-o', site]);
        expect(run.code, run.stderr).toBe(0);
        expect(readFileSync(path.join(dir, 'outside.txt'), 'utf8')).toBe('mine\n');
        expect(readFileSync(path.join(site, 'models', 'offri-steinkjer.md'), 'utf8')).toBe('# my notes on Steinkjer\n');
        expect(existsSync(path.join(site, 'models', 'offri-steinkjer.html'))).toBe(false);
    });

    test('a swap cut between its two renames (kill -9) is undone by the next run', () => {
        const dir = scratch();
        const site = path.join(dir, 'site');
        expect(samskap(['docs', arendal, '-o', site]).code).toBe(0);
        const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
        // The state a kill leaves after `site` was moved aside and before the new one was moved in.
        renameSync(site, path.join(dir, `.site.samskap-old-${dead}`));
        mkdirSync(path.join(dir, `.site.samskap-new-${dead}`));
        writeFileSync(path.join(dir, `.site.samskap-new-${dead}`, 'index.html'), '<half');
        const run = samskap(['docs', arendal, '-o', site, '--lang', 'nb']);
        expect(run.code, run.stderr).toBe(0);
        expect(readdirSync(dir)).toEqual(['site']);
        expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('lang="nb"');
    });

    test.skipIf(!posix)('kill -9 while the site is written: the folder holds the old site or the new one, never a mix', async () => {
        const dir = scratch();
        const site = path.join(dir, 'site');
        const models = [arendal, steinkjer];
        expect(samskap(['docs', ...models, '-o', site, '--lang', 'en']).code).toBe(0);
        const languageOf = (): Set<string> => new Set(siteFiles(site).filter(file => file.endsWith('.html'))
            .map(file => /<html lang="(\w+)"/.exec(readFileSync(path.join(site, file), 'utf8'))?.[1] ?? '?'));
        for (const lang of ['nb', 'da', 'en']) {
            // Killed the moment anything in the folder or beside it changes: in the middle of the write.
            const child = spawn(process.execPath, [cli, 'docs', ...models, '-o', site, '--lang', lang], { stdio: 'ignore' });
            const kill = (): boolean => child.kill('SIGKILL');
            const watchers = [watch(dir, kill), ...(existsSync(path.join(site, 'models')) ? [watch(path.join(site, 'models'), kill)] : [])];
            await new Promise(resolve => child.on('exit', resolve));
            watchers.forEach(watcher => watcher.close());
            if (existsSync(site)) {
                expect(languageOf().size, `after a kill during --lang ${lang}`).toBe(1);
            }
        }
        const run = samskap(['docs', ...models, '-o', site, '--lang', 'da']);
        expect(run.code, run.stderr).toBe(0);
        expect([...languageOf()]).toEqual(['da']);
        expect(readdirSync(dir)).toEqual(['site']);
    }, 120_000);
});
