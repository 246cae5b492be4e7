import type { PartnershipModel } from '@samskap/language';
import { fillLabel, labelsFor, type Language } from '../i18n/index.js';
import { formatNumber } from '../number-format.js';
import { decisionMatrixSvg } from '../matrix/decision-matrix-svg.js';
import type { DiagramGraph, DiagramView, GraphView } from './diagram-graph.js';
import { finishSvg } from './finish-svg.js';
import { unconnectedInRows } from './expanded-rows.js';
import { focusGraph, type DiagramFocus } from './focus.js';
import { forceDirectedLayout } from './force-directed.js';
export type { DiagramFocus } from './focus.js';
import { layoutSvg, type LayoutEngine } from './graphviz-layout.js';
import { planLayout, quickDot, type LayoutLimits } from './layout-plan.js';
import {
    boundedGraph, viewGraph, DEFAULT_MAX_LAYOUT_EDGES, DEFAULT_MAX_LAYOUT_NODES, LAYOUT_EDGE_CEILING, LAYOUT_NODE_CEILING, notLaidOutSvg
} from './layout-bound.js';
import type { ViewOptions } from './network-view.js';
import type { DiagramTheme } from './svg-style.js';
import { graphToDot } from './to-dot.js';
import { graphToMermaid } from './to-mermaid.js';

/**
 * Above this many actors a view draws one node per sector instead of one per actor. Clustered
 * `dot` lays out a 200-actor network in well under a second; past a few hundred nodes any
 * per-actor drawing is both slow and unreadable (LANGIUM-NOTES.md, bench/run.mjs).
 */
export const DEFAULT_AGGREGATE_ABOVE = 300;

export interface DiagramOptions {
    readonly language?: Language;
    readonly theme?: DiagramTheme;
    /** Prefix for generated element ids; give each diagram of one HTML page its own. */
    readonly idPrefix?: string;
    readonly aggregateAbove?: number;
    /**
     * `auto` lays out at most this many edges (default DEFAULT_MAX_LAYOUT_EDGES); past it the view
     * is drawn as an overview (layout-bound.ts), and when even that is larger, as a notice.
     */
    readonly maxLayoutEdges?: number;
    /**
     * `auto`: `dot` with clusters, large models aggregated by sector and decision level;
     * `dot`, `sfdp`, `neato`: that engine, every actor drawn up to the ceiling of every engine;
     * large graphs are laid out the quick way (layout-plan.ts, force-directed.ts).
     */
    readonly layout?: 'auto' | LayoutEngine;
    /** Write colours literally instead of as CSS variables: for PNG renderers, which lack CSS variables. */
    readonly literalColours?: boolean;
    /**
     * `participation`: the governance view writes the IAP2 and Arnstein readings of each right on
     * its line. Without it they are in the line's tooltip and the decision table only.
     */
    readonly detail?: 'participation';
    /**
     * Only what is within `depth` connections of one actor or body, every actor drawn: a way into
     * a large network that the overview groups by sector. The title says what is shown.
     */
    readonly focus?: DiagramFocus;
    /** `sector`, `kind`: one node per sector or per kind of actor whatever the model's size (the overview of large models). */
    readonly group?: 'sector' | 'kind';
    /**
     * One group of the overview (`sector:public`, `kind:association`, as its node's
     * `data-samskap-id`) drawn actor by actor in a frame while the other groups stay one node
     * each: the preview opens a group this way. Ignored when the drawing is not aggregated.
     */
    readonly expand?: string;
}

function viewOptions(options: DiagramOptions): ViewOptions {
    // An explicitly chosen engine, and a focus, draw every actor; `auto` aggregates large models.
    const everyActor = (options.layout !== undefined && options.layout !== 'auto') || options.focus !== undefined;
    return {
        labels: labelsFor(options.language ?? 'en'),
        keyPrefix: options.idPrefix ?? '',
        aggregateAbove: options.group !== undefined ? 0 : everyActor ? Number.POSITIVE_INFINITY : options.aggregateAbove ?? DEFAULT_AGGREGATE_ABOVE,
        participation: options.detail === 'participation',
        groupBy: options.group,
        expand: options.expand
    };
}

