import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../src/validation/rule-catalogue.js';

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/rules.md', import.meta.url)), 'utf8');

/** The section of docs/rules.md about one rule, from its heading to the next heading. */
function section(code: string): string {
    const start = doc.indexOf(`\n### ${code}\n`);
    if (start < 0) return '';
    const next = doc.indexOf('\n## ', start + 1);
    const nextRule = doc.indexOf('\n### ', start + 1);
    const end = [next, nextRule].filter(i => i > 0).reduce((a, b) => Math.min(a, b), doc.length);
    return doc.slice(start, end);
}

describe('docs/rules.md', () => {
    test.each(ALL_RULES.map(rule => [rule.code, rule] as const))('%s has its section with severity, check, why, source and example', (code, rule) => {
        const text = section(code);
        expect(text, `no "### ${code}" heading`).not.toBe('');
        expect(text).toContain(`**Severity:** ${rule.defaultSeverity}`);
        for (const field of ['**Checks:**', '**Why:**', '**Source:**', '**Example:**']) expect(text).toContain(field);
    });

    test('cites publications and research.md, never the team\'s internal notes', () => {
        expect(doc).not.toMatch(/DOMAIN\.md|\.\.\/shared/);
        const sources = [...doc.matchAll(/^- \*\*Source:\*\* (.*)$/gm)].map(m => m[1]);
        expect(sources.length).toBe(ALL_RULES.length);
        expect(sources.filter(source => /^Derived\.?$/.test(source.trim()))).toEqual([]);
    });

    test('the rules\' code and messages do not point at the team\'s internal notes either', () => {
        const folder = fileURLToPath(new URL('../../src/validation/', import.meta.url));
        const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.ts'));
        expect(files.length).toBeGreaterThan(10);
        expect(files.filter(name => /DOMAIN\.md|\.\.\/shared/.test(readFileSync(join(folder, name), 'utf8')))).toEqual([]);
    });

    test('no code is documented twice or documented without a rule', () => {
        const documented = [...doc.matchAll(/^### (SK-[A-Z]+-\d{3})$/gm)].map(m => m[1]);
        expect(new Set(documented).size).toBe(documented.length);
        expect(documented.sort()).toEqual(ALL_RULES.map(rule => rule.code).sort());
    });
});
