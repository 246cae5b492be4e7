import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createSamskapServices } from '../../src/samskap-module.js';
import type { Document } from '../../src/generated/ast.js';
import { MODEL_RULES } from '../../src/validation/rule-catalogue.js';

/**
 * One generic test over the annotated model files in this folder. On any line:
 *   `// expect: SK-FUND-001, SK-PART-003`  these codes are reported with a range starting on this line;
 *   `// near-miss: SK-FUND-001`            this line is the near miss: the code is not reported here.
 * Every error or warning reported must be expected on its line; info and hint findings are
 * checked only where annotated. Every model rule must have both annotations somewhere.
 * A file may start with `// settings: { … }` (the shape of samskap.json): it is then checked
 * under those settings, e.g. with the classification rules turned on.
 */
const folder = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(folder).filter(name => name.endsWith('.samskap')).sort();
const services = createSamskapServices(EmptyFileSystem);
const parseDefault = parseHelper<Document>(services.Samskap);

/** The settings a file states in a `// settings: { … }` line, if any. */
function settingsOf(text: string): unknown {
    const line = /^\/\/\s*settings:\s*(\{.*\})\s*$/m.exec(text);
    return line ? JSON.parse(line[1]) : undefined;
}

/** Parses under the default settings, or under the file's own settings with services of its own. */
function parserFor(text: string): ReturnType<typeof parseHelper<Document>> {
    const settings = settingsOf(text);
    if (settings === undefined) return parseDefault;
    const own = createSamskapServices(EmptyFileSystem);
    const findings = own.Samskap.analysis.Configuration.updateFromSettings(settings);
    expect(findings).toEqual([]);
    return parseHelper<Document>(own.Samskap);
}

interface Annotations {
    readonly expected: ReadonlyArray<{ line: number; code: string }>;
    readonly nearMisses: ReadonlyArray<{ line: number; code: string }>;
}

function annotationsOf(text: string): Annotations {
    const expected: Array<{ line: number; code: string }> = [];
    const nearMisses: Array<{ line: number; code: string }> = [];
    text.split(/\r?\n/).forEach((content, line) => {
        for (const [, kind, codes] of content.matchAll(/\/\/\s*(expect|near-miss):\s*([A-Za-z0-9, -]+)/g)) {
            for (const code of codes.split(',').map(c => c.trim()).filter(Boolean)) {
                (kind === 'expect' ? expected : nearMisses).push({ line, code });
            }
        }
    });
    return { expected, nearMisses };
}

function codeOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.code === 'string' ? diagnostic.code : (diagnostic.data as { code?: string } | undefined)?.code ?? 'no-code';
}

describe('annotated rule files', () => {
    test.each(files)('%s', async file => {
        const text = readFileSync(join(folder, file), 'utf8');
        const document = await parserFor(text)(text, { documentUri: `file:///rules/${file}`, validation: { categories: ['built-in', 'fast'] } });
        const diagnostics = document.diagnostics ?? [];
        const { expected, nearMisses } = annotationsOf(text);
        const found = diagnostics.map(d => `${d.range.start.line + 1}: ${codeOf(d)}`);
        for (const { line, code } of expected) {
            expect(found, `expected ${code} on line ${line + 1}`).toContain(`${line + 1}: ${code}`);
        }
        for (const { line, code } of nearMisses) {
            expect(found, `near miss on line ${line + 1} must not report ${code}`).not.toContain(`${line + 1}: ${code}`);
        }
        const allowed = new Set(expected.map(({ line, code }) => `${line + 1}: ${code}`));
        const unexpected = diagnostics
            .filter(d => d.severity === 1 || d.severity === 2)
            .map(d => `${d.range.start.line + 1}: ${codeOf(d)} ${d.message}`)
            .filter(entry => !allowed.has(entry.slice(0, entry.indexOf(' ', entry.indexOf(': ') + 2))));
        expect(unexpected).toEqual([]);
    });

    test('every model rule is annotated on both sides of its criterion', () => {
        const all = files.map(file => annotationsOf(readFileSync(join(folder, file), 'utf8')));
        const expectedCodes = new Set(all.flatMap(a => a.expected.map(e => e.code)));
        const nearMissCodes = new Set(all.flatMap(a => a.nearMisses.map(e => e.code)));
        const active = MODEL_RULES.filter(rule => !rule.retired).map(rule => rule.code);
        expect(active.filter(code => !expectedCodes.has(code)), 'rules without a file where they fire').toEqual([]);
        expect(active.filter(code => !nearMissCodes.has(code)), 'rules without a near miss').toEqual([]);
    });
});
