import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { classifyFunding } from '../../src/analysis/funding-dependency.js';
import type { DisplayLanguage } from '../../src/analysis/labels.js';
import { createSamskapServices } from '../../src/samskap-module.js';
import type { Finding } from '../../src/validation/finding.js';
import type { SamskapConfig } from '../../src/validation/rule-config.js';
import { runRules } from '../../src/validation/run-rules.js';
import { modelOf } from '../analysis/helpers.js';

/**
 * One way of writing numbers per display language in every finding and evidence text (the one
 * formatter, formatDisplayNumber): digit groups of three with a comma and a decimal point in
 * English ("2,400,000", "12.5 %"), with a no-break space and a decimal comma in Norwegian and
 * Danish ("2 400 000", "12,5 %").
 */
const NBSP = '\u00A0';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const PARTIES = `
    country NO
    actor k "Kommunen" is municipality
    actor f "Fondet" is foundation
    actor l "Laget" is association`;

/** A line that states 1 000 000 NOK a year and 12.5 % of a budget of 2 400 000 NOK a year (which is 300 000). */
const CONTRADICTION = `model M "M" {${PARTIES}
    budget drift "Drift" 2400000 NOK per year
    funding {
        k -> l operating_grant 1000000 NOK per year share 12.5 % for drift
        f -> l operating_grant share 87.5 % for drift
    }
}`;

async function findingsIn(text: string, language: DisplayLanguage, settings: SamskapConfig = {}): Promise<Finding[]> {
    return runRules(await modelOf(text), undefined, { ...settings, display: { language } });
}

function messageOf(findings: readonly Finding[], code: string): string {
    const found = findings.filter(finding => finding.code === code);
    expect(found, code).toHaveLength(1);
    return found[0].message;
}

describe('numbers in findings and evidence, per display language', () => {
    test.each([
        ['en', 'This line states 1,000,000 NOK per year and 12.5 % of "Drift", but 12.5 % of 2,400,000 NOK per year is 300,000 NOK per year;'],
        ['nb', `Denne linjen oppgir 1${NBSP}000${NBSP}000 NOK per år og 12,5 % av "Drift", men 12,5 % av 2${NBSP}400${NBSP}000 NOK per år er 300${NBSP}000 NOK per år;`],
        ['da', `Denne linje angiver 1${NBSP}000${NBSP}000 NOK pr. år og 12,5 % af "Drift", men 12,5 % af 2${NBSP}400${NBSP}000 NOK pr. år er 300${NBSP}000 NOK pr. år;`]
    ] as const)('%s: a large amount and a fractional share in a finding (SK-FUND-012)', async (language, expected) => {
        expect(messageOf(await findingsIn(CONTRADICTION, language), 'SK-FUND-012')).toContain(expected);
    });

    test.each([
        ['en', 'Kommunen gives 83.3 % of the money (Herfindahl index 0.72); without it 16.7 % remains.'],
        ['nb', 'Kommunen gir 83,3 % av pengene (Herfindahl-indeks 0,72); uten den gjenstår 16,7 %.'],
        ['da', 'Kommunen giver 83,3 % af pengene (Herfindahl-indeks 0,72); uden den er der 16,7 % tilbage.']
    ] as const)('%s: a fractional share and an index in a classification finding (SK-FUND-007)', async (language, expected) => {
        const text = `model M "M" {${PARTIES}
    funding {
        k -> l operating_grant 2000000 NOK per year
        f -> l operating_grant 400000 NOK per year
    }
}`;
        expect(messageOf(await findingsIn(text, language, { diagnostics: { classifications: true } }), 'SK-FUND-007')).toBe(expected);
    });

    test('the evidence of the funding dependency: amounts grouped, shares with the language\'s decimal sign', async () => {
        const model = await modelOf(`model M "M" {${PARTIES}
    funding {
        k -> l operating_grant 2000000 NOK per year
        f -> l operating_grant 400000 NOK per year
        f -> l premises 2.5 FTE
    }
}`);
        const overall = classifyFunding(model).overall;
        const details = (criterion: string) => overall?.evidence.find(evidence => evidence.criterion === criterion)?.details;
        expect(details('largest-funder-leaves')).toEqual({
            en: 'without Kommunen, 400,000 NOK per year (16.7 %) remains',
            nb: `uten Kommunen gjenstår 400${NBSP}000 NOK per år (16,7 %)`,
            da: `uden Kommunen er der 400${NBSP}000 NOK pr. år (16,7 %) tilbage`
        });
        expect(details('funders')?.en).toBe('Kommunen 83.3 %, Fondet 16.7 %');
        expect(details('concentration')?.en).toBe('Herfindahl index 0.72 (1.00: a single funder)');
        expect(overall?.evidence.find(evidence => evidence.criterion === 'lines-excluded')?.details).toEqual({
            en: '1 in-kind contribution without a money value is not in the shares: 2.50 FTE premises from Fondet',
            nb: '1 naturalytelse uten pengeverdi er ikke med i andelene: 2,50 FTE lokaler fra Fondet',
            da: '1 naturalieydelse uden pengeværdi er ikke med i andelene: 2,50 FTE lokaler fra Fondet'
        });
    });

    test('a procurement above the threshold names its value grouped (SK-JUR-005)', async () => {
        const text = `model M "M" {${PARTIES}
    period 2019..2020
    funding {
        k -> l procurement_contract 1200000 NOK per year
    }
}`;
        expect(messageOf(await findingsIn(text, 'en'), 'SK-JUR-005')).toContain('worth about 2,400,000 NOK over its period');
        expect(messageOf(await findingsIn(text, 'nb'), 'SK-JUR-005')).toContain(`verdt om lag 2${NBSP}400${NBSP}000 NOK over perioden`);
        expect(messageOf(await findingsIn(text, 'da'), 'SK-JUR-005')).toContain(`værd omkring 2${NBSP}400${NBSP}000 NOK over perioden`);
    });
});

