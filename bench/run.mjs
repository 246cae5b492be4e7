// `npm run bench`: reproducible performance figures for the generators and the CLI (this file)
// and for the language (bench/language.mjs). Prints tables; nothing here asserts a timing.
// Options: --quick (fewer language scenarios, smaller slow inputs), --generators-only, --slow-inputs-only, --readability-only,
// --playground-only (the browser playground: bench/playground.mjs), --cache-only (re-runs of compare and docs with the cache: bench/cache-bench.mjs).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binFlags } from './bin-flags.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The command as users run it: the bin (which turns on Node's compile cache) with its Node flags.
const cli = join(root, 'packages/cli/bin/samskap.cjs');
const work = mkdtempSync(join(tmpdir(), 'samskap-bench-'));
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

async function bundle(entry) {
    const outfile = join(work, entry.replace(/\.ts$/, '.cjs'));
    await build({
        entryPoints: [join(root, 'bench', entry)], outfile, bundle: true, platform: 'node', target: 'node22', format: 'cjs', logLevel: 'error',
        define: { 'import.meta.url': '__bench_import_meta_url' },
        banner: { js: 'const __bench_import_meta_url = require("url").pathToFileURL(__filename).href;' }
    });
    return outfile;
}

let coldRuns = 0;

/**
 * Wall-clock time of one run of the built CLI, as a user would see it (with the bin's Node flags),
 * cold: each run gets an empty cache folder, so no run reuses another's work (bench/cache-bench.mjs
 * measures the re-runs).
 */
function timeCli(args) {
    const start = performance.now();
    try {
        execFileSync(process.execPath, [...binFlags, cli, ...args], {
            stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', SAMSKAP_CACHE_DIR: join(work, `cold-cache-${coldRuns++}`) }
        });
    } catch (error) {
        if (error.status !== 1) throw error; // 1: findings at error level, still a complete run
    }
    return performance.now() - start;
}

async function generatorBench() {
    const { syntheticModel, governanceModel } = await import(join(root, 'bench/synthetic-models.ts'));
    const script = await bundle('generators-bench.ts');
    const result = JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', script, 'all'], { encoding: 'utf8' }).trim().split('\n').pop());

    console.log(`\nDiagrams (SVG via Graphviz-WASM; the WASM module loads once per process: ${fmt(result.wasmLoadMs)} for the first small diagram)`);
    console.log('| actors | view | time | SVG size | layout |');
    console.log('|---|---|---|---|---|');
    for (const row of result.diagrams) {
        const layout = row.variant ? `dot, ${row.variant}` : row.view.includes('sfdp') ? 'sfdp, every actor' : row.aggregated ? 'dot, aggregated by sector' : 'dot, clustered by sector';
        console.log(`| ${row.actors} | ${row.view.replace(/ \(.*/, '')} | ${fmt(row.ms)} | ${row.kb ? `${row.kb.toFixed(0)} KiB` : '–'} | ${layout} |`);
    }

    largeDiagramRows(result.large);

    console.log('\nComparison matrix (generator only: matrix + HTML, Markdown, CSV, JSON; classification timed apart)');
    console.log('| models | matrix, 4 formats | classify all |');
    console.log('|---|---|---|');
    for (const row of result.compare) console.log(`| ${row.models} | ${fmt(row.ms)} | ${fmt(row.classifyMs)} |`);

    console.log(`\nDocumentation site, generator only: ${result.docs.models} models: diagrams ${fmt(result.docs.diagramsMs)}, pages ${fmt(result.docs.pagesMs)}, ${result.docs.files} files, ${result.docs.mib.toFixed(1)} MiB`);

    // End to end through the built CLI: read files, parse, link, validate, classify, generate, write.
    const sizes = [10, 100, 500];
    const folders = {};
    for (const count of sizes) {
        const folder = join(work, `models-${count}`);
        mkdirSync(folder, { recursive: true });
        for (let i = 0; i < count; i++) writeFileSync(join(folder, `m${i}.samskap`), syntheticModel(`M${i}`, 12 + (i % 20)));
        folders[count] = folder;
    }
    const bigFile = join(work, 'big');
    mkdirSync(bigFile, { recursive: true });
    for (const actors of [50, 200, 2000]) writeFileSync(join(bigFile, `a${actors}.samskap`), syntheticModel(`A${actors}`, actors));

    console.log('\nThe built CLI end to end (one process per run: start-up, parse, link, validate, classify, generate, write)');
    console.log('| command | time |');
    console.log('|---|---|');
    for (const actors of [50, 200, 2000]) {
        console.log(`| samskap diagram (${actors} actors, network, SVG) | ${fmt(timeCli(['diagram', join(bigFile, `a${actors}.samskap`), '-o', join(work, `d${actors}.svg`)]))} |`);
    }
    largeDiagramCliRows({ syntheticModel, governanceModel }, join(work, 'large'));
    for (const count of sizes) {
        console.log(`| samskap compare (${count} models, HTML) | ${fmt(timeCli(['compare', folders[count], '--format', 'html', '-o', join(work, `c${count}.html`)]))} |`);
    }
    console.log(`| samskap docs (100 models) | ${fmt(timeCli(['docs', folders[100], '-o', join(work, 'site')]))} |`);
}

