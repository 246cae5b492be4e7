import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, isCompositeCstNode, isLeafCstNode, isReference, TextDocument, URI, type AstNode, type CstNode, type LeafCstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';

/**
 * Properties of the formatter over the examples and seeded variants of them (other line endings,
 * a byte order mark, scrambled whitespace, comments in between): formatting twice gives what
 * formatting once gave, the syntax tree and every comment stay as they were, and the file keeps
 * its line ending and byte order mark. Seeded: a failure names the seed that reproduces it.
 */

const { shared, Samskap } = createSamskapServices(EmptyFileSystem);

const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
const exampleFiles = readdirSync(examplesDir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.samskap') && !join(entry.parentPath, entry.name).includes(join(examplesDir, 'invalid')))
    .map(entry => join(entry.parentPath, entry.name))
    .sort();

let counter = 0;

function parse(text: string): { root: AstNode; errors: string[] } {
    const result = Samskap.parser.LangiumParser.parse(text);
    return { root: result.value, errors: [...result.lexerErrors.map(error => error.message), ...result.parserErrors.map(error => error.message)] };
}

/** Formats as an editor or `samskap format` does: ask for the edits, apply them. */
async function format(text: string): Promise<string> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///properties/${counter++}.samskap`));
    const edits = await Samskap.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { insertSpaces: true, tabSize: 4 }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** The syntax tree without positions: types, properties, reference texts. */
function tree(node: unknown): unknown {
    if (Array.isArray(node)) {
        return node.map(tree);
    }
    if (isReference(node)) {
        return { $ref: node.$refText };
    }
    if (node !== null && typeof node === 'object') {
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(node)) {
            if (key === '$type' || !key.startsWith('$')) {
                out[key] = tree(value);
            }
        }
        return out;
    }
    return node;
}

const LINE_BREAK = /\r\n|\n\r|\n|\r/;

/** Every comment, in order; the indentation of a comment's lines is layout, not content. */
function comments(root: AstNode): string[] {
    const found: string[] = [];
    const visit = (node: CstNode): void => {
        if (isCompositeCstNode(node)) {
            node.content.forEach(visit);
        } else if (isLeafCstNode(node) && node.hidden && /COMMENT/.test(node.tokenType.name)) {
            found.push(node.text.split(LINE_BREAK).map(line => line.trimStart()).join('\n'));
        }
    };
    if (root.$cstNode) {
        visit(root.$cstNode);
    }
    return found;
}

function lineBreaks(text: string, lfcr: boolean): Set<string> {
    return new Set(text.match(lfcr ? /\r\n|\n\r|\n|\r/g : /\r\n|\n|\r/g) ?? []);
}

/** mulberry32: small, fast and good enough to pick variants reproducibly. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const ENDINGS = ['\n', '\r\n', '\r', '\n\r'] as const;

interface Variant {
    readonly text: string;
    /** The file's line ending, or `mixed`. */
    readonly eol: string;
    readonly bom: boolean;
}

/**
 * A variant of a model text: the same tokens and comments, other whitespace between them
 * (wherever there was whitespace: spaces, tabs, line breaks, indentation), comments added
 * between tokens, another line ending (or a mix), a byte order mark or not.
 */
function variant(original: string, seed: number): Variant {
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const mixed = next() < 0.15;
    const eol = pick(ENDINGS);
    const newline = (): string => (mixed ? pick(['\n', '\r\n']) : eol);
    const bom = next() < 0.25;
    const scramble = next() < 0.7;
    const commentRate = pick([0, 0.02, 0.1]);
    const leaves: LeafCstNode[] = [];
    const collect = (node: CstNode): void => {
        if (isCompositeCstNode(node)) {
            node.content.forEach(collect);
        } else if (isLeafCstNode(node)) {
            leaves.push(node);
        }
    };
    const root = parse(original).root.$cstNode!;
    collect(root);
    leaves.sort((a, b) => a.offset - b.offset);
    const indent = (): string => pick(['', ' ', '  ', '    ', '\t', '        ', ' \t ']);
    let out = bom ? '\uFEFF' : '';
    let n = 0;
    let previous: LeafCstNode | undefined;
    for (const leaf of leaves) {
        const gap = original.slice(previous?.end ?? 0, leaf.offset);
        const afterLineComment = previous?.tokenType.name === 'SL_COMMENT';
        const hadBreak = LINE_BREAK.test(gap);
        let replacement: string;
        if (!scramble) {
            replacement = gap.replace(/\r\n|\n|\r/g, newline);
        } else if (hadBreak || afterLineComment) {
            replacement = newline().repeat(1 + Math.floor(next() * 3)) + indent();
        } else if (gap.length > 0) {
            replacement = next() < 0.2 ? newline() + indent() : pick([' ', '  ', '\t', '   ']);
        } else {
            replacement = '';
        }
        // Comments between tokens: inline, to the end of the line, or a doc comment above.
        if (previous && gap.length > 0 && next() < commentRate) {
            const kind = pick(['block', 'line', 'doc']);
            const id = `c${seed}-${n++}`;
            if (kind === 'block') {
                replacement += `/* ${id} */ `;
            } else if (kind === 'line') {
                replacement = ` // ${id}${newline()}${indent()}`;
            } else {
                replacement += `${newline()}/**${newline()} * ${id}${newline()}${indent()}* more ${id}${newline()} */${newline()}`;
            }
        }
        out += replacement + leaf.text.replace(/\r\n|\n\r|\n|\r/g, newline);
        previous = leaf;
    }
    // The end of the file: one line break, none, several, or trailing blanks.
    out += pick([newline(), '', newline() + newline() + newline(), `  ${newline()}\t`]);
    return { text: out, eol: mixed ? 'mixed' : eol, bom };
}

