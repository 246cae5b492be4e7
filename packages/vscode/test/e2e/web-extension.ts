/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Frame } from 'playwright-core';
import { installExtension, startCodeServer, type RunningCodeServer } from './code-server.js';
import { keepLogs, finishSuite, runSuite, suiteEnvironment } from './suite-environment.js';
import { Report } from './report.js';
import { FatalError, waitFor } from './wait.js';
import { Workbench } from './workbench.js';

/**
 * The extension as VS Code for the Web runs it (vscode.dev, github.dev): its `browser` entry in
 * the workbench's web worker extension host, the language server in a web worker of its own, no
 * Node process and no file system. code-server hosts web extensions as vscode.dev does; the
 * user setting `remote.extensionKind` puts the .vsix (which has both entries) there instead of
 * in the Node extension host. Checks the features of the web: diagnostics, a library linked
 * without being opened, hover, the diagram preview (with an edit and a PNG export) and the
 * comparison. Started by scripts/e2e/run-e2e.mjs (alone with SAMSKAP_E2E_SUITES=web-extension).
 */

const environment = suiteEnvironment();
const { codeServerBin, vsix, examples, invalidModels, artifacts, work, chromiumPath, workspace } = environment;
const TIMEOUT = environment.timeout;
const extensionsDir = join(work, 'extensions');
/** The model the suite opens: it `uses` the Norwegian library, which it never opens. */
const MODEL = 'offri-arendal.samskap';
const INVALID = 'invalid/unresolved-actor.samskap';

function prepareWorkspace(): string {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(examples, workspace, { recursive: true });
    cpSync(invalidModels, join(workspace, 'invalid'), { recursive: true });
    for (const file of [MODEL, INVALID]) {
        if (!existsSync(join(workspace, file))) {
            throw new Error(`${file} is missing from the workspace (copied from ${examples} and ${invalidModels})`);
        }
    }
    const expected = /expect-error:\s*(.+)$/m.exec(readFileSync(join(workspace, INVALID), 'utf8'))?.[1]?.trim();
    if (!expected) {
        throw new Error(`${INVALID} states no \`// expect-error:\``);
    }
    return expected;
}

function userSettings(): void {
    const userDir = join(work, 'user-data', 'User');
    mkdirSync(userDir, { recursive: true });
    writeFileSync(join(userDir, 'settings.json'), JSON.stringify({
        // The extension in the browser's web worker extension host, as vscode.dev runs it.
        'remote.extensionKind': { 'samskap.samskap': ['web'] },
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.disableAIFeatures': true,
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'editor.hover.delay': 200,
        'files.autoSave': 'off',
        'git.enabled': false
    }, null, 2));
}

/** The command lines of this machine's processes that run the Node language server of the installed extension. */
function nodeServerProcesses(): string[] {
    const lines = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n');
    return lines.filter(line => line.includes(extensionsDir) && line.includes('server.cjs'));
}

function lineOf(text: string, pattern: RegExp): number {
    const index = text.split('\n').findIndex(line => pattern.test(line));
    if (index < 0) {
        throw new Error(`no line matches ${pattern}`);
    }
    return index + 1;
}

async function failOnPanelError(frame: Frame): Promise<void> {
    const shown = frame.locator('#status.error');
    const error = await shown.count() > 0 ? await shown.first().textContent() : '';
    if (error) {
        throw new FatalError(error);
    }
}

