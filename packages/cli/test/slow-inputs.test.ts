/**
 * Slow inputs (issue 15) in the CLI: work that grows with the input, asserted by counting reads,
 * pieces and files held, never by the clock (figures: `npm run bench`, "Slow inputs").
 */
import { classify, createSamskapServices, type PartnershipModel, type SourceRange } from '@samskap/language';
import { EmptyFileSystem, URI } from 'langium';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { jsonChunks } from '../src/io/json-chunks.js';
import { writeSite, type SiteFile } from '../src/io/site-writer.js';
import { findingsByModel, findingsInModel, type ReportedFinding } from '../src/workspace/reported-finding.js';

const examples = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');
const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
let documents = 0;

async function modelsOf(text: string): Promise<PartnershipModel[]> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///slow/m${documents++}.samskap`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return [...Samskap.analysis.PartnershipModelProvider.getModels(document)];
}

const range = (start: number, end: number): SourceRange => ({ uri: 'file:///x', start: { line: start, character: 0 }, end: { line: end, character: 1 } });

describe('the findings of a file of many models', () => {
    test('are shared out among 2,000 models with about n log n reads of a line, not n²', () => {
        let reads = 0;
        const finding = (line: number, index: number): ReportedFinding => new Proxy({
            file: 'm.samskap', line, column: 1, endLine: line, endColumn: 2, severity: index % 3 === 0 ? 'hint' : 'warning', code: 'SK-X', message: `m${index}`
        } as ReportedFinding, { get: (target, key, receiver) => (key === 'line' && reads++, Reflect.get(target, key, receiver)) });
        // Model i on lines 3i..3i+2 (0-based), one finding on its last line, given in reverse.
        const ranges = Array.from({ length: 2_000 }, (_, i) => range(3 * i, 3 * i + 2));
        const findings = Array.from({ length: 2_000 }, (_, i) => finding(3 * (1_999 - i) + 3, i));
        const byModel = findingsByModel(findings, ranges);
        // The old way, one filter of every finding per model, read a line 8,000,000 times.
        expect(reads).toBeLessThan(100 * findings.length);
        expect(byModel.map(list => list.map(item => item.message))).toEqual(ranges.map((_, i) => [`m${1_999 - i}`]));
    });

    test('give every model what findingsInModel gives it, in the same order, also where models share lines', () => {
        const ranges = [range(0, 4), range(4, 4), range(4, 9), range(12, 20), range(30, 31)];
        const findings: ReportedFinding[] = [9, 1, 5, 5, 13, 40, 21, 2, 5].map((line, index) => ({
            file: 'm.samskap', line, column: index + 1, endLine: line, endColumn: 1, severity: 'info', message: `f${index}`
        }));
        expect(findingsByModel(findings, ranges)).toEqual(ranges.map(r => findingsInModel(findings, r)));
    });
});

describe('export writes JSON in pieces', () => {
    const exportOf = (models: readonly PartnershipModel[]): unknown => ({
        samskap: '0.0.0-test',
        models: models.map(model => ({ model, classification: classify(model), findings: [] }))
    });

    test('byte for byte what JSON.stringify(…, null, 2) writes, for every example', async () => {
        for (const name of readdirSync(examples).filter(file => file.endsWith('.samskap'))) {
            const document = exportOf(await modelsOf(readFileSync(path.join(examples, name), 'utf8')));
            expect([...jsonChunks(document)].join(''), name).toBe(JSON.stringify(document, null, 2));
        }
        const awkward = { a: undefined, b: () => 1, c: [undefined, () => 2, Number.NaN], d: new Date(0), e: {}, f: [], g: 'ø"\n\u2028' };
        expect([...jsonChunks(awkward)].join('')).toBe(JSON.stringify(awkward, null, 2));
    });

    test('10,000 actors: no piece holds more than a small part of the document (it was one string of it all)', async () => {
        const lines = ['model Big "Big" {'];
        for (let i = 0; i < 10_000; i++) lines.push(`    actor a${i} "Actor ${i}" is ${i % 2 ? 'association' : 'municipality'}`);
        lines.push('}');
        const document = exportOf(await modelsOf(lines.join('\n')));
        const pieces = [...jsonChunks(document)];
        const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
        expect(pieces.length).toBeGreaterThan(20_000);
        // The largest piece is one value a few kilobytes long (the list of non-public actors in the co-creation evidence).
        expect(Math.max(...pieces.map(piece => piece.length))).toBeLessThan(total / 50);
        expect(pieces.join('')).toBe(JSON.stringify(document, null, 2));
    });
});

describe('docs writes the site one file after the other', () => {
    test('each file is rendered only once the one before it is written, and the manifest lists them all', () => {
        const folder = path.join(mkdtempSync(path.join(tmpdir(), 'samskap-slow-')), 'site');
        const staging = path.join(path.dirname(folder), `.site.samskap-new-${process.pid}`);
        const rendered: string[] = [];
        const files: SiteFile[] = Array.from({ length: 50 }, (_, i) => ({
            path: i % 2 ? `models/p${i}.html` : `p${i}.md`,
            content: () => {
                // Rendered text is written before the next file is asked for: never more than one held.
                const previous = rendered.at(-1);
                expect(previous === undefined || existsSync(path.join(staging, previous))).toBe(true);
                rendered.push(i % 2 ? `models/p${i}.html` : `p${i}.md`);
                return `page ${i}\n`;
            }
        }));
        writeSite(folder, files);
        expect(rendered.length).toBe(50);
        const manifest = JSON.parse(readFileSync(path.join(folder, '.samskap-docs.json'), 'utf8')) as { files: Record<string, string> };
        expect(Object.keys(manifest.files).length).toBe(50);
        expect(readFileSync(path.join(folder, 'models/p7.html'), 'utf8')).toBe('page 7\n');
    });
});
