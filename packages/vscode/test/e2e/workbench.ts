/// <reference lib="dom" />
import type { Frame, Locator, Page } from 'playwright-core';
import { waitFor } from './wait.js';

/**
 * What a user does in the VS Code workbench, in Playwright terms: run a command from the
 * palette, open a file by name, move the cursor, read the status bar, find a webview.
 */
export class Workbench {
    constructor(readonly page: Page, private readonly timeoutMs: number) {}

    async ready(): Promise<void> {
        await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: this.timeoutMs });
        await this.page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ state: 'visible', timeout: this.timeoutMs });
    }

    /** Runs a command by the title the palette shows (e.g. "Samskap: Compare All Models in the Workspace"). */
    async runCommand(title: string): Promise<void> {
        await this.closeQuickInput();
        await this.page.keyboard.press('F1');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor({ state: 'visible', timeout: this.timeoutMs });
        await input.fill(`>${title}`);
        const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
        await row.waitFor({ state: 'visible', timeout: this.timeoutMs });
        await row.click();
        // The palette closes, or the command replaces it with its own picker.
        await waitFor(`"${title}" to run`, this.timeoutMs, async () =>
            !(await input.isVisible()) || !(await input.inputValue()).startsWith('>'));
    }

    /** Opens a file with Quick Open (Ctrl+P) by its workspace-relative path. */
    async openFile(relativePath: string): Promise<void> {
        await this.closeQuickInput();
        await this.page.keyboard.press('Control+P');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor({ state: 'visible', timeout: this.timeoutMs });
        await input.fill(relativePath);
        const name = relativePath.split('/').pop() ?? relativePath;
        // The file's own row (its label is the name; the path follows as description), clicked as a user would.
        const row = this.page.locator('.quick-input-widget .monaco-list-row', { has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) }).first();
        await row.waitFor({ state: 'visible', timeout: this.timeoutMs });
        await row.click();
        await this.page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).first().waitFor({ state: 'visible', timeout: this.timeoutMs });
        await this.activeEditor().locator('.view-lines').waitFor({ state: 'visible', timeout: this.timeoutMs });
    }

    /** Closes whatever menu, widget or picker a previous step left open. */
    async dismissOverlays(): Promise<void> {
        for (let attempt = 0; attempt < 3; attempt++) {
            const open = await this.page.locator('.quick-input-widget:visible, .action-widget:visible, .context-view:visible .monaco-menu, .suggest-widget.visible, .monaco-hover:not(.hidden):visible').count();
            if (open === 0) {
                return;
            }
            await this.page.keyboard.press('Escape');
        }
    }

    async closeQuickInput(): Promise<void> {
        if (await this.page.locator('.quick-input-widget').isVisible()) {
            await this.page.keyboard.press('Escape');
        }
    }

    /** The code editor that has focus or was focused last. */
    activeEditor(): Locator {
        return this.page.locator('.editor-group-container.active .monaco-editor').first();
    }

    /**
     * Moves the cursor with "Go to Line/Column" (1-based, as the status bar shows it). Tries again
     * when the command found no text editor focused (a webview beside it may have kept the focus).
     */
    async goTo(line: number, column = 1): Promise<void> {
        const attempts = 3;
        for (let attempt = 1; ; attempt++) {
            await this.focusEditor();
            await this.page.keyboard.press('Control+G');
            const input = this.page.locator('.quick-input-widget .quick-input-box input');
            await input.waitFor({ state: 'visible', timeout: this.timeoutMs });
            await input.fill(`:${line}:${column}`);
            await this.page.keyboard.press('Enter');
            const wait = attempt < attempts ? Math.min(15_000, this.timeoutMs) : this.timeoutMs;
            const arrived = await waitFor(`the cursor at ${line}:${column}`, wait, async () => {
                const position = await this.cursor();
                return position?.line === line && position.column === column;
            }).then(() => true, error => {
                if (attempt >= attempts) throw error;
                return false;
            });
            if (arrived) {
                return;
            }
        }
    }

    /** Focuses the text editor: the active group's, or the first group's when a webview is active. */
    async focusEditor(): Promise<void> {
        await this.closeQuickInput();
        const active = this.activeEditor();
        const editor = await active.count() > 0 ? active : this.page.locator('.editor-group-container .monaco-editor').first();
        await editor.locator('.view-lines').click({ position: { x: 5, y: 5 }, force: true }).catch(() => undefined);
        await this.page.keyboard.press('Escape');
        // After a click in a webview, the webview's own focus message can reach the workbench
        // after this click and make the preview's group the active one again, and the next Quick
        // Open would open its file over the preview (seen in CI). Wait until a text editor's group
        // stays active; if it does not, focus the first group (where the suites keep their text
        // editors) by command.
        const textGroupActive = async (): Promise<boolean> => await this.activeEditor().count() > 0;
        const settled = async (): Promise<boolean> => {
            if (!await textGroupActive()) return false;
            await this.page.waitForTimeout(300);
            return textGroupActive();
        };
        if (!await settled()) {
            await this.runCommand('View: Focus First Editor Group');
            await waitFor('a text editor\'s group to stay the active one', this.timeoutMs, settled);
        }
    }

    /** The cursor position from the status bar ("Ln 12, Col 3"). */
    async cursor(): Promise<{ line: number; column: number } | undefined> {
        const text = await this.page.locator('[id="status.editor.selection"]').first().textContent({ timeout: 2_000 }).catch(() => null);
        const match = /Ln (\d+), Col (\d+)/.exec(text ?? '');
        return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
    }

    /** The status bar item whose accessible label starts with the given text. */
    statusItem(labelStart: string): Locator {
        return this.page.locator(`.part.statusbar [aria-label^="${labelStart}"]`).first();
    }

    /** The webview frame (VS Code nests the content in an inner iframe) that shows `selector`. */
    async webviewFrame(selector: string, what: string): Promise<Frame> {
        return waitFor(what, this.timeoutMs, async () => {
            for (const frame of this.page.frames()) {
                if (frame.isDetached()) {
                    continue;
                }
                const found = await frame.$(selector).catch(() => null);
                if (found && await found.isVisible().catch(() => false)) {
                    return frame;
                }
            }
            return undefined;
        }, 250);
    }

    async screenshot(path: string): Promise<void> {
        await this.page.screenshot({ path, fullPage: false });
    }
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
