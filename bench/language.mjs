// Language benchmarks: parse + link + PartnershipModel + validation against lexing the same bytes,
// per workspace size, each scenario in a fresh process; then edit-to-diagnostics latency through
// the language server. Prints a table; nothing here asserts a timing.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binFlags } from './bin-flags.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = mkdtempSync(join(tmpdir(), 'samskap-bench-'));

async function bundle(entry) {
    const outfile = join(outDir, entry.replace(/\.ts$/, '.cjs'));
    await build({ entryPoints: [join(root, 'bench', entry)], outfile, bundle: true, platform: 'node', target: 'node22', format: 'cjs', logLevel: 'error' });
    return outfile;
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

export async function runLanguageBench({ quick = false } = {}) {
    const scenarios = quick ? ['files-1', 'files-100', 'lines-5000'] : ['files-1', 'files-100', 'files-1000', 'lines-5000', 'lines-25000'];
    const languageBench = await bundle('language-bench.ts');
    const rows = [];
    for (const scenario of scenarios) {
        const output = execFileSync(process.execPath, ['--max-old-space-size=8192', languageBench, scenario], { encoding: 'utf8' });
        rows.push(JSON.parse(output.trim().split('\n').pop()));
    }
    console.log('\nLanguage: parse + link, PartnershipModel, validation (all rules), against lexing the same bytes (medians of rounds in one warmed-up process)');
    console.log('| workspace | lines | actors | lex | parse+link | model | validate | total | total/lex | peak RSS |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
        const total = r.buildMs + r.modelMs + r.validateMs;
        console.log(`| ${r.files} file(s) | ${r.lines} | ${r.actors} | ${fmt(r.lexMs)} | ${fmt(r.buildMs)} | ${fmt(r.modelMs)} | ${fmt(r.validateMs)} | ${fmt(total)} | ${(total / r.lexMs).toFixed(1)}× | ${r.peakMiB.toFixed(0)} MiB |`);
    }
    console.log('\nParse + link by phase (ms): ' + rows.map(r => `${r.scenario}: ${Object.entries(r.phases).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`).join('; '));
    const validationRatio = rows.map(r => `${r.scenario}: ${((r.modelMs + r.validateMs) / r.lexMs).toFixed(2)}×`).join(', ');
    console.log(`\nFull validation (model + rules) relative to lexing: ${validationRatio}`);

    const latencyBench = await bundle('lsp-latency.ts');
    const cli = join(root, 'packages/cli/dist/cli.cjs');
    // The server runs with the Node flags the `samskap` bin and the extension give it.
    const latency = JSON.parse(execFileSync(process.execPath, [latencyBench, cli, '5000', quick ? '20' : '60', ...binFlags], { encoding: 'utf8' }).trim().split('\n').pop());
    console.log(`\nLanguage server, ${latency.lines}-line model: open to first diagnostics ${fmt(latency.openMs)}; edit to diagnostics median ${fmt(latency.medianMs)}, p95 ${fmt(latency.p95Ms)} over ${latency.edits} edits`);
    return { rows, latency };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    await runLanguageBench({ quick: process.argv.includes('--quick') });
}
