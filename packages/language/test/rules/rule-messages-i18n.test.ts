import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../../src/generated/ast.js';
import type { DisplayLanguage } from '../../src/analysis/labels.js';
import { createSamskapServices } from '../../src/samskap-module.js';
import { MODEL_RULES } from '../../src/validation/rule-catalogue.js';
import { runWorkspaceRules } from '../../src/validation/workspace-rules.js';
import { modelOf } from '../analysis/helpers.js';

/**
 * Findings in Norwegian bokmål and Danish. The annotated files of this folder make every model
 * rule fire; each is validated with `display.language` en, nb and da, and every finding in nb
 * or da must be translated: different from the English one, and without English words once the
 * syntax in backticks, quoted model text and the cited sources are taken out. (That every
 * message has its nb and da text at all is the compiler's: `hit` takes `{ en, nb, da }`.)
 */
const folder = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(folder).filter(name => name.endsWith('.samskap')).sort();

/** English words that are Norwegian or Danish words too: never counted as leftovers. */
const SHARED: ReadonlySet<string> = new Set(['side', 'part', 'at', 'for', 'over', 'under', 'to', 'in', 'a', 'an', 'so', 'once', 'one', 'organisation']);

/** English words no Norwegian or Danish sentence uses: one of them in a nb or da message is a leftover. */
const ENGLISH = new Set([
    'the', 'and', 'is', 'are', 'of', 'with', 'this', 'that', 'which', 'has', 'have', 'does', 'not', 'but', 'or', 'it', 'its', 'their', 'theirs',
    'by', 'only', 'more', 'than', 'add', 'state', 'states', 'stated', 'remove', 'should', 'when', 'where', 'who', 'what', 'how', 'there', 'be',
    'was', 'were', 'any', 'every', 'each', 'other', 'declare', 'declared', 'declares', 'decides', 'funding', 'funder', 'share', 'shares', 'money',
    'budget', 'line', 'lines', 'agreement', 'body', 'role', 'goals', 'content', 'side', 'public', 'voluntary', 'source', 'sources', 'cite',
    'cited', 'statement', 'nobody', 'nothing', 'named', 'names', 'gives', 'gets', 'takes', 'part', 'work', 'works', 'lead', 'leads',
    'organisation', 'participants', 'consulted', 'decision', 'decisions', 'delivery', 'period', 'year', 'years', 'grant', 'requires', 'check',
    'missing', 'facts', 'give', 'claims', 'involvement', 'municipality', 'centre', 'contract', 'about', 'above', 'below', 'within', 'outside',
    'again', 'once', 'one', 'two', 'first', 'earlier', 'already', 'otherwise', 'if', 'so', 'as', 'at', 'in', 'on', 'to', 'for', 'from', 'an', 'a'
].filter(word => !SHARED.has(word)));

