// Builds the playground into packages/playground/dist (or the folder given with --out): static
// files only, which any static host can serve. Two bundles for the browser: the page (editor,
// panels) and the web worker (the Samskap language server with Graphviz-WASM inlined). The
// examples, their actor libraries and the getting-started text are bundled into the page, so
// nothing is fetched after load. Run the root build first (`node scripts/build.mjs`: the grammar's
// generated code).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const playground = join(here, '..');
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(playground, 'dist');
const version = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version;

/** The files a visitor can open with one click: every example, each library, the getting-started model. */
function bundledFiles() {
    const examples = join(root, 'examples');
    const read = (path) => readFileSync(path, 'utf8');
    const cases = readdirSync(examples).filter(name => name.endsWith('.samskap')).sort()
        .map(name => ({ name, text: read(join(examples, name)) }));
    const libraries = readdirSync(join(examples, 'library')).filter(name => name.endsWith('.samskap')).sort()
        .map(name => ({ name: `library/${name}`, text: read(join(examples, 'library', name)) }));
    const walkthrough = join(root, 'packages/vscode/media/walkthrough');
    // The keywords of the grammar, as its generated TextMate file lists them (one alternation).
    const textMate = JSON.parse(read(join(root, 'packages/vscode/syntaxes/samskap.tmLanguage.json')));
    const keywordPattern = textMate.patterns.find(pattern => pattern.name?.startsWith('keyword'))?.match ?? '';
    const keywords = /^\\b\((.*)\)\\b$/.exec(keywordPattern)?.[1].split('|') ?? [];
    if (keywords.length === 0) {
        throw new Error('samskap playground: no keywords in packages/vscode/syntaxes/samskap.tmLanguage.json (run `node scripts/build.mjs` first)');
    }
    return {
        keywords,
        gettingStarted: { name: 'getting-started.samskap', text: read(join(walkthrough, 'example.samskap')) },
        // The extension's walkthrough text up to the end of its example (what follows is about VS Code).
        gettingStartedText: read(join(walkthrough, 'open-example.md')).replace(/^(```[\s\S]*?^```)[\s\S]*$/m, '$1\n'),
        cases,
        libraries
    };
}

const bundledFilesPlugin = {
    name: 'samskap-bundled-files',
    setup(builder) {
        builder.onResolve({ filter: /^samskap:bundled-files$/ }, () => ({ path: 'bundled-files', namespace: 'samskap' }));
        builder.onLoad({ filter: /.*/, namespace: 'samskap' }, () => ({ contents: JSON.stringify(bundledFiles()), loader: 'json' }));
    }
};

/**
 * The generators import Graphviz-WASM statically; in the worker it is loaded on first use
 * (packages/generators/src/diagram/lazy-graphviz.ts), so that the language server starts before the 800 KB module arrives.
 */
const lazyGraphvizPlugin = {
    name: 'samskap-lazy-graphviz',
    setup(builder) {
        const shim = join(root, 'packages/generators/src/diagram/lazy-graphviz.ts');
        builder.onResolve({ filter: /^@hpcc-js\/wasm-graphviz$/ }, args => (args.importer === shim ? undefined : { path: shim }));
    }
};

const minify = !process.argv.includes('--no-minify');
const common = {
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    logLevel: 'warning',
    minify,
    sourcemap: false,
    metafile: true,
    absWorkingDir: root,
    define: { SAMSKAP_VERSION: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' }
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const results = await Promise.all([
    build({
        ...common,
        entryPoints: ['packages/playground/src/worker/server-worker.ts'],
        // A module worker, so that Graphviz can come as a chunk of its own when first needed.
        format: 'esm',
        splitting: true,
        outdir: out,
        chunkNames: 'lazy-[hash]',
        plugins: [lazyGraphvizPlugin],
        // The server's custom requests import the Node flavour of the connection API; in the
        // worker the browser flavour (the same API over postMessage) stands in for it.
        // The generators hash a document's style for its Content-Security-Policy with node:crypto.
        alias: {
            'vscode-languageserver/node': 'vscode-languageserver/browser',
            'node:crypto': './packages/playground/src/worker/sha256-hash.ts'
        }
    }),
    build({
        ...common,
        entryPoints: ['packages/playground/src/page/main.ts'],
        outfile: join(out, 'playground.js'),
        plugins: [bundledFilesPlugin]
    })
]);
for (const file of readdirSync(join(playground, 'static'))) {
    copyFileSync(join(playground, 'static', file), join(out, file));
}
// The service worker keeps a copy of exactly the files built (the chunk names carry a hash).
const built = ['./', ...readdirSync(out).filter(name => name !== 'sw.js').sort()];
const serviceWorker = join(out, 'sw.js');
writeFileSync(serviceWorker, readFileSync(serviceWorker, 'utf8').replace("['__BUILT_FILES__']", JSON.stringify(built)));
// What each bundle is made of (bench/playground.mjs reports the largest parts); never shipped.
const metafileIndex = process.argv.indexOf('--metafile-dir');
if (metafileIndex > 0) {
    const folder = resolve(process.argv[metafileIndex + 1]);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'server-worker.meta.json'), JSON.stringify(results[0].metafile));
    writeFileSync(join(folder, 'playground.meta.json'), JSON.stringify(results[1].metafile));
}
console.log(`samskap playground: built into ${out}`);
