// `npm run validity`: classifies every case of the labelled validity corpus (this folder) and
// compares with the classifications its header expects. Prints agreement per classification
// family and every disagreement with the analysis's evidence; exits 1 on any disagreement or on a
// case that does not parse, link or state its expectations. Options: --diagnostics (also list the
// validator's error-level diagnostics of each case); a folder argument checks another folder of
// cases in the same format (default: this folder).
//
// The comparison is packages/language/test/validity/corpus.ts (shared with the vitest test
// packages/language/test/validity.test.ts), bundled here with esbuild like the benchmarks.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'samskap-validity-'));
const outfile = join(work, 'corpus.cjs');

try {
    await build({
        entryPoints: [join(root, 'packages/language/test/validity/corpus.ts')], outfile, bundle: true, platform: 'node',
        target: 'node22', format: 'cjs', logLevel: 'error',
        define: { 'import.meta.url': '__validity_import_meta_url' },
        banner: { js: 'const __validity_import_meta_url = require("url").pathToFileURL(__filename).href;' }
    });
    const { runCorpus, formatReport } = createRequire(import.meta.url)(outfile);
    const folder = process.argv.slice(2).find(arg => !arg.startsWith('--'));
    const result = await runCorpus(folder ? resolve(folder) : join(root, 'validity'));
    console.log(formatReport(result, { diagnostics: process.argv.includes('--diagnostics') }));
    process.exitCode = result.disagreements.length > 0 || result.errors.length > 0 ? 1 : 0;
} finally {
    rmSync(work, { recursive: true, force: true });
}