/** The words of a message once the syntax in backticks, quoted text and the cited sources are taken out. */
function translatedWords(message: string, sources: readonly string[]): string[] {
    let text = message;
    for (const source of sources) text = text.split(source).join(' ');
    text = text.replace(/`[^`]*`/g, ' ').replace(/"[^"]*"/g, ' ').replace(/\([^()]*\d{4}[^()]*\)/g, ' ');
    return [...text.toLowerCase().matchAll(/\p{L}+/gu)].map(match => match[0]);
}

/** Names of laws and publications a jurisdiction finding cites, as published. */
async function citedSources(): Promise<string[]> {
    return ['Lov om social service'];
}

/** The settings a file states in a `// settings: { … }` line. */
function settingsOf(text: string): Record<string, unknown> {
    const line = /^\/\/\s*settings:\s*(\{.*\})\s*$/m.exec(text);
    return line ? JSON.parse(line[1]) as Record<string, unknown> : {};
}

async function diagnosticsIn(file: string, language: DisplayLanguage): Promise<Diagnostic[]> {
    const text = readFileSync(join(folder, file), 'utf8');
    const own = createSamskapServices(EmptyFileSystem);
    expect(own.Samskap.analysis.Configuration.updateFromSettings({ ...settingsOf(text), display: { language } })).toEqual([]);
    const document = await parseHelper<Document>(own.Samskap)(text, { documentUri: `file:///rules/${file}`, validation: { categories: ['built-in', 'fast'] } });
    return (document.diagnostics ?? []).filter(diagnostic => typeof diagnostic.code === 'string' && diagnostic.code.startsWith('SK-'));
}

interface Translated {
    readonly where: string;
    readonly code: string;
    readonly en: string;
    readonly nb: string;
    readonly da: string;
}

const found: Translated[] = [];
let sources: string[] = [];

beforeAll(async () => {
    sources = await citedSources();
    for (const file of files) {
        const [en, nb, da] = await Promise.all((['en', 'nb', 'da'] as const).map(language => diagnosticsIn(file, language)));
        // The same rules fire in the same order whatever the language: only the words differ.
        expect(nb.map(d => d.code), file).toEqual(en.map(d => d.code));
        expect(da.map(d => d.code), file).toEqual(en.map(d => d.code));
        const text = (diagnostic: Diagnostic): string => typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
        en.forEach((diagnostic, i) => found.push({
            where: `${file}:${diagnostic.range.start.line + 1}`, code: String(diagnostic.code), en: text(diagnostic), nb: text(nb[i]), da: text(da[i])
        }));
    }
}, 120_000);

describe('findings in Norwegian bokmål and Danish', () => {
    test('every model rule fires in some annotated file, so every message below is checked', () => {
        const fired = new Set(found.map(f => f.code));
        const active = MODEL_RULES.filter(rule => !rule.retired && rule.check).map(rule => rule.code);
        expect(active.filter(code => !fired.has(code))).toEqual([]);
    });

    test.each(['nb', 'da'] as const)('every finding in %s is translated: no English word left', language => {
        const untranslated = found.filter(f => f[language] === f.en).map(f => `${f.where} ${f.code}: ${f.en}`);
        expect(untranslated).toEqual([]);
        const leftovers = found.flatMap(f => {
            const english = translatedWords(f[language], sources).filter(word => ENGLISH.has(word));
            return english.length > 0 ? [`${f.where} ${f.code} [${[...new Set(english)].join(', ')}]: ${f[language]}`] : [];
        });
        expect(leftovers).toEqual([]);
    });

    test('the check finds English: an English message fails it', () => {
        const english = found.find(f => f.code === 'SK-FUND-001');
        expect(english).toBeDefined();
        expect(translatedWords(english?.en ?? '', sources).filter(word => ENGLISH.has(word)).length).toBeGreaterThan(3);
    });

    test('numbers in the language\'s own way, and the terms of the field', () => {
        const shares = found.find(f => f.code === 'SK-FUND-001');
        expect(shares?.nb).toMatch(/Andelene for "[^"]+" blir til sammen \d+(,\d)? %/);
        expect(shares?.da).toMatch(/Andelene for "[^"]+" giver tilsammen \d+(,\d)? %/);
        const all = found.flatMap(f => [f.nb, f.da]).join('\n');
        expect(all).toContain('samskaping');
        expect(all).toContain('samskabelse');
        for (const wrong of ['kontraktstyring', 'lederorganisasjon', 'kommuneledet', 'hevdet', 'påstået', 'påstand']) {
            expect(all.toLowerCase(), wrong).not.toContain(wrong);
        }
    });

    test('nynorsk reads the bokmål findings until it has its own', async () => {
        const file = files.find(name => name === 'funding.samskap') ?? files[0];
        const [nn, nb] = await Promise.all([diagnosticsIn(file, 'nn'), diagnosticsIn(file, 'nb')]);
        expect(nn.map(d => d.message)).toEqual(nb.map(d => d.message));
    });

    test('problems in the settings are told in the language the settings choose, or the one asked for', async () => {
        const { parseSamskapConfig } = await import('../../src/validation/rule-config.js');
        const bad = { display: { language: 'nb' }, rules: { 'SK-NOPE-1': 'off', 'SK-CTX-003': 'loud', 'SK-GOV-001': 'off' }, governance: { sharedMaxParticipants: 0 }, colour: true };
        const norwegian = parseSamskapConfig(bad).findings;
        const danish = parseSamskapConfig(bad, 'samskap.json', 'da').findings;
        const english = parseSamskapConfig({ ...bad, display: undefined }).findings;
        expect(norwegian.map(f => f.code)).toEqual(english.map(f => f.code));
        expect(danish.map(f => f.code)).toEqual(english.map(f => f.code));
        expect(english.length).toBeGreaterThanOrEqual(5);
        for (const [findings, language] of [[norwegian, 'nb'], [danish, 'da']] as const) {
            for (const finding of findings) {
                expect(translatedWords(finding.message, []).filter(word => ENGLISH.has(word)), `${language}: ${finding.message}`).toEqual([]);
            }
        }
        expect(norwegian.find(f => f.code === 'SK-CFG-004')?.message).toContain('Ukjent innstilling "colour"');
        expect(danish.find(f => f.code === 'SK-CFG-004')?.message).toContain('Ukendt indstilling "colour"');
    });

    test('the workspace rules speak the display language too', async () => {
        const a = await modelOf('model A "A" {\n    actor lag "Laget i byen" is association\n}');
        const b = await modelOf('model B "B" {\n    actor laget "Laget i byen" is association\n}');
        const range = { uri: 'file:///lib.samskap', start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
        const libraries = [{ name: 'felles', uri: range.uri, actors: [{ id: 'felles.bank', name: 'bank', title: 'Sparebanken', nameRange: range }] }];
        for (const language of ['nb', 'da'] as const) {
            const findings = runWorkspaceRules([a, b], libraries, { display: { language } });
            expect(findings.map(f => f.code).sort()).toEqual(['SK-WS-001', 'SK-WS-002']);
            for (const finding of findings) {
                expect(translatedWords(finding.message, []).filter(word => ENGLISH.has(word)), finding.message).toEqual([]);
            }
        }
    });
});
