// Extension-host tests through @vscode/test-electron, for machines that have a VS Code desktop
// build: `SAMSKAP_VSCODE_EXECUTABLE=/path/to/code npm run test:extension-host -w samskap`.
// Without that variable the tests are skipped with a message (VS Code desktop cannot be
// downloaded on the team's machines; the end-to-end suite covers the same ground in code-server).
import { build } from 'esbuild';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const executable = process.env.SAMSKAP_VSCODE_EXECUTABLE;
if (!executable) {
    console.log('extension-host tests skipped: set SAMSKAP_VSCODE_EXECUTABLE to a VS Code executable (docs/development.md)');
    process.exit(0);
}

const here = dirname(fileURLToPath(import.meta.url));
const extensionRoot = join(here, '..', '..');
const repoRoot = join(extensionRoot, '..', '..');
const out = join(extensionRoot, 'out', 'extension-host');
await build({
    entryPoints: [join(here, 'suite.ts')],
    outfile: join(out, 'suite.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['vscode'],
    logLevel: 'warning'
});

const { runTests } = await import('@vscode/test-electron');
const workspace = mkdtempSync(join(tmpdir(), 'samskap-exthost-'));
cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
// The invalid models are test fixtures, not examples: the suite opens them as `invalid/…`.
cpSync(join(repoRoot, 'packages', 'language', 'test', 'fixtures', 'invalid'), join(workspace, 'invalid'), { recursive: true });
try {
    await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: extensionRoot,
        extensionTestsPath: join(out, 'suite.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
        extensionTestsEnv: { SAMSKAP_EXTENSION_HOST_WORKSPACE: workspace }
    });
} catch (error) {
    console.error(`extension-host tests failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
} finally {
    rmSync(workspace, { recursive: true, force: true });
}
