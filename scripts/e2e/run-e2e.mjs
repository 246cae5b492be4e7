// `npm run test:e2e`: installs code-server and Chromium into a cache outside the repository (once),
// packages the extension as a .vsix, and runs the end-to-end suite (packages/vscode/test/e2e) in
// the real VS Code workbench. Screenshots and logs go to .e2e-artifacts/. Exits non-zero on failure.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const codeServerVersion = process.env.SAMSKAP_CODE_SERVER_VERSION ?? '4.117.0';
const cache = process.env.SAMSKAP_E2E_CACHE ?? join(homedir(), '.cache', 'samskap-e2e');
const nodeBin = join(root, 'node_modules', '.bin');
const env = { ...process.env, PATH: `${nodeBin}:${process.env.PATH ?? ''}`, SAMSKAP_E2E_CACHE: cache, SAMSKAP_CODE_SERVER_VERSION: codeServerVersion };

const step = (what) => process.stdout.write(`[e2e] ${what}\n`);

step(`installing what the suite needs (cache: ${cache})`);
execFileSync('bash', [join(root, 'scripts', 'e2e', 'install-deps.sh')], { stdio: 'inherit', env });

step('packaging the extension (.vsix)');
execFileSync('npm', ['run', 'package', '-w', 'samskap'], { cwd: root, stdio: 'inherit', env });
const vsix = join(root, 'packages', 'vscode', 'samskap.vsix');
if (!existsSync(vsix)) {
    throw new Error(`npm run package did not produce ${vsix}`);
}

const out = join(root, 'packages', 'vscode', 'out', 'e2e');
mkdirSync(out, { recursive: true });
const artifacts = process.env.SAMSKAP_E2E_ARTIFACTS ?? join(root, '.e2e-artifacts');
// suite.ts: the user's path through the extension; webviews.ts: the webviews' themes, preview and
// rule pages; web-extension.ts: the extension as VS Code for the Web runs it (web worker host).
// Each runs in its own workbench. SAMSKAP_E2E_SUITES=webviews runs one of them.
const suites = (process.env.SAMSKAP_E2E_SUITES ?? 'suite,webviews,web-extension').split(',').map(name => name.trim()).filter(name => name.length > 0);
let status = 0;
for (const suite of suites) {
    await build({
        entryPoints: [join(root, 'packages', 'vscode', 'test', 'e2e', `${suite}.ts`)],
        outfile: join(out, `${suite}.mjs`),
        bundle: true,
        platform: 'node',
        target: 'node22',
        format: 'esm',
        packages: 'external',
        logLevel: 'warning'
    });
    const suiteArtifacts = suite === 'suite' ? artifacts : join(artifacts, suite);
    step(`running ${suite}.ts (artefacts: ${suiteArtifacts})`);
    const result = spawnSync(join(nodeBin, 'node'), [join(out, `${suite}.mjs`)], {
        cwd: root,
        stdio: 'inherit',
        env: {
            ...env,
            SAMSKAP_E2E_CODE_SERVER: join(cache, `code-server-${codeServerVersion}`, 'node_modules', '.bin', 'code-server'),
            SAMSKAP_E2E_VSIX: vsix,
            SAMSKAP_E2E_EXAMPLES: join(root, 'examples'),
            SAMSKAP_E2E_ARTIFACTS: suiteArtifacts,
            SAMSKAP_E2E_WORK: process.env.SAMSKAP_E2E_WORK ?? join(tmpdir(), `samskap-e2e-${process.pid}-${suite}`),
            SAMSKAP_E2E_CHROMIUM: process.env.SAMSKAP_E2E_CHROMIUM ?? '/usr/bin/chromium'
        }
    });
    if ((result.status ?? 1) !== 0) status = 1;
}
process.exit(status);
