/// <reference lib="dom" />
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { syntheticModel } from '../../../../bench/synthetic-models.js';
import { installExtension, startCodeServer, type RunningCodeServer } from './code-server.js';
import { keepLogs, finishSuite, runSuite, suiteEnvironment } from './suite-environment.js';
import { Report } from './report.js';
import { waitFor } from './wait.js';
import { Workbench } from './workbench.js';

/**
 * End-to-end checks of the webviews in the real workbench, as a user sees them: the comparison
 * matrix readable in every combination of a light or dark VS Code theme with a light or dark
 * system colour scheme (measured contrast, WCAG AA 4.5:1, with screenshots); the preview showing
 * the drawing of the file it is titled with when that file has a syntax error; zoom that does not
 * carry from one file to another; a large model's overview whose groups open and close; images
 * exported from the preview drawn in the diagram font; a rule code opening the rule's own page. Started by
 * scripts/e2e/run-e2e.mjs after suite.ts (alone with SAMSKAP_E2E_SUITES=webviews).
 */

const environment = suiteEnvironment();
const { codeServerBin, vsix, examples, invalidModels, artifacts, work, chromiumPath, workspace } = environment;
const TIMEOUT = environment.timeout;
const settingsFile = join(work, 'user-data', 'User', 'settings.json');
/** A model that never parses: the preview has no drawing of it. */
const BROKEN = 'never-parsed.samskap';
/** A small model, to see that a large one's zoom does not carry over to it. */
const SMALL = 'small.samskap';
/** A model past the 300 actors at which views are drawn as an overview of one node per sector (the benchmark's generator). */
const LARGE = 'large-network.samskap';
/** The diagram font, as the CLI renders PNGs with it and the extension ships it. */
const ARIMO = ['400Regular/Arimo_400Regular.ttf', '700Bold/Arimo_700Bold.ttf']
    .map(file => readFileSync(createRequire(import.meta.url).resolve(`@expo-google-fonts/arimo/${file}`)));

/** VS Code's default themes: the id in settings, and the label the theme picker shows. */
const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern' } as const;
const THEME_LABELS: Record<string, string> = { 'Default Light Modern': 'Light Modern', 'Default Dark Modern': 'Dark Modern' };
type Scheme = 'light' | 'dark';

function prepareWorkspace(): void {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(examples, workspace, { recursive: true });
    cpSync(invalidModels, join(workspace, 'invalid'), { recursive: true });
    writeFileSync(join(workspace, BROKEN), 'model NeverParsed "Aldri lest" {\n    actor kommunen "Kommunen" is\n');
    // The folder is one project, as the examples are inside the repository: the libraries link.
    writeFileSync(join(workspace, 'samskap.json'), '{}\n');
    writeFileSync(join(workspace, SMALL), 'model Small "Lite" {\n    actor kommunen "Kommunen" is municipality\n    actor laget "Laget" is association\n    initiative by laget\n}\n');
    writeFileSync(join(workspace, LARGE), syntheticModel('Large', 320));
}

