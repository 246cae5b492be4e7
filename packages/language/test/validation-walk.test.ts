import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, EmptyFileSystem, URI, type AstNode, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';
import { typesThatMayContain } from '../src/workspace/check-containers.js';

/**
 * The validation walk skips subtrees that cannot hold a checked node (check-containers.ts). A
 * wrong analysis would silently skip checks, so it is tested against every example's real
 * containment and with a check registered on a deeply nested node type.
 */
const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
// With the invalid models (test fixtures): broken trees too.
const invalidDir = fileURLToPath(new URL('./fixtures/invalid/', import.meta.url));
const exampleFiles = [examplesDir, invalidDir].flatMap(dir => readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.samskap'))
    .map(entry => join(entry.parentPath, entry.name))
    .sort());

async function loadExamples(services: ReturnType<typeof createSamskapServices>): Promise<LangiumDocument[]> {
    const documents = exampleFiles.map(file => services.shared.workspace.LangiumDocuments.createDocument(URI.file(file), readFileSync(file, 'utf8')));
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: false });
    return documents;
}

function ancestorTypes(node: AstNode): string[] {
    const types: string[] = [];
    for (let container = node.$container; container; container = container.$container) types.push(container.$type);
    return types;
}

describe('the validation walk', () => {
    test('Samskap\'s own checks (on Document and Model) need only the Document to be entered', () => {
        const { Samskap } = createSamskapServices(EmptyFileSystem);
        const containers = typesThatMayContain(Samskap.Grammar, new Set(['Model']));
        expect(containers.has('Document')).toBe(true);
        for (const leafward of ['Model', 'Actor', 'Decision', 'FundingLine', 'RightAssignment']) {
            expect(containers.has(leafward)).toBe(false);
        }
    });

    test('for every node type, each type that holds such a node in an example is a container of it', async () => {
        const services = createSamskapServices(EmptyFileSystem);
        const documents = await loadExamples(services);
        const holders = new Map<string, Set<string>>();
        for (const document of documents) {
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                const set = holders.get(node.$type) ?? new Set<string>();
                ancestorTypes(node).forEach(type => set.add(type));
                holders.set(node.$type, set);
            }
        }
        expect(holders.size).toBeGreaterThan(20);
        for (const [type, seenHolders] of holders) {
            const containers = typesThatMayContain(services.Samskap.Grammar, new Set([type]));
            for (const holder of seenHolders) {
                expect(containers.has(holder), `${holder} holds ${type} in an example`).toBe(true);
            }
        }
    });

    test('a check registered on a nested node type still runs on every such node', async () => {
        const services = createSamskapServices(EmptyFileSystem);
        const documents = await loadExamples(services);
        // Registered after a first validation, as an extension of the language might.
        await services.Samskap.validation.DocumentValidator.validateDocument(documents[0]);
        const visited: AstNode[] = [];
        services.Samskap.validation.ValidationRegistry.register({ RightAssignment: (node: AstNode) => void visited.push(node) }, undefined, 'fast');
        let expected = 0;
        for (const document of documents) {
            await services.Samskap.validation.DocumentValidator.validateDocument(document);
            expected += AstUtils.streamAst(document.parseResult.value).filter(node => node.$type === 'RightAssignment').count();
        }
        expect(expected).toBeGreaterThan(10);
        expect(visited).toHaveLength(expected);
    });
});
