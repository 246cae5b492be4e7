import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { clearDocuments, expectFormatting } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { createSamskapServices, type PartnershipModel } from '../src/index.js';

const services = createSamskapServices(EmptyFileSystem);
const { shared, Samskap } = services;

const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
const exampleFiles = readdirSync(examplesDir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.samskap') && !join(entry.parentPath, entry.name).includes(`${join(examplesDir, 'invalid')}`))
    .map(entry => join(entry.parentPath, entry.name))
    .sort();
const libraryTexts = exampleFiles.filter(file => file.includes(join(examplesDir, 'library'))).map(file => readFileSync(file, 'utf8'));

let counter = 0;

/** Formats a text the way an editor would: ask the formatter for edits, apply them. */
async function format(text: string, libraries: readonly string[] = libraryTexts): Promise<string> {
    const libraryDocuments = libraries.map((library, index) =>
        shared.workspace.LangiumDocumentFactory.fromString(library, URI.parse(`file:///lib/${counter}-${index}.samskap`)));
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///format/${counter++}.samskap`));
    for (const added of [...libraryDocuments, document]) {
        shared.workspace.LangiumDocuments.addDocument(added);
    }
    await shared.workspace.DocumentBuilder.build([...libraryDocuments, document]);
    expect(document.parseResult.parserErrors.map(error => error.message)).toEqual([]);
    const edits = await Samskap.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { insertSpaces: true, tabSize: 4 }
    });
    const result = TextDocument.applyEdits(document.textDocument, edits);
    await clearDocuments(shared);
    return result;
}

/** The PartnershipModel without source positions: what formatting must never change. */
async function meaning(text: string): Promise<unknown[]> {
    const libraryDocuments = libraryTexts.map((library, index) =>
        shared.workspace.LangiumDocumentFactory.fromString(library, URI.parse(`file:///lib/m${counter}-${index}.samskap`)));
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///meaning/${counter++}.samskap`));
    for (const added of [...libraryDocuments, document]) {
        shared.workspace.LangiumDocuments.addDocument(added);
    }
    await shared.workspace.DocumentBuilder.build([...libraryDocuments, document]);
    const models = Samskap.analysis.PartnershipModelProvider.getModels(document);
    await clearDocuments(shared);
    return models.map(withoutPositions);
}

function withoutPositions(model: PartnershipModel): unknown {
    return JSON.parse(JSON.stringify(model, (key, value: unknown) =>
        key === 'range' || key === 'nameRange' || key === 'periodRange' || key === 'uri' ? undefined : value));
}

afterEach(async () => {
    await clearDocuments(shared);
});

