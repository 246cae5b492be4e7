import { CstUtils, DefaultValueConverter, EmptyFileSystem, GrammarAST, isCompositeCstNode, URI, type CstNode } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';
import { SamskapValueConverter } from '../src/parser/samskap-value-converter.js';
import type { Document, Library, Model } from '../src/generated/ast.js';

// The examples and the invalid models (test fixtures), as paths relative to the repository root.
const root = join(__dirname, '../../..');
const files = ['examples', 'packages/language/test/fixtures/invalid'].flatMap(dir =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.samskap')).map(file => join(dir, file)));

/** The nodes a value converter sees: tokens assigned to a feature, and data type rule calls (names, value sets). */
function converted(node: CstNode): boolean {
    const source = node.grammarSource;
    if (!source || GrammarAST.isKeyword(source)) return false;
    return !isCompositeCstNode(node) || GrammarAST.isRuleCall(source) || GrammarAST.isCrossReference(source);
}

describe('value conversion', () => {
    test('the cached converter gives what Langium\'s default gives, for every converted node of the examples', () => {
        const { Samskap } = createSamskapServices(EmptyFileSystem);
        expect(Samskap.parser.ValueConverter).toBeInstanceOf(SamskapValueConverter);
        const cached = new SamskapValueConverter();
        const reference = new DefaultValueConverter();
        let compared = 0;
        const kinds = new Set<string>();
        for (const file of files) {
            const text = readFileSync(join(root, file), 'utf8');
            const document = Samskap.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(join(root, file)));
            for (const node of CstUtils.streamCst(document.parseResult.value.$cstNode!)) {
                if (!converted(node)) continue;
                expect(cached.convert(node.text, node), `${file}: ${node.text}`).toStrictEqual(reference.convert(node.text, node));
                kinds.add(typeof reference.convert(node.text, node));
                compared++;
            }
        }
        // Names, quoted texts with æ ø å and numbers all pass through.
        expect(kinds).toEqual(new Set(['string', 'number']));
        expect(compared).toBeGreaterThan(1000);
    });

    test('numbers, quoted texts and qualified names reach the syntax tree converted', async () => {
        const { Samskap } = createSamskapServices(EmptyFileSystem);
        const text = 'library lib { actor redcross "Røde \\"Kors\\"" is voluntary_organisation }\n'
            + 'model M { uses lib actor board "Board" is municipality budget b "B" 1200.5 NOK per year funding { board -> lib.redcross project_grant for b } }';
        const document = Samskap.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///values.samskap'));
        expect(document.parseResult.parserErrors).toEqual([]);
        const [library, model] = (document.parseResult.value as Document).elements as [Library, Model];
        expect(library.actors[0].title).toBe('Røde "Kors"');
        expect(model.actors[0].name).toBe('board');
        expect(model.budgets[0].amount?.value).toBe(1200.5);
        expect(model.budgets[0].amount?.rate).toBe('peryear');
        expect(model.fundingBlocks[0].lines[0].to.$refText).toBe('lib.redcross');
    });
});
