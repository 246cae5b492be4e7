import type { PartnershipModel } from '@samskap/language';
import { labelsFor, type Language } from '../i18n/index.js';
import { decisionMatrixSvg } from '../matrix/decision-matrix-svg.js';
import type { DiagramGraph, DiagramView, GraphView } from './diagram-graph.js';
import { finishSvg } from './finish-svg.js';
import { fundingView } from './funding-view.js';
import { governanceView } from './governance-view.js';
import { layoutSvg, type LayoutEngine } from './graphviz-layout.js';
import { networkView, type ViewOptions } from './network-view.js';
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
     * `auto`: `dot` with clusters, large models aggregated by sector and decision level;
     * `dot`, `sfdp`, `neato`: that engine, every actor drawn (slow on large models).
     */
    readonly layout?: 'auto' | LayoutEngine;
    /** Write colours literally instead of as CSS variables: for PNG renderers, which lack CSS variables. */
    readonly literalColours?: boolean;
}

function viewOptions(options: DiagramOptions): ViewOptions {
    // An explicitly chosen engine draws every actor; `auto` aggregates large models.
    const everyActor = options.layout !== undefined && options.layout !== 'auto';
    return {
        labels: labelsFor(options.language ?? 'en'),
        keyPrefix: options.idPrefix ?? '',
        aggregateAbove: everyActor ? Number.POSITIVE_INFINITY : options.aggregateAbove ?? DEFAULT_AGGREGATE_ABOVE
    };
}

/** The graph of a view, before layout. */
export function diagramGraph(model: PartnershipModel, view: GraphView, options: DiagramOptions = {}): DiagramGraph {
    const resolved = viewOptions(options);
    switch (view) {
        case 'network':
            return networkView(model, resolved);
        case 'funding':
            return fundingView(model, resolved);
        case 'governance':
            return governanceView(model, resolved);
    }
}

export function diagramDot(model: PartnershipModel, view: GraphView, options: DiagramOptions = {}): string {
    return graphToDot(diagramGraph(model, view, options));
}

export function diagramMermaid(model: PartnershipModel, view: GraphView, options: DiagramOptions = {}): string {
    return graphToMermaid(diagramGraph(model, view, options));
}

/** Extra graph attributes a force-directed engine needs to keep labels apart; deterministic seed. */
function forceDirected(dot: string): string {
    return dot.replace('digraph samskap {', 'digraph samskap {\n    graph [overlap="prism", splines="false", start="1", K="1.2"];');
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
    const graph = diagramGraph(model, view, options);
    const engine: LayoutEngine = options.layout === 'sfdp' || options.layout === 'neato' ? options.layout : 'dot';
    const dot = graphToDot(graph);
    const raw = await layoutSvg(engine === 'dot' ? dot : forceDirected(dot), engine);
    return finishSvg(raw, graph, { theme, legendTitle: labels.text.legend, literalColours: options.literalColours, idPrefix: options.idPrefix });
}
