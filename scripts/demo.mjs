// `npm run demo`: shows the real tool on the bundled examples. It runs the BUILT command
// (packages/cli/dist/cli.cjs, made by `npm run build`) exactly as a user would, and writes
// everything under out/: diagrams of every example in every view and format, the comparison
// matrix in all formats, and the documentation site in English and Norwegian.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/cli/dist/cli.cjs');
const out = join(root, 'out');
const examples = join(root, 'examples');
const show = (path) => relative(process.cwd(), path) || '.';

if (!existsSync(cli)) {
    console.error('samskap demo: the CLI is not built; run `npm run build` first (or `npm run demo`, which builds).');
    process.exit(2);
}

/** Runs `samskap …`; returns its exit code and output without throwing on findings. */
async function samskap(args) {
    try {
        const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
        return { code: 0, stdout, stderr };
    } catch (error) {
        if (typeof error.code !== 'number') throw error;
        return { code: error.code, stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
    }
}

async function inPool(tasks, size = 2) {
    const queue = [...tasks];
    await Promise.all(Array.from({ length: size }, async () => {
        while (queue.length > 0) await queue.shift()();
    }));
}

const cases = readdirSync(examples).filter(name => name.endsWith('.samskap')).sort().map(name => join(examples, name));
const libraries = readdirSync(join(examples, 'library')).filter(name => name.endsWith('.samskap')).map(name => join(examples, 'library', name));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

console.log(`1. samskap validate ${cases.length} example models (and their actor libraries)\n`);
const validation = await samskap(['validate', ...cases, ...libraries]);
process.stdout.write(validation.stdout);
process.stdout.write(validation.stderr);
if (validation.code !== 0) {
    console.error(`\nsamskap demo: the examples do not validate (exit code ${validation.code}); stopping.`);
    process.exit(1);
}
const invalidModels = join(root, 'packages', 'language', 'test', 'fixtures', 'invalid');
const invalid = await samskap(['validate', invalidModels, ...libraries]);
console.log(`\n   The test fixtures in ${show(invalidModels)}/ each hold one mistake; samskap reports them (exit code ${invalid.code}):\n`);
process.stdout.write(invalid.stdout.split('\n').filter(line => / error /.test(line)).map(line => `   ${line}`).join('\n') + '\n');

console.log('\n2. samskap diagram: every example, every view (SVG, PNG; Mermaid and DOT for the graph views)');
const tasks = cases.map(file => async () => {
    const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.samskap$/, '');
    const result = await samskap(['diagram', file, '--all', '-o', join(out, 'diagrams', name)]);
    if (result.code !== 0) throw new Error(`samskap diagram ${show(file)} --all failed:\n${result.stderr}`);
});
await inPool(tasks);
console.log(`   ${cases.length} examples × 4 views in ${show(join(out, 'diagrams'))}/<case>/: network, funding, governance, decisions`);

console.log('\n3. samskap compare: the comparison matrix in every format');
for (const format of ['html', 'md', 'csv', 'json']) {
    const target = join(out, `comparison.${format}`);
    const result = await samskap(['compare', ...cases, '--format', format, '-o', target]);
    if (result.code !== 0) throw new Error(`samskap compare --format ${format} failed:\n${result.stderr}`);
    console.log(`   ${show(target)}`);
}

console.log('\n4. samskap docs: the documentation site (HTML and Markdown), in English and in Norwegian');
for (const [lang, folder] of [['en', 'site'], ['nb', 'site-nb']]) {
    const result = await samskap(['docs', ...cases, '-o', join(out, folder), '--lang', lang]);
    if (result.code !== 0) throw new Error(`samskap docs --lang ${lang} failed:\n${result.stderr}`);
    console.log(`   ${show(join(out, folder, 'index.html'))} (and index.md)`);
}

const open = [
    [join(out, 'site', 'index.html'), 'the documentation site: comparison matrix, one page per case'],
    [join(out, 'site-nb', 'index.html'), 'the same in Norwegian'],
    [join(out, 'comparison.html'), 'the comparison matrix alone (sortable, filterable)'],
    [join(out, 'comparison.csv'), 'the matrix for a spreadsheet, R or pandas'],
    [`${join(out, 'diagrams')}/<case>/`, "each case's diagrams (SVG, PNG, Mermaid, DOT)"]
];
const width = Math.max(...open.map(([path]) => show(path).length));
console.log(`\nOpen these:\n${open.map(([path, what]) => `   ${show(path).padEnd(width)}  ${what}`).join('\n')}\n`);
