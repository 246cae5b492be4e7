import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test, vi } from 'vitest';
import { diagramDot, diagramSvg } from '../src/index.js';
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

    test('the funding view sums each recipient\'s money once: 20,000 funding lines take seconds, not minutes', async () => {
        // Each line's share summed all lines to its recipient again (quadratic): 19,055 lines took 52 s.
        const lines = Array.from({ length: 20_000 }, (_, i) => `        ${i % 2 === 0 ? 'a' : 'c'} -> b project_grant ${1_000 + i} NOK per year`);
        const model = await modelFrom(`model f "F" {\n    actor a "A" is municipality\n    actor b "B" is association\n    actor c "C" is foundation\n    funding {\n${lines.join('\n')}\n    }\n}\n`);
        expect(model.funding).toHaveLength(20_000);
        const start = performance.now();
        const dot = diagramDot(model, 'funding', { layout: 'dot' });
        // Linear takes well under a second; the quadratic version took about a minute.
        expect(performance.now() - start).toBeLessThan(10_000);
        expect(dot).toContain('digraph samskap {');
        // The shares are what they were: each line's part of its recipient's money per year.
        const small = await modelFrom('model s "S" {\n    actor a "A" is municipality\n    actor b "B" is association\n    actor c "C" is foundation\n'
            + '    funding {\n        a -> b project_grant 1000 NOK per year\n        c -> b project_grant 3000 NOK per year\n        a -> c project_grant 500 NOK per year\n    }\n}\n');
        const shares = diagramDot(small, 'funding').match(/\d+ % share/g);
        expect(shares).toEqual(['25 % share', '75 % share']);
    }, 60_000);
});
