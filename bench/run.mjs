// `npm run bench`: reproducible performance figures for the generators and the CLI (this file)
// and for the language (bench/language.mjs). Prints tables; nothing here asserts a timing.
// Options: --quick (fewer language scenarios), --generators-only.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/** Wall-clock time of one run of the built CLI, as a user would see it (with the bin's Node flags). */
function timeCli(args) {
    const start = performance.now();
    try {
        execFileSync(process.execPath, [...binFlags, cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    } catch (error) {
        if (error.status !== 1) throw error; // 1: findings at error level, still a complete run
    }
    return performance.now() - start;
}

async function generatorBench() {
    const { syntheticModel } = await import(join(root, 'bench/synthetic-models.ts'));
    const script = await bundle('generators-bench.ts');
    const result = JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', script, 'all'], { encoding: 'utf8' }).trim().split('\n').pop());

    console.log(`\nDiagrams (SVG via Graphviz-WASM; the WASM module loads once per process: ${fmt(result.wasmLoadMs)} for the first small diagram)`);
    console.log('| actors | view | time | SVG size | layout |');
    console.log('|---|---|---|---|---|');
    for (const row of result.diagrams) {
        const layout = row.view.includes('sfdp') ? 'sfdp, every actor' : row.aggregated ? 'dot, aggregated by sector' : 'dot, clustered by sector';
        console.log(`| ${row.actors} | ${row.view.replace(/ \(.*/, '')} | ${fmt(row.ms)} | ${row.kb ? `${row.kb.toFixed(0)} KiB` : '–'} | ${layout} |`);
    }

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
    for (const count of sizes) {
        console.log(`| samskap compare (${count} models, HTML) | ${fmt(timeCli(['compare', folders[count], '--format', 'html', '-o', join(work, `c${count}.html`)]))} |`);
    }
    console.log(`| samskap docs (100 models) | ${fmt(timeCli(['docs', folders[100], '-o', join(work, 'site')]))} |`);
}

try {
    await generatorBench();
    if (!process.argv.includes('--generators-only')) {
        const { runLanguageBench } = await import('./language.mjs');
        await runLanguageBench({ quick: process.argv.includes('--quick') });
    }
} finally {
    rmSync(work, { recursive: true, force: true });
}
