import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    AstUtils, CompositeCstNodeImpl, EmptyFileSystem, LeafCstNodeImpl, TextDocument, URI, isAstNode, isMultiReference, isReference, type AstNode,
    type CstNode, type LangiumDocument, type ParseResult
} from 'langium';
import { describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';
import { SamskapLinker } from '../src/scoping/samskap-linker.js';
import { IncrementalDocumentFactory } from '../src/workspace/incremental-document-factory.js';
import { reparseIncrementally } from '../src/workspace/incremental-reparse.js';

/**
 * The incremental parse must give exactly the tree a full parse gives: every AST property in the
 * same key order, containers and indices, references' text and nodes, and every CST node's
 * class, grammar element, token type, offset, range and text. Edits are random (most produce
 * syntax errors and must fall back) and typical (typing in a name, deleting or duplicating a
 * line, a new statement), applied in chains so later edits start from an incrementally built tree.
 */
const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
// The invalid models (test fixtures) too: their paths contain `invalid`, which the tests below use.
const invalidDir = fileURLToPath(new URL('./fixtures/invalid/', import.meta.url));
const exampleFiles = [examplesDir, invalidDir].flatMap(dir => readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.samskap'))
    .map(entry => join(entry.parentPath, entry.name))
    .sort());

const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
const parser = Samskap.parser.LangiumParser;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6D2B79F5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const SNIPPETS = [
    'x', 'e', '1', ' ', '\n', '\r\n', '\t', '"', '{', '}', ',', '.', '..', 'å', '/* note */', '// note\n', '/** doc */\n',
    'actor', 'is', 'sector', 'decision', 'resolution', 'anchoring', 'board', ' public', '"Tittel"',
    '\n    actor extra "Extra" is voluntary_organisation\n', '\n    country NO\n', '\n    goal "More volunteers"\n'
];

type Edit = { start: number; end: number; insert: string };

function randomEdit(text: string, next: () => number): Edit {
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
    const position = Math.floor(next() * (text.length + 1));
    const lineStart = text.lastIndexOf('\n', position - 1) + 1;
    const lineEndIndex = text.indexOf('\n', position);
    const lineEnd = lineEndIndex < 0 ? text.length : lineEndIndex + 1;
    switch (Math.floor(next() * 8)) {
        case 0: return { start: position, end: position, insert: pick(SNIPPETS) };
        case 1: return { start: position, end: Math.min(text.length, position + 1 + Math.floor(next() * 30)), insert: '' };
        case 2: return { start: position, end: Math.min(text.length, position + Math.floor(next() * 10)), insert: pick(SNIPPETS) };
        case 3: return /[A-Za-zæøå]/.test(text) ? typingEdit(text, next) : { start: position, end: position, insert: 'x' };
        case 4: return { start: lineStart, end: lineEnd, insert: '' };
        case 5: return { start: lineStart, end: lineStart, insert: text.substring(lineStart, lineEnd) };
        case 6: {
            // A line from elsewhere in the file, as when a statement is copied.
            const lines = text.split('\n');
            return { start: lineStart, end: lineStart, insert: `${pick(lines)}\n` };
        }
        default: {
            // Deleting a character inside a string or name.
            const at = Math.max(0, position - 1);
            return { start: at, end: Math.min(text.length, at + 1), insert: '' };
        }
    }
}

/** A letter typed next to a letter: in a name, a title, a keyword or a reference. */
function typingEdit(text: string, next: () => number): Edit {
    const letters = [...text.matchAll(/[A-Za-zæøå]/g)].map(match => match.index);
    const at = letters[Math.floor(next() * letters.length)] + 1;
    return { start: at, end: at, insert: ['a', 'Z', 'ø', '_', '2'][Math.floor(next() * 5)] };
}

function apply(text: string, edit: Edit): string {
    return text.substring(0, edit.start) + edit.insert + text.substring(edit.end);
}

/** Reads every composite's range once, as hover or symbols do, so stale cached ranges would show. */
function warmRanges(node: CstNode): void {
    void node.range;
    if (node instanceof CompositeCstNodeImpl) {
        node.content.forEach(warmRanges);
    }
}

function describeNode(node: AstNode | undefined): string {
    return node ? `${node.$type}@${node.$cstNode?.offset}` : 'undefined';
}

/** Throws with the path of a difference; plain checks, as the trees have thousands of nodes. */
function check(same: boolean, path: string, actual: unknown, expected: unknown): void {
    if (!same) {
        throw new Error(`${path}: ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`);
    }
}

function checkEqual(actual: unknown, expected: unknown, path: string): void {
    check(actual === expected || JSON.stringify(actual) === JSON.stringify(expected), path, actual, expected);
}

/** Fails the test with the path of the first difference between the two trees. */
function expectSameTree(actual: ParseResult<AstNode>, expected: ParseResult<AstNode>): void {
    checkEqual(actual.parserErrors.map(error => error.message), expected.parserErrors.map(error => error.message), 'parser errors');
    checkEqual(actual.lexerErrors.map(error => error.message), expected.lexerErrors.map(error => error.message), 'lexer errors');
    checkEqual(actual.lexerReport?.diagnostics ?? [], expected.lexerReport?.diagnostics ?? [], 'lexer report');
    const counterpart = new Map<AstNode, AstNode>();
    compareAst(actual.value, expected.value, 'root', counterpart);
    const actualRoot = actual.value.$cstNode!;
    const expectedRoot = expected.value.$cstNode!;
    check(actualRoot.root.fullText === expectedRoot.root.fullText, 'full text', actualRoot.root.fullText, expectedRoot.root.fullText);
    compareCst(actualRoot, expectedRoot, 'cst', counterpart);
}

function compareAst(actual: AstNode, expected: AstNode, path: string, counterpart: Map<AstNode, AstNode>): void {
    counterpart.set(actual, expected);
    const keys = (node: AstNode): string[] => Object.keys(node).filter(key => key !== '$document');
    checkEqual(keys(actual), keys(expected), `${path} keys`);
    for (const key of keys(actual)) {
        const a = (actual as unknown as Record<string, unknown>)[key];
        const b = (expected as unknown as Record<string, unknown>)[key];
        const at = `${path}.${key}`;
        if (key === '$cstNode') {
            continue;
        } else if (key === '$container') {
            check(counterpart.get(a as AstNode) === b, at, describeNode(a as AstNode), describeNode(b as AstNode));
        } else {
            compareValue(a, b, at, counterpart);
        }
    }
}

function compareValue(a: unknown, b: unknown, path: string, counterpart: Map<AstNode, AstNode>): void {
    if (Array.isArray(a)) {
        check(Array.isArray(b) && a.length === b.length, `${path} length`, a.length, (b as unknown[] | undefined)?.length);
        a.forEach((item, index) => compareValue(item, (b as unknown[])[index], `${path}[${index}]`, counterpart));
    } else if (isAstNode(a)) {
        check(isAstNode(b), path, a.$type, b);
        compareAst(a, b as AstNode, `${path}<${describeNode(a)}>`, counterpart);
    } else if (isReference(a) || isMultiReference(a)) {
        const other = b as typeof a;
        check(isReference(other) || isMultiReference(other), path, a.$refText, other);
        checkEqual([a.$refText, a.$refNode?.offset, a.$refNode?.end, a.$refNode?.range, a.$refNode?.text],
            [other.$refText, other.$refNode?.offset, other.$refNode?.end, other.$refNode?.range, other.$refNode?.text], path);
        checkEqual(['_ref' in a ? a._ref : undefined, '_items' in a ? a._items : undefined],
            ['_ref' in other ? other._ref : undefined, '_items' in other ? other._items : undefined], `${path} link state`);
    } else {
        checkEqual(a, b, path);
    }
}

function compareCst(actual: CstNode, expected: CstNode, path: string, counterpart: Map<AstNode, AstNode>): void {
    check(actual.constructor === expected.constructor, `${path} class`, actual.constructor.name, expected.constructor.name);
    check(actual.grammarSource === expected.grammarSource, `${path} grammar`, actual.grammarSource?.$type, expected.grammarSource?.$type);
    checkEqual([actual.offset, actual.end, actual.length, actual.hidden, actual.range, actual.text],
        [expected.offset, expected.end, expected.length, expected.hidden, expected.range, expected.text], `${path} extent`);
    if (actual instanceof LeafCstNodeImpl) {
        check(actual.tokenType === (expected as LeafCstNodeImpl).tokenType, `${path} token`, actual.tokenType.name, (expected as LeafCstNodeImpl).tokenType.name);
        return;
    }
    const ownAst = (node: CstNode): AstNode | undefined => (node as unknown as { _astNode?: AstNode })._astNode;
    const actualAst = ownAst(actual);
    const expectedAst = ownAst(expected);
    if (actualAst && counterpart.has(actualAst)) {
        check(counterpart.get(actualAst) === expectedAst, `${path} astNode`, describeNode(actualAst), describeNode(expectedAst));
        check((actualAst.$cstNode === actual) === (expectedAst!.$cstNode === expected), `${path} $cstNode`, actualAst.$type, expectedAst!.$type);
    } else {
        check(describeNode(actualAst) === describeNode(expectedAst), `${path} astNode`, describeNode(actualAst), describeNode(expectedAst));
    }
    const actualContent = (actual as CompositeCstNodeImpl).content;
    const expectedContent = (expected as CompositeCstNodeImpl).content;
    check(actualContent.length === expectedContent.length, `${path} content`, actualContent.length, expectedContent.length);
    actualContent.forEach((child, index) => {
        check(child.container === actual, `${path}[${index}] container`, 'other', 'parent');
        compareCst(child, expectedContent[index], `${path}[${index}]`, counterpart);
    });
}

interface Tally {
    incremental: number;
    full: number;
}

/** Applies `steps` edits in a chain, comparing each incremental result (or the untouched old tree) with a full parse. */
function runChain(text: string, seed: number, steps: number, tally: Tally): void {
    const next = random(seed);
    let current = parser.parse(text);
    let currentText = text;
    for (let step = 0; step < steps; step++) {
        const edit = randomEdit(currentText, next);
        const newText = apply(currentText, edit);
        if (newText === currentText) {
            continue;
        }
        warmRanges(current.value.$cstNode!);
        const context = `seed ${seed} step ${step}: ${JSON.stringify(edit)}`;
        const incremental = reparseIncrementally(current, currentText, newText, parser);
        if (incremental) {
            tally.incremental++;
            try {
                expectSameTree(incremental, parser.parse(newText));
            } catch (error) {
                throw new Error(`${context}\n${String(error)}`, { cause: error });
            }
            current = incremental;
        } else {
            tally.full++;
            // A refused attempt must leave the old tree as it was.
            try {
                expectSameTree(current, parser.parse(currentText));
            } catch (error) {
                throw new Error(`refused, but changed the old tree: ${context}\n${String(error)}`, { cause: error });
            }
            current = parser.parse(newText);
        }
        currentText = newText;
    }
}

describe('incremental parse', () => {
    test.each(exampleFiles.map(file => [file.startsWith(examplesDir) ? file.substring(examplesDir.length) : `fixtures/invalid/${basename(file)}`, file]))('equals a full parse after random and typical edits of %s', (_name, file) => {
        const text = readFileSync(file, 'utf8');
        const tally: Tally = { incremental: 0, full: 0 };
        // The chains are random walks seeded by the text: one edit that leaves an error (an
        // unterminated comment) sends the rest of its chain to the full parse. Walk further chains
        // until the incremental path has been compared often enough, up to a bound.
        for (let chain = 0; chain < 40 || (chain < 160 && tally.incremental <= 40 && !file.includes('invalid')); chain++) {
            runChain(text, chain * 7919 + text.length, 12, tally);
        }
        if (!file.includes('invalid')) {
            // Otherwise the comparison above would prove nothing about the incremental path.
            expect(tally.incremental).toBeGreaterThan(40);
        }
    });

    test('tokens after the edit on the same line: trailing comments, statements sharing a line, the closing brace', () => {
        for (const file of exampleFiles.filter(name => !name.includes('invalid'))) {
            const lines = readFileSync(file, 'utf8').split('\n');
            const dense = lines
                .map((line, index) => index % 3 === 0 && /^\s+[a-z]+ .*[\w"]$/.test(line) && !line.includes('//') && !line.includes('/*') ? `${line} // note ${index}` : line)
                .map((line, index, all) => index % 2 === 0 && !line.includes('//') && !line.includes('*') && /^\s+[a-z]/.test(line) && /^\s+(actor|role|involvement|activity|decision|country|goal)\b/.test(all[index + 1] ?? '') ? `${line} ` : `${line}\n`)
                .join('')
                .replace(/\n([^\n/]*[\w"])\n\s*}\s*$/, '\n$1 }\n');
            const clean = parser.parse(dense);
            expect(clean.parserErrors.map(error => error.message), file).toEqual([]);
            const tally: Tally = { incremental: 0, full: 0 };
            for (let chain = 0; chain < 20 || (chain < 80 && tally.incremental <= 20); chain++) {
                runChain(dense, 131 * chain + dense.length, 12, tally);
            }
            expect(tally.incremental, file).toBeGreaterThan(20);
        }
    });

    test('several top-level elements in one file: edits in the first move the others', () => {
        const library = readFileSync(exampleFiles.find(file => file.endsWith('norway.samskap'))!, 'utf8');
        const models = exampleFiles.filter(file => !file.includes('invalid') && !file.includes('library')).slice(0, 2)
            .map(file => readFileSync(file, 'utf8'));
        const text = [library, ...models].join('\n// next element\n');
        expect(parser.parse(text).parserErrors).toEqual([]);
        const tally: Tally = { incremental: 0, full: 0 };
        for (let chain = 0; chain < 30 || (chain < 120 && tally.incremental <= 30); chain++) {
            runChain(text, 17 * chain + 3, 12, tally);
        }
        expect(tally.incremental).toBeGreaterThan(30);
    });

    test('typing into a name on a CRLF file with comments', () => {
        const text = readFileSync(exampleFiles.find(file => file.endsWith('offri-arendal.samskap'))!, 'utf8')
            .replace(/\r?\n/g, '\r\n')
            .replace(/\n(\s*)actor /, '\n$1// the municipality first\r\n$1actor ');
        const tally: Tally = { incremental: 0, full: 0 };
        for (let chain = 0; chain < 20 || (chain < 80 && tally.incremental <= 20); chain++) {
            runChain(text, 31 * chain + 5, 12, tally);
        }
        expect(tally.incremental).toBeGreaterThan(20);
    });

    test('the language server path: same diagnostics and links as a fresh document, incremental parse used', async () => {
        const factory = shared.workspace.LangiumDocumentFactory;
        expect(factory).toBeInstanceOf(IncrementalDocumentFactory);
        const statistics = (factory as IncrementalDocumentFactory).statistics;
        const incrementalBefore = statistics.incremental;
        const text = readFileSync(exampleFiles.find(file => file.endsWith('offri-steinkjer.samskap'))!, 'utf8');
        const uri = URI.parse('file:///incremental/edited.samskap');
        const documents = shared.workspace.LangiumDocuments;
        const builder = shared.workspace.DocumentBuilder;
        shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'samskap', 1, text));
        await builder.build([documents.createDocument(uri, text)], { validation: true });
        const firstActor = text.indexOf('actor ');
        const edits = [
            // A new name for the first actor: its references elsewhere no longer resolve.
            (t: string) => `${t.substring(0, firstActor + 6)}x${t.substring(firstActor + 6)}`,
            (t: string) => `${t.substring(0, firstActor + 6)}${t.substring(firstActor + 7)}`,
            (t: string) => t.replace(/\n[^\n]*\binvolvement\b[^\n]*\n/, '\n'),
            (t: string) => t.replace(/\n(\s*)(actor [^\n]*)\n/, '\n$1$2\n$1$2\n')
        ];
        const summary = (document: LangiumDocument): string[] => [
            ...(document.diagnostics ?? []).map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`).sort(),
            ...document.references.map(reference => `${reference.$refText} ${reference.$refNode?.offset} -> ${isReference(reference) ? `${reference.ref?.$type}@${reference.ref?.$cstNode?.offset}` : ''} ${reference.error?.message ?? ''}`),
            JSON.stringify(Samskap.analysis.PartnershipModelProvider.getModels(document)).replaceAll(document.uri.toString(), 'URI')
        ];
        let current = text;
        for (const [index, edit] of edits.entries()) {
            current = edit(current);
            shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'samskap', index + 2, current));
            await builder.update([uri], []);
            const updated = documents.getDocument(uri)!;
            const freshUri = URI.parse(`file:///incremental/fresh${index}.samskap`);
            const fresh = documents.createDocument(freshUri, current);
            await builder.build([fresh], { validation: true });
            expect(updated.diagnostics!.length).toBeGreaterThan(0);
            expect(summary(updated)).toEqual(summary(fresh));
            await builder.update([], [freshUri]);
        }
        expect(statistics.incremental - incrementalBefore).toBe(edits.length);
        await builder.update([], [uri]);
    });

    test('reused facts and readings follow what they were built from: a body\'s title, an actor\'s side', async () => {
        const documents = shared.workspace.LangiumDocuments;
        const builder = shared.workspace.DocumentBuilder;
        const text = `model R "R" {
    actor kommune "Kommunen" is municipality
    actor lag "Laget" is association
    actor senter "Senteret" is volunteer_centre
    goal "Ett"
    goal "To"
    goal "Tre"
    body styre "Styret" is steering_group members kommune, lag decides by majority
    goal "Fire"
    goal "Fem"
    goal "Seks"
    decision plan "Plan" {
        decide styre
        consulted senter with feedback "møte"
    }
    funding {
        kommune -> lag operating_grant 1000 NOK per year
    }
}
`;
        const uri = URI.parse('file:///incremental/reused.samskap');
        shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'samskap', 1, text));
        await builder.build([documents.createDocument(uri, text)], builder.updateBuildOptions);
        const statistics = (shared.workspace.LangiumDocumentFactory as IncrementalDocumentFactory).statistics;
        const incrementalBefore = statistics.incremental;
        const analysis = (document: LangiumDocument): string => JSON.stringify([
            Samskap.analysis.PartnershipModelProvider.getModels(document),
            Samskap.analysis.ClassificationProvider.getClassifications(document)
        ]).replaceAll(document.uri.toString(), 'URI');
        let current = text;
        // Each edit lies three statements or more away from the others, so the incremental parse
        // keeps the decision, the body and the actors it does not touch.
        for (const [step, edit] of [
            (t: string) => t.replace('"Styret"', '"Styringsgruppa"'),
            (t: string) => t.replace('actor senter "Senteret" is volunteer_centre', 'actor senter "Senteret" is municipality'),
            (t: string) => t.replace('members kommune, lag decides', 'members kommune, lag, senter decides'),
            (t: string) => t.replace('actor lag "Laget" is association', 'actor lag "Laget" is county')
        ].entries()) {
            current = edit(current);
            shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'samskap', step + 2, current));
            await builder.update([uri], []);
            const fresh = documents.createDocument(URI.parse(`file:///incremental/reused-fresh${step}.samskap`), current);
            await builder.build([fresh], builder.updateBuildOptions);
            expect(analysis(documents.getDocument(uri)!), `edit ${step}`).toEqual(analysis(fresh));
            await builder.update([], [fresh.uri]);
        }
        expect(statistics.incremental - incrementalBefore).toBe(4);
        await builder.update([], [uri]);
    });

    test('random edit chains through the language server path: same diagnostics, links and targets as a fresh document, links kept where the declarations stayed', async () => {
        const documents = shared.workspace.LangiumDocuments;
        const builder = shared.workspace.DocumentBuilder;
        const linker = Samskap.references.Linker as SamskapLinker;
        const keptBefore = linker.statistics.kept;
        // Reference targets by identity too: a kept link must point into the current tree.
        const summary = (document: LangiumDocument): string[] => [
            ...(document.diagnostics ?? []).map(d => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`).sort(),
            ...document.references.map(reference => {
                const target = isReference(reference) ? reference.ref : undefined;
                const attached = target ? AstUtils.streamAst(AstUtils.getDocument(target).parseResult.value).includes(target) : true;
                return `${reference.$refText} ${reference.$refNode?.offset} -> ${describeNode(target)} ${attached ? '' : 'DETACHED'} ${reference.error?.message ?? ''} ${isReference(reference) ? reference.$nodeDescription?.path ?? '' : ''}`;
            }),
            // The PartnershipModel and its classification too: facts and readings of unchanged
            // statements are reused (build-model.ts, participation.ts).
            JSON.stringify(Samskap.analysis.PartnershipModelProvider.getModels(document)),
            JSON.stringify(Samskap.analysis.ClassificationProvider.getClassifications(document))
        ];
        const sources = exampleFiles.filter(file => !file.includes('invalid')).map(file => readFileSync(file, 'utf8'));
        let compared = 0;
        for (const [index, source] of sources.entries()) {
            const uri = URI.parse(`file:///incremental/chain${index}.samskap`);
            shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'samskap', 1, source));
            await builder.build([documents.createDocument(uri, source)], { validation: true });
            const next = random(1000 + index);
            let current = source;
            for (let step = 0; step < 12; step++) {
                // Mostly typing inside names and titles, which keeps links; sometimes anything.
                const edit = next() < 0.7 ? typingEdit(current, next) : randomEdit(current, next);
                current = apply(current, edit);
                shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'samskap', step + 2, current));
                await builder.update([uri], []);
                const freshUri = URI.parse(`file:///incremental/chain${index}-fresh${step}.samskap`);
                const fresh = documents.createDocument(freshUri, current);
                // As an update validates (the workspace-wide checks run apart, once typing pauses).
                await builder.build([fresh], builder.updateBuildOptions);
                const expected = summary(fresh).map(line => line.replaceAll(`chain${index}-fresh${step}`, `chain${index}`));
                expect(summary(documents.getDocument(uri)!), `example ${index}, edit ${step}`).toEqual(expected);
                await builder.update([], [freshUri]);
                compared++;
            }
            await builder.update([], [uri]);
        }
        expect(compared).toBeGreaterThan(50);
        expect(linker.statistics.kept - keptBefore).toBeGreaterThan(100);
    });
});
