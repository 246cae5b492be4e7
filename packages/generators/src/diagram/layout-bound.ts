import type { PartnershipModel } from '@samskap/language';
import { escapeAttribute, escapeHtml } from '../escape/html.js';
import { fillLabel, type Labels } from '../i18n/index.js';
import { formatNumber } from '../number-format.js';
import type { DiagramGraph, GraphView } from './diagram-graph.js';
import { fundingView } from './funding-view.js';
import { governanceView } from './governance-view.js';
import { estimateTextWidth } from './legend-svg.js';
import { actorGrouping } from './layout-notes.js';
import { networkView, type ViewOptions } from './network-view.js';
import { diagramStyle, type DiagramTheme } from './svg-style.js';

/**
 * The most edges `--layout auto` lays out one by one. Graphviz's `dot` grows far faster than the
 * number of edges (crossing minimisation, edge labels): measured on the governance view of 100
 * actors with labelled rights, 255 edges took 0.4 s, 510 edges 0.8 s, 1,020 edges 5 s and 2,550
 * edges 62 s (npm run bench). Past this bound a view is drawn as an overview (decisions by level,
 * then actors by sector) and its title says so; the matrices and tables still show every fact.
 */
export const DEFAULT_MAX_LAYOUT_EDGES = 500;

/** The most nodes `--layout auto` lays out; only bodies and roles can pass it once actors are grouped. */
export const DEFAULT_MAX_LAYOUT_NODES = 1_000;

/**
 * The most edges and nodes any layout takes, also one asked for with `--layout dot|sfdp|neato`
 * or a focus (which draw every actor; a focus is measured after focusing): past them a layout
 * takes minutes to hours, so the SVG is a notice that says why and what to use instead
 * (`--format dot` still writes the whole graph). Below them a large graph is laid out the quick
 * way (layout-plan.ts, force-directed.ts).
 */
export const LAYOUT_EDGE_CEILING = 2_000;
export const LAYOUT_NODE_CEILING = 4_000;

/** The view's graph as its builder draws it with these options. */
export function viewGraph(model: PartnershipModel, view: GraphView, options: ViewOptions): DiagramGraph {
    switch (view) {
        case 'network':
            return networkView(model, options);
        case 'funding':
            return fundingView(model, options);
        case 'governance':
            return governanceView(model, options);
    }
}

/** Whether a graph is within the given bound of edges and nodes. */
export function withinBound(graph: DiagramGraph, maxEdges: number, maxNodes: number): boolean {
    return graph.edges.length <= maxEdges && graph.nodes.length <= maxNodes;
}

/**
 * The view within the layout bound: as drawn when it fits; otherwise, step by step, the governance
 * view with one node per decision level, then every view with one node per sector, until one
 * fits (or the last step, which the SVG then shows as a notice instead of a layout). The title of
 * an overview says how many connections the full view has and what was grouped. Building a view
 * is linear in the model: a step costs far less than the layout it spares.
 */
export function boundedGraph(model: PartnershipModel, view: GraphView, options: ViewOptions, maxEdges: number, maxNodes: number): DiagramGraph {
    const full = viewGraph(model, view, options);
    // An engine chosen with --layout draws every actor (aggregateAbove is infinite): never grouped.
    if (withinBound(full, maxEdges, maxNodes) || options.aggregateAbove === Number.POSITIVE_INFINITY) {
        return full;
    }
    const { labels } = options;
    const steps: Array<{ options: ViewOptions; grouped: string[] }> = [];
    if (view === 'governance' && !full.aggregated) {
        steps.push({ options: { ...options, aggregateDecisions: true }, grouped: [labels.text.decisionsGroupedByLevel] });
    }
    steps.push({
        options: { ...options, aggregateAbove: 0, aggregateDecisions: true },
        grouped: view === 'governance' ? [actorGrouping(labels, options.groupBy), labels.text.decisionsGroupedByLevel] : [actorGrouping(labels, options.groupBy)]
    });
    const overview = fillLabel(labels.text.overviewByEdges, { edges: formatNumber(full.edges.length, labels.language), limit: formatNumber(maxEdges, labels.language) });
    let graph = full;
    for (const step of steps) {
        const grouped = viewGraph(model, view, step.options);
        graph = { ...grouped, title: `${model.title} — ${labels.views[view]} (${overview}; ${step.grouped.join(', ')})`, aggregated: true };
        if (withinBound(graph, maxEdges, maxNodes)) {
            break;
        }
    }
    return graph;
}

export interface NoticeOptions {
    readonly theme: DiagramTheme;
    readonly literalColours?: boolean;
    readonly maxEdges: number;
}

/**
 * What stands in the place of a diagram too large to lay out: an SVG of the same kind (style,
 * theme, view, title) with a notice of why it is not drawn and what shows the facts instead.
 * No Graphviz: it costs nothing however large the model.
 */
export function notLaidOutSvg(graph: DiagramGraph, labels: Labels, options: NoticeOptions): string {
    const number = (value: number): string => formatNumber(value, labels.language);
    const notice = fillLabel(labels.text.notLaidOut, { edges: number(graph.edges.length), nodes: number(graph.nodes.length), limit: number(options.maxEdges) });
    const lines = wrap(notice, 90);
    const width = Math.max(estimateTextWidth(graph.title, 14), ...lines.map(line => estimateTextWidth(line, 12))) + 24;
    const height = 40 + lines.length * 18 + 12;
    const text = lines.map((line, index) => `<text x="12" y="${54 + index * 18}" font-size="12">${escapeHtml(line)}</text>`).join('\n');
    return [
        `<svg width="${width}pt" height="${height}pt" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg" class="samskap-diagram theme-${options.theme}"`
        + ` role="img" aria-label="${escapeAttribute(graph.title)}" data-samskap-view="${graph.view}" data-samskap-not-laid-out="true">`,
        `<style>${diagramStyle(options.theme, options.literalColours)}</style>`,
        `<rect class="sk-background" x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
        `<title>${escapeHtml(graph.title)}</title>`,
        `<text x="12" y="24" font-size="14" font-weight="bold">${escapeHtml(graph.title)}</text>`,
        text,
        '</svg>',
        ''
    ].join('\n');
}

/** Words into lines of at most `width` characters (a longer word stays whole). */
function wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        } else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line) lines.push(line);
    return lines;
}
