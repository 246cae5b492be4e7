/**
 * The layout safeguard of issue 12 ("Large networks"): what it counts, what it decides, and that it
 * judges what is drawn (after a focus), not the whole model. Counted, never timed: the seconds
 * are in `npm run bench` ("Large models, every view × every layout").
 */
import { describe, expect, test } from 'vitest';
import { diagramGraph, diagramSvg, layoutLimits } from '../src/diagram/render-diagram.js';
import type { DiagramGraph, GraphEdge, GraphNode } from '../src/diagram/diagram-graph.js';
import { forceDirectedSettings, PRISM_MAX_ELEMENTS } from '../src/diagram/force-directed.js';
import { DEFAULT_MAX_LAYOUT_EDGES, LAYOUT_EDGE_CEILING } from '../src/diagram/layout-bound.js';
import { DOT_FULL_MAX_ELEMENTS, layoutElements, planLayout, quickDot, QUICK_DOT_ATTRIBUTES } from '../src/diagram/layout-plan.js';
import { labelsFor } from '../src/i18n/index.js';
import { modelFrom } from './model-fixture.js';

const en = labelsFor('en');

/** A graph of `nodes` nodes in a chain, the first `labelled` edges with a label: only its size matters here. */
function chain(nodes: number, labelled = 0): DiagramGraph {
    const node = (i: number): GraphNode => ({ key: `n${i}`, identity: { id: `actor:a${i}` }, lines: [`A ${i}`], classes: ['actor'], shape: 'box', tooltip: '' });
    const edge = (i: number): GraphEdge => ({
        key: `e${i}`, identity: { id: `e:${i}` }, from: `n${i}`, to: `n${i + 1}`, lines: i < labelled ? ['label'] : [], classes: [], style: 'solid', arrow: 'normal', penwidth: 1, tooltip: ''
    });
    return {
        view: 'funding', title: 'Chain — Funding flows', direction: 'LR', clusters: [], legend: [], aggregated: false,
        nodes: Array.from({ length: nodes }, (_, i) => node(i)), edges: Array.from({ length: nodes - 1 }, (_, i) => edge(i))
    };
}

/** One funder of `recipients` actors: the hub that puts every actor within two connections of any other. */
function hubModel(recipients: number): string {
    const lines = ['model Hub "Knutepunkt" {'];
    for (let i = 0; i <= recipients; i++) lines.push(`    actor a${i} "Aktør ${i}" is ${i === 0 ? 'municipality' : 'association'}`);
    lines.push('    funding {');
    for (let i = 1; i <= recipients; i++) lines.push(`        a0 -> a${i} project_grant ${1000 + i} NOK per year`);
    lines.push('    }', '}');
    return lines.join('\n');
}

describe('what the safeguard counts', () => {
    test('nodes, edges, and each edge label once more (dot places a label as a node of its own)', () => {
        expect(layoutElements(chain(10))).toBe(19);
        expect(layoutElements(chain(10, 4))).toBe(23);
    });
});

describe('the safeguard decision', () => {
    const limits = { edges: LAYOUT_EDGE_CEILING, nodes: 4_000 };

    test('a graph within the full-layout bound is laid out in full, its title unchanged', () => {
        const graph = chain(500, 100);
        expect(layoutElements(graph)).toBeLessThanOrEqual(DOT_FULL_MAX_ELEMENTS);
        expect(planLayout(graph, 'dot', limits, en)).toEqual({ draw: true, engine: 'dot', quick: false, title: graph.title });
    });

    test('past it, dot lays out quick and the title says so, with the count and the bound', () => {
        const graph = chain(900, 300);
        expect(layoutElements(graph)).toBe(2_099);
        const plan = planLayout(graph, 'dot', limits, en);
        expect(plan).toMatchObject({ draw: true, engine: 'dot', quick: true });
        expect(plan.draw && plan.title).toBe('Chain — Funding flows (quick layout: 2,099 nodes, connections and labels, more than the 1,500 laid out with full crossing reduction)');
        expect(planLayout(graph, 'dot', limits, labelsFor('nb'))).toMatchObject({ title: expect.stringMatching(/\(rask utlegging: 2\s099 noder, forbindelser og etiketter, flere enn de 1\s500 som legges ut med full kryssingsreduksjon\)$/) });
    });

    test('the force-directed engines are never quick dot: they change their own settings instead', () => {
        const graph = chain(900, 300);
        expect(planLayout(graph, 'sfdp', limits, en)).toMatchObject({ draw: true, quick: false, title: graph.title });
        expect(forceDirectedSettings('sfdp', PRISM_MAX_ELEMENTS)).toEqual({ overlap: 'prism', sgd: false, packArray: false });
        expect(forceDirectedSettings('sfdp', PRISM_MAX_ELEMENTS + 1)).toEqual({ overlap: 'scale', sgd: false, packArray: true });
        expect(forceDirectedSettings('neato', PRISM_MAX_ELEMENTS + 1)).toEqual({ overlap: 'scale', sgd: true, packArray: true });
    });

    test('past the limits: a notice, whatever the engine', () => {
        const graph = chain(LAYOUT_EDGE_CEILING + 2);
        expect(planLayout(graph, 'dot', limits, en)).toEqual({ draw: false });
        expect(planLayout(graph, 'neato', limits, en)).toEqual({ draw: false });
    });

    test('a quick layout is the same DOT with fewer crossing passes', () => {
        const dot = 'digraph samskap {\n    a -> b;\n}\n';
        expect(quickDot(dot)).toBe(`digraph samskap {\n    graph [${QUICK_DOT_ATTRIBUTES}];\n    a -> b;\n}\n`);
    });
});

