import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { sha256, yieldKey, type ProjectIdentity } from '../src/workspace/report-cache.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'packages/cli/dist/cli.cjs');
const examples = path.join(repoRoot, 'examples');

interface Run {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

function samskap(args: readonly string[], cwd: string, cacheDir: string): Run {
    const result = spawnSync(process.execPath, [cli, ...args], {
        cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SAMSKAP_CACHE_DIR: cacheDir }, timeout: 120_000
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every entry file of the cache folder. */
function entries(cacheDir: string): string[] {
    try {
        return readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).map(name => path.join(cacheDir, name)).filter(file => file.endsWith('.json') && statSync(file).isFile());
    } catch {
        return [];
    }
}

/** A copy of the examples as one project (with samskap.json), to edit freely. */
function corpus(): { dir: string; cache: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'samskap-cache-'));
    writeFileSync(path.join(dir, 'samskap.json'), '{}\n');
    mkdirSync(path.join(dir, 'library'));
    for (const name of readdirSync(examples).filter(n => n.endsWith('.samskap'))) copyFileSync(path.join(examples, name), path.join(dir, name));
    for (const name of readdirSync(path.join(examples, 'library'))) copyFileSync(path.join(examples, 'library', name), path.join(dir, 'library', name));
    return { dir, cache: path.join(dir, 'cache-folder') };
}

/** The comparison as JSON and Markdown, with and without the cache: what a re-run must reproduce exactly. */
function compare(dir: string, cache: string, extra: readonly string[] = []): string {
    const json = samskap(['compare', '.', '--format', 'json', ...extra], dir, cache);
    const md = samskap(['compare', '.', '--format', 'md', ...extra], dir, cache);
    expect(json.code, json.stderr).not.toBe(2);
    return `${json.stdout}\n${md.stdout}\n${json.stderr}`;
}