describe('formatting every example', () => {
    test.each(exampleFiles.map(file => [relative(examplesDir, file), file]))('%s: formatting is idempotent and keeps the meaning', async (_name, file) => {
        const original = readFileSync(file, 'utf8');
        const once = await format(original);
        const twice = await format(once);
        expect(twice).toBe(once);
        expect(await meaning(once)).toEqual(await meaning(original));
        // Every comment survives.
        const comments = (text: string): string[] => [...text.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)].map(match => match[0].replace(/\s+/g, ' '));
        expect(comments(once)).toEqual(comments(original));
    });

    test.each(exampleFiles.map(file => [relative(examplesDir, file), file]))('%s: a scrambled layout formats to the same text', async (_name, file) => {
        const original = readFileSync(file, 'utf8');
        const canonical = await format(original);
        // The same tokens and comments with other spacing: a different indentation on every
        // line, three spaces or a line break wherever code has one space (outside strings and comments).
        const scrambled = canonical
            .split('\n')
            .map((line, index) => {
                const indent = ' '.repeat(index % 7);
                const trimmed = line.trim();
                if (trimmed.startsWith('/*') || trimmed.startsWith('*') || trimmed.startsWith('//')) {
                    return indent + trimmed;
                }
                const commentAt = trimmed.indexOf(' //');
                const code = commentAt < 0 ? trimmed : trimmed.slice(0, commentAt);
                const comment = commentAt < 0 ? '' : trimmed.slice(commentAt);
                // Every third space outside strings becomes a line break: statements spread over lines.
                let spaces = 0;
                return indent + code.replace(/ (?=(?:[^"]*"[^"]*")*[^"]*$)/g, () => (++spaces % 3 === 0 ? '\n  ' : '   ')) + comment;
            })
            .join('\n');
        expect(scrambled).not.toBe(canonical);
        expect(await format(scrambled)).toBe(canonical);
    });
});

describe('formatting the examples of the language reference', () => {
    const reference = readFileSync(fileURLToPath(new URL('../../../docs/language.md', import.meta.url)), 'utf8');
    const blocks = [...reference.matchAll(/```samskap\n([\s\S]*?)```/g)].map(match => match[1]);

    test.each(blocks.map((block, index) => [index + 1, block]))('example %i is already in the canonical layout', async (_index, block) => {
        expect(await format(block)).toBe(block);
    });
});

describe('the canonical layout', () => {
    test('one statement per line, indented four spaces, single spaces between tokens', async () => {
        await expectFormatting(Samskap)({
            before: 'model   M  "Tittel på Å"{country NO   actor a "A"   is municipality\n\n\n\nactor b "B" is citizens   involvement   b from design}',
            after: [
                'model M "Tittel på Å" {',
                '    country NO',
                '    actor a "A" is municipality',
                '',
                '    actor b "B" is citizens',
                '    involvement b from design',
                '}',
                ''
            ].join('\n')
        });
    });

    test('decision and funding blocks are expanded, one item per line', async () => {
        await expectFormatting(Samskap)({
            before: [
                'model M {',
                '  actor a "A" is municipality actor b "B" is association',
                '  decision d "D" level strategic { decide joint( a ,b ) by consensus consulted b iap2 consult with feedback "Møte" informed a }',
                '  funding { a -> b operating_grant 100000 NOK per year period 2016 .. 2017 b -> a volunteer_hours 10 hours }',
                '}'
            ].join('\n'),
            after: [
                'model M {',
                '    actor a "A" is municipality',
                '    actor b "B" is association',
                '    decision d "D" level strategic {',
                '        decide joint(a, b) by consensus',
                '        consulted b iap2 consult with feedback "Møte"',
                '        informed a',
                '    }',
                '    funding {',
                '        a -> b operating_grant 100000 NOK per year period 2016..2017',
                '        b -> a volunteer_hours 10 hours',
                '    }',
                '}',
                ''
            ].join('\n')
        });
    });

    test('a statement spread over several lines is joined; commas get one space after', async () => {
        await expectFormatting(Samskap)({
            before: 'model M {\n    actor a "A" is municipality\n    actor b "B" is association\n    body styret "Styret"\n        members a ,b,\n        a\n        decides by consensus\n}\n',
            after: 'model M {\n    actor a "A" is municipality\n    actor b "B" is association\n    body styret "Styret" members a, b, a decides by consensus\n}\n'
        });
    });

    test('comments stay: doc comments above their element, trailing comments one space after the code', async () => {
        await expectFormatting(Samskap)({
            before: [
                '// Header',
                '/** The case. */',
                'model M { // illustrative',
                '      /**',
                '         * The municipality.',
                '   */',
                'actor a "A" is municipality     // trailing',
                '',
                '',
                '   // on its own line',
                '       actor b "B" is citizens',
                '}',
                '/** A library. */',
                'library lib { actor x "X" is foundation }',
                '',
                '',
                ''
            ].join('\n'),
            after: [
                '// Header',
                '/** The case. */',
                'model M { // illustrative',
                '    /**',
                '     * The municipality.',
                '     */',
                '    actor a "A" is municipality // trailing',
                '',
                '    // on its own line',
                '    actor b "B" is citizens',
                '}',
                '',
                '/** A library. */',
                'library lib {',
                '    actor x "X" is foundation',
                '}',
                ''
            ].join('\n')
        });
    });

    test('qualified names, shares and periods are written tight where the language reads them as one', async () => {
        await expectFormatting(Samskap)({
            before: 'model M { uses lib budget ops "Drift" 100 NOK per year period 2016 .. 2018 funding { lib . x -> lib.x donation share 50 % for ops } }\nlibrary lib { actor x "X" is foundation }',
            after: [
                'model M {',
                '    uses lib',
                '    budget ops "Drift" 100 NOK per year period 2016..2018',
                '    funding {',
                '        lib.x -> lib.x donation share 50 % for ops',
                '    }',
                '}',
                '',
                'library lib {',
                '    actor x "X" is foundation',
                '}',
                ''
            ].join('\n')
        });
    });

    test.each([
        ['tabs', { insertSpaces: false, tabSize: 4 }],
        ['two spaces', { insertSpaces: true, tabSize: 2 }],
        ['eight-wide tabs', { insertSpaces: false, tabSize: 8 }]
    ])('an editor asking for %s gets the canonical four spaces, as `samskap format` writes', async (_name, options) => {
        await expectFormatting(Samskap)({
            before: 'model M {\n\t/** Doc. */\n\tactor a "A" is municipality\n  decision d { decide a }\n}\n',
            after: 'model M {\n    /** Doc. */\n    actor a "A" is municipality\n    decision d {\n        decide a\n    }\n}\n',
            options
        });
    });

    test('a file with Windows line endings keeps them', async () => {
        await expectFormatting(Samskap)({
            before: 'model M {  // case\r\n  actor a "A"   is municipality\r\n\r\n\r\n  decision d { decide a }\r\n}',
            after: 'model M { // case\r\n    actor a "A" is municipality\r\n\r\n    decision d {\r\n        decide a\r\n    }\r\n}\r\n'
        });
        const canonical = readFileSync(exampleFiles[0], 'utf8').replace(/\n/g, '\r\n');
        expect(await format(canonical)).toBe(canonical);
    });

    test('formatting a selection changes only the selected lines', async () => {
        await expectFormatting(Samskap)({
            before: 'model M {\n  actor a   "A" is municipality\n  actor b    "B" is association\n  actor c     "C" is citizens\n}\n',
            after: 'model M {\n  actor a   "A" is municipality\n    actor b "B" is association\n  actor c     "C" is citizens\n}\n',
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 40 } }
        });
    });

    test('a document with syntax errors is left alone', async () => {
        const broken = 'model M {\n  actor a "A"    is\n';
        expect(await formatUnchecked(broken)).toBe(broken);
    });
});

async function formatUnchecked(text: string): Promise<string> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///format/${counter++}.samskap`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document]);
    const edits = await Samskap.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { insertSpaces: true, tabSize: 4 }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}
