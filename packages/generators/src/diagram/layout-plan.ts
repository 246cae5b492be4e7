import { fillLabel, type Labels } from '../i18n/index.js';
import { formatNumber } from '../number-format.js';
import type { DiagramGraph } from './diagram-graph.js';
import type { LayoutEngine } from './graphviz-layout.js';
import { withinBound } from './layout-bound.js';

/**
 * What a layout costs grows with what Graphviz places: nodes, edges, and the edge labels, which
 * `dot` places as nodes of their own (a labelled edge is two edges and a label node to it).
 */
export function layoutElements(graph: Pick<DiagramGraph, 'nodes' | 'edges'>): number {
    return graph.nodes.length + graph.edges.length + graph.edges.filter(edge => edge.lines.length > 0).length;
}

/**
 * Up to this many elements `dot` minimises crossings in full; past it with a few passes
 * (`mclimit`, no second pass over the clusters, `remincross=false`). Measured (npm run bench):
 * the governance view of 1,000 actors (3,006 elements) took 2.6 s in full and 0.6 s quick, that
 * of 100 actors with 50 decisions of 50 consultations (2,700) 2.4 s and 0.9 s. Every example's
 * view and the 200-actor model's (at most 606) stay in full, so the readability check's figures
 * are those of the full layout.
 */
export const DOT_FULL_MAX_ELEMENTS = 1_500;

/** The graph attributes of a quick `dot` layout: crossing minimisation stops after a tenth of its usual passes. */
export const QUICK_DOT_ATTRIBUTES = 'mclimit="0.1", remincross="false"';

export type LayoutPlan =
    | { readonly draw: false }
    | { readonly draw: true; readonly engine: LayoutEngine; readonly quick: boolean; readonly title: string };

export interface LayoutLimits {
    readonly edges: number;
    readonly nodes: number;
}

/**
 * The safeguard's decision for the graph that is drawn (after any focus or grouping): a notice
 * past the limits, else a layout with this engine, quick when `dot` would take long in full,
 * the title saying so.
 */
export function planLayout(graph: DiagramGraph, engine: LayoutEngine, limits: LayoutLimits, labels: Labels): LayoutPlan {
    if (!withinBound(graph, limits.edges, limits.nodes)) return { draw: false };
    const elements = layoutElements(graph);
    const quick = engine === 'dot' && elements > DOT_FULL_MAX_ELEMENTS;
    if (!quick) return { draw: true, engine, quick, title: graph.title };
    const number = (value: number): string => formatNumber(value, labels.language);
    const note = fillLabel(labels.text.quickLayout, { elements: number(elements), limit: number(DOT_FULL_MAX_ELEMENTS) });
    return { draw: true, engine, quick, title: `${graph.title} (${note})` };
}

/** The DOT of a quick layout: the same graph with fewer crossing-minimisation passes. */
export function quickDot(dot: string): string {
    return dot.replace('digraph samskap {', `digraph samskap {\n    graph [${QUICK_DOT_ATTRIBUTES}];`);
}
