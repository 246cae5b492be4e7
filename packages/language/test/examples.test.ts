import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';

/**
 * Every bundled example is what a newcomer opens first: the valid ones must be clean, and each
 * invalid one must fail with the message its header promises (`// expect-error: <text>`).
 */
const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
const invalidDir = join(examplesDir, 'invalid');

function samskapFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.samskap'))
        .map(entry => join(entry.parentPath, entry.name))
        .sort();
}

const allFiles = samskapFiles(examplesDir);
const validFiles = allFiles.filter(file => !file.startsWith(invalidDir));
const invalidFiles = allFiles.filter(file => file.startsWith(invalidDir));
const libraryFiles = validFiles.filter(file => file.includes(`${join(examplesDir, 'library')}`));

const { shared } = createSamskapServices(EmptyFileSystem);

async function loadWorkspace(files: readonly string[]): Promise<Map<string, LangiumDocument>> {
    const documents = new Map<string, LangiumDocument>();
    for (const file of files) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(file, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return documents;
}

function errorsOf(document: LangiumDocument): string[] {
    return (document.diagnostics ?? [])
        .filter(diagnostic => diagnostic.severity === 1)
        .map(diagnostic => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnostic.message}`);
}

/** The expectations an invalid example states in its header: one or more `// expect-error: <substring>` lines. */
function expectedErrors(text: string): string[] {
    return [...text.matchAll(/^\/\/ expect-error: (.+)$/gm)].map(match => match[1].trim());
}

afterEach(async () => {
    await clearDocuments(shared);
});

describe('the example folder', () => {
    test('holds at least six case models, a shared library and invalid models', () => {
        const cases = validFiles.filter(file => !libraryFiles.includes(file));
        expect(cases.length).toBeGreaterThanOrEqual(6);
        expect(libraryFiles.length).toBeGreaterThanOrEqual(1);
        expect(invalidFiles.length).toBeGreaterThanOrEqual(6);
    });

    test('the shared library is used by at least two case files, through `uses` and a qualified name', () => {
        const cases = validFiles.filter(file => !libraryFiles.includes(file)).map(file => readFileSync(file, 'utf8'));
        expect(cases.filter(text => /^\s*uses norway\b/m.test(text)).length).toBeGreaterThanOrEqual(2);
        expect(cases.filter(text => /\bnorway\.\w+/.test(text)).length).toBeGreaterThanOrEqual(2);
    });
});

describe('valid examples, loaded as one workspace', () => {
    let documents: Map<string, LangiumDocument>;

    beforeAll(() => {
        expect(validFiles.length).toBeGreaterThan(0);
    });

    test.each(validFiles.map(file => [relative(examplesDir, file), file]))('%s parses and links with no errors', async (_name, file) => {
        documents = await loadWorkspace(validFiles);
        const document = documents.get(file);
        expect(document).toBeDefined();
        expect(document!.parseResult.lexerErrors).toEqual([]);
        expect(document!.parseResult.parserErrors).toEqual([]);
        expect(errorsOf(document!)).toEqual([]);
    });
});

describe('invalid examples', () => {
    test.each(invalidFiles.map(file => [relative(examplesDir, file), file]))('%s fails with the message its header states', async (_name, file) => {
        const text = readFileSync(file, 'utf8');
        const expectations = expectedErrors(text);
        expect(expectations, 'the header must state `// expect-error: <substring>`').not.toEqual([]);
        expect(text, 'the header must say what is wrong').toMatch(/^\/\/ Invalid on purpose: .+/);
        const documents = await loadWorkspace([...libraryFiles, file]);
        const errors = errorsOf(documents.get(file)!);
        expect(errors.length).toBeGreaterThan(0);
        for (const expected of expectations) {
            expect(errors.some(error => error.toLowerCase().includes(expected.toLowerCase())),
                `expected an error containing "${expected}", got:\n${errors.join('\n')}`).toBe(true);
        }
    });
});