describe('focus first, then the safeguard', () => {
    test('a focus is judged by the ceiling every drawn actor gets, not by auto\'s overview bound', () => {
        expect(layoutLimits({})).toEqual({ edges: DEFAULT_MAX_LAYOUT_EDGES, nodes: 1_000 });
        expect(layoutLimits({ focus: { party: 'a1', depth: 1 } })).toEqual(layoutLimits({ layout: 'dot' }));
    });

    test('a small focus in a model past the bound is drawn, actor by actor', async () => {
        const model = await modelFrom(hubModel(600));
        // The whole funding view is past auto's bound: drawn as an overview.
        expect(diagramGraph(model, 'funding').aggregated).toBe(true);
        const graph = diagramGraph(model, 'funding', { focus: { party: 'a5', depth: 1 } });
        expect(graph.nodes.map(node => node.identity.id).sort()).toEqual(['actor:a0', 'actor:a5']);
        const svg = await diagramSvg(model, 'funding', { focus: { party: 'a5', depth: 1 } });
        expect(svg).not.toContain('data-samskap-not-laid-out');
        expect(svg).toContain('only what lies around Aktør 5 (depth 1)');
    });

    test('a focus that reaches past auto\'s bound through a hub is drawn too (quick), not replaced by a notice', async () => {
        const model = await modelFrom(hubModel(600));
        const options = { focus: { party: 'a5', depth: 2 } };
        const graph = diagramGraph(model, 'funding', options);
        expect(graph.edges.length).toBe(600);
        expect(graph.edges.length).toBeGreaterThan(DEFAULT_MAX_LAYOUT_EDGES);
        const plan = planLayout(graph, 'dot', layoutLimits(options), en);
        expect(plan).toMatchObject({ draw: true, quick: true });
        const svg = await diagramSvg(model, 'funding', options);
        expect(svg).not.toContain('data-samskap-not-laid-out');
        expect(svg.match(/<g id="n\d+" class="node/g)).toHaveLength(601);
        expect(svg).toContain('quick layout: 1,801 nodes');
    }, 60_000);
});

describe('the title of a grouped view', () => {
    const text = [
        'model Small "Lite samarbeid" {',
        '    actor kommune "Kommunen" is municipality',
        '    actor lag "Laget" is association',
        '    actor firma "Firmaet" is private_company',
        '    body styret "Styret" members kommune, lag',
        '    decision budsjett "Budsjett" level strategic {',
        '        decide styret',
        '        consulted firma',
        '    }',
        '    funding {',
        '        kommune -> lag project_grant 1000 NOK per year',
        '    }',
        '}'
    ].join('\n');

    test('a grouping asked for with --group is named as such, not as the automatic overview of a large model', async () => {
        const model = await modelFrom(text);
        expect(diagramGraph(model, 'network', { group: 'sector' }).title).toBe('Lite samarbeid — Actor network (actors grouped by sector)');
        expect(diagramGraph(model, 'funding', { group: 'kind' }).title).toBe('Lite samarbeid — Funding flows (actors grouped by kind)');
        expect(diagramGraph(model, 'governance', { group: 'kind' }).title).toBe('Lite samarbeid — Governance and decision rights (actors grouped by kind, decisions grouped by level)');
        expect(diagramGraph(model, 'network', { group: 'kind', language: 'da' }).title).toContain('(aktører samlet pr. type)');
        for (const view of ['network', 'funding', 'governance'] as const) {
            expect(diagramGraph(model, view, { group: 'sector' }).title).not.toContain('Large model');
        }
    });

    test('the automatic grouping of a large model still says that it is automatic', async () => {
        const model = await modelFrom(text);
        expect(diagramGraph(model, 'network', { aggregateAbove: 1 }).title).toBe('Lite samarbeid — Actor network (Large model: aggregated by sector and decision level)');
    });
});
