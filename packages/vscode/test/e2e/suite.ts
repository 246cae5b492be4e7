/// <reference lib="dom" />
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Frame } from 'playwright-core';
import { installExtension, startCodeServer, type RunningCodeServer } from './code-server.js';
import { keepLogs, finishSuite, runSuite, suiteEnvironment } from './suite-environment.js';
import { Report, SkipStep } from './report.js';
import { FatalError, waitFor } from './wait.js';
import { Workbench } from './workbench.js';

/**
 * The end-to-end suite: the packaged .vsix installed into a real VS Code workbench (code-server)
 * in Debian's Chromium, used on a copy of examples/ the way a user would. Each step leaves a
 * screenshot in the artefacts folder. Started by scripts/e2e/run-e2e.mjs, which installs
 * code-server and Chromium and packages the extension first.
 */

const environment = suiteEnvironment();
const { codeServerBin, vsix, examples, invalidModels, artifacts, work, chromiumPath, workspace } = environment;
const TIMEOUT = environment.timeout;
const metricsFile = join(work, 'metrics.jsonl');
const SCRATCH = 'e2e-scratch.samskap';

interface Metric { readonly name: string; readonly ms: number; readonly detail?: string }

function metrics(): Metric[] {
    if (!existsSync(metricsFile)) {
        return [];
    }
    return readFileSync(metricsFile, 'utf8').split('\n').filter(line => line.trim()).map(line => JSON.parse(line) as Metric);
}

/** A Samskap webview that shows an error (e.g. the server lacks a request) fails the step at once. */
async function failOnPanelError(frame: Frame): Promise<void> {
    const shown = frame.locator('#status.error');
    const error = await shown.count() > 0 ? await shown.first().textContent() : '';
    if (error) {
        throw new FatalError(error);
    }
}

function lineOf(text: string, pattern: RegExp): number {
    const index = text.split('\n').findIndex(line => pattern.test(line));
    if (index < 0) {
        throw new Error(`no line matches ${pattern}`);
    }
    return index + 1;
}

function prepareWorkspace(): { largest: string; invalid: string; expected: string } {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(examples, workspace, { recursive: true });
    cpSync(invalidModels, join(workspace, 'invalid'), { recursive: true });
    const models = readdirSync(workspace).filter(name => name.endsWith('.samskap'));
    if (models.length === 0) {
        throw new Error(`no .samskap files in ${examples}`);
    }
    const largest = models.sort((a, b) => statSync(join(workspace, b)).size - statSync(join(workspace, a)).size)[0];
    // The scratch model is the one the suite edits: a copy of the OFFRI Arendal case (or the largest).
    const base = models.includes('offri-arendal.samskap') ? 'offri-arendal.samskap' : largest;
    // Renamed, so the copy does not clash with the original model's name.
    writeFileSync(join(workspace, SCRATCH), readFileSync(join(workspace, base), 'utf8').replace(/\bmodel\s+[\w\u00C0-\u024F]+/, 'model E2eScratch'));
    // An invalid example with a stated expected message (`// expect-error: …`).
    const invalidDir = join(workspace, 'invalid');
    const candidates = existsSync(invalidDir) ? readdirSync(invalidDir).filter(name => name.endsWith('.samskap')).sort() : [];
    const preferred = ['unresolved-actor.samskap', ...candidates];
    for (const name of preferred) {
        const path = join(invalidDir, name);
        if (existsSync(path)) {
            const expected = /expect-error:\s*(.+)$/m.exec(readFileSync(path, 'utf8'))?.[1]?.trim();
            if (expected) {
                return { largest, invalid: `invalid/${name}`, expected };
            }
        }
    }
    throw new Error(`${invalidModels} holds no model with an \`// expect-error:\` line`);
}

function userSettings(): void {
    const userDir = join(work, 'user-data', 'User');
    mkdirSync(userDir, { recursive: true });
    writeFileSync(join(userDir, 'settings.json'), JSON.stringify({
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
        'editor.quickSuggestions': { other: false, comments: false, strings: false },
        'editor.semanticHighlighting.enabled': true,
        'files.autoSave': 'off',
        'git.enabled': false
    }, null, 2));
}

