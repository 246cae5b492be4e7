import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, EmptyFileSystem, GrammarAST, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { clearDocuments } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';

/**
 * Every bundled example is what a newcomer opens first: each must be clean. The invalid models
 * (test/fixtures/invalid) must each fail with the message their header promises
 * (`// expect-error: <text>`).
 */
const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
const invalidDir = fileURLToPath(new URL('./fixtures/invalid/', import.meta.url));

function samskapFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.samskap'))
        .map(entry => join(entry.parentPath, entry.name))
        .sort();
}

const validFiles = samskapFiles(examplesDir);
const invalidFiles = samskapFiles(invalidDir);
const libraryFiles = validFiles.filter(file => file.includes(`${join(examplesDir, 'library')}`));

const { shared, Samskap } = createSamskapServices(EmptyFileSystem);

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
    test('holds at least six case models and a shared library; the invalid models are test fixtures', () => {
        const cases = validFiles.filter(file => !libraryFiles.includes(file));
        expect(cases.length).toBeGreaterThanOrEqual(6);
        expect(libraryFiles.length).toBeGreaterThanOrEqual(1);
        expect(invalidFiles.length).toBeGreaterThanOrEqual(6);
    });

    test('together the examples use every construct of the language', () => {
        const code = validFiles.map(file => readFileSync(file, 'utf8').replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')).join('\n');
        const constructs = ['library', 'uses', 'country', 'municipality', 'period', 'fields', 'purpose', 'source', 'goal', 'actor', 'sector',
            'role', 'held by', 'body', 'members', 'decides by', 'level', 'chair', 'initiative', 'involvement', 'goals defined', 'content defined',
            'activity', 'phases', 'done jointly', 'done separately', 'decision', 'decide', 'joint(', 'agree', 'recommend', 'consulted',
            'informed', 'perform', 'iap2', 'arnstein', 'with feedback', 'budget', 'funding', '->', 'share', '%', 'for', 'requirements',
            'per year', 'per month', 'once', 'FTE', 'hours', 'governance shared', 'governance lead', 'governance nao', 'trust', 'consensus',
            'anchoring', 'unit', 'budget_line', 'agreement', 'parties', 'evaluation', 'termination', 'pilot', 'continuation',
            'claim form', 'claim partnership', '..'];
        const missing = constructs.filter(construct => !code.includes(construct));
        expect(missing).toEqual([]);
        expect(code).toMatch(/[æøåÆØÅ]/);
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

describe('the examples folder opened as an editor workspace', () => {
    test('the language server finds every file on disk, and every one is clean', async () => {
        const node = createSamskapServices(NodeFileSystem);
        await node.shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: URI.file(examplesDir).toString(), name: 'examples' }]);
        await node.shared.workspace.DocumentBuilder.build(node.shared.workspace.LangiumDocuments.all.toArray(), { validation: true });
        const loaded = node.shared.workspace.LangiumDocuments.all.toArray();
        expect(loaded.map(document => document.uri.fsPath).sort()).toEqual(validFiles);
        // The rules ran too (they report findings beyond syntax and linking), not only the parser.
        expect(loaded.some(document => (document.diagnostics ?? []).some(diagnostic => diagnostic.severity !== 1))).toBe(true);
        for (const document of loaded) {
            expect(errorsOf(document), relative(examplesDir, document.uri.fsPath)).toEqual([]);
        }
    });
});

describe('invalid models (test/fixtures/invalid)', () => {
    test.each(invalidFiles.map(file => [relative(invalidDir, file), file]))('%s fails with the message its header states', async (_name, file) => {
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

describe('the language reference (docs/language.md)', () => {
    const referencePath = fileURLToPath(new URL('../../../docs/language.md', import.meta.url));
    const reference = readFileSync(referencePath, 'utf8');
    const blocks = [...reference.matchAll(/```samskap\n([\s\S]*?)```/g)].map(match => match[1]);

    test('has an example for every statement of the language', () => {
        expect(blocks.length).toBeGreaterThanOrEqual(15);
        for (const keyword of ['library', 'uses', 'country', 'municipality', 'period', 'fields', 'purpose', 'source', 'goal', 'actor',
            'role', 'body', 'initiative', 'involvement', 'goals', 'content', 'activity', 'decision', 'joint', 'budget', 'funding',
            'share', 'governance', 'anchoring', 'agreement', 'claim', 'iap2', 'arnstein', 'feedback']) {
            expect(blocks.some(block => new RegExp(`\\b${keyword}\\b`).test(block)), `an example uses \`${keyword}\``).toBe(true);
        }
    });

    test('every example parses and links without errors', async () => {
        const files = blocks.map((block, index) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(block, URI.parse(`file:///docs/block-${index}.samskap`));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(files, { validation: true });
        const syntaxOrLinking = new Set(['lexing-error', 'parsing-error', 'linking-error']);
        for (const [index, document] of files.entries()) {
            const errors = (document.diagnostics ?? [])
                .filter(diagnostic => syntaxOrLinking.has((diagnostic.data as { code?: string } | undefined)?.code ?? ''))
                .map(diagnostic => diagnostic.message);
            expect(errors, `example ${index + 1}:\n${blocks[index]}`).toEqual([]);
        }
    });

    test('names every keyword of the grammar', () => {
        const keywords = new Set(AstUtils.streamAllContents(Samskap.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
        const prose = reference.replace(/```[\s\S]*?```/g, '');
        const documented = new Set([...prose.matchAll(/`([^`\n]+)`/g)].flatMap(match => match[1].match(/\w+/g) ?? []));
        const missing = [...keywords].filter(keyword => /^\w+$/.test(keyword) && !documented.has(keyword));
        expect(missing).toEqual([]);
    });
});
