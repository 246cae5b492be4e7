// The cache of what each file yields (packages/cli/src/workspace/report-cache.ts), measured as a
// researcher uses it: `compare` and `docs` over 500 models, run cold (empty cache), again with
// nothing changed, and again after one model was edited. Reported as times and as ratios of the
// cold run, measured in one run of the bench. Nothing here asserts a timing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

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

/** The median of three runs: one run on a shared machine is noise. */
function median(times) {
    return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
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

    console.log(`\nRe-runs with the cache (${count} models; median of 3 runs each; cold: an empty cache folder)`);
    console.log('| command | cold | again, nothing changed | again, one file changed | one changed / cold | --no-cache |');
    console.log('|---|---|---|---|---|---|');
    const commands = [
        ['compare', (n) => ['compare', folder, '--format', 'html', '-o', join(work, `cache-compare-${n}.html`)]],
        ['docs', (n) => ['docs', folder, '-o', join(work, `cache-site-${n}`), '--force']]
    ];
    for (const [name, args] of commands) {
        let runs = 0;
        const cold = median([0, 1, 2].map(() => run(cli, binFlags, args(runs++), join(work, `cache-cold-${name}-${runs}`))));
        const warmDir = join(work, `cache-warm-${name}`);
        run(cli, binFlags, args(runs++), warmDir);
        const unchanged = median([0, 1, 2].map(() => run(cli, binFlags, args(runs++), warmDir)));
        const changed = median([0, 1, 2].map(() => {
            edit();
            return run(cli, binFlags, args(runs++), warmDir);
        }));
        const uncached = median([0, 1, 2].map(() => run(cli, binFlags, [...args(runs++), '--no-cache'], warmDir)));
        console.log(`| samskap ${name} | ${fmt(cold)} | ${fmt(unchanged)} | ${fmt(changed)} | ${((changed / cold) * 100).toFixed(0)} % | ${fmt(uncached)} |`);
    }
    writeFileSync(edited, original);
}
