// `npm run soak -- --edits 10000`: the language server's soak test, longer (scripts/soak/cli.ts;
// options there). The TypeScript driver is bundled with esbuild into a temporary folder, then run;
// the server is the built CLI (`npm run soak` builds it first).
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = join(mkdtempSync(join(tmpdir(), 'samskap-soak-')), 'soak-cli.cjs');
await build({
    entryPoints: [join(here, 'cli.ts')], outfile, bundle: true, platform: 'node', target: 'node22', format: 'cjs', logLevel: 'error',
    absWorkingDir: join(here, '../..'),
    // Where the sources are: the corpus (examples/, …) and the built CLI are found from here.
    define: { 'import.meta.dirname': JSON.stringify(here) }
});
const { main } = createRequire(import.meta.url)(outfile);
process.exitCode = await main(process.argv.slice(2));