/** The graph of a view, before layout; with `auto`, within the layout bound (an overview past it). */
export function diagramGraph(model: PartnershipModel, view: GraphView, options: DiagramOptions = {}): DiagramGraph {
    const settings = viewOptions(options);
    if (options.focus) {
        const { focus } = options;
        const party = [...model.actors, ...model.bodies].find(candidate => candidate.id === focus.party);
        const title = fillLabel(settings.labels.text.focusedOn, { party: party?.title ?? focus.party, depth: formatNumber(focus.depth, settings.labels.language) });
        return focusGraph(viewGraph(model, view, settings), focus, title);
    }
    return unconnectedInRows(boundedGraph(model, view, settings, options.maxLayoutEdges ?? DEFAULT_MAX_LAYOUT_EDGES, DEFAULT_MAX_LAYOUT_NODES));
}

/**
 * The most edges and nodes a layout of the drawn graph may have: `auto`'s bound, or the ceiling
 * of every engine when every actor is drawn (an engine chosen with --layout, or a focus). A focus
 * is measured after focusing: its neighbourhood, not the model, is what is laid out.
 */
export function layoutLimits(options: DiagramOptions): LayoutLimits {
    return (options.layout !== undefined && options.layout !== 'auto') || options.focus !== undefined
        ? { edges: LAYOUT_EDGE_CEILING, nodes: LAYOUT_NODE_CEILING }
        : { edges: options.maxLayoutEdges ?? DEFAULT_MAX_LAYOUT_EDGES, nodes: DEFAULT_MAX_LAYOUT_NODES };
}

export function diagramDot(model: PartnershipModel, view: GraphView, options: DiagramOptions = {}): string {
    return graphToDot(diagramGraph(model, view, options));
}

export function diagramMermaid(model: PartnershipModel, view: GraphView, options: DiagramOptions = {}): string {
    return graphToMermaid(diagramGraph(model, view, options));
}

/**
 * The view as a self-contained SVG (style, legend, identities and source ranges). The only
 * asynchronous step is loading Graphviz's WebAssembly the first time.
 */
export async function diagramSvg(model: PartnershipModel, view: DiagramView, options: DiagramOptions = {}): Promise<string> {
    const labels = labelsFor(options.language ?? 'en');
    const theme = options.theme ?? 'auto';
    if (view === 'decisions') {
        return decisionMatrixSvg(model, { language: labels.language, theme, literalColours: options.literalColours });
    }
    return graphSvg(diagramGraph(model, view, options), options);
}

/**
 * A view's graph (diagramGraph) drawn as diagramSvg draws it: for a caller that needs the graph
 * itself too (the documentation site keys a kept drawing by it), so that it is built once.
 */
export async function graphSvg(built: DiagramGraph, options: DiagramOptions = {}): Promise<string> {
    const labels = labelsFor(options.language ?? 'en');
    const theme = options.theme ?? 'auto';
    const limits = layoutLimits(options);
    const engine: LayoutEngine = options.layout === 'sfdp' || options.layout === 'neato' ? options.layout : 'dot';
    const plan = planLayout(built, engine, limits, labels);
    if (!plan.draw) {
        // Too large to lay out in a time anyone waits for, even as an overview: say so instead.
        return notLaidOutSvg(built, labels, { theme, literalColours: options.literalColours, maxEdges: limits.edges });
    }
    const graph = { ...built, title: plan.title };
    const dot = graphToDot(graph, { measured: true });
    const raw = engine === 'dot'
        ? await layoutSvg(plan.quick ? quickDot(dot) : dot, engine)
        : await forceDirectedLayout(dot, engine, graph.nodes.length, graph.edges.length);
    return finishSvg(raw, graph, { theme, legendTitle: labels.text.legend, literalColours: options.literalColours, idPrefix: options.idPrefix });
}