function samskapFiles(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) return samskapFiles(full);
        return entry.name.endsWith('.samskap') ? [full] : [];
    }).sort();
}

/** Every text a plain data value holds (the evidence's details in each language), cycles skipped. */
function textsIn(value: unknown, seen = new Set<unknown>()): string[] {
    if (typeof value === 'string') return [value];
    if (typeof value !== 'object' || value === null || seen.has(value)) return [];
    seen.add(value);
    return Object.entries(value).flatMap(([key, inner]) => key === 'range' || key === 'ranges' || key === 'id' ? [] : textsIn(inner, seen));
}

/** The messages of the diagnostics, and the texts of the classifications, of files loaded as one workspace. */
async function textsOf(files: readonly string[], language: DisplayLanguage): Promise<Array<{ where: string; text: string }>> {
    const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
    expect(Samskap.analysis.Configuration.updateFromSettings({ display: { language }, diagnostics: { classifications: true } })).toEqual([]);
    const documents: LangiumDocument[] = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(fs.readFileSync(file, 'utf8'), URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents.flatMap(document => {
        const file = path.relative(repoRoot, document.uri.fsPath);
        const messages = (document.diagnostics ?? []).map(diagnostic => ({ where: `${file}:${diagnostic.range.start.line + 1}`, text: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value }));
        const evidence = Samskap.analysis.ClassificationProvider.getClassifications(document)
            .flatMap(classification => textsIn(classification).map(text => ({ where: `${file} (classification)`, text })));
        return [...messages, ...evidence];
    });
}

describe('no number of five or more digits is left ungrouped', () => {
    const examples = samskapFiles(path.join(repoRoot, 'examples'));
    const library = samskapFiles(path.join(repoRoot, 'examples/library'));
    const invalid = samskapFiles(path.join(repoRoot, 'packages/language/test/fixtures/invalid'));

    test.each(['en', 'nb', 'da'] as const)('%s: in the findings and classifications of the examples and the invalid fixtures', async language => {
        const texts = [
            ...await textsOf(examples, language),
            ...(await Promise.all(invalid.map(file => textsOf([file, ...library], language)))).flat()
                .filter(({ where }) => where.includes('fixtures'))
        ];
        // The check reads enough to mean something: the examples state amounts in the millions.
        expect(texts.length).toBeGreaterThan(100);
        expect(texts.some(({ text }) => /\d{1,3}[,\u00A0]\d{3}[,\u00A0]\d{3}/.test(text)), 'a grouped amount of millions').toBe(true);
        const ungrouped = [...new Set(texts.filter(({ text }) => /\d{5,}/.test(text)).map(({ where, text }) => `${where}: ${text}`))];
        expect(ungrouped).toEqual([]);
    }, 120_000);
});