async function main(): Promise<number> {
    mkdirSync(artifacts, { recursive: true });
    for (const old of readdirSync(artifacts).filter(name => name.endsWith('.png'))) {
        rmSync(join(artifacts, old));
    }
    const report = new Report();
    const { largest, invalid, expected } = prepareWorkspace();
    userSettings();
    const options = {
        executable: codeServerBin,
        userDataDir: join(work, 'user-data'),
        extensionsDir: join(work, 'extensions'),
        folder: workspace,
        logFile: join(artifacts, 'code-server.log'),
        // The extension gallery points at a closed local port: the suite sends nothing off this machine.
        env: { ...process.env, SAMSKAP_E2E_METRICS_FILE: metricsFile, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }) }
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
            const folders = readdirSync(options.extensionsDir).filter(name => name.startsWith('samskap.samskap'));
            if (folders.length === 0) {
                throw new Error(`no samskap extension folder in ${options.extensionsDir}`);
            }
            return folders.join(', ');
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
        const scratchText = (): string => readFileSync(join(workspace, SCRATCH), 'utf8');

        const opened = await report.step('the workbench opens the examples folder', async () => {
            await page.goto(server!.url, { timeout: TIMEOUT });
            await bench.ready();
            await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'offri' }).first().waitFor({ timeout: TIMEOUT });
            await screenshot(bench, 'workbench');
        });
        if (!opened) {
            return finishSuite(report, environment);
        }

        await report.step(`first diagnostics of the largest example (${largest})`, async () => {
            await bench.openFile(largest);
            // From the editor showing the file (Quick Open's own search is not the extension's time).
            const started = Date.now();
            const status = bench.statusItem('Samskap: ');
            await waitFor('the Samskap status bar item to show the checked model', TIMEOUT, async () =>
                /Samskap: \d+ errors? and \d+ warnings? in /.test(await status.getAttribute('aria-label') ?? ''));
            report.time('largest example shown in the editor → status bar shows its diagnostics (UI)', Date.now() - started);
            const label = await status.getAttribute('aria-label');
            await screenshot(bench, 'largest-example-diagnostics');
            return label ?? '';
        });

        await report.step('extension activation time', async () => {
            const activation = await waitFor('the extension to report its activation', TIMEOUT, async () =>
                metrics().find(metric => metric.name === 'extension activation'));
            report.time('extension activate() (measured inside the extension)', activation.ms);
            const server = metrics().find(metric => metric.name === 'language server ready');
            if (server) {
                report.time('language server started and initialised', server.ms);
            }
            const firstDiagnostics = metrics().find(metric => metric.name === 'first diagnostics after open' && metric.detail?.endsWith(largest));
            if (firstDiagnostics) {
                report.time(`open ${largest} → first diagnostics (measured inside the extension)`, firstDiagnostics.ms);
            }
            await bench.runCommand('Developer: Show Running Extensions');
            const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Samskap' }).first();
            await row.waitFor({ timeout: TIMEOUT });
            const text = (await row.textContent()) ?? '';
            const activationTime = /(\d+)\s*ms/.exec(text);
            if (activationTime) {
                report.time('extension activation as VS Code reports it (Running Extensions)', Number(activationTime[1]));
            }
            await screenshot(bench, 'running-extensions');
            await page.keyboard.press('Control+W');
            return text.replace(/\s+/g, ' ').trim();
        });

        await report.step('syntax highlighting colours the tokens', async () => {
            await bench.openFile(SCRATCH);
            await bench.goTo(1, 1);
            const colours = await waitFor('coloured tokens in the editor', TIMEOUT, async () => {
                const found = await bench.activeEditor().locator('.view-lines').evaluate(lines => {
                    const byText = new Map<string, string>();
                    const all = new Set<string>();
                    for (const span of Array.from(lines.querySelectorAll('.view-line span span'))) {
                        const colour = getComputedStyle(span).color;
                        all.add(colour);
                        const text = (span.textContent ?? '').trim();
                        if (text && !byText.has(text)) {
                            byText.set(text, colour);
                        }
                    }
                    return { distinct: all.size, actor: byText.get('actor'), model: byText.get('model'), is: byText.get('is') };
                });
                return found.distinct >= 4 && found.actor ? found : undefined;
            });
            await screenshot(bench, 'highlighting');
            return `${colours.distinct} distinct token colours; "actor" is ${colours.actor}`;
        });

        await report.step(`the Problems panel shows the invalid example's diagnostics (${invalid})`, async () => {
            await bench.openFile(invalid);
            await bench.runCommand('Focus on Problems View');
            const panel = page.locator('.markers-panel');
            await panel.waitFor({ state: 'visible', timeout: TIMEOUT });
            // The list only renders what fits: filter it to the expected message, as a user would.
            const filter = page.locator('.viewpane-filter input, .markers-panel-filter-container input').first();
            if (await filter.isVisible().catch(() => false)) {
                await filter.fill(expected);
            }
            const row = panel.locator('.monaco-list-row', { hasText: expected }).first();
            await row.waitFor({ state: 'visible', timeout: TIMEOUT });
            await screenshot(bench, 'problems-panel');
            // A rule's finding carries its code: the duplicate name in another invalid example (SK-REF-001).
            const coded = 'invalid/duplicate-actor.samskap';
            if (!existsSync(join(workspace, coded))) {
                throw new Error(`${coded} is missing from the workspace (copied from ${invalidModels})`);
            }
            await bench.openFile(coded);
            await bench.runCommand('Focus on Problems View');
            if (await filter.isVisible().catch(() => false)) {
                await filter.fill('already used');
            }
            const codedRow = panel.locator('.monaco-list-row', { hasText: 'already used' }).first();
            await codedRow.waitFor({ state: 'visible', timeout: TIMEOUT });
            const codes = await waitFor('the rule code beside the finding', TIMEOUT, async () => {
                const rows = await panel.locator('.monaco-list-row').allTextContents();
                const found = [...new Set(rows.join('\n').match(/SK-[A-Z]+-\d{3}/g) ?? [])];
                return found.includes('SK-REF-001') ? found : undefined;
            });
            await screenshot(bench, 'problems-panel-rule-code');
            await filter.fill('').catch(() => undefined);
            return `shows "${expected}" (${invalid}) and, with rule codes ${codes.join(', ')}, the duplicate name in ${coded}`;
        });

        await report.step('hover over an actor shows its text', async () => {
            await bench.openFile(SCRATCH);
            const text = scratchText();
            const line = lineOf(text, /^\s*actor\s+arendal\b/);
            await bench.goTo(line, text.split('\n')[line - 1].indexOf('arendal') + 2);
            await bench.runCommand('Show or Focus Hover');
            const hover = page.locator('.monaco-hover:not(.hidden)').first();
            await hover.waitFor({ state: 'visible', timeout: TIMEOUT });
            const content = await waitFor('hover content', TIMEOUT, async () => {
                const value = ((await hover.textContent()) ?? '').trim();
                return value.length > 0 ? value : undefined;
            });
            await screenshot(bench, 'hover');
            await page.keyboard.press('Escape');
            if (!/Arendal/i.test(content)) {
                throw new Error(`the hover does not name the actor: "${content.slice(0, 200)}"`);
            }
            return content.replace(/\s+/g, ' ').slice(0, 160);
        });

        await report.step('completion offers actor kinds', async () => {
            await bench.openFile(SCRATCH);
            const line = lineOf(scratchText(), /^\s*actor\s+arendal\b/);
            await bench.goTo(line, 1);
            await page.keyboard.press('End');
            await page.keyboard.press('Enter');
            await page.keyboard.type('actor e2e_extra "Ny aktør E2E" is ', { delay: 10 });
            await page.keyboard.press('Control+Space');
            const widget = page.locator('.suggest-widget.visible, .editor-widget.suggest-widget.visible').first();
            await widget.waitFor({ state: 'visible', timeout: TIMEOUT });
            const labels = await waitFor('completion items', TIMEOUT, async () => {
                const items = await widget.locator('.monaco-list-row').allTextContents();
                return items.some(item => item.includes('municipality') || item.includes('voluntary_organisation')) ? items : undefined;
            });
            await screenshot(bench, 'completion');
            await page.keyboard.press('Escape');
            await page.keyboard.type('association', { delay: 10 });
            await page.keyboard.press('Control+S');
            return labels.slice(0, 6).map(label => label.trim().split(/\s/)[0]).join(', ');
        });

        let previewOpen = false;
        await report.step('the diagram preview opens and shows the actors', async () => {
            await bench.openFile(SCRATCH);
            const titles = [...scratchText().matchAll(/^\s*actor\s+\S+\s+"([^"]+)"/gm)].map(match => match[1]);
            await bench.runCommand('Samskap: Open Diagram Preview to the Side');
            const frame = await bench.webviewFrame('#canvas', 'the diagram preview');
            await waitFor('every actor in the diagram', TIMEOUT, async () => {
                await failOnPanelError(frame);
                const shown = await frame.locator('#canvas svg').textContent() ?? '';
                return titles.every(title => shown.includes(title));
            });
            previewOpen = true;
            await screenshot(bench, 'preview');
            return `${titles.length} actors drawn: ${titles.join(', ')}`;
        });

        await report.step('clicking an actor in the diagram reveals its source line', async () => {
            if (!previewOpen) {
                throw new Error('the preview did not open');
            }
            const text = scratchText();
            // An actor other than the first (the cursor starts elsewhere): the first one after `arendal`.
            const line = lineOf(text, /^\s*actor\s+(?!arendal\b)[\w\u00C0-\u024F]+/);
            const id = /actor\s+(\S+)/.exec(text.split('\n')[line - 1])?.[1] ?? '';
            await bench.goTo(1, 1);
            const frame = await bench.webviewFrame('#canvas svg', 'the diagram in the preview');
            await frame.locator(`#canvas [data-samskap-id="actor:${id}"]`).first().click({ timeout: TIMEOUT });
            await waitFor(`the cursor on line ${line}`, TIMEOUT, async () => (await bench.cursor())?.line === line);
            await screenshot(bench, 'preview-click-reveals-source');
            return `clicked ${id}; the editor shows line ${line}`;
        });

        await report.step('the preview redraws after an edit', async () => {
            if (!previewOpen) {
                throw new Error('the preview did not open');
            }
            const line = lineOf(scratchText(), /^\s*actor\s+arendal\b/);
            await bench.goTo(line, 1);
            await page.keyboard.press('End');
            await page.keyboard.press('Enter');
            await page.keyboard.type('actor e2e_live "Levende endring" is association', { delay: 15 });
            const typed = Date.now();
            const frame = await bench.webviewFrame('#canvas svg', 'the diagram in the preview');
            await waitFor('the new actor in the diagram', TIMEOUT, async () =>
                ((await frame.locator('#canvas svg').textContent()) ?? '').includes('Levende endring'), 20);
            report.time('last keystroke → diagram shows the edit (UI, includes the typing pause)', Date.now() - typed);
            const refresh = await waitFor('the extension to time the redraw', 10_000, async () =>
                metrics().filter(metric => metric.name === 'preview refresh after edit').pop()).catch(() => undefined);
            if (refresh) {
                report.time('first keystroke of the burst → redraw done (measured inside the extension)', refresh.ms);
            }
            const trips = metrics().filter(metric => metric.name === 'diagram to the webview and back').map(metric => metric.ms);
            if (trips.length > 0) {
                report.time(`diagram handed to the webview → drawn → reported back (median of ${trips.length})`, trips.sort((a, b) => a - b)[Math.floor(trips.length / 2)]);
            }
            const renders = metrics().filter(metric => metric.name === 'preview render in the webview').map(metric => metric.ms);
            if (renders.length > 0) {
                report.time(`webview draws the SVG (median of ${renders.length})`, renders.sort((a, b) => a - b)[Math.floor(renders.length / 2)]);
            }
            const requests = metrics().filter(metric => metric.name === 'diagram request').map(metric => metric.ms);
            if (requests.length > 0) {
                report.time(`server answers samskap/diagram (median of ${requests.length})`, requests.sort((a, b) => a - b)[Math.floor(requests.length / 2)]);
            }
            await screenshot(bench, 'preview-after-edit');
            await page.keyboard.press('Control+S');
        });

        await report.step('the diagram is exported as SVG and PNG', async () => {
            if (!previewOpen) {
                throw new Error('the preview did not open');
            }
            await bench.openFile(SCRATCH);
            const frame = await bench.webviewFrame('#canvas svg', 'the diagram in the preview');
            const saved: string[] = [];
            for (const format of ['svg', 'png'] as const) {
                const target = join(workspace, `${SCRATCH.replace(/\.samskap$/, '')}-network.${format}`);
                await frame.locator(`#export-${format}`).click();
                // VS Code's save dialog (a path box in the browser) proposes the file next to the model.
                const input = page.locator('.quick-input-widget .quick-input-box input');
                await input.waitFor({ state: 'visible', timeout: TIMEOUT });
                await waitFor('the proposed file name', TIMEOUT, async () => (await input.inputValue()).endsWith(`-network.${format}`));
                await screenshot(bench, `export-${format}-dialog`);
                await page.keyboard.press('Enter');
                const bytes = await waitFor(`${target} to be written`, TIMEOUT, async () => existsSync(target) ? readFileSync(target) : undefined);
                if (format === 'svg') {
                    const text = bytes.toString('utf8');
                    if (!text.startsWith('<svg') || !text.includes('Levende endring')) {
                        throw new Error(`the exported SVG does not show the model: ${text.slice(0, 120)}`);
                    }
                    if (/var\(--vscode/.test(/style="([^"]*)"/.exec(text)?.[1] ?? '')) {
                        throw new Error('the exported SVG still refers to VS Code theme variables');
                    }
                } else if (bytes.subarray(1, 4).toString('latin1') !== 'PNG' || bytes.length < 2_000) {
                    throw new Error(`the exported PNG is not a picture of the diagram (${bytes.length} bytes)`);
                }
                saved.push(`${format} ${bytes.length} bytes`);
                cpSync(target, join(artifacts, `exported-diagram.${format}`));
            }
            return saved.join(', ');
        });

        await report.step('a quick fix is applied', async () => {
            // The invalid example first (an unresolved name has fixes), then the scratch model.
            const candidates = [invalid, SCRATCH];
            for (const file of candidates) {
                await bench.openFile(file);
                const before = await bench.activeEditor().locator('.view-lines').textContent();
                const status = bench.statusItem('Samskap: ');
                const errorsBefore = /(\d+) errors?/.exec(await status.getAttribute('aria-label') ?? '')?.[1];
                await bench.runCommand('Go to Next Problem (Error, Warning, Info)');
                await page.keyboard.press('Escape');
                await bench.runCommand('Quick Fix...');
                const menu = page.locator('.action-widget').first();
                const appeared = await menu.waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
                if (!appeared) {
                    continue;
                }
                const rows = page.locator('.action-widget .monaco-list-row');
                await rows.first().waitFor({ state: 'visible', timeout: TIMEOUT });
                const titles = (await rows.allTextContents()).map(title => title.trim()).filter(title => title.length > 0 && !/^(Quick Fix|More Actions)/.test(title));
                if (titles.length === 0) {
                    await page.keyboard.press('Escape');
                    continue;
                }
                const title = titles[0];
                await screenshot(bench, 'quick-fix-menu');
                // The first fix has the keyboard focus: Enter applies it.
                await page.keyboard.press('Enter');
                await waitFor('the quick fix to change the text', TIMEOUT, async () =>
                    (await bench.activeEditor().locator('.view-lines').textContent()) !== before);
                const errorsAfter = await waitFor('the status bar to count the errors again', TIMEOUT, async () =>
                    /(\d+) errors?/.exec(await status.getAttribute('aria-label') ?? '')?.[1]);
                await screenshot(bench, 'quick-fix-applied');
                if (errorsBefore !== undefined && Number(errorsAfter) > Number(errorsBefore)) {
                    throw new Error(`the fix "${title}" raised the errors from ${errorsBefore} to ${errorsAfter}`);
                }
                return `applied "${title}" in ${file}; errors ${errorsBefore ?? '?'} → ${errorsAfter}`;
            }
            throw new SkipStep('the language server offered no quick fix for the first problem of the scratch or the invalid model (code actions not available yet)');
        });

        await report.step('the comparison view opens for the workspace', async () => {
            await bench.runCommand('Samskap: Compare All Models in the Workspace');
            const frame = await bench.webviewFrame('#matrix', 'the comparison panel');
            await waitFor('the comparison matrix', TIMEOUT, async () => {
                await failOnPanelError(frame);
                return (await frame.locator('#matrix table').count()) > 0;
            });
            const text = (await frame.locator('#matrix').textContent()) ?? '';
            await screenshot(bench, 'comparison');
            if (!text.includes('Arendal')) {
                throw new Error('the matrix does not mention the Arendal case');
            }
            return `${await frame.locator('#matrix tr').count()} table rows`;
        });

        await report.step('Compare Selected Models from the Explorer context menu', async () => {
            await bench.runCommand('View: Show Explorer');
            const first = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'offri-arendal.samskap' }).first();
            const second = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'offri-steinkjer.samskap' }).first();
            await first.click();
            await second.click({ modifiers: ['Control'] });
            await second.click({ button: 'right' });
            const item = page.locator('.context-view .action-item', { hasText: 'Compare Selected Models' }).first();
            await item.waitFor({ state: 'visible', timeout: TIMEOUT });
            await screenshot(bench, 'explorer-context-menu');
            await item.click();
            await waitFor('the comparison of the two selected files', TIMEOUT, async () => {
                const frame = await bench.webviewFrame('#matrix', 'the comparison panel');
                return ((await frame.locator('#summary').textContent()) ?? '').startsWith('2 files');
            });
            await screenshot(bench, 'comparison-selected');
        });

        await report.step('Generate Documentation Site writes the site', async () => {
            await bench.runCommand('Samskap: Generate Documentation Site');
            // The row of the site folder's question, not the palette's row of the command (which also says "Site").
            const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'in the workspace' }).first();
            await row.waitFor({ state: 'visible', timeout: TIMEOUT });
            await screenshot(bench, 'documentation-target');
            await row.click();
            const index = join(workspace, 'site', 'index.html');
            const html = await waitFor('site/index.html', TIMEOUT, async () => existsSync(index) ? readFileSync(index, 'utf8') : undefined);
            await page.locator('.notifications-toasts', { hasText: 'Documentation written' }).first().waitFor({ timeout: TIMEOUT });
            await screenshot(bench, 'documentation-written');
            if (!html.includes('Arendal')) {
                throw new Error('site/index.html does not list the Arendal case');
            }
            return `${readdirSync(join(workspace, 'site'), { recursive: true }).length} entries in site/`;
        });

        await report.step('the getting-started walkthrough opens the example and its diagram', async () => {
            await bench.runCommand('Welcome: Open Walkthrough...');
            const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get started with Samskap' }).first();
            await pick.waitFor({ state: 'visible', timeout: TIMEOUT });
            await pick.click();
            const link = page.locator('.gettingStartedContainer a, .gettingStartedContainer .button-link', { hasText: 'Open the example' }).first();
            await link.waitFor({ state: 'visible', timeout: TIMEOUT });
            await screenshot(bench, 'walkthrough');
            await link.click();
            await page.locator('.tabs-container .tab[data-resource-name="samskap-getting-started.samskap"]').first().waitFor({ timeout: TIMEOUT });
            const frame = await waitFor('the example\'s diagram', TIMEOUT, async () => {
                for (const candidate of page.frames()) {
                    const text = await candidate.locator('#canvas svg').textContent({ timeout: 500 }).catch(() => null);
                    if (text?.includes('Frivilligsentralen')) {
                        return candidate;
                    }
                }
                return undefined;
            }, 250);
            await screenshot(bench, 'walkthrough-example-and-preview');
            return `example opened; diagram in ${frame.url().slice(0, 40)}…`;
        });
    } catch (error) {
        report.steps.push({ name: 'the suite itself', outcome: 'failed', detail: error instanceof Error ? error.stack ?? error.message : String(error), seconds: 0 });
    } finally {
        await browser?.close().catch(() => undefined);
        await server?.stop().catch(() => undefined);
        keepLogs(environment);
        if (existsSync(metricsFile)) {
            cpSync(metricsFile, join(artifacts, 'metrics.jsonl'));
        }
        rmSync(work, { recursive: true, force: true });
    }
    return finishSuite(report, environment);
}

runSuite(main);