/**
 * Issue 12's bound, generator only: every view of the 200- and 1,000-actor models and of the dense
 * governance model with every layout engine, in seconds, and how the layout safeguard drew it
 * (full; quick: dot with fewer crossing passes; scaled: sfdp or neato removing overlaps by scaling,
 * unconnected parts in rows; overview: grouped; notice: not laid out).
 */
function largeDiagramRows(rows) {
    console.log('\nLarge models, every view × every layout (generator only, seconds; the bound is 1 s for 200 actors, 10 s for 1,000)');
    console.log('| model | view | auto | dot | sfdp | neato |');
    console.log('|---|---|---|---|---|---|');
    const keys = [...new Set(rows.map(row => `${row.model}\t${row.view}`))];
    for (const key of keys) {
        const [model, view] = key.split('\t');
        const cells = ['auto', 'dot', 'sfdp', 'neato'].map(layout => {
            const row = rows.find(candidate => candidate.model === model && candidate.view === view && candidate.layout === layout);
            return row ? `${(row.ms / 1000).toFixed(2)} s (${row.drawn})` : '–';
        });
        console.log(`| ${model} | ${view} | ${cells.join(' | ')} |`);
    }
}

/** One cold run of the built CLI (as timeCli) with its CPU time (bench/report-rss.cjs). */
function coldCliWithCpu(args) {
    const usageFile = join(work, `cpu-${coldRuns}`);
    const start = performance.now();
    try {
        execFileSync(process.execPath, [...binFlags, '--require', join(root, 'bench/report-rss.cjs'), cli, ...args], {
            stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', SAMSKAP_CACHE_DIR: join(work, `cold-cache-${coldRuns++}`), SAMSKAP_BENCH_RSS: usageFile }
        });
    } catch (error) {
        if (error.status !== 1) throw error;
    }
    const ms = performance.now() - start;
    const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : undefined;
    return { ms, cpuMs: usage ? (usage.user + usage.system) / 1000 : undefined };
}

/**
 * The same bound end to end: `samskap diagram` per view and `--layout` value on the 200- and
 * 1,000-actor models and the dense one, in seconds, each run in its own process (start-up included).
 */
function largeDiagramCliRows({ syntheticModel, governanceModel }, folder) {
    mkdirSync(folder, { recursive: true });
    const models = [
        { name: '200 actors', file: join(folder, 'l200.samskap'), text: syntheticModel('L200', 200), views: ['network', 'funding', 'governance'] },
        { name: '1,000 actors', file: join(folder, 'l1000.samskap'), text: syntheticModel('L1000', 1000), views: ['network', 'funding', 'governance'] },
        { name: '100 actors, 50 decisions × 50 consulted', file: join(folder, 'dense.samskap'), text: governanceModel(100, 50, 50), views: ['governance'] }
    ];
    for (const model of models) {
        writeFileSync(model.file, model.text);
        for (const view of model.views) {
            // Wall-clock and CPU time: on a busy machine the CPU time is the figure that compares.
            const runs = ['auto', 'dot', 'sfdp'].map(layout => coldCliWithCpu(['diagram', model.file, '--view', view, '--layout', layout, '-o', join(folder, `${view}-${layout}.svg`)]));
            const seconds = runs.map(run => `${(run.ms / 1000).toFixed(2)} s${run.cpuMs === undefined ? '' : ` (CPU ${(run.cpuMs / 1000).toFixed(2)} s)`}`);
            console.log(`| samskap diagram (${model.name}, ${view}, --layout auto / dot / sfdp) | ${seconds.join(' / ')} |`);
        }
    }
}

