import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/**
 * What VS Code for the Web needs from the package (run after `node scripts/build.mjs`): the
 * manifest's `browser` entry beside `main`, both browser bundles built and packaged, and an
 * extension bundle that asks its host for nothing but `vscode` (a web worker extension host
 * has no Node modules to give). The bundles themselves run in the end-to-end suite
 * (test/e2e/web-extension.ts) and the worker's server in packages/cli/test/browser-server.test.ts.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; browser?: string };
const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').map(line => line.trim());

describe('the web extension', () => {
    test('the manifest keeps the Node entry and adds the browser one', () => {
        expect(manifest.main).toBe('./dist/extension.cjs');
        expect(manifest.browser).toBe('./dist/extension-browser.cjs');
    });

    test('both browser bundles are built and go into the .vsix', () => {
        for (const file of ['dist/extension-browser.cjs', 'dist/server-browser.js']) {
            expect(existsSync(join(root, file)), file).toBe(true);
            expect(ignore, file).toContain(`!${file}`);
        }
    });

    test('the extension bundle requires nothing but vscode', () => {
        const bundle = readFileSync(join(root, 'dist', 'extension-browser.cjs'), 'utf8');
        const required = new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(match => match[1]));
        expect([...required]).toEqual(['vscode']);
        expect(bundle).not.toMatch(/\bprocess\.env\.SAMSKAP_E2E_METRICS_FILE\b/);
    });
});