/** 40 a file in `npm test` (a few seconds); more with SAMSKAP_FORMAT_VARIANTS=1000. */
const VARIANTS_PER_FILE = Number(process.env.SAMSKAP_FORMAT_VARIANTS ?? 40);

describe('formatter properties over the examples and seeded variants', () => {
    test.each(exampleFiles.map(file => [relative(examplesDir, file), file]))('%s', async (_name, file) => {
        const original = readFileSync(file, 'utf8');
        const seeds = Array.from({ length: VARIANTS_PER_FILE }, (_, index) => 1000 * (exampleFiles.indexOf(file) + 1) + index);
        const cases: Array<{ seed: number | 'original'; variant: Variant }> = [
            { seed: 'original', variant: { text: original, eol: '\n', bom: false } },
            ...seeds.map(seed => ({ seed, variant: variant(original, seed) }))
        ];
        for (const { seed, variant: { text, eol, bom } } of cases) {
            const label = `seed ${seed} (line ending ${JSON.stringify(eol)}, BOM ${bom})`;
            const before = parse(text);
            expect(before.errors, label).toEqual([]);
            const once = await format(text);
            const twice = await format(once);
            expect(twice, `${label}: formatting twice changes the text`).toBe(once);
            const after = parse(once);
            expect(after.errors, label).toEqual([]);
            expect(tree(after.root), `${label}: the syntax tree changed`).toEqual(tree(before.root));
            expect(comments(after.root), `${label}: the comments changed`).toEqual(comments(before.root));
            expect(once.charCodeAt(0) === 0xfeff, `${label}: the byte order mark`).toBe(bom);
            if (eol !== 'mixed') {
                expect([...lineBreaks(once, eol === '\n\r')], `${label}: the line ending`).toEqual([eol]);
            }
        }
    });
});

describe('line endings and the byte order mark (regressions)', () => {
    const doc = ['/** Partnership between', ' * the municipality and', ' * the volunteer centre.', ' */', 'model M "T" {', '  country NO', '  actor a "A" is municipality', '}', ''];

    test.each([['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r'], ['LF-CR', '\n\r']])('%s: the doc comment keeps every character and the file its line ending', async (_name, eol) => {
        const text = doc.join(eol);
        const once = await format(text);
        expect(once).toBe(['/** Partnership between', ' * the municipality and', ' * the volunteer centre.', ' */', 'model M "T" {', '    country NO', '    actor a "A" is municipality', '}', ''].join(eol));
        expect(await format(once)).toBe(once);
    });

    test('a byte order mark stays', async () => {
        const once = await format(`\uFEFF${doc.join('\r\n')}`);
        expect(once.startsWith('\uFEFF/** Partnership between\r\n')).toBe(true);
        expect(await format(once)).toBe(once);
    });

    test('formatting a selection of a CR-only file changes only that line, with CR line breaks', async () => {
        const text = 'model M {\r  actor a   "A" is municipality\r  actor b    "B" is association\r}\r';
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///properties/${counter++}.samskap`));
        const edits = await Samskap.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            options: { insertSpaces: true, tabSize: 4 },
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 40 } }
        });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe('model M {\r  actor a   "A" is municipality\r    actor b "B" is association\r}\r');
    });
});
