// Builds everything a user runs: the grammar's generated code, the `samskap` CLI bundle, and the
// language server and extension bundles of the VS Code extension. Fast enough to run on every
// `npm install` (root `prepare`) and before every test run.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version;
const minify = process.argv.includes('--minify');

execFileSync(join(root, 'node_modules/.bin/langium'), ['generate'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    logLevel: 'warning',
    minify,
    sourcemap: false,
    define: { SAMSKAP_VERSION: JSON.stringify(version) },
    // The bundles are CommonJS; a few dependencies read import.meta.url to find their own files.
    banner: { js: 'const __samskap_import_meta_url = require("url").pathToFileURL(__filename).href;' },
    inject: [],
    alias: {},
    absWorkingDir: root
};
const importMetaShim = { 'import.meta.url': '__samskap_import_meta_url' };

/**
 * The Node bundles load Graphviz-WASM (830 KB, most of it the WebAssembly as text) from a file of
 * their own beside them, on the first layout (packages/generators/src/diagram/lazy-graphviz.ts): every start
 * otherwise read and compiled it, though most commands never draw.
 */
const lazyGraphviz = join(root, 'packages/generators/src/diagram/lazy-graphviz.ts');
const lazyGraphvizPlugin = {
    name: 'samskap-lazy-graphviz',
    setup(builder) {
        builder.onResolve({ filter: /^@hpcc-js\/wasm-graphviz$/ }, args =>
            (args.importer === lazyGraphviz ? { path: './graphviz.cjs', external: true } : { path: lazyGraphviz }));
    }
};
const graphvizChunk = (outfile) => ({
    stdin: { contents: "export * from '@hpcc-js/wasm-graphviz';", resolveDir: root, loader: 'js' }, outfile
});

const bundles = [
    { entryPoints: ['packages/cli/src/cli-entry.ts'], outfile: 'packages/cli/dist/cli.cjs', plugins: [lazyGraphvizPlugin] },
    graphvizChunk('packages/cli/dist/graphviz.cjs'),
    { entryPoints: ['packages/cli/src/server/main.ts'], outfile: 'packages/vscode/dist/server.cjs', plugins: [lazyGraphvizPlugin] },
    graphvizChunk('packages/vscode/dist/graphviz.cjs')
];
if (existsSync(join(root, 'packages/vscode/src/extension.ts'))) {
    bundles.push({ entryPoints: ['packages/vscode/src/extension.ts'], outfile: 'packages/vscode/dist/extension.cjs', external: ['vscode'] });
    // The webviews' scripts run in the browser: one self-contained script each, no Node shims.
    for (const [entry, out] of [['preview/webview/preview-main.ts', 'preview.js'], ['compare/webview/compare-main.ts', 'compare.js']]) {
        bundles.push({
            entryPoints: [`packages/vscode/src/${entry}`], outfile: `packages/vscode/dist/webview/${out}`,
            platform: 'browser', format: 'iife', target: 'chrome120', banner: {}
        });
    }
}
// VS Code for the Web (package.json `browser`): the extension for the web worker extension host
// (CommonJS, as VS Code loads it) and its language server for a web worker of its own (one
// classic script: VS Code starts extension workers with importScripts). Neither has Node: the
// server's custom requests import the Node flavour of the connection API, which the browser
// flavour (the same API over postMessage) stands in for; the generators' node:crypto digest and
// the timings writer's node:fs get browser versions (packages/vscode/src/browser/shims).
if (existsSync(join(root, 'packages/vscode/src/extension-browser.ts'))) {
    const browser = {
        platform: 'browser', target: 'chrome120', banner: {}, inBrowser: true,
        define: { 'process.env.NODE_ENV': '"production"' }
    };
    bundles.push({
        ...browser,
        entryPoints: ['packages/vscode/src/extension-browser.ts'], outfile: 'packages/vscode/dist/extension-browser.cjs', format: 'cjs', external: ['vscode'],
        // The end-to-end suite's timings file is the Node host's: a browser has none to write.
        define: { ...browser.define, 'process.env.SAMSKAP_E2E_METRICS_FILE': 'undefined' },
        alias: { 'node:fs': './packages/vscode/src/browser/shims/node-fs.ts' }
    });
    bundles.push({
        ...browser,
        entryPoints: ['packages/vscode/src/browser/server-worker.ts'], outfile: 'packages/vscode/dist/server-browser.js', format: 'iife',
        alias: { 'vscode-languageserver/node': 'vscode-languageserver/browser', 'node:crypto': './packages/playground/src/worker/sha256-hash.ts' }
    });
}

// The Node bundles find their own files through the banner's import.meta.url; browser bundles have no banner.
await Promise.all(bundles.map(({ inBrowser, ...options }) =>
    build({ ...common, ...options, define: { ...common.define, ...(inBrowser ? {} : importMetaShim), ...options.define } })));

// Node reads a script with any byte beyond ASCII as UTF-8 into a string of two bytes per character,
// which took its start ~10 ms longer for the CLI's bundle. esbuild escapes strings and templates
// but leaves comments and regular expressions as written (`–`, `æ`): written as \u escapes, they
// mean the same (a regular expression reads \u00e6 as æ, with or without the `u` flag).
for (const outfile of ['packages/cli/dist/cli.cjs', 'packages/vscode/dist/server.cjs']) {
    const file = join(root, outfile);
    const text = readFileSync(file, 'utf8');
    // eslint-disable-next-line no-control-regex
    if (/[^\u0000-\u007f]/.test(text)) writeFileSync(file, text.replace(/[^\u0000-\u007f]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

// Diagnostics link their rule code to the catalogue, keyword hovers to the language reference, and
// samskap.json is checked against its schema:
// the extension ships copies of both beside its server.
mkdirSync(join(root, 'packages/vscode/dist/docs'), { recursive: true });
for (const file of ['rules.md', 'language.md', 'samskap-config.schema.json']) {
    copyFileSync(join(root, 'docs', file), join(root, 'packages/vscode/dist/docs', file));
}
// The extension's changelog is the project's (vsce packages it from dist/, see packages/vscode/package.json).
copyFileSync(join(root, 'CHANGELOG.md'), join(root, 'packages/vscode/dist/CHANGELOG.md'));
// The diagram font (Arimo, SIL Open Font License) for the preview: it draws with it and embeds it
// in the SVG and PNG it exports, as the CLI's PNGs use it (packages/vscode/src/preview/diagram-font.ts).
const arimo = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/arimo/package.json'));
mkdirSync(join(root, 'packages/vscode/dist/webview/fonts'), { recursive: true });
for (const [from, to] of [['400Regular/Arimo_400Regular.ttf', 'Arimo_400Regular.ttf'], ['700Bold/Arimo_700Bold.ttf', 'Arimo_700Bold.ttf'], ['LICENSE_FONT', 'OFL.txt']]) {
    copyFileSync(join(arimo, from), join(root, 'packages/vscode/dist/webview/fonts', to));
}
