// The cache of `compare` and `docs` (packages/cli/src/workspace/report-cache.ts), measured as a
// researcher uses it: over 500 models, run cold (an empty cache folder and, for docs, a new site
// folder), again with nothing changed, and again after one model was edited, each re-run into
// the same output as the run before (a researcher's loop: edit, re-run, look). Reported as times
// and as ratios of the cold run, measured in one run of the bench, with the size of the cache.
// Nothing here asserts a timing. Run alone: `node bench/cache-bench.mjs [--quick]` (after
// `node scripts/build.mjs`), or as part of `npm run bench` (bench/run.mjs --cache-only).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const percent = (part, whole) => `${((part / whole) * 100).toFixed(0)} %`;

/** One run of the built CLI with its own cache folder; the wall-clock time a user waits. */
function run(cli, binFlags, args, cacheDir) {
    const start = performance.now();
    try {
        execFileSync(process.execPath, [...binFlags, cli, ...args], {
            stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', SAMSKAP_CACHE_DIR: cacheDir }
        });
    } catch (error) {
        if (error.status !== 1) throw error;
    }
    return performance.now() - start;
}

/**
 * `--watch` as a researcher leaves it running: the time from an edit's write to the line saying the
 * output is written again (the run's own time plus the file system's notice and the wait for a
 * burst of writes to settle), for each of `edits` edits, a pause between them.
 */
async function watchedEdits(cli, binFlags, args, cacheDir, edit, edits) {
    const child = spawn(process.execPath, [...binFlags, cli, ...args, '--watch'], {
        stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', SAMSKAP_CACHE_DIR: cacheDir }
    });
    let text = '';
    let waiting;
    child.stderr.on('data', chunk => {
        text += chunk;
        if (waiting && text.split('\n').filter(line => line.includes('for changes (Ctrl+C stops)')).length >= waiting.runs) waiting.resolve();
    });
    const run = (runs) => new Promise((resolve, reject) => {
        waiting = { runs, resolve };
        child.once('exit', code => reject(new Error(`samskap --watch ended (${code}): ${text}`)));
    });
    await run(1);
    const times = [];
    for (let i = 0; i < edits; i++) {
        await new Promise(resolve => setTimeout(resolve, 300));
        const start = performance.now();
        const written = run(i + 2);
        edit();
        await written;
        times.push(performance.now() - start);
    }
    child.removeAllListeners('exit');
    child.kill('SIGINT');
    return times;
}

/** The median of three runs: one run on a shared machine is noise. */
function median(times) {
    return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** The entries of a cache folder: how many, and their sizes. */
function cacheSize(folder) {
    const sizes = readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .map(name => join(folder, name)).filter(file => file.endsWith('.json')).map(file => statSync(file).size).sort((a, b) => a - b);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
    return `${sizes.length} entries, ${(total / 1024 / 1024).toFixed(1)} MiB (median ${kib(sizes[Math.floor(sizes.length / 2)])}, largest ${kib(sizes[sizes.length - 1])})`;
}

export async function runCacheBench({ root, work, cli, binFlags, quick }) {
    const { syntheticModel } = await import(join(root, 'bench/synthetic-models.ts'));
    const count = quick ? 100 : 500;
    const folder = join(work, `cache-models-${count}`);
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < count; i++) writeFileSync(join(folder, `m${i}.samskap`), syntheticModel(`M${i}`, 12 + (i % 20)));
    const edited = join(folder, 'm7.samskap');
    const original = readFileSync(edited, 'utf8');
    let edits = 0;
    const edit = () => writeFileSync(edited, original.replace('Syntetisk samarbeid', `Syntetisk samarbeid (endret ${++edits})`));

    // The floor of every run: Node starting and loading the bundle (`samskap --version`).
    const startUp = median([0, 1, 2].map(() => run(cli, binFlags, ['--version'], join(work, 'cache-version'))));
    console.log(`\nRe-runs with the cache (${count} models; median of 3 runs each; cold: an empty cache folder and a new output; re-runs into the output of the run before; start-up alone, \`samskap --version\`: ${fmt(startUp)})`);
    console.log('| command | cold | again, nothing changed | again, one file changed | nothing changed / cold | one changed / cold | one changed, `--watch` (median of 5) | `--watch` / cold | --no-cache |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    const commands = [
        ['compare', (out) => ['compare', folder, '--format', 'html', '-o', join(work, `${out}.html`)]],
        ['docs', (out) => ['docs', folder, '-o', join(work, out), '--force']]
    ];
    const sizes = [];
    const rows = [];
    for (const [name, args] of commands) {
        let runs = 0;
        const cold = median([0, 1, 2].map(() => run(cli, binFlags, args(`cache-${name}-cold-${runs}`), join(work, `cache-cold-${name}-${runs++}`))));
        const warmDir = join(work, `cache-warm-${name}`);
        const warmOut = `cache-${name}-warm`;
        run(cli, binFlags, args(warmOut), warmDir);
        const unchanged = median([0, 1, 2].map(() => run(cli, binFlags, args(warmOut), warmDir)));
        const changed = median([0, 1, 2].map(() => {
            edit();
            return run(cli, binFlags, args(warmOut), warmDir);
        }));
        // The same edits with the command left running (`--watch`), into the same output and cache.
        const watched = median(await watchedEdits(cli, binFlags, args(warmOut), warmDir, edit, 5));
        const uncached = median([0, 1, 2].map(() => run(cli, binFlags, [...args(`cache-${name}-uncached`), '--no-cache'], warmDir)));
        console.log(`| samskap ${name} | ${fmt(cold)} | ${fmt(unchanged)} | ${fmt(changed)} | ${percent(unchanged, cold)} | ${percent(changed, cold)} | ${fmt(watched)} | ${percent(watched, cold)} | ${fmt(uncached)} |`);
        rows.push({ name, changed, ratio: changed / cold, watched, watchedRatio: watched / cold });
        sizes.push(`${name}: ${cacheSize(warmDir)}`);
    }
    // The targets of a re-run after one edit: at most 0.5 s and at most 15 % of the cold run.
    const verdict = (met) => (met ? 'met' : 'not met');
    console.log(`\nTarget after one edit: ≤ 0.5 s and ≤ 15 % of the cold run. A new process: ${rows.map(row =>
        `${row.name}: ${fmt(row.changed)} (${verdict(row.changed <= 500)}), ${(row.ratio * 100).toFixed(0)} % (${verdict(row.ratio <= 0.15)})`).join('; ')}. With --watch: ${rows.map(row =>
        `${row.name}: ${fmt(row.watched)} (${verdict(row.watched <= 500)}), ${(row.watchedRatio * 100).toFixed(0)} % (${verdict(row.watchedRatio <= 0.15)})`).join('; ')}.`);
    console.log(`\nThe cache after these runs (${count} models): ${sizes.join('; ')}`);
    writeFileSync(edited, original);
}

// Run alone: the built CLI as users run it (its bin, with the bin's Node flags).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..');
    const { binFlags } = await import('./bin-flags.mjs');
    const work = mkdtempSync(join(tmpdir(), 'samskap-cache-bench-'));
    try {
        await runCacheBench({ root, work, cli: join(root, 'packages/cli/bin/samskap.cjs'), binFlags, quick: process.argv.includes('--quick') });
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}
