import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'packages/cli/dist/cli.cjs');
const examples = path.join(repoRoot, 'examples');

function samskap(args: readonly string[], cwd: string, cacheDir: string): { code: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [cli, ...args], {
        cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SAMSKAP_CACHE_DIR: cacheDir }, timeout: 120_000
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the examples as one project, with its cache folder outside it. */
function corpus(): { dir: string; cache: string; models: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'samskap-cache-site-'));
    const models = path.join(dir, 'models');
    mkdirSync(path.join(models, 'library'), { recursive: true });
    writeFileSync(path.join(models, 'samskap.json'), '{}\n');
    for (const name of readdirSync(examples).filter(n => n.endsWith('.samskap'))) copyFileSync(path.join(examples, name), path.join(models, name));
    for (const name of readdirSync(path.join(examples, 'library'))) copyFileSync(path.join(examples, 'library', name), path.join(models, 'library', name));
    return { dir, cache: path.join(dir, 'cache'), models };
}

/** Every file of a site folder (its manifest too) with its text. */
function site(folder: string): Map<string, string> {
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(file => statSync(path.join(folder, file)).isFile()).sort();
    return new Map(files.map(file => [file, readFileSync(path.join(folder, file), 'utf8')]));
}

/** What `stat` says of a file that changes when it is written again (a new file renamed into place); a kept file keeps its inode, even when linked into a new folder. */
function written(file: string): string {
    const stat = statSync(file);
    return `${stat.ino} ${stat.mtimeMs}`;
}

