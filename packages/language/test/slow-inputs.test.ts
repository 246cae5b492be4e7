/**
 * Slow inputs (issue 15) in the language: work that grows with the input, asserted by counting
 * scans and reads, never by the clock (figures: `npm run bench`, "Slow inputs").
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import type { Document } from '../src/generated/ast.js';
import { createSamskapServices } from '../src/samskap-module.js';
import { parseSamskapConfig, settingsScanStatistics } from '../src/validation/rule-config.js';

describe('samskap.json with many unknown keys', () => {
    test('20,000 unknown keys are located with two scans of the text, not one per key', () => {
        const keys = Array.from({ length: 20_000 }, (_, i) => `  "unknown${i}": ${i}`);
        const text = `{\n${keys.join(',\n')}\n}`;
        const before = settingsScanStatistics.scans;
        const { findings } = parseSamskapConfig(text, 'file:///w/samskap.json');
        expect(settingsScanStatistics.scans - before).toBeLessThanOrEqual(2);
        expect(findings.length).toBe(20_000);
        expect(findings.every(finding => finding.code === 'SK-CFG-004')).toBe(true);
        expect(findings[19_999].range.start).toEqual({ line: 20_000, character: 2 });
        expect(findings[19_999].range.end).toEqual({ line: 20_000, character: 16 });
    });

    test('a key is located where it is a key, not where its text is first written as a value or a nested key', () => {
        const text = '{\n  "$schema": "x",\n  "x": { "funding": 1 },\n  "funding": { "sharetolerance": 1, "a\\"b": 2 },\n  "rules": { "SK-NOPE-001": "off" }\n}';
        const { findings } = parseSamskapConfig(text);
        const at = (message: string): [number, number] | undefined => {
            const found = findings.find(finding => finding.message.includes(message));
            return found ? [found.range.start.line, found.range.start.character] : undefined;
        };
        expect(at('Unknown setting "x"')).toEqual([2, 2]);
        expect(at('Unknown setting "funding.sharetolerance"')).toEqual([3, 15]);
        expect(at('Unknown setting "funding.a"b"')).toEqual([3, 36]);
        expect(at('Unknown rule code "SK-NOPE-001"')).toEqual([4, 13]);
    });
});

describe('a file of many small models', () => {
    const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
    let count = 0;

    async function built(models: number, broken: number): Promise<LangiumDocument> {
        const text = Array.from({ length: models }, (_, i) => `model M${i} "M ${i}" {\n    actor a "A" is ${i === broken ? 'nonsense' : 'municipality'}\n}`).join('\n');
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///slow/many${count++}.samskap`));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        return document;
    }

    /** Counts the reads of the elements of the document's root while `work` runs. */
    async function elementReads(document: LangiumDocument, work: () => Promise<unknown>): Promise<number> {
        const root = document.parseResult.value as Document;
        const elements = root.elements;
        let reads = 0;
        root.elements = new Proxy(elements, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && reads++, Reflect.get(target, key, receiver)) });
        try {
            await work();
        } finally {
            root.elements = elements;
        }
        return reads;
    }

    test('validating 2,000 models reads the list of elements a few times, not once per model (quadratic)', async () => {
        const document = await built(2_000, 1_000);
        let errors: string[] = [];
        const reads = await elementReads(document, async () => {
            const diagnostics = await Samskap.validation.DocumentValidator.validateDocument(document);
            errors = diagnostics.filter(diagnostic => diagnostic.severity === 1).map(diagnostic => `${diagnostic.range.start.line}`);
        });
        // Before: each model's check filtered the elements twice: 8,000,000 reads.
        expect(reads).toBeLessThan(20 * 2_000);
        // The model with the syntax error is still the one left out of the rules; the others are checked.
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.every(line => line === '3001')).toBe(true);
    });

    test('the classification of each of 2,000 models is found by its position, not by a search of them all', async () => {
        const document = await built(2_000, -1);
        const provider = Samskap.analysis.PartnershipModelProvider;
        const models = provider.getModels(document);
        let reads = 0;
        const counted = new Proxy(models, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && reads++, Reflect.get(target, key, receiver)) });
        const spy = vi.spyOn(provider, 'getModels').mockReturnValue(counted);
        try {
            const classifications = Samskap.analysis.ClassificationProvider;
            const found = models.map(model => classifications.getClassification(document, model));
            expect(found.every((classification, index) => classification?.model === models[index].name)).toBe(true);
        } finally {
            spy.mockRestore();
        }
        // Before: an indexOf per model, 2,000,000 reads.
        expect(reads).toBeLessThan(5 * 2_000);
    });
});