function writeSettings(theme: string): void {
    mkdirSync(join(work, 'user-data', 'User'), { recursive: true });
    writeFileSync(settingsFile, JSON.stringify({
        'workbench.colorTheme': theme,
        'window.autoDetectColorScheme': false,
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

/** Text and background colour of each measured part of the matrix, as the browser paints them, with their WCAG contrast ratio. */
interface Measured { readonly part: string; readonly color: string; readonly background: string; readonly ratio: number }

/**
 * Measures, inside the webview, the contrast of the page body, a header cell, and cells of an odd
 * and an even (zebra) row: the text colour against the colour painted behind it (the element's
 * background, else its ancestors', composited over the page's).
 */
async function measureMatrix(frame: Frame): Promise<Measured[]> {
    return frame.evaluate(() => {
        type Rgba = [number, number, number, number];
        const parse = (value: string): Rgba => {
            const numbers = (value.match(/[\d.]+/g) ?? []).map(Number);
            return [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 0, numbers[3] ?? 1];
        };
        const over = (top: Rgba, bottom: Rgba): Rgba => {
            const alpha = top[3];
            return [top[0] * alpha + bottom[0] * (1 - alpha), top[1] * alpha + bottom[1] * (1 - alpha), top[2] * alpha + bottom[2] * (1 - alpha), 1];
        };
        const backgroundOf = (element: Element): Rgba => {
            const layers: Rgba[] = [];
            for (let current: Element | null = element; current; current = current.parentElement) {
                const layer = parse(getComputedStyle(current).backgroundColor);
                if (layer[3] > 0) layers.push(layer);
                if (layer[3] >= 1) break;
            }
            // The canvas under everything: the page's own colour, else white (the browser's default).
            let colour: Rgba = [255, 255, 255, 1];
            for (const layer of layers.reverse()) colour = over(layer, colour);
            return colour;
        };
        const luminance = ([r, g, b]: Rgba): number => {
            const channel = (value: number) => {
                const c = value / 255;
                return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
            };
            return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        };
        const ratio = (a: Rgba, b: Rgba): number => {
            const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
            return (light + 0.05) / (dark + 0.05);
        };
        const parts: Array<[string, Element | null]> = [
            ['body', document.body],
            ['header cell', document.querySelector('#matrix thead th')],
            ['odd row cell', document.querySelector('#matrix tbody tr:nth-child(odd) > td')],
            ['even (zebra) row cell', document.querySelector('#matrix tbody tr:nth-child(even) > td')],
            ['row header', document.querySelector('#matrix tbody th')]
        ];
        return parts.filter((entry): entry is [string, Element] => entry[1] !== null).map(([part, element]) => {
            const background = backgroundOf(element);
            const color = over(parse(getComputedStyle(element).color), background);
            return { part, color: `rgb(${color.slice(0, 3).map(Math.round).join(', ')})`, background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`, ratio: ratio(color, background) };
        });
    });
}

/** Picks a colour theme the way a user does: "Preferences: Color Theme", its name, Enter. */
async function chooseTheme(bench: Workbench, theme: string): Promise<void> {
    await bench.runCommand('Preferences: Color Theme');
    const input = bench.page.locator('.quick-input-widget .quick-input-box input');
    const label = THEME_LABELS[theme] ?? theme;
    await input.fill(label);
    const row = bench.page.locator('.quick-input-widget .monaco-list-row', { has: bench.page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) }).first();
    await row.waitFor({ state: 'visible', timeout: TIMEOUT });
    await row.click();
    await waitFor('the theme picker to close', TIMEOUT, async () => !(await input.isVisible()));
}

async function editorBackground(page: Page): Promise<string> {
    return page.evaluate(() => getComputedStyle(document.querySelector('.monaco-workbench') as Element).getPropertyValue('--vscode-editor-background').trim());
}

/** The group nodes and actor nodes the preview's drawing shows, and its way back. */
async function drawnGroups(frame: Frame): Promise<{ groups: Array<{ id: string; name: string }>; actors: string[]; actorSectors: string[]; crumb: string; back: boolean; uri: string }> {
    return frame.evaluate(() => {
        const svg = document.querySelector('#canvas svg');
        const groups = Array.from(svg?.querySelectorAll('g.node.aggregate[data-samskap-id]') ?? []).map(node => ({
            id: node.getAttribute('data-samskap-id') ?? '', name: node.querySelector('title')?.textContent ?? ''
        }));
        const actorNodes = Array.from(svg?.querySelectorAll('g.node[data-samskap-id^="actor:"]') ?? []);
        return {
            groups,
            actors: actorNodes.map(node => node.getAttribute('data-samskap-id') ?? ''),
            actorSectors: [...new Set(actorNodes.map(node => Array.from(node.classList).find(name => name.startsWith('sector-')) ?? 'none'))],
            crumb: (document.getElementById('groups')?.hidden ? '' : document.getElementById('group-crumb')?.textContent) ?? '',
            back: !(document.getElementById('overview') as HTMLButtonElement).hidden && !document.getElementById('groups')?.hidden,
            uri: (document.getElementById('canvas') as HTMLElement).dataset.uri ?? ''
        };
    });
}

/** Saves the preview's drawing as SVG or PNG through VS Code's save dialog (it proposes the file next to the model); returns the bytes written. */
async function exportFromPreview(bench: Workbench, frame: Frame, format: 'svg' | 'png', target: string): Promise<Buffer> {
    rmSync(target, { force: true });
    await frame.locator(`#export-${format}`).click();
    const input = bench.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await waitFor('the proposed file name', TIMEOUT, async () => (await input.inputValue()).endsWith(target.slice(target.lastIndexOf('/') + 1)));
    await bench.page.keyboard.press('Enter');
    return waitFor(`${target} to be written`, TIMEOUT, async () => existsSync(target) ? readFileSync(target) : undefined);
}

/**
 * Pixels of the exported PNG that differ from the same browser's drawing of an SVG at the PNG's
 * size (image, then canvas, as the preview rasterises): 0 when the PNG was drawn from that SVG.
 */
async function pixelsDiffering(page: Page, png: Buffer, svg: string): Promise<{ differing: number; total: number }> {
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    return page.evaluate(async ({ pngBase64, svgText, width, height }) => {
        const pixels = async (src: string): Promise<Uint8ClampedArray> => {
            const image = new Image();
            await new Promise((resolve, reject) => {
                image.onload = resolve;
                image.onerror = () => reject(new Error('an image could not be drawn'));
                image.src = src;
            });
            const canvas = document.createElement('canvas');
            canvas.width = width;
            canvas.height = height;
            const context = canvas.getContext('2d') as CanvasRenderingContext2D;
            context.drawImage(image, 0, 0, width, height);
            return context.getImageData(0, 0, width, height).data;
        };
        const exported = await pixels(`data:image/png;base64,${pngBase64}`);
        const drawn = await pixels(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`);
        let differing = 0;
        for (let at = 0; at < exported.length; at += 4) {
            for (let channel = 0; channel < 4; channel++) {
                if (Math.abs((exported[at + channel] ?? 0) - (drawn[at + channel] ?? 0)) > 8) {
                    differing++;
                    break;
                }
            }
        }
        return { differing, total: width * height };
    }, { pngBase64: png.toString('base64'), svgText: svg, width, height });
}

async function main(): Promise<number> {
    mkdirSync(artifacts, { recursive: true });
    for (const old of readdirSync(artifacts).filter(name => name.endsWith('.png'))) {
        rmSync(join(artifacts, old));
    }
    const report = new Report();
    prepareWorkspace();
    writeSettings(THEMES.dark);
    const options = {
        executable: codeServerBin,
        userDataDir: join(work, 'user-data'),
        extensionsDir: join(work, 'extensions'),
        folder: workspace,
        logFile: join(artifacts, 'code-server.log'),
        env: { ...process.env, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }) }
    };
    rmSync(options.logFile, { force: true });
    let server: RunningCodeServer | undefined;
    let browser: Browser | undefined;
    const screenshot = async (bench: Workbench, name: string): Promise<void> => bench.screenshot(join(artifacts, `${name}.png`));

    try {
        await installExtension(options, vsix);
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

        const opened = await report.step('the workbench opens the examples folder', async () => {
            await page.goto(server!.url, { timeout: TIMEOUT });
            await bench.ready();
            await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'offri' }).first().waitFor({ timeout: TIMEOUT });
        });
        if (!opened) {
            return finishSuite(report, environment);
        }
        // The Samskap commands are there once the extension has checked a model.
        await report.step('the extension checks a model', async () => {
            await bench.openFile(SMALL);
            const status = bench.statusItem('Samskap: ');
            await waitFor('the Samskap status bar item', TIMEOUT, async () => /Samskap: \d+ errors?/.test(await status.getAttribute('aria-label') ?? ''));
        });

        await report.step('the comparison matrix is readable with a light or dark theme on a light or dark system (WCAG AA 4.5:1)', async () => {
            await bench.runCommand('Samskap: Compare All Models in the Workspace');
            const frame = await bench.webviewFrame('#matrix', 'the comparison panel');
            await waitFor('the comparison matrix', TIMEOUT, async () => (await frame.locator('#matrix tbody tr').count()) > 2);
            const lines: string[] = [];
            const failures: string[] = [];
            for (const theme of ['dark', 'light'] as const) {
                await chooseTheme(bench, THEMES[theme]);
                // The workbench and the webview take the theme's colours once the settings file is read.
                const expected = theme === 'dark' ? (value: number) => value < 0.2 : (value: number) => value > 0.8;
                await waitFor(`the ${theme} theme`, TIMEOUT, async () => {
                    const [r, g, b] = ((await editorBackground(page)).match(/[\da-f]{2}/gi) ?? []).slice(0, 3).map(hex => parseInt(hex, 16) / 255);
                    return r !== undefined && expected((r + g + b) / 3);
                });
                for (const scheme of ['light', 'dark'] as Scheme[]) {
                    await page.emulateMedia({ colorScheme: scheme });
                    // The webview has the theme once VS Code has given it the theme's variables.
                    await waitFor(`the ${theme} theme in the webview`, TIMEOUT, async () => {
                        const background = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-background').trim());
                        const [r, g, b] = (background.match(/[\da-f]{2}/gi) ?? []).slice(0, 3).map(hex => parseInt(hex, 16) / 255);
                        return r !== undefined && expected((r + g + b) / 3);
                    });
                    const measured = await measureMatrix(frame);
                    await screenshot(bench, `matrix-${theme}-theme-${scheme}-system`);
                    for (const part of measured) {
                        const line = `${theme} theme, ${scheme} system, ${part.part}: ${part.ratio.toFixed(2)}:1 (${part.color} on ${part.background})`;
                        lines.push(line);
                        if (part.ratio < 4.5) failures.push(line);
                    }
                }
            }
            await page.emulateMedia({ colorScheme: 'light' });
            await chooseTheme(bench, THEMES.dark);
            if (failures.length > 0) {
                throw new Error(`contrast below 4.5:1:\n${failures.join('\n')}`);
            }
            return lines.join('\n');
        });

        await report.step('a file with syntax errors shows its own last drawing, or none, never the previous file\'s', async () => {
            await bench.openFile('offri-steinkjer.samskap');
            await bench.runCommand('Samskap: Open Diagram Preview to the Side');
            const frame = await bench.webviewFrame('#canvas svg', 'the diagram preview');
            const drawing = async () => (await frame.locator('#canvas svg').textContent({ timeout: 2_000 }).catch(() => null)) ?? '';
            await waitFor('the Steinkjer drawing', TIMEOUT, async () => (await drawing()).includes('Steinkjer'));
            // A syntax error in Steinkjer (not saved): the preview keeps Steinkjer's drawing and says why.
            await bench.focusEditor();
            await page.keyboard.press('Control+End');
            await page.keyboard.type('\nactor broken "Brutt" is', { delay: 10 });
            await waitFor('the "not redrawn" banner', TIMEOUT, async () => /Not redrawn/.test((await frame.locator('#status').textContent()) ?? ''));
            // Another file, then back to the broken Steinkjer: its own last drawing, not Arendal's.
            await bench.openFile('offri-arendal.samskap');
            await waitFor('the Arendal drawing', TIMEOUT, async () => (await drawing()).includes('Arendal kommune'));
            await bench.openFile('offri-steinkjer.samskap');
            await waitFor('Steinkjer\'s last drawing again', TIMEOUT, async () => {
                const shown = await drawing();
                return shown.includes('Steinkjer') && !shown.includes('Arendal kommune');
            });
            await screenshot(bench, 'preview-broken-file-own-drawing');
            // A file that never parsed: no drawing at all, and the error.
            await bench.openFile(BROKEN);
            await waitFor('an empty canvas with the error', TIMEOUT, async () =>
                (await frame.locator('#canvas svg').count()) === 0 && /Not redrawn|No diagram/.test((await frame.locator('#status').textContent()) ?? ''));
            await screenshot(bench, 'preview-never-parsed-file');
            // Undo the Steinkjer edit, so later steps see the example as it is.
            await bench.openFile('offri-steinkjer.samskap');
            await bench.runCommand('File: Revert File');
            return 'Steinkjer kept its drawing under its title; the never-parsed file showed none';
        });

        await report.step('zoom stays with the file it was set in; a new file is fitted to the window', async () => {
            await bench.openFile('offri-arendal.samskap');
            const frame = await bench.webviewFrame('#canvas svg', 'the diagram preview');
            const level = async () => ((await frame.locator('#zoom-level').textContent()) ?? '').trim();
            await waitFor('the Arendal drawing', TIMEOUT, async () => ((await frame.locator('#canvas svg').textContent()) ?? '').includes('Arendal kommune'));
            const fitted = await level();
            for (let click = 0; click < 3; click++) await frame.locator('#zoom-in').click();
            const zoomed = await level();
            if (zoomed === fitted) throw new Error(`zooming in left the level at ${fitted}`);
            // Back in the text editor (the click went to the preview), as a user switching files.
            await bench.focusEditor();
            await bench.openFile(SMALL);
            await waitFor('the small drawing', TIMEOUT, async () => ((await frame.locator('#canvas svg').textContent()) ?? '').includes('Laget'));
            const fits = await frame.evaluate(() => {
                const svg = document.querySelector('#canvas svg') as SVGSVGElement;
                const viewport = document.getElementById('viewport') as HTMLElement;
                return { width: svg.getBoundingClientRect().width, height: svg.getBoundingClientRect().height, room: viewport.clientWidth, roomHeight: viewport.clientHeight };
            });
            await screenshot(bench, 'preview-small-file-fitted');
            const smallLevel = await level();
            // Fitted: it fills the window in one direction, and is no thumbnail nor clipped.
            const filled = Math.max(fits.width / fits.room, fits.height / fits.roomHeight);
            if (filled < 0.5 || filled > 1.01 || await level() === zoomed) {
                throw new Error(`the small model is not fitted: ${JSON.stringify(fits)} at ${await level()} (the large one was zoomed to ${zoomed})`);
            }
            await bench.focusEditor();
            await bench.openFile('offri-arendal.samskap');
            await waitFor(`Arendal back at the user's ${zoomed}`, TIMEOUT, async () =>
                ((await frame.locator('#canvas svg').textContent()) ?? '').includes('Arendal kommune') && await level() === zoomed);
            return `Arendal fitted at ${fitted}, zoomed to ${zoomed}; the small model fitted at ${smallLevel} (${Math.round(filled * 100)} % of the window); Arendal back at ${zoomed}`;
        });

        await report.step('a large model shows an overview of groups; a click on a group draws its actors, "← Overview" goes back', async () => {
            await bench.focusEditor();
            await bench.openFile(LARGE);
            const frame = await bench.webviewFrame('#canvas svg', 'the diagram preview');
            await waitFor('the overview of the large model', TIMEOUT, async () => {
                const drawn = await drawnGroups(frame);
                return drawn.uri.endsWith(LARGE) && drawn.groups.some(group => group.id === 'sector:public');
            });
            const overview = await drawnGroups(frame);
            await screenshot(bench, 'preview-large-overview');
            if (overview.actors.length > 0 || !/Click a group/.test(overview.crumb) || overview.back) {
                throw new Error(`the overview draws ${overview.actors.length} actors one by one, says "${overview.crumb}", way back shown: ${overview.back}`);
            }
            const publicGroup = overview.groups.find(group => group.id === 'sector:public');
            const members = Number(/\((\d+)\)/.exec(publicGroup?.name ?? '')?.[1] ?? Number.NaN);
            await frame.locator('#canvas g.node.aggregate[data-samskap-id="sector:public"]').click();
            await waitFor('the public sector drawn actor by actor', TIMEOUT, async () => (await drawnGroups(frame)).actors.length > 0);
            const opened = await drawnGroups(frame);
            await screenshot(bench, 'preview-large-group-opened');
            const others = overview.groups.filter(group => group.id !== 'sector:public').map(group => group.id).sort();
            if (opened.actors.length !== members || opened.actorSectors.join() !== 'sector-public' || opened.groups.map(group => group.id).sort().join() !== others.join()
                || !opened.back || !opened.crumb.includes(publicGroup?.name ?? '?')) {
                throw new Error(`opened: ${opened.actors.length} actors of ${opened.actorSectors.join(', ')} (the group counts ${members}), groups ${opened.groups.map(group => group.id).join(', ')} (expected ${others.join(', ')}), way back ${opened.back} "${opened.crumb}"`);
            }
            // Another file and back: the group stays open in its file.
            await bench.focusEditor();
            await bench.openFile(SMALL);
            await waitFor('the small drawing', TIMEOUT, async () => (await drawnGroups(frame)).uri.endsWith(SMALL));
            if ((await drawnGroups(frame)).back) throw new Error('the small model shows a way back to an overview it does not have');
            await bench.focusEditor();
            await bench.openFile(LARGE);
            await waitFor('the opened group again', TIMEOUT, async () => {
                const drawn = await drawnGroups(frame);
                return drawn.uri.endsWith(LARGE) && drawn.actors.length === members && drawn.back;
            });
            await frame.locator('#overview').click();
            await waitFor('the overview again', TIMEOUT, async () => {
                const drawn = await drawnGroups(frame);
                return drawn.actors.length === 0 && drawn.groups.length === overview.groups.length && !drawn.back;
            });
            await screenshot(bench, 'preview-large-back-to-overview');
            return `overview: ${overview.groups.map(group => group.name).join(', ')}; opened ${publicGroup?.name}: ${opened.actors.length} actors beside ${opened.groups.length} groups ("${opened.crumb}"); kept per file; back to ${overview.groups.length} groups`;
        });

        await report.step('the preview draws in Arimo, and its exported SVG and PNG carry it', async () => {
            await bench.focusEditor();
            await bench.openFile('offri-arendal.samskap');
            const frame = await bench.webviewFrame('#canvas svg', 'the diagram preview');
            await waitFor('the Arendal drawing', TIMEOUT, async () => ((await frame.locator('#canvas svg').textContent()) ?? '').includes('Arendal kommune'));
            const onScreen = await frame.evaluate(() => ({
                loaded: document.fonts.check('12px Arimo') && document.body.dataset.diagramFont === 'Arimo',
                family: getComputedStyle(document.querySelector('#canvas svg text') as Element).fontFamily
            }));
            await screenshot(bench, 'preview-drawn-in-arimo');
            if (!onScreen.loaded || !/^"?Arimo"?,/.test(onScreen.family)) {
                throw new Error(`on screen: Arimo loaded ${onScreen.loaded}, text drawn in ${onScreen.family}`);
            }
            const svg = (await exportFromPreview(bench, frame, 'svg', join(workspace, 'offri-arendal-network.svg'))).toString('utf8');
            const png = await exportFromPreview(bench, frame, 'png', join(workspace, 'offri-arendal-network.png'));
            cpSync(join(workspace, 'offri-arendal-network.png'), join(artifacts, 'exported-arendal-network.png'));
            cpSync(join(workspace, 'offri-arendal-network.svg'), join(artifacts, 'exported-arendal-network.svg'));
            // The SVG embeds the very font files the CLI renders with, for the weights it uses.
            const faces = [...svg.matchAll(/@font-face\{font-family:Arimo;font-style:normal;font-weight:(\d+);src:url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\)/g)]
                .map(([, weight, data]) => ({ weight, same: Buffer.from(data ?? '', 'base64').equals(weight === '700' ? ARIMO[1]! : ARIMO[0]!) }));
            if (!faces.some(face => face.weight === '400') || !faces.every(face => face.same)) {
                throw new Error(`the exported SVG embeds ${JSON.stringify(faces)}`);
            }
            // The PNG is that SVG, drawn: pixel for pixel what this browser draws from it. Without
            // the embedded font, and on a machine without Liberation Sans (here: DejaVu Sans), the
            // text differs, so the comparison would notice a PNG drawn in another font.
            const checker = await browser!.newPage();
            try {
                const withArimo = await pixelsDiffering(checker, png, svg);
                const fallback = svg.replace(/<style class="sk-embedded-font">[\s\S]*?<\/style>/, '').replace(/font-family:Arimo,Arial,'Liberation Sans',Helvetica,sans-serif/g, "font-family:'DejaVu Sans'");
                const withoutArimo = await pixelsDiffering(checker, png, fallback);
                // As the preview exported before: the SVG without the font, drawn in the machine's fallback for Arial (here Liberation Sans).
                const systemFonts = await pixelsDiffering(checker, png, svg.replace(/<style class="sk-embedded-font">[\s\S]*?<\/style>/, ''));
                if (withArimo.differing > withArimo.total / 10_000 || withoutArimo.differing < 100) {
                    throw new Error(`PNG pixels differing from the SVG with Arimo: ${withArimo.differing}, from it in a fallback font: ${withoutArimo.differing} (of ${withArimo.total})`);
                }
                return `on screen: ${onScreen.family}; SVG embeds Arimo ${faces.map(face => face.weight).join(' and ')} (${Math.round(svg.length / 1024)} kB); PNG ${png.length} bytes: `
                    + `${withArimo.differing} of ${withArimo.total} pixels differ from the SVG drawn with Arimo, ${systemFonts.differing} from it drawn in the system's fonts, ${withoutArimo.differing} from it in DejaVu Sans`;
            } finally {
                await checker.close();
            }
        });

        await report.step('a rule code in the Problems panel opens the rule\'s own page', async () => {
            await bench.openFile('invalid/duplicate-actor.samskap');
            await bench.runCommand('Focus on Problems View');
            const panel = page.locator('.markers-panel');
            await panel.waitFor({ state: 'visible', timeout: TIMEOUT });
            const link = panel.locator('.monaco-list-row', { hasText: 'SK-REF-001' }).locator('a').filter({ hasText: 'SK-REF-001' }).first();
            await link.waitFor({ state: 'visible', timeout: TIMEOUT });
            await link.click();
            const frame = await bench.webviewFrame('main.rule', 'the rule page');
            const heading = (await frame.locator('main.rule h3').first().textContent()) ?? '';
            const text = (await frame.locator('main.rule').textContent()) ?? '';
            await screenshot(bench, 'rule-page');
            if (heading.trim() !== 'SK-REF-001' || !text.includes('Example') || (await frame.locator('main.rule pre code').count()) === 0) {
                throw new Error(`the rule page shows "${heading}" without its example`);
            }
            const tab = page.locator('.tabs-container .tab', { hasText: 'Rule SK-REF-001' });
            if ((await tab.count()) === 0) throw new Error('no editor tab titled "Rule SK-REF-001"');
            return 'the page shows SK-REF-001 with what it checks, why, its source and an example';
        });

        await report.step('a keyword\'s hover links to its section of the language reference, rendered', async () => {
            await bench.focusEditor();
            await bench.openFile(SMALL);
            // On `actor` of line 2.
            await bench.goTo(2, 6);
            await bench.runCommand('Show or Focus Hover');
            const hover = page.locator('.monaco-hover:not(.hidden)').first();
            await hover.waitFor({ state: 'visible', timeout: TIMEOUT });
            const link = hover.locator('a', { hasText: 'Language reference' }).first();
            await link.waitFor({ state: 'visible', timeout: TIMEOUT });
            const explained = ((await hover.textContent()) ?? '').replace(/\s+/g, ' ');
            await screenshot(bench, 'keyword-hover');
            await link.click();
            const frame = await bench.webviewFrame('main.rule h2', 'the language reference page');
            const heading = ((await frame.locator('main.rule h2').first().textContent()) ?? '').trim();
            await screenshot(bench, 'language-reference-page');
            if (heading !== 'Actors' || (await frame.locator('main.rule pre code').count()) === 0) {
                throw new Error(`the reference page shows "${heading}" (hover: ${explained.slice(0, 120)})`);
            }
            return `hover: ${explained.slice(0, 100)}…; page: ${heading}`;
        });

        await report.step('Ctrl+K V opens the diagram preview beside a Samskap editor', async () => {
            await bench.runCommand('View: Close All Editors');
            await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SMALL }).first().click();
            await bench.activeEditor().locator('.view-lines').waitFor({ state: 'visible', timeout: TIMEOUT });
            await bench.focusEditor();
            await page.keyboard.press('Control+K');
            await page.keyboard.press('V');
            await bench.webviewFrame('#canvas svg', 'the diagram preview');
            const tab = page.locator('.tabs-container .tab', { hasText: `Diagram: ${SMALL}` });
            await tab.first().waitFor({ state: 'visible', timeout: TIMEOUT });
            return 'preview opened by the keybinding';
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