describe('samskap docs with the cache, into the folder of an earlier run', { timeout: 300_000 }, () => {
    test('an edited model: only its files and the index are written again, and the site is the one a fresh run writes', () => {
        const { dir, cache, models } = corpus();
        const docs = (extra: readonly string[] = []): void => {
            const run = samskap(['docs', 'models', '-o', 'site', ...extra], dir, cache);
            expect(run.code, run.stderr).toBe(0);
        };
        const reference = (extra: readonly string[] = []): Map<string, string> => {
            const out = mkdtempSync(path.join(dir, 'reference-'));
            const run = samskap(['docs', 'models', '-o', out, '--force', '--no-cache', ...extra], dir, cache);
            expect(run.code, run.stderr).toBe(0);
            return site(out);
        };
        docs();
        expect(site(path.join(dir, 'site'))).toEqual(reference());
        const unchanged = path.join(dir, 'site/models/offri-steinkjer.html');
        const editedPage = path.join(dir, 'site/models/offri-arendal.html');
        const before = { unchanged: written(unchanged), edited: written(editedPage), index: written(path.join(dir, 'site/index.html')) };
        const file = path.join(models, 'offri-arendal.samskap');
        writeFileSync(file, readFileSync(file, 'utf8').replace('"Arendal kommune"', '"Arendal bykommune"'));
        docs();
        expect(site(path.join(dir, 'site'))).toEqual(reference());
        expect(readFileSync(editedPage, 'utf8')).toContain('Arendal bykommune');
        expect(written(unchanged)).toBe(before.unchanged);
        expect(written(editedPage)).not.toBe(before.edited);
        expect(written(path.join(dir, 'site/index.html'))).not.toBe(before.index);
        // Another language: every page again, and still the fresh run's site.
        docs(['--lang', 'da']);
        expect(site(path.join(dir, 'site'))).toEqual(reference(['--lang', 'da']));
    });

    test('a run with nothing changed writes nothing: the folder, its manifest and its pages stay as they are', () => {
        const { dir, cache } = corpus();
        const docs = (): void => {
            const run = samskap(['docs', 'models', '-o', 'site'], dir, cache);
            expect(run.code, run.stderr).toBe(0);
        };
        docs();
        docs();
        const folder = path.join(dir, 'site');
        const watched = [folder, path.join(folder, '.samskap-docs.json'), path.join(folder, 'index.html'), path.join(folder, 'models/offri-arendal.html')];
        const before = watched.map(written);
        const fresh = site(folder);
        docs();
        expect(watched.map(written)).toEqual(before);
        expect(site(folder)).toEqual(fresh);
        expect(readdirSync(dir).sort()).toEqual(['cache', 'models', 'site']);
        // A page removed since is still written again.
        unlinkSync(path.join(folder, 'models/offri-arendal.md'));
        docs();
        expect(site(folder)).toEqual(fresh);
    });

    test('an edit that leaves a model\'s diagrams as they were, then one that changes them: each time the site a fresh run writes', () => {
        const { dir, cache, models } = corpus();
        const docs = (): Map<string, string> => {
            const run = samskap(['docs', 'models', '-o', 'site'], dir, cache);
            expect(run.code, run.stderr).toBe(0);
            return site(path.join(dir, 'site'));
        };
        const reference = (): Map<string, string> => {
            const out = mkdtempSync(path.join(dir, 'reference-'));
            const run = samskap(['docs', 'models', '-o', out, '--force', '--no-cache'], dir, cache);
            expect(run.code, run.stderr).toBe(0);
            return site(out);
        };
        const file = path.join(models, 'offri-arendal.samskap');
        const svg = 'models/offri-arendal-network.svg';
        const first = docs();
        // A comment: the model is read again and its page made again, its diagrams are the same.
        writeFileSync(file, readFileSync(file, 'utf8').replace('// Case: Med hjerte for Arendal', '// Case (edited): Med hjerte for Arendal'));
        const commented = docs();
        expect(commented).toEqual(reference());
        expect(commented.get(svg)).toBe(first.get(svg));
        // A name the network diagram shows: drawn again.
        writeFileSync(file, readFileSync(file, 'utf8').replace('"Arendal kommune"', '"Arendal bykommune"'));
        const renamed = docs();
        expect(renamed).toEqual(reference());
        expect(renamed.get(svg)).toContain('Arendal bykommune');
        // Back to the first name: the site of the first run again (the drawing of a name used before is not mistaken for another).
        writeFileSync(file, readFileSync(file, 'utf8').replace('"Arendal bykommune"', '"Arendal kommune"'));
        expect(docs().get(svg)).toBe(first.get(svg));
        expect(site(path.join(dir, 'site'))).toEqual(reference());
    });

    test('a page the user changed is kept unless --force, a removed page is written again, a removed model\'s pages go, the user\'s own files stay', () => {
        const { dir, cache, models } = corpus();
        const docs = (extra: readonly string[] = []): { code: number | null; stderr: string } => samskap(['docs', 'models', '-o', 'site', ...extra], dir, cache);
        expect(docs().code).toBe(0);
        const fresh = site(path.join(dir, 'site'));
        const page = path.join(dir, 'site/models/offri-steinkjer.html');
        writeFileSync(page, 'my notes');
        const refused = docs();
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain('was changed since samskap docs wrote it');
        expect(readFileSync(page, 'utf8')).toBe('my notes');
        expect(docs(['--force']).code).toBe(0);
        expect(site(path.join(dir, 'site'))).toEqual(fresh);
        unlinkSync(page);
        unlinkSync(path.join(dir, 'site/models/offri-steinkjer-network.svg'));
        expect(docs().code).toBe(0);
        expect(site(path.join(dir, 'site'))).toEqual(fresh);
        // The user's own file stays; the pages of a model no longer there go.
        writeFileSync(path.join(dir, 'site/notes.txt'), 'mine');
        unlinkSync(path.join(models, 'offri-steinkjer.samskap'));
        expect(docs().code).toBe(0);
        const after = site(path.join(dir, 'site'));
        expect(after.get('notes.txt')).toBe('mine');
        expect([...after.keys()].filter(file => file.includes('offri-steinkjer'))).toEqual([]);
        const out = path.join(dir, 'reference');
        expect(samskap(['docs', 'models', '-o', out, '--no-cache'], dir, cache).code).toBe(0);
        after.delete('notes.txt');
        expect(after).toEqual(site(out));
    });

    test('damaged records of the site and of its pages give the same site, never a stale one', () => {
        const { dir, cache, models } = corpus();
        expect(samskap(['docs', 'models', '-o', 'site'], dir, cache).code).toBe(0);
        const fresh = site(path.join(dir, 'site'));
        const records = readdirSync(cache, { recursive: true, encoding: 'utf8' }).map(name => path.join(cache, name))
            .filter(file => file.endsWith('.json') && /\n\{"(files|models)"/.test(readFileSync(file, 'utf8')));
        // One per model's pages, and the folder's files and index files.
        expect(records.length).toBe(8);
        records.forEach((file, index) => truncateSync(file, index % 2 === 0 ? 0 : Math.floor(statSync(file).size / 2)));
        expect(samskap(['docs', 'models', '-o', 'site'], dir, cache).code).toBe(0);
        expect(site(path.join(dir, 'site'))).toEqual(fresh);
        // A page changed behind the records' back, keeping its size and modification time, is still found (its change time differs).
        const page = path.join(dir, 'site/models/offri-steinkjer.md');
        const { mtime, size } = statSync(page);
        writeFileSync(page, readFileSync(page, 'utf8').replace('Steinkjer', 'Steinkjex'));
        utimesSync(page, mtime, mtime);
        expect(statSync(page).size).toBe(size);
        const run = samskap(['docs', 'models', '-o', 'site'], dir, cache);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('offri-steinkjer.md: was changed since samskap docs wrote it');
        expect(existsSync(path.join(models, 'offri-steinkjer.samskap'))).toBe(true);
    });

    test('two files declaring models of the same name: the same column keys and page names with and without the cache', () => {
        const { dir, cache, models } = corpus();
        const copy = path.join(models, 'copy');
        mkdirSync(copy);
        copyFileSync(path.join(models, 'offri-arendal.samskap'), path.join(copy, 'offri-arendal.samskap'));
        const json = (extra: readonly string[]): string => samskap(['compare', 'models', '--format', 'json', ...extra], dir, cache).stdout;
        const uncached = json(['--no-cache']);
        expect(uncached).toContain('"OffriArendal~2"');
        json([]);
        expect(json([])).toBe(uncached);
        for (const out of ['site', 'site']) expect(samskap(['docs', 'models', '-o', out], dir, cache).code).toBe(0);
        expect(samskap(['docs', 'models', '-o', 'reference', '--no-cache'], dir, cache).code).toBe(0);
        const cached = site(path.join(dir, 'site'));
        expect([...cached.keys()].filter(file => file.startsWith('models/offri-arendal'))).toContain('models/offri-arendal-2.html');
        expect(cached).toEqual(site(path.join(dir, 'reference')));
    });
});