/**
 * One run of the built CLI with its peak memory (bench/report-rss.cjs) and, when it writes one, the
 * size of its output file. A run past `timeoutMs` is stopped and reported as such.
 */
function measureCli(args, { output, timeoutMs = 600_000 } = {}) {
    const rssFile = join(work, `rss-${process.hrtime.bigint()}`);
    const start = performance.now();
    let timedOut = false;
    try {
        execFileSync(process.execPath, [...binFlags, '--require', join(root, 'bench/report-rss.cjs'), cli, ...args], {
            stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, timeout: timeoutMs, env: { ...process.env, NO_COLOR: '1', SAMSKAP_BENCH_RSS: rssFile }
        });
    } catch (error) {
        if (error.signal === 'SIGTERM' || error.code === 'ETIMEDOUT') timedOut = true;
        else if (error.status !== 1) throw error;
    }
    const ms = performance.now() - start;
    const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : undefined;
    const rssMiB = usage ? usage.maxRSS / 1024 : undefined;
    const cpuMs = usage ? (usage.user + usage.system) / 1000 : undefined;
    const outputMiB = output && existsSync(output) ? sizeOf(output) / 1024 / 1024 : undefined;
    return { ms, cpuMs, timedOut, rssMiB, outputMiB, timeoutMs };
}

function sizeOf(target) {
    const stat = statSync(target);
    if (!stat.isDirectory()) return stat.size;
    return execFileSync('du', ['-sb', target], { encoding: 'utf8' }).split(/\s/)[0] * 1;
}

/**
 * The slow inputs of issue 15, each at two sizes, the larger twice the smaller: the time ratio
 * says how the work grows (about 2 when linear, 4 when quadratic; start-up, about a second, makes
 * small runs look better than linear). Nothing here asserts a timing; the tests count the work.
 */
async function slowInputsBench({ quick }) {
    const synthetic = await import(join(root, 'bench/synthetic-models.ts'));
    const dir = join(work, 'slow');
    mkdirSync(dir, { recursive: true });
    const scale = quick ? 0.25 : 1;
    const sized = (full) => [Math.round((full * scale) / 2), Math.round(full * scale)];
    const file = (name, text) => {
        const target = join(dir, name);
        writeFileSync(target, text);
        return target;
    };
    const rows = [];
    const pair = (label, sizes, run) => {
        const [small, large] = sizes.map(size => ({ size, ...run(size) }));
        rows.push({ label, small, large });
    };
    pair('diagram --view governance: 100 actors, decisions × 50 consulted (decisions)', quick ? [25, 50] : [50, 100], decisions => {
        const input = file(`governance-${decisions}.samskap`, synthetic.governanceModel(100, decisions, 50));
        return measureCli(['diagram', input, '--view', 'governance', '-o', join(dir, `governance-${decisions}.svg`)]);
    });
    pair('docs: actors funding each other in a chain (actors)', sized(2_000), actors => {
        const input = file(`chain-${actors}.samskap`, synthetic.fundingChainModel(actors));
        return measureCli(['docs', input, '-o', join(dir, `chain-site-${actors}`)], { output: join(dir, `chain-site-${actors}`) });
    });
    pair('docs: synthetic model, one funder of every actor (actors)', sized(2_000), actors => {
        const input = file(`synthetic-${actors}.samskap`, synthetic.syntheticModel(`S${actors}`, actors));
        return measureCli(['docs', input, '-o', join(dir, `synthetic-site-${actors}`)], { output: join(dir, `synthetic-site-${actors}`) });
    });
    pair('docs: tiny models in one file (models)', sized(20_000), models => {
        const input = file(`tiny-${models}.samskap`, synthetic.tinyModels(models));
        return measureCli(['docs', input, '-o', join(dir, `tiny-site-${models}`)], { output: join(dir, `tiny-site-${models}`) });
    });
    pair('export --format json: bare actors (actors)', sized(100_000), actors => {
        const input = file(`actors-${actors}.samskap`, synthetic.bareActorsModel(actors));
        return measureCli(['export', input, '--format', 'json', '-o', join(dir, `actors-${actors}.json`)], { output: join(dir, `actors-${actors}.json`) });
    });
    pair('validate: samskap.json with unknown keys (keys)', sized(200_000), keys => {
        const folder = join(dir, `settings-${keys}`);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'samskap.json'), synthetic.unknownSettings(keys));
        writeFileSync(join(folder, 'case.samskap'), synthetic.tinyModels(1));
        return measureCli(['validate', folder]);
    });

    const time = (run) => (run.timedOut ? `> ${fmt(run.timeoutMs)}` : fmt(run.ms));
    const mib = (value) => (value === undefined ? '–' : value >= 1024 ? `${(value / 1024).toFixed(2)} GiB` : `${value.toFixed(0)} MiB`);
    const cpu = (run) => (run.cpuMs === undefined ? '–' : fmt(run.cpuMs));
    console.log('\nSlow inputs (issue 15): the built CLI at two sizes; ×2 is the CPU time of the larger over the smaller (≈2 linear, ≈4 quadratic)');
    console.log('| input | sizes | time | CPU time | ×2 | peak RSS | output |');
    console.log('|---|---|---|---|---|---|---|');
    for (const { label, small, large } of rows) {
        const ratio = small.timedOut || large.timedOut || !small.cpuMs || !large.cpuMs ? '–' : (large.cpuMs / small.cpuMs).toFixed(1);
        console.log(`| ${label} | ${small.size.toLocaleString('en')} / ${large.size.toLocaleString('en')} | ${time(small)} / ${time(large)} | ${cpu(small)} / ${cpu(large)} | ${ratio} | ` +
            `${mib(small.rssMiB)} / ${mib(large.rssMiB)} | ${mib(small.outputMiB)} / ${mib(large.outputMiB)} |`);
    }
    rmSync(dir, { recursive: true, force: true });
    return rows;
}

