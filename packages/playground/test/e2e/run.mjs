// End-to-end test of the built playground in headless Chromium (playwright-core with the system's
// /usr/bin/chromium). It builds the playground, serves the folder with the tiny static server and
// does what a visitor does: open an example, type a mistake and see it reported, repair it with
// the quick fix, see the diagram change, download the export, share the model by link and open
// the link in a fresh browser, and keep working offline. Every request the pages make is recorded:
// only the playground's own static files may be asked for.
//
//   node packages/playground/test/e2e/run.mjs [--no-build] [--readme-screenshot <file.png>]
/* global localStorage, location, navigator -- read inside the page, in page.evaluate and waitForFunction */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveFolder } from '../../scripts/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const playground = join(here, '..', '..');
const root = join(playground, '..', '..');
const dist = join(playground, 'dist');
const artifacts = join(root, '.e2e-artifacts', 'playground');
const screenshotArgument = process.argv.indexOf('--readme-screenshot');
const readmeScreenshot = screenshotArgument > 0 ? resolve(process.argv[screenshotArgument + 1]) : undefined;
/** Generous: the machine is shared, and a wait ends as soon as its condition holds. */
const WAIT = { timeout: 60_000 };
/** The files the page and its worker are allowed to request: the built folder's own (read after the build). */
let STATIC_FILES;
const EXAMPLE = 'offri-arendal.samskap';

if (!process.argv.includes('--no-build')) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    execFileSync(process.execPath, [join(playground, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
mkdirSync(artifacts, { recursive: true });
STATIC_FILES = new Set(['/', ...readdirSync(dist).map(name => `/${name}`)]);

const { server, url } = await serveFolder(dist);
const origin = new URL(url).origin;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const requests = [];
const problems = [];
let step = 'start';

/** A browser context whose every request and page error is recorded. */
async function recordedContext(options = {}) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, ...options });
    context.on('request', request => requests.push({ step, url: request.url() }));
    context.on('page', page => {
        page.on('pageerror', error => problems.push(`${step}: page error: ${error.message}`));
        page.on('console', message => {
            if (message.type() === 'error') problems.push(`${step}: console error: ${message.text()}`);
        });
    });
    return context;
}

const visibleEditor = '.editor-host:not([hidden]) .cm-content';
const diagramTitle = page => page.locator('#diagram svg').first().getAttribute('aria-label');

/** Moves the cursor to the end of the line holding `text` (searching from the top) in the visible editor. */
async function cursorAfterLine(page, lines, text) {
    const index = lines.findIndex(line => line.includes(text));
    assert.ok(index >= 0, `the example has a line with ${text}`);
    await page.locator(visibleEditor).click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < index; i++) {
        await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('End');
}

/** Puts the cursor inside `word` on the first line holding `text` in the visible editor. */
async function cursorInWord(page, lines, text, word) {
    await cursorAfterLine(page, lines, text);
    const line = lines.find(candidate => candidate.includes(text));
    for (let i = line.indexOf(word) + 1; i < line.length; i++) {
        await page.keyboard.press('ArrowLeft');
    }
}

