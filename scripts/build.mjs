// Builds everything a user runs: the grammar's generated code, the `samskap` CLI bundle, and the
// language server and extension bundles of the VS Code extension. Fast enough to run on every
// `npm install` (root `prepare`) and before every test run.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
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

const bundles = [
    { entryPoints: ['packages/cli/src/cli-entry.ts'], outfile: 'packages/cli/dist/cli.cjs' },
    { entryPoints: ['packages/cli/src/server/main.ts'], outfile: 'packages/vscode/dist/server.cjs' }
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

await Promise.all(bundles.map(options => build({ ...common, ...options, define: { ...common.define, ...importMetaShim } })));

// Diagnostics link their rule code to the catalogue, keyword hovers to the language reference, and
// samskap.json is checked against its schema:
// the extension ships copies of both beside its server.
mkdirSync(join(root, 'packages/vscode/dist/docs'), { recursive: true });
for (const file of ['rules.md', 'language.md', 'samskap-config.schema.json']) {
    copyFileSync(join(root, 'docs', file), join(root, 'packages/vscode/dist/docs', file));
}
// The extension's changelog is the project's (vsce packages it from dist/, see packages/vscode/package.json).
copyFileSync(join(root, 'CHANGELOG.md'), join(root, 'packages/vscode/dist/CHANGELOG.md'));