/**
 * Readability of every view, counted on the final SVG (packages/generators/src/diagram/readability.ts):
 * every example and the synthetic 20-, 200- and 1,000-actor models. Crossings are the figure a
 * layout reduces; the other counts are 0 in a readable view. `--readability-only` runs just this.
 */
async function readabilityBench({ quick }) {
    const script = await bundle('readability-bench.ts');
    const sizes = quick ? '20,200' : '20,200,1000';
    const rows = JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', script, join(root, 'examples'), sizes], { encoding: 'utf8', maxBuffer: 1 << 28 }).trim().split('\n').pop());
    console.log('\nReadability of every view (counts on the final SVG; smallest text in points at natural size)');
    console.log('| model | view | nodes | edges | edge crossings | texts out of box | overlapping texts | labels on lines | labels on nodes | labels on borders | edges through nodes | edges through clusters | smallest text |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) {
        console.log(`| ${row.model} | ${row.view} | ${row.nodes} | ${row.edges} | ${row.edgeCrossings} | ${row.textsOutsideBox} | ${row.overlappingTexts} | ${row.labelsOverEdges} | ` +
            `${row.labelsOverNodes} | ${row.labelsOnBorders} | ${row.edgesThroughNodes} | ${row.edgesThroughClusters} | ${row.smallestText} |`);
    }
}

try {
    if (process.argv.includes('--cache-only')) {
        const { runCacheBench } = await import('./cache-bench.mjs');
        await runCacheBench({ root, work, cli, binFlags, quick: process.argv.includes('--quick') });
    } else if (process.argv.includes('--playground-only')) {
        // The browser playground (bench/playground.mjs) alone.
    } else if (process.argv.includes('--readability-only')) {
        await readabilityBench({ quick: process.argv.includes('--quick') });
    } else if (process.argv.includes('--slow-inputs-only')) {
        await slowInputsBench({ quick: process.argv.includes('--quick') });
    } else {
        await generatorBench();
        const { runCacheBench } = await import('./cache-bench.mjs');
        await runCacheBench({ root, work, cli, binFlags, quick: process.argv.includes('--quick') });
        await readabilityBench({ quick: process.argv.includes('--quick') });
        await slowInputsBench({ quick: process.argv.includes('--quick') });
    }
    if (!process.argv.includes('--generators-only') && !process.argv.includes('--slow-inputs-only') && !process.argv.includes('--readability-only') && !process.argv.includes('--playground-only') && !process.argv.includes('--cache-only')) {
        const { runLanguageBench } = await import('./language.mjs');
        await runLanguageBench({ quick: process.argv.includes('--quick') });
    }
    if (!process.argv.includes('--generators-only') && !process.argv.includes('--slow-inputs-only') && !process.argv.includes('--readability-only') && !process.argv.includes('--cache-only')) {
        const { runPlaygroundBench } = await import('./playground.mjs');
        await runPlaygroundBench({ quick: process.argv.includes('--quick') });
    }
} finally {
    rmSync(work, { recursive: true, force: true });
}
