// `npm run fuzz -- --cases 100000`: the long fuzz run (scripts/fuzz/cli.ts; options there).
// Node cannot run the TypeScript sources as they are: the engine and its worker are bundled
// with esbuild into a temporary folder first, then run.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const outdir = mkdtempSync(join(tmpdir(), 'samskap-fuzz-'));
const common = {
    bundle: true, platform: 'node', target: 'node22', format: 'cjs', logLevel: 'error', absWorkingDir: root,
    // Where the sources are, for the corpus (examples/, …) and the grammar's keywords.
    define: { 'import.meta.dirname': JSON.stringify(here), 'import.meta.url': '__fuzz_import_meta_url' },
    banner: { js: 'const __fuzz_import_meta_url = require("url").pathToFileURL(__filename).href;' },
    external: ['esbuild']
};
await build({ ...common, entryPoints: [join(here, 'worker.ts')], outfile: join(outdir, 'fuzz-worker.cjs') });
await build({ ...common, entryPoints: [join(here, 'cli.ts')], outfile: join(outdir, 'fuzz-cli.cjs') });
const { main } = createRequire(import.meta.url)(join(outdir, 'fuzz-cli.cjs'));
process.exitCode = await main(process.argv.slice(2), join(outdir, 'fuzz-worker.cjs'));
