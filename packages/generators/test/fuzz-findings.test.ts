import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test, vi } from 'vitest';
import { diagramSvg } from '../src/index.js';
import type { DiagramGraph, GraphNode } from '../src/diagram/diagram-graph.js';
import { graphToMermaid } from '../src/diagram/to-mermaid.js';
import { modelFrom } from './model-fixture.js';

// Found by the fuzz suite (scripts/fuzz).

// `overlap="prism"` needs a triangulation library the
// Graphviz-WASM build lacks, and on some graphs sfdp failed with "remove_overlap: Graphviz not
// built with triangulation library": `samskap diagram --view governance --layout sfdp` stopped
// with an internal error on this valid three-actor model.
const MODEL = `model v "V" {
    actor kommune "K" is municipality
    actor natcafeen "N" is voluntary_organisation
    decision u "Kommuns frivillighedspolitik" level policy { decide kommune consulted natcafeen }
}
`;

describe('what the fuzz suite broke in the generators', () => {
    test('a graph prism cannot untangle is drawn with sfdp and neato all the same', async () => {
        const model = await modelFrom(MODEL);
        // Graphviz prints its own abort message on the way: not what this test is about.
        const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const quietWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        try {
            for (const layout of ['sfdp', 'neato'] as const) {
                const svg = await diagramSvg(model, 'governance', { layout });
                expect(XMLValidator.validate(svg)).toBe(true);
                expect(svg).toContain('Kommuns frivillighedspolitik');
            }
            // And the next layout in the process is unharmed.
            expect(await diagramSvg(model, 'network', { layout: 'dot' })).toContain('<svg');
        } finally {
            quiet.mockRestore();
            quietWarn.mockRestore();
        }
    });

    test('lone surrogates in a title (an editor can send them) reach Graphviz as U+FFFD, not as a syntax error', async () => {
        // A low surrogate before a high one: Emscripten's UTF-8 encoder paired them ("syntax error in line 9").
        const model = await modelFrom('model m "\udc00\ud800" {\n    actor a "A \udc00\ud800" is municipality\n    actor b "B" is association\n    funding { a -> b project_grant }\n}\n');
        for (const view of ['network', 'funding', 'governance'] as const) {
            const svg = await diagramSvg(model, view);
            expect(XMLValidator.validate(svg)).toBe(true);
            expect(svg).toContain('\ufffd\ufffd');
        }
    });

    test('Mermaid lists the members of a class in one pass: 40,000 definition nodes take a blink, not minutes', () => {
        // The class lists were copied per node (quadratic): 16,000 `content defined by` lines took 16 s.
        const nodes: GraphNode[] = Array.from({ length: 40_000 }, (_, i) => ({
            key: `n${i}`, identity: { id: `definition:${i}` }, lines: [`d${i}`], classes: ['definition'], shape: 'note', tooltip: ''
        }));
        const graph: DiagramGraph = { view: 'governance', title: 'T', direction: 'LR', clusters: [], nodes, edges: [], legend: [], aggregated: false };
        const start = performance.now();
        const mermaid = graphToMermaid(graph);
        // Linear takes milliseconds; the quadratic version took minutes here. A bound no busy machine misses.
        expect(performance.now() - start).toBeLessThan(5_000);
        expect(mermaid).toContain(`    class ${nodes.map(node => node.key).join(',')} definition`);
    });
});
