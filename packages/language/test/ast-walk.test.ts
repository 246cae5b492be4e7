import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, EmptyFileSystem, URI, type ReferenceInfo } from 'langium';
import { describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';
import { forgetSyntaxMemosAbove } from '../src/parser/syntax-memo.js';
import { allNodes, referencesIn } from '../src/scoping/ast-walk.js';

/**
 * The linker and the reference index take their references from referencesIn, which keeps each
 * subtree's list on its node. The order decides the order of linking errors, so it must be
 * Langium's; a list kept past a change would link stale references (the edit chains of
 * incremental-parse.test.ts cover the incremental parse clearing them).
 */
const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
// With the invalid models (test fixtures): broken trees too.
const invalidDir = fileURLToPath(new URL('./fixtures/invalid/', import.meta.url));
const exampleFiles = [examplesDir, invalidDir].flatMap(dir => readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.samskap'))
    .map(entry => join(entry.parentPath, entry.name))
    .sort());

const described = (info: ReferenceInfo): unknown => ({ reference: info.reference, container: info.container, property: info.property, index: info.index });

describe('the AST walk', () => {
    test('referencesIn lists every reference of every example in Langium\'s streamAst order', () => {
        const services = createSamskapServices(EmptyFileSystem);
        let total = 0;
        for (const file of exampleFiles) {
            const root = services.shared.workspace.LangiumDocuments.createDocument(URI.file(file), readFileSync(file, 'utf8')).parseResult.value;
            const langiums = AstUtils.streamAst(root).flatMap(node => AstUtils.streamReferences(node)).toArray();
            expect(referencesIn(root).map(described), file).toEqual(langiums.map(described));
            // Every node's own list is its subtree's part of the whole.
            for (const node of allNodes(root)) {
                expect(referencesIn(node).map(described)).toEqual(AstUtils.streamAst(node).flatMap(n => AstUtils.streamReferences(n)).toArray().map(described));
            }
            total += langiums.length;
        }
        expect(total).toBeGreaterThan(100);
    });

    test('a kept list is used until the node or a node below it is forgotten', () => {
        const services = createSamskapServices(EmptyFileSystem);
        const text = 'model M { actor a "A" is municipality actor b "B" is association activity act "Act" done jointly by a, b }';
        const root = services.shared.workspace.LangiumDocuments.createDocument(URI.parse('file:///walk.samskap'), text).parseResult.value;
        const before = referencesIn(root);
        expect(before.map(info => info.reference.$refText)).toEqual(['a', 'b']);
        expect(referencesIn(root)).toBe(before);
        // As the incremental parse does after splicing statements into a model: the changed node is forgotten with its containers.
        const activity = AstUtils.streamAst(root).find(node => node.$type === 'Activity')!;
        (activity as unknown as { performers: unknown[] }).performers.pop();
        expect(referencesIn(root)).toBe(before);
        forgetSyntaxMemosAbove(activity);
        expect(referencesIn(root).map(info => info.reference.$refText)).toEqual(['a']);
    });
});