describe('the cache of what each file yields (compare, docs)', { timeout: 300_000 }, () => {
    test('a warm run gives exactly the cold run\'s output, reads unchanged files from the cache, and re-reads only an edited one', () => {
        const { dir, cache } = corpus();
        const uncached = compare(dir, cache, ['--no-cache']);
        expect(entries(cache)).toEqual([]);
        expect(compare(dir, cache)).toBe(uncached);
        // Eight files' yields and their own findings, for each of the six models its whole
        // PartnershipModel and its column of the matrix, and the Markdown matrix: the JSON run
        // parsed every file and keeps no whole matrix (right after an edit the next run is likely
        // to differ again); the Markdown run after it parsed nothing and keeps its matrix.
        expect(entries(cache).length).toBe(8 + 8 + 6 + 6 + 1);
        expect(compare(dir, cache)).toBe(uncached);
        // Nothing parsed this time: the JSON matrix is kept too.
        const filled = entries(cache);
        expect(filled.length).toBe(8 + 8 + 6 + 6 + 2);
        expect(compare(dir, cache)).toBe(uncached);
        expect(entries(cache)).toEqual(filled);
        // One edited model: one new entry, and the same output as without the cache.
        const file = path.join(dir, 'offri-arendal.samskap');
        writeFileSync(file, readFileSync(file, 'utf8').replace('"Arendal kommune"', '"Arendal bykommune"'));
        const edited = compare(dir, cache);
        expect(edited).toContain('Arendal bykommune');
        expect(edited).toBe(compare(dir, cache, ['--no-cache']));
        // Its yield, its findings, its model and its column; no other model was computed again, and the last matrices were replaced.
        expect(entries(cache).length).toBe(filled.length + 4);
    });

    test('truncated, half-written or altered entries are never used', () => {
        const { dir, cache } = corpus();
        const uncached = compare(dir, cache, ['--no-cache']);
        compare(dir, cache);
        const [first, second, third, ...rest] = entries(cache);
        truncateSync(first, 0);
        truncateSync(second, Math.floor(statSync(second).size / 2));
        // Valid JSON that says something else: the checksum does not match.
        writeFileSync(third, readFileSync(third, 'utf8').replace(/"title":"[^"]*"/, '"title":"Forged"'));
        for (const file of rest) writeFileSync(file, readFileSync(file, 'utf8').replace(/\n[\s\S]*$/, '\n{"syntaxErrors":true,"findings":[],"models":[],"libraries":[]}'));
        const again = compare(dir, cache);
        expect(again).not.toContain('Forged');
        expect(again).toBe(uncached);
    });

    test('with the yields intact, damaged columns, models and findings are computed again (the file parsed again), never used', () => {
        const { dir, cache } = corpus();
        const uncached = compare(dir, cache, ['--no-cache']);
        // Twice: the second run parses nothing and keeps both whole matrices.
        compare(dir, cache);
        compare(dir, cache);
        const payload = (file: string): string => readFileSync(file, 'utf8').replace(/^[^\n]*\n/, '');
        const all = entries(cache);
        const columns = all.filter(file => payload(file).startsWith('{"label"'));
        const models = all.filter(file => payload(file).startsWith('[{"name"'));
        const findings = all.filter(file => /^\[(\]|\{"line")/.test(payload(file)));
        const matrices = all.filter(file => payload(file).startsWith('{"models"'));
        expect(columns.length).toBe(6);
        expect(models.length).toBe(6);
        expect(matrices.length).toBe(2);
        expect(findings.length).toBe(8);
        // The last matrices written are gone, so the matrix is put together again from the columns.
        matrices.forEach(file => truncateSync(file, 0));
        // Every column is gone or damaged, so every model's report is needed; half of the models are damaged too.
        columns.forEach((file, index) => (index % 2 === 0 ? truncateSync(file, 10) : writeFileSync(file, `${readFileSync(file, 'utf8')} `)));
        models.forEach((file, index) => index % 2 === 0 && truncateSync(file, Math.floor(statSync(file).size / 2)));
        // The findings are needed for every model whose column is computed again: damaged, they are computed again too.
        findings.forEach((file, index) => index % 2 === 1 && truncateSync(file, Math.floor(statSync(file).size / 2)));
        expect(compare(dir, cache)).toBe(uncached);
        expect(compare(dir, cache)).toBe(uncached);
    });

    test('another build of Samskap (another version) reuses nothing', () => {
        const { dir, cache } = corpus();
        compare(dir, cache);
        const filled = entries(cache).length;
        // The same program one byte longer: what a new version or a rebuilt bundle is to the cache.
        const other = path.join(dir, 'other-cli.cjs');
        writeFileSync(other, `${readFileSync(cli, 'utf8')}\n`);
        const run = spawnSync(process.execPath, [other, 'compare', '.', '--format', 'json'], {
            cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SAMSKAP_CACHE_DIR: cache }, timeout: 120_000
        });
        expect(run.stdout).toBe(samskap(['compare', '.', '--format', 'json', '--no-cache'], dir, cache).stdout);
        // Every file's yield and findings, every model and every column again (the last matrix's entry is replaced).
        expect(entries(cache).length).toBe(filled + 8 + 8 + 6 + 6);
    });

    test('an edited library, a changed setting or another display language gives fresh results', () => {
        const { dir, cache } = corpus();
        const before = compare(dir, cache);
        // The library loses an actor an example uses (norway.nav): its references no longer resolve.
        const library = path.join(dir, 'library/norway.samskap');
        writeFileSync(library, readFileSync(library, 'utf8').replace(/\n\s*actor nav [^\n]*/, ''));
        const withoutNav = compare(dir, cache);
        expect(withoutNav).toBe(compare(dir, cache, ['--no-cache']));
        expect(withoutNav).not.toBe(before);
        // The errors now counted in the matrix (none before the edit).
        const matrix = JSON.parse(samskap(['compare', '.', '--format', 'json'], dir, cache).stdout) as { rows: Array<{ key: string; cells: Array<{ value: number }> }> };
        const errors = matrix.rows.find(row => row.key === 'findings_error')?.cells.map(cell => cell.value) ?? [];
        expect(errors.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
        // A rule turned off in samskap.json.
        writeFileSync(path.join(dir, 'samskap.json'), '{ "rules": { "SK-FUND-011": "off" } }\n');
        const ruleOff = compare(dir, cache);
        expect(ruleOff).toBe(compare(dir, cache, ['--no-cache']));
        // Kora's two SK-FUND-011 warnings are no longer counted.
        expect(ruleOff).not.toBe(withoutNav);
        const danish = samskap(['compare', '.', '--format', 'json', '--lang', 'da'], dir, cache).stdout;
        expect(danish).toBe(samskap(['compare', '.', '--format', 'json', '--lang', 'da', '--no-cache'], dir, cache).stdout);
    });

    test('a file added beside an unchanged one changes the unchanged one\'s findings, and its column with them', () => {
        const { dir, cache } = corpus();
        const before = compare(dir, cache);
        // An actor titled as Arendal's municipality under another name, in a file read before
        // offri-arendal.samskap: the workspace rule SK-WS-001 now reports Arendal's own declaration,
        // though offri-arendal.samskap did not change (its yield is read from the cache).
        writeFileSync(path.join(dir, 'a-clash.samskap'), 'model Clash "Clash" {\n    actor kommunen "Arendal kommune" is municipality\n}\n');
        const after = compare(dir, cache);
        expect(after).toBe(compare(dir, cache, ['--no-cache']));
        const arendal = (output: string): unknown => {
            const matrix = JSON.parse(output.slice(0, output.indexOf('\n}\n') + 2)) as { columns: Array<{ key: string }>; rows: Array<{ key: string; cells: Array<{ value: unknown }> }> };
            const column = matrix.columns.findIndex(entry => entry.key.toLowerCase().includes('arendal'));
            return matrix.rows.find(row => row.key === 'findings_warning')?.cells[column]?.value;
        };
        expect(arendal(after)).not.toEqual(arendal(before));
    });

    test('the HTML matrix put together from kept columns and their cells\' kept HTML is the one rendered without the cache', () => {
        const { dir, cache } = corpus();
        const html = (extra: readonly string[] = []): string => samskap(['compare', '.', '--format', 'html', ...extra], dir, cache).stdout;
        const uncached = html(['--no-cache']);
        expect(uncached).toContain('<table');
        html();
        // The kept whole matrix is gone: the page is rendered again, every cell from its column's kept HTML.
        for (const file of entries(cache).filter(entry => readFileSync(entry, 'utf8').includes('<!DOCTYPE html>'))) truncateSync(file, 0);
        expect(html()).toBe(uncached);
    });

    test('entries no run has used for 30 days, and temporary files of killed runs, are removed once a day; entries in use stay', () => {
        const { dir, cache } = corpus();
        const json = (extra: readonly string[] = []): string => samskap(['compare', '.', '--format', 'json', ...extra], dir, cache).stdout;
        const uncached = json(['--no-cache']);
        json();
        const day = 24 * 60 * 60 * 1000;
        const longAgo = new Date(Date.now() - 40 * day);
        for (const file of entries(cache)) utimesSync(file, longAgo, longAgo);
        // An entry of a file edited long ago, and what a run killed two days ago left.
        const forgotten = path.join(cache, 'ab', `ab${'0'.repeat(62)}.json`);
        mkdirSync(path.dirname(forgotten), { recursive: true });
        writeFileSync(forgotten, 'ab… 0\n{}');
        utimesSync(forgotten, longAgo, longAgo);
        const killed = path.join(cache, 'ab', `ab${'1'.repeat(62)}.json.4242.tmp`);
        writeFileSync(killed, 'half');
        utimesSync(killed, new Date(Date.now() - 2 * day), new Date(Date.now() - 2 * day));
        utimesSync(path.join(cache, 'last-sweep'), new Date(Date.now() - 2 * day), new Date(Date.now() - 2 * day));
        const payload = (file: string): string => readFileSync(file, 'utf8').replace(/^[^\n]*\n/, '');
        const yields = (): number => entries(cache).filter(file => payload(file).startsWith('{"syntaxErrors"')).length;
        expect(yields()).toBe(8);
        expect(json()).toBe(uncached);
        expect(existsSync(forgotten)).toBe(false);
        expect(existsSync(killed)).toBe(false);
        // Every file's yield was read by the run, so it stays; the next run reuses it.
        expect(yields()).toBe(8);
        expect(json()).toBe(uncached);
        // At most once a day: an old entry found right after a sweep waits for the next one.
        writeFileSync(forgotten, 'ab… 0\n{}');
        utimesSync(forgotten, longAgo, longAgo);
        expect(json()).toBe(uncached);
        expect(existsSync(forgotten)).toBe(true);
    });

    test('docs from the cache writes the same site as without it', () => {
        const { dir, cache } = corpus();
        const site = (name: string, extra: readonly string[]): Map<string, string> => {
            const out = path.join(dir, name);
            const run = samskap(['docs', '.', '-o', out, ...extra], dir, cache);
            expect(run.code, run.stderr).toBe(0);
            const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter(f => statSync(path.join(out, f)).isFile() && f !== '.samskap-docs.json');
            return new Map(files.map(f => [f, readFileSync(path.join(out, f), 'utf8')]));
        };
        const plain = site('plain', ['--no-cache']);
        site('first', []);
        expect(site('second', [])).toEqual(plain);
    });

    test('the key changes with the version, the settings, the language, a library, the file\'s path and text', () => {
        const base: ProjectIdentity = { version: '1.0.0', settings: '{}', language: 'en', libraries: [{ path: '/p/lib.samskap', text: 'library l {}' }] };
        const key = yieldKey(base, '/p/a.samskap', sha256('model A {}'));
        const variants = [
            yieldKey({ ...base, version: '1.0.1' }, '/p/a.samskap', sha256('model A {}')),
            yieldKey({ ...base, settings: '{"rules":{}}' }, '/p/a.samskap', sha256('model A {}')),
            yieldKey({ ...base, language: 'nb' }, '/p/a.samskap', sha256('model A {}')),
            yieldKey({ ...base, libraries: [{ path: '/p/lib.samskap', text: 'library l { }' }] }, '/p/a.samskap', sha256('model A {}')),
            yieldKey(base, '/q/a.samskap', sha256('model A {}')),
            yieldKey(base, '/p/a.samskap', sha256('model A { }'))
        ];
        expect(new Set([key, ...variants]).size).toBe(7);
        expect(yieldKey({ ...base }, '/p/a.samskap', sha256('model A {}'))).toBe(key);
    });
});