/** Waits until the visible editor has a line that reads exactly `text` (its indentation aside). */
const editorLine = (page, text) => page.locator(`${visibleEditor} .cm-line`, { hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first().waitFor(WAIT);

const storedFiles = page => page.evaluate(() => JSON.parse(localStorage.getItem('samskap-playground:files') ?? '[]'));

let failed = false;
try {
    const context = await recordedContext();
    const page = await context.newPage();

    step = 'load an example';
    await page.goto(url);
    await page.waitForSelector('#diagram svg', WAIT);
    await page.selectOption('#example-choice', EXAMPLE);
    await page.waitForSelector(`.file-tab[data-file="${EXAMPLE}"][aria-selected="true"]`, WAIT);
    await page.waitForSelector('.file-tab[data-file="library/norway.samskap"]', WAIT);
    await page.waitForFunction(() => document.querySelector('#diagram svg')?.getAttribute('aria-label')?.startsWith('Med hjerte for Arendal'), null, WAIT);
    const exampleText = readFileSync(join(root, 'examples', EXAMPLE), 'utf8');
    // The example is valid and uses its library: no error anywhere.
    await page.waitForFunction(() => document.querySelectorAll('.finding-error').length === 0 && document.querySelector('#status')?.textContent?.includes('offri-arendal'), null, WAIT);
    console.log(`ok: ${step} (${await diagramTitle(page)})`);

    step = 'find references across files';
    // Shift+F12 on the library's actor lists its uses in the model too; choosing one opens the model there.
    await page.click('.file-tab[data-file="library/norway.samskap"]');
    await page.waitForSelector('.file-tab[data-file="library/norway.samskap"][aria-selected="true"]', WAIT);
    // A library is no model and nothing wrong: its own notice, not the model's drawing under a parse warning.
    await page.waitForSelector('#diagram .no-model', WAIT);
    if (!(await page.locator('#notice').isHidden())) {
        throw new Error(`the library shows a warning: ${await page.locator('#notice').textContent()}`);
    }
    await page.screenshot({ path: join(artifacts, 'library-no-model.png') });
    await cursorInWord(page, readFileSync(join(root, 'examples', 'library', 'norway.samskap'), 'utf8').split('\n'), 'actor redcross', 'redcross');
    await page.keyboard.press('Shift+F12');
    const use = page.locator('.cm-lsp-reference-panel .cm-lsp-reference', { hasText: 'involvement norway.redcross from' });
    await use.click(WAIT);
    await page.waitForSelector(`.file-tab[data-file="${EXAMPLE}"][aria-selected="true"]`, WAIT);
    await page.waitForFunction(() => document.querySelector('.editor-host:not([hidden]) .cm-activeLine')?.textContent?.includes('involvement norway.redcross from'), null, WAIT);
    console.log(`ok: ${step}: the use in ${EXAMPLE} opened with the cursor on it`);

    step = 'type an error and see the diagnostic';
    await cursorAfterLine(page, exampleText.split('\n'), 'model OffriArendal');
    await page.keyboard.press('Enter');
    await page.keyboard.type('involvement ghost from delivery');
    await page.keyboard.press('Escape');
    await page.waitForSelector(`${visibleEditor} .cm-lintRange-error`, WAIT);
    await page.click('[data-panel="findings"]');
    const finding = page.locator('.finding-error', { hasText: 'ghost' }).first();
    await finding.waitFor(WAIT);
    console.log(`ok: ${step}: ${(await finding.innerText()).replace(/\s+/g, ' ')}`);
    const diagramBefore = await page.locator('#diagram').innerHTML();
    assert.ok(!diagramBefore.includes('>ghost<'), 'the diagram does not draw an undeclared actor');

    step = 'fix it with the quick fix';
    await page.click('[data-panel="diagram"]');
    const fix = page.locator('.cm-tooltip .cm-diagnosticAction', { hasText: "Declare actor 'ghost' as municipality" });
    // Hover the mistake until its tooltip offers the fix (the first hover may come before the fixes).
    for (let attempt = 0; !(await fix.isVisible()); attempt++) {
        assert.ok(attempt < 20, 'the diagnostic\'s tooltip offers the quick fix');
        await page.mouse.move(0, 0);
        await page.locator(`${visibleEditor} .cm-lintRange-error`).first().hover();
        await fix.waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    await fix.click();
    await page.waitForFunction(() => document.querySelectorAll('.finding-error').length === 0, null, WAIT);
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('samskap-playground:files') ?? '[]')).some(f => f.text.includes('actor ghost "ghost" is municipality')), null, WAIT);
    console.log(`ok: ${step}`);

    step = 'see the diagram change';
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#diagram svg text')).some(t => t.textContent === 'ghost'), null, WAIT);
    console.log(`ok: ${step}: the network view now draws the actor 'ghost'`);
    await page.screenshot({ path: join(artifacts, 'after-fix.png') });

    step = 'other panels and downloads';
    await page.click('[data-panel="classification"]');
    await page.waitForFunction(() => document.querySelector('#explanation')?.textContent?.includes('Co-creation form:'), null, WAIT);
    await page.click('[data-panel="decisions"]');
    await page.waitForSelector('#decisions-matrix table', WAIT);
    const [exported] = await Promise.all([page.waitForEvent('download', WAIT), page.selectOption('#download-choice', 'json')]);
    const json = JSON.parse(readFileSync(await exported.path(), 'utf8'));
    assert.equal(json.models[0].model.name, 'OffriArendal');
    assert.ok(json.models[0].model.actors.some(actor => actor.id === 'ghost'), 'the export holds the repaired model');
    const [png] = await Promise.all([page.waitForEvent('download', WAIT), page.selectOption('#download-choice', 'png')]);
    assert.deepEqual([...readFileSync(await png.path()).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'the PNG download is a PNG');
    const [html] = await Promise.all([page.waitForEvent('download', WAIT), page.selectOption('#download-choice', 'html')]);
    assert.match(readFileSync(await html.path(), 'utf8'), /<svg[\s\S]*Med hjerte for Arendal/);
    console.log(`ok: ${step}: classification, decision matrix, JSON, PNG and HTML downloads`);

    step = 'model text stays text';
    // A title made to run code if it ever reached the page as markup: it must show as the words it is.
    const hostile = '<img src=x onerror=window.samskapPwned=1>';
    await cursorAfterLine(page, (await storedFiles(page)).find(f => f.name === EXAMPLE).text.split('\n'), 'model OffriArendal');
    await page.keyboard.press('Enter');
    await page.keyboard.type(`actor hostile "${hostile}" is municipality`);
    await page.keyboard.press('Escape');
    await page.click('[data-panel="diagram"]');
    await page.waitForFunction(text => Array.from(document.querySelectorAll('#diagram svg text')).some(t => t.textContent === text), hostile, WAIT);
    await page.hover('.cm-line >> text=hostile');
    await page.waitForSelector('.cm-tooltip-hover', WAIT);
    assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0, 'no element made from model text');
    assert.equal(await page.evaluate(() => 'samskapPwned' in window), false);
    console.log(`ok: ${step}: the diagram and the hover show the title ${hostile} as text`);

    step = 'open from disk, and the share limit';
    // Text that does not compress: past the link's limit the playground says so and changes nothing.
    let seed = 7;
    const noise = Array.from({ length: 40_000 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[(seed = (seed * 48271) % 2147483647) % 36]).join('');
    await page.setInputFiles('#open-input', { name: 'large.samskap', mimeType: 'text/plain', buffer: Buffer.from(`// ${noise}\nmodel Large "Large" {\n}\n`) });
    await page.waitForSelector('.file-tab[data-file="large.samskap"][aria-selected="true"]', WAIT);
    await page.click('#share');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('too large for a link'), null, WAIT);
    assert.equal(new URL(page.url()).hash, '', 'no link was made');
    console.log(`ok: ${step}: ${await page.textContent('#status')}`);
    page.once('dialog', dialog => dialog.accept());
    await page.click('#close-file');
    await page.waitForFunction(() => !document.querySelector('.file-tab[data-file="large.samskap"]'), null, WAIT);
    await page.click(`.file-tab[data-file="${EXAMPLE}"]`);

    step = 'share by URL';
    await page.click('#share');
    await page.waitForFunction(() => location.hash.startsWith('#share='), null, WAIT);
    const sharedUrl = page.url();
    const filesBefore = await storedFiles(page);
    console.log(`ok: ${step}: ${sharedUrl.length} characters`);

    step = 'reload the link into the same model';
    // A fresh browser profile: nothing in its storage, only the link.
    const second = await recordedContext();
    const reopened = await second.newPage();
    await reopened.goto(sharedUrl);
    await reopened.waitForFunction(() => Array.from(document.querySelectorAll('#diagram svg text')).some(t => t.textContent === 'ghost'), null, WAIT);
    await reopened.waitForFunction(expected => {
        const files = JSON.parse(localStorage.getItem('samskap-playground:files') ?? '[]');
        return JSON.stringify(files.map(f => [f.name, f.text]).sort()) === expected;
    }, JSON.stringify(filesBefore.map(f => [f.name, f.text]).sort()), WAIT);
    console.log(`ok: ${step}: the same ${filesBefore.length} files`);

    step = 'work offline';
    const requestsBeforeOffline = requests.length;
    // The service worker has its copy before the network goes.
    await reopened.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await second.setOffline(true);
    const sharedText = filesBefore.find(f => f.name === EXAMPLE).text;
    await cursorAfterLine(reopened, sharedText.split('\n'), 'model OffriArendal');
    await reopened.keyboard.press('Enter');
    await reopened.keyboard.type('actor offline_check "Drawn offline" is municipality');
    await reopened.keyboard.press('Escape');
    await reopened.waitForFunction(() => Array.from(document.querySelectorAll('#diagram svg text')).some(t => t.textContent === 'Drawn offline'), null, WAIT);
    assert.equal(requests.length, requestsBeforeOffline, 'no request while offline');
    // Opened again without a network: the service worker's copy of the playground's files.
    await reopened.reload();
    await reopened.waitForFunction(() => Array.from(document.querySelectorAll('#diagram svg text')).some(t => t.textContent === 'Drawn offline'), null, WAIT);
    console.log(`ok: ${step}: the diagram follows typing with the network cut, and the page reopens offline`);

    step = 'interface language';
    await reopened.selectOption('#language-choice', 'nb');
    await reopened.waitForFunction(() => document.querySelector('[data-panel="classification"]')?.textContent === 'Klassifisering', null, WAIT);
    await reopened.waitForFunction(() => Array.from(document.querySelectorAll('#view-choice option')).some(o => o.value === 'network' && o.textContent !== 'network' && o.textContent !== 'Actor network'), null, WAIT);
    console.log(`ok: ${step}: Norwegian labels`);
    await second.close();

    step = 'editor features';
    // A fresh profile opens on the getting-started model.
    const third = await recordedContext();
    const fresh = await third.newPage();
    await fresh.goto(url);
    await fresh.waitForSelector('#diagram svg', WAIT);
    // The server's semantic tokens: actors are variables.
    await fresh.waitForSelector(`${visibleEditor} .sk-token-variable.sk-token-mod-declaration`, WAIT);
    await fresh.locator(`${visibleEditor} .cm-line`, { hasText: 'actor arendal' }).locator('.sk-token-variable').first().hover();
    const hover = fresh.locator('.cm-tooltip-hover');
    await hover.waitFor(WAIT);
    assert.match(await hover.innerText(), /Arendal kommune[\s\S]*public side/);
    const gettingStarted = (await storedFiles(fresh))[0].text.split('\n');
    await cursorAfterLine(fresh, gettingStarted, 'actor bank');
    await fresh.keyboard.press('Enter');
    await fresh.keyboard.type('involvement red');
    // The list is chosen from once it answers the text typed: while it waits for the server's answer
    // it is greyed and Enter starts a new line, and in its first 75 ms CodeMirror ignores Enter, so
    // that a list opening under a typing hand is not accepted by accident. An Enter pressed as soon
    // as the list appeared therefore sometimes broke the line instead of completing the name.
    await fresh.locator('.cm-tooltip-autocomplete:not(.cm-tooltip-autocomplete-disabled) li', { hasText: /^redcross/ }).first().click(WAIT);
    await editorLine(fresh, 'involvement redcross');
    await fresh.keyboard.type(' from delivery');
    // Escape also drops a list still waiting for its answer, so the Enter below starts a new line.
    await fresh.keyboard.press('Escape');
    await fresh.keyboard.press('Enter');
    await fresh.keyboard.type('actor   extra   "Extra"   is municipality');
    await fresh.keyboard.press('Escape');
    await editorLine(fresh, 'involvement redcross from delivery');
    await editorLine(fresh, 'actor   extra   "Extra"   is municipality');
    // Format right after typing: the server formats the text it received last, not the one before.
    await fresh.click('#format');
    await fresh.waitForFunction(() => {
        const text = JSON.parse(localStorage.getItem('samskap-playground:files') ?? '[]')[0]?.text ?? '';
        return text.includes('\n    involvement redcross from delivery\n') && text.includes('\n    actor extra "Extra" is municipality\n');
    }, null, WAIT);
    await third.close();
    console.log(`ok: ${step}: semantic highlighting, hover with the computed side, completion of a name chosen from the list, formatting right after typing`);

    step = 'requests';
    const foreign = requests.filter(({ url: address }) => {
        if (address.startsWith('blob:') || address.startsWith('data:')) {
            return !address.startsWith(`blob:${origin}/`) && !address.startsWith('data:');
        }
        const parsed = new URL(address);
        return parsed.origin !== origin || !STATIC_FILES.has(parsed.pathname);
    });
    assert.deepEqual(foreign, [], 'only the playground\'s own static files are requested');
    const shown = [...new Set(requests.map(({ url: address }) => address.startsWith('blob:') ? 'blob: (a PNG drawn in the page)' : new URL(address).pathname))];
    console.log(`ok: ${step}: ${requests.length} requests, all to the playground's own files: ${shown.join(', ')}`);

    if (readmeScreenshot) {
        step = 'screenshot';
        const shot = await recordedContext({ viewport: { width: 1440, height: 860 } });
        const shown = await shot.newPage();
        await shown.goto(url);
        await shown.selectOption('#example-choice', 'shared-funding-volunteer-house.samskap');
        await shown.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('shared-funding'), null, WAIT);
        await shown.waitForSelector('#diagram svg', WAIT);
        await shown.screenshot({ path: readmeScreenshot });
        await shot.close();
        console.log(`ok: wrote ${readmeScreenshot}`);
    }
    await context.close();
    assert.deepEqual(problems, [], 'no page errors');
} catch (error) {
    failed = true;
    console.error(`FAILED at "${step}": ${error instanceof Error ? error.stack : error}`);
    for (const problem of problems) console.error(`  ${problem}`);
    for (const [contextIndex, context] of browser.contexts().entries()) {
        for (const [index, page] of context.pages().entries()) {
            await page.screenshot({ path: join(artifacts, `failure-${contextIndex}-${index}.png`) }).catch(() => undefined);
            console.error(`  page ${contextIndex}-${index} status: ${await page.textContent('#status').catch(() => '?')}`);
        }
    }
} finally {
    await browser.close();
    server.close();
}
console.log(failed ? 'playground e2e: FAILED' : 'playground e2e: all steps passed');
process.exit(failed ? 1 : 0);
