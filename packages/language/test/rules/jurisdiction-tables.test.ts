import { describe, expect, test } from 'vitest';
import { RULES_BY_CODE } from '../../src/validation/rule-catalogue.js';
import { JURISDICTION_TABLES } from '../../src/validation/rules/jurisdiction-rules.js';

/** Jurisdiction-specific conditions change with the law: each entry is dated and sourced, and names a rule that reads it. */
describe('jurisdiction data tables', () => {
    test('Norway and Denmark have tables', () => {
        expect([...new Set(JURISDICTION_TABLES.map(table => table.country))].sort()).toEqual(['DK', 'NO']);
    });

    test.each(JURISDICTION_TABLES.flatMap(table => table.entries.map(entry => [entry.id, table.country, entry] as const)))('%s (%s) is dated and sourced', (_id, _country, entry) => {
        expect(entry.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (entry.validTo !== undefined) expect(entry.validTo >= entry.validFrom).toBe(true);
        expect(entry.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(entry.source.length).toBeGreaterThan(20);
        // The findings in Norwegian and Danish cite it in their language.
        for (const language of ['nb', 'da'] as const) {
            expect(entry.translations[language].title.length, language).toBeGreaterThan(5);
            expect(entry.translations[language].source.length, language).toBeGreaterThan(20);
        }
        for (const condition of entry.conditions) {
            const rule = RULES_BY_CODE.get(condition.rule);
            expect(rule?.area, condition.rule).toBe('JUR');
            expect(rule?.retired).toBeUndefined();
        }
    });
});
