import { createSamskapServices, type PartnershipModel } from '@samskap/language';
import { EmptyFileSystem, URI } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { syntheticModel } from '../../../bench/synthetic-models.js';
import { DIAGRAM_VIEWS, diagramGraph, diagramSvg } from '../src/index.js';
import { readability } from '../src/diagram/readability.js';

// Issue 12: every view of every example, and of the benchmark's 20- and 200-actor models, is
// readable by measurement: no text out of its box, no labels on each other, on lines, on nodes or
// across frame borders, no line through a node it does not join, no text under 10 points.

const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
const cases: Array<{ name: string; model: PartnershipModel }> = [];

beforeAll(async () => {
    const paths = [
        ...readdirSync(examplesDir).filter(name => name.endsWith('.samskap')).map(name => join(examplesDir, name)),
        ...readdirSync(join(examplesDir, 'library')).map(name => join(examplesDir, 'library', name))
    ];
    const documents = [
        ...paths.map(path => shared.workspace.LangiumDocumentFactory.fromString(readFileSync(path, 'utf8'), URI.file(path))),
        ...[20, 200, 1000].map(actors => shared.workspace.LangiumDocumentFactory.fromString(syntheticModel(`Synthetic${actors}`, actors), URI.parse(`memory:///readability/${actors}.samskap`)))
    ];
    documents.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    for (const document of documents) {
        for (const model of Samskap.analysis.PartnershipModelProvider.getModels(document)) {
            if (model.name === 'Synthetic1000') large = model;
            else cases.push({ name: model.name, model });
        }
    }
});

let large: PartnershipModel | undefined;

describe('every view is readable by measurement', () => {
    test('the examples and both synthetic models are all there', () => {
        expect(cases.length).toBeGreaterThanOrEqual(8);
        expect(cases.map(c => c.name)).toEqual(expect.arrayContaining(['OffriArendal', 'Synthetic20', 'Synthetic200']));
    });

    for (const theme of ['light', 'dark'] as const) {
        test(`${theme}: 0 overflowing texts, overlapping labels, labels on lines, nodes or borders, lines through foreign nodes; no text under 10 pt`, async () => {
            const failures: string[] = [];
            for (const { name, model } of cases) {
                for (const view of DIAGRAM_VIEWS) {
                    const figures = readability(await diagramSvg(model, view, { theme }));
                    const counts = {
                        textsOutsideBox: figures.textsOutsideBox, overlappingTexts: figures.overlappingTexts, labelsOverEdges: figures.labelsOverEdges,
                        labelsOverNodes: figures.labelsOverNodes, labelsOnBorders: figures.labelsOnBorders, edgesThroughNodes: figures.edgesThroughNodes
                    };
                    if (Object.values(counts).some(count => count > 0) || figures.smallestText < 10) {
                        failures.push(`${name} ${view}: ${JSON.stringify({ ...counts, smallestText: figures.smallestText })}\n  ${figures.problems.slice(0, 5).join('\n  ')}`);
                    }
                    if (view !== 'decisions' && model.actors.length > 0) expect(figures.texts, `${name} ${view} draws text`).toBeGreaterThan(0);
                }
            }
            expect(failures, failures.join('\n')).toEqual([]);
        }, 120_000);
    }
});

describe('a large network: an overview by sector, and a way into it around one actor', () => {
    test('--focus draws only what lies within the depth of the party, every actor itself, and the title says so', async () => {
        const model = large as PartnershipModel;
        const graph = diagramGraph(model, 'funding', { focus: { party: 'a5', depth: 1 } });
        // a5 is funded by a0 only: depth 1 is the two of them and that line.
        expect(graph.nodes.map(node => node.identity.id).sort()).toEqual(['actor:a0', 'actor:a5']);
        expect(graph.edges.map(edge => edge.identity.id)).toEqual(['funding:4']);
        expect(graph.title).toContain('only what lies around Aktør nr. 5 – Æøå lag (depth 1)');
        expect(graph.legend.map(entry => entry.label)).not.toContain('Private sector');
        // Depth 2 reaches every actor a0 funds.
        expect(diagramGraph(model, 'funding', { focus: { party: 'a5', depth: 2 } }).nodes).toHaveLength(1000);
        // a4 is informed of d2 (decided by a2, with a3 consulted): depth 1 is a4 and d2, depth 2 adds a2 and a3.
        expect(diagramGraph(model, 'governance', { focus: { party: 'a4', depth: 1 } }).nodes.map(node => node.identity.id)).toEqual(['actor:a4', 'decision:d2']);
        const governance = diagramGraph(model, 'governance', { focus: { party: 'a4', depth: 2 } });
        expect(governance.nodes.map(node => node.identity.id).sort()).toEqual(['actor:a2', 'actor:a3', 'actor:a4', 'decision:d2']);
        expect(governance.aggregated).toBe(false);
        // a2 and a3 sit in the steering group, which is not within the depth: no frame without its body.
        expect(governance.clusters).toEqual([]);
        expect(governance.nodes.every(node => node.cluster === undefined)).toBe(true);
        const figures = readability(await diagramSvg(model, 'governance', { focus: { party: 'a4', depth: 2 } }));
        expect(figures).toMatchObject({ textsOutsideBox: 0, overlappingTexts: 0, labelsOverEdges: 0, labelsOverNodes: 0, labelsOnBorders: 0, edgesThroughNodes: 0 });
    });

    test('--group sector draws one node per sector even for a small model', () => {
        const small = cases.find(c => c.name === 'Synthetic20')?.model as PartnershipModel;
        const graph = diagramGraph(small, 'funding', { group: 'sector' });
        expect(graph.aggregated).toBe(true);
        expect(graph.nodes.every(node => node.identity.id.startsWith('sector:'))).toBe(true);
    });

    test('--group kind draws one node per kind of actor with its count, and sums the flows between kinds', async () => {
        const small = cases.find(c => c.name === 'Synthetic20')?.model as PartnershipModel;
        const graph = diagramGraph(small, 'funding', { group: 'kind' });
        // 20 actors: a0 the municipality, the rest cycling through seven kinds.
        expect(graph.nodes.find(node => node.identity.id === 'kind:association')?.lines).toEqual(['association (3)']);
        const toAssociations = graph.edges.find(edge => edge.to === graph.nodes.find(node => node.identity.id === 'kind:association')?.key);
        // a3, a10, a17 are funded 10,300 + 11,000 + 11,700 NOK per year by a0.
        expect(toAssociations?.lines).toEqual(['3 × funding, 33,000 NOK per year']);
        // a0 funds the two other municipalities (a7, a14): on the group's node, not as a loop.
        expect(graph.nodes.find(node => node.identity.id === 'kind:municipality')?.lines).toEqual(['municipality (3)', 'among themselves: 2 × funding, 22,100 NOK per year']);
        expect(graph.edges.every(edge => edge.from !== edge.to)).toBe(true);
        const figures = readability(await diagramSvg(small, 'funding', { group: 'kind' }));
        expect(figures).toMatchObject({ textsOutsideBox: 0, overlappingTexts: 0, labelsOverEdges: 0, labelsOnBorders: 0, edgesThroughNodes: 0 });
    });
});