async function main(): Promise<number> {
    mkdirSync(artifacts, { recursive: true });
    for (const old of readdirSync(artifacts).filter(name => name.endsWith('.png'))) {
        rmSync(join(artifacts, old));
    }
    const report = new Report();
    const expected = prepareWorkspace();
    userSettings();
    const options = {
        executable: codeServerBin,
        userDataDir: join(work, 'user-data'),
        extensionsDir,
        folder: workspace,
        logFile: join(artifacts, 'code-server.log'),
        // The extension gallery points at a closed local port: the suite sends nothing off this machine.
        env: { ...process.env, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }) }
    };
    rmSync(options.logFile, { force: true });
    let server: RunningCodeServer | undefined;
    let browser: Browser | undefined;
    let shot = 0;
    const screenshot = async (bench: Workbench, name: string): Promise<void> => {
        shot++;
        await bench.screenshot(join(artifacts, `${String(shot).padStart(2, '0')}-${name}.png`));
    };

    try {
        const installed = await report.step('install the .vsix with code-server --install-extension', async () => {
            await installExtension(options, vsix);
            const folder = readdirSync(extensionsDir).find(name => name.startsWith('samskap.samskap'));
            if (!folder) {
                throw new Error(`no samskap extension folder in ${extensionsDir}`);
            }
            const manifest = JSON.parse(readFileSync(join(extensionsDir, folder, 'package.json'), 'utf8')) as { browser?: string };
            const entry = manifest.browser ? join(extensionsDir, folder, manifest.browser) : '';
            if (!entry || !existsSync(entry) || !existsSync(join(extensionsDir, folder, 'dist', 'server-browser.js'))) {
                throw new Error(`the .vsix lacks the browser entry (${manifest.browser ?? 'no "browser" in package.json'}) or dist/server-browser.js`);
            }
            return `${folder}: browser entry ${manifest.browser}`;
        });
        if (!installed) {
            return finishSuite(report, environment);
        }
        server = await startCodeServer(options);
        browser = await chromium.launch({
            executablePath: chromiumPath,
            headless: true,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
                '--disable-sync', '--no-first-run', '--disable-dev-shm-usage']
        });
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        page.setDefaultTimeout(TIMEOUT);
        const bench = new Workbench(page, TIMEOUT);
        report.beforeEach = async () => bench.dismissOverlays();
        report.onFailure = async step => screenshot(bench, `FAILED-${step.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
        const modelText = readFileSync(join(workspace, MODEL), 'utf8');

        const opened = await report.step('the workbench opens the examples folder', async () => {
            await page.goto(server!.url, { timeout: TIMEOUT });
            await bench.ready();
            await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'offri' }).first().waitFor({ timeout: TIMEOUT });
        });
        if (!opened) {
            return finishSuite(report, environment);
        }

        const status = bench.statusItem('Samskap: ');
        await report.step(`diagnostics of ${MODEL}, whose library is never opened`, async () => {
            await bench.openFile(MODEL);
            const started = Date.now();
            let label = await waitFor('the Samskap status bar item to show the checked model', TIMEOUT, async () => {
                const text = await status.getAttribute('aria-label') ?? '';
                return /Samskap: \d+ errors? and \d+ warnings? in /.test(text) ? text : undefined;
            });
            report.time(`${MODEL} shown in the editor → status bar shows its diagnostics (UI)`, Date.now() - started);
            // `uses norway` links to library/norway.samskap, which the extension hands the server
            // without opening it; until it arrives, the library's actors are unresolved.
            label = await waitFor(`no errors in ${MODEL} (its library linked); first shown: ${label}`, TIMEOUT, async () => {
                const text = await status.getAttribute('aria-label') ?? '';
                return /Samskap: 0 errors and /.test(text) ? text : undefined;
            });
            report.time(`${MODEL} shown in the editor → its library linked, no errors (UI)`, Date.now() - started);
            await screenshot(bench, 'model-diagnostics');
            return label;
        });

        await report.step('the extension runs in the web worker extension host, with no Node language server', async () => {
            await bench.runCommand('Developer: Show Running Extensions');
            const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Samskap' }).first();
            await row.waitFor({ timeout: TIMEOUT });
            const text = ((await row.textContent()) ?? '').replace(/\s+/g, ' ').trim();
            await screenshot(bench, 'running-extensions');
            await page.keyboard.press('Control+W');
            if (!/web worker/i.test(text)) {
                throw new Error(`Running Extensions does not place Samskap in the web worker host: "${text}"`);
            }
            const processes = nodeServerProcesses();
            if (processes.length > 0) {
                throw new Error(`a Node language server of the extension runs: ${processes.join('; ')}`);
            }
            return text;
        });

        await report.step(`the Problems panel shows the invalid example's diagnostic (${INVALID})`, async () => {
            await bench.openFile(INVALID);
            await waitFor('the invalid model to be checked', TIMEOUT, async () =>
                /Samskap: [1-9]\d* errors? and /.test(await status.getAttribute('aria-label') ?? ''));
            await bench.runCommand('Focus on Problems View');
            const panel = page.locator('.markers-panel');
            await panel.waitFor({ state: 'visible', timeout: TIMEOUT });
            const filter = page.locator('.viewpane-filter input, .markers-panel-filter-container input').first();
            if (await filter.isVisible().catch(() => false)) {
                await filter.fill(expected);
            }
            await panel.locator('.monaco-list-row', { hasText: expected }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
            await screenshot(bench, 'problems-panel');
            await filter.fill('').catch(() => undefined);
            return `shows "${expected}"`;
        });

        await report.step('hover over an actor shows its text', async () => {
            await bench.openFile(MODEL);
            const line = lineOf(modelText, /^\s*actor\s+arendal\b/);
            await bench.goTo(line, modelText.split('\n')[line - 1].indexOf('arendal') + 2);
            await bench.runCommand('Show or Focus Hover');
            const hover = page.locator('.monaco-hover:not(.hidden)').first();
            await hover.waitFor({ state: 'visible', timeout: TIMEOUT });
            const content = await waitFor('hover content', TIMEOUT, async () => {
                const value = ((await hover.textContent()) ?? '').trim();
                return /Arendal/i.test(value) ? value : undefined;
            });
            await screenshot(bench, 'hover');
            await page.keyboard.press('Escape');
            return content.replace(/\s+/g, ' ').slice(0, 160);
        });

        let previewOpen = false;
        await report.step('the diagram preview opens and shows the actors', async () => {
            await bench.openFile(MODEL);
            const titles = [...modelText.matchAll(/^\s*actor\s+\S+\s+"([^"]+)"/gm)].map(match => match[1]);
            const started = Date.now();
            await bench.runCommand('Samskap: Open Diagram Preview to the Side');
            const frame = await bench.webviewFrame('#canvas', 'the diagram preview');
            await waitFor('every actor in the diagram', TIMEOUT, async () => {
                await failOnPanelError(frame);
                const shown = await frame.locator('#canvas svg').textContent() ?? '';
                return titles.every(title => shown.includes(title));
            });
            report.time('open preview command → diagram shows every actor (UI, Graphviz-WASM in the web worker)', Date.now() - started);
            previewOpen = true;
            await screenshot(bench, 'preview');
            return `${titles.length} actors drawn`;
        });

        await report.step('the preview redraws after an edit', async () => {
            if (!previewOpen) {
                throw new Error('the preview did not open');
            }
            const line = lineOf(modelText, /^\s*actor\s+arendal\b/);
            await bench.goTo(line, 1);
            await page.keyboard.press('End');
            await page.keyboard.press('Enter');
            await page.keyboard.type('actor e2e_web "Nettleseren tegner" is association', { delay: 15 });
            const typed = Date.now();
            const frame = await bench.webviewFrame('#canvas svg', 'the diagram in the preview');
            await waitFor('the new actor in the diagram', TIMEOUT, async () =>
                ((await frame.locator('#canvas svg').textContent()) ?? '').includes('Nettleseren tegner'), 20);
            report.time('last keystroke → diagram shows the edit (UI, includes the typing pause)', Date.now() - typed);
            await screenshot(bench, 'preview-after-edit');
            await page.keyboard.press('Control+S');
        });

        await report.step('the diagram is exported as PNG', async () => {
            if (!previewOpen) {
                throw new Error('the preview did not open');
            }
            await bench.openFile(MODEL);
            const frame = await bench.webviewFrame('#canvas svg', 'the diagram in the preview');
            const target = join(workspace, `${MODEL.replace(/\.samskap$/, '')}-network.png`);
            await frame.locator('#export-png').click();
            // VS Code's save dialog (a path box in the browser), proposing the file beside the model.
            const input = page.locator('.quick-input-widget .quick-input-box input');
            await input.waitFor({ state: 'visible', timeout: TIMEOUT });
            const proposed = target.split('/').pop()!;
            await waitFor(`the dialog to propose ${proposed}`, TIMEOUT, async () => (await input.inputValue()).endsWith(`/${proposed}`));
            await page.keyboard.press('Enter');
            const bytes = await waitFor(`${target} to be written`, TIMEOUT, async () => existsSync(target) ? readFileSync(target) : undefined);
            if (bytes.subarray(1, 4).toString('latin1') !== 'PNG' || bytes.length < 2_000) {
                throw new Error(`the exported PNG is not a picture of the diagram (${bytes.length} bytes)`);
            }
            await screenshot(bench, 'png-exported');
            return `${bytes.length} bytes`;
        });

        await report.step('the comparison view compares the workspace\'s models', async () => {
            await bench.runCommand('Samskap: Compare All Models in the Workspace');
            const frame = await bench.webviewFrame('#matrix', 'the comparison panel');
            await waitFor('the comparison matrix', TIMEOUT, async () => {
                await failOnPanelError(frame);
                return (await frame.locator('#matrix table').count()) > 0;
            });
            const text = (await frame.locator('#matrix').textContent()) ?? '';
            await screenshot(bench, 'comparison');
            const cases = ['Arendal', 'Steinkjer', 'KORA'].filter(name => text.includes(name));
            if (cases.length < 3) {
                throw new Error(`the matrix lacks cases of the workspace: it names only ${cases.join(', ') || 'none'} of Arendal, Steinkjer, KORA`);
            }
            return `${await frame.locator('#matrix tr').count()} table rows; ${(await frame.locator('#summary').textContent()) ?? ''}`;
        });

        await report.step('the documentation site, which needs a disk, is not offered', async () => {
            await page.keyboard.press('F1');
            const input = page.locator('.quick-input-widget .quick-input-box input');
            await input.waitFor({ state: 'visible', timeout: TIMEOUT });
            await input.fill('>Samskap: ');
            const rows = page.locator('.quick-input-widget .monaco-list-row');
            const titles = await waitFor('the Samskap commands in the palette', TIMEOUT, async () => {
                const all = await rows.allTextContents();
                return all.some(title => title.includes('Open Diagram Preview')) ? all : undefined;
            });
            await screenshot(bench, 'palette');
            await page.keyboard.press('Escape');
            if (titles.some(title => title.includes('Generate Documentation Site'))) {
                throw new Error('the palette offers "Generate Documentation Site" in the browser');
            }
            return `${titles.length} Samskap commands offered`;
        });
    } catch (error) {
        report.steps.push({ name: 'the suite itself', outcome: 'failed', detail: error instanceof Error ? error.stack ?? error.message : String(error), seconds: 0 });
    } finally {
        await browser?.close().catch(() => undefined);
        await server?.stop().catch(() => undefined);
        keepLogs(environment);
        rmSync(work, { recursive: true, force: true });
    }
    return finishSuite(report, environment);
}

runSuite(main);
