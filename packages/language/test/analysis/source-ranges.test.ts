import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { rangeOf } from '../../src/model/build-model.js';
import { createSamskapServices } from '../../src/samskap-module.js';

const examplesDir = fileURLToPath(new URL('../../../../examples/', import.meta.url));
// With the invalid models (test fixtures): broken trees too.
const invalidDir = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url));
const exampleFiles = [examplesDir, invalidDir].flatMap(dir => readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.samskap'))
    .map(entry => join(entry.parentPath, entry.name))
    .sort());

describe('source ranges of the PartnershipModel', () => {
    test('rangeOf gives what Langium\'s CST range gives, for every node of every example (invalid ones too) and of half-typed text', () => {
        const { shared } = createSamskapServices(EmptyFileSystem);
        const texts = exampleFiles.map(file => readFileSync(file, 'utf8'));
        // Error recovery leaves nodes with missing parts, comments at the edges, empty blocks.
        texts.push('model M "M" {\n    actor a "A" is\n    /** doc */\n    decision d "D" {\n    }\n    funding {\n        a ->\n', 'model {',
            'model M "M" { // after the brace\n    actor a "A" is municipality // trailing\n    /* between */ actor b "B" is association /* end */\n    decision d "D" { decide a /* inner */ }\n} // last\n');
        let compared = 0;
        texts.forEach((text, i) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///ranges/${i}.samskap`));
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                if (!node.$cstNode) continue;
                const range = rangeOf(node, 'u');
                expect({ start: range.start, end: range.end }, `${node.$type} in text ${i}`).toEqual(node.$cstNode.range);
                compared++;
            }
        });
        expect(compared).toBeGreaterThan(400);
    });
});
