import { escapeAttribute, escapeHtml } from '../escape/html.js';
import { sourceLink } from '../source-link.js';
import type { DiagramGraph, ElementIdentity, LegendEntry } from './diagram-graph.js';
import { estimateTextWidth, legendSize, legendSvg } from './legend-svg.js';
import { diagramStyle, type DiagramTheme } from './svg-style.js';
import { EDGE_FONT_SIZE, labelWidth, NODE_FONT_SIZE } from './to-dot.js';

export interface FinishOptions {
    readonly theme: DiagramTheme;
    readonly legendTitle: string;
    /** Literal colours instead of CSS variables (for PNG renderers). */
    readonly literalColours?: boolean;
    /** Prefix of the generated ids, also given to Graphviz's root group (`graph0`). */
    readonly idPrefix?: string;
}

interface Element {
    readonly identity: ElementIdentity;
    readonly title: string;
}

function identityAttributes(identity: ElementIdentity): string {
    const range = identity.range ? ` data-samskap-range="${escapeAttribute(sourceLink(identity.range))}"` : '';
    return ` data-samskap-id="${escapeAttribute(identity.id)}"${range}`;
}

const number = (text: string | undefined): number => Number.parseFloat(text ?? '0');

/**
 * Centres node and edge labels again: to-dot.ts gave Graphviz each label as a left-aligned box
 * of the width the diagram font needs, so each line starts at the box's left edge and its centre
 * is half that width to the right.
 */
function centreLabels(svg: string, graph: DiagramGraph): string {
    const widths = new Map<string, number>();
    graph.nodes.forEach(node => widths.set(node.key, labelWidth(node.lines, NODE_FONT_SIZE)));
    graph.edges.forEach(edge => widths.set(edge.key, labelWidth(edge.lines, EDGE_FONT_SIZE)));
    return svg.replace(/(<g id="([A-Za-z0-9_]+)" class="(?:node|edge)\b[^"]*">)([\s\S]*?)(<\/g>)/g, (whole, open: string, key: string, body: string, close: string) => {
        const width = widths.get(key);
        if (width === undefined) return whole;
        const centred = body.replace(/(<text\b[^>]*?) text-anchor="start" x="([\d.-]+)"/g, (_, start: string, x: string) =>
            `${start} text-anchor="middle" x="${Math.round((number(x) + width / 2) * 100) / 100}"`);
        return `${open}${centred}${close}`;
    });
}

/**
 * Turns Graphviz's SVG into Samskap's: no XML prologue or comments (so it can be inlined in
 * HTML), the theme's style sheet, each model element tagged with its identity and source range
 * and titled for hover, and the legend below the drawing. Pure string work: the same input
 * gives the same bytes.
 */
export function finishSvg(raw: string, graph: DiagramGraph, options: FinishOptions): string {
    const elements = new Map<string, Element>();
    graph.nodes.forEach(node => elements.set(node.key, { identity: node.identity, title: node.tooltip }));
    graph.edges.forEach(edge => elements.set(edge.key, { identity: edge.identity, title: edge.tooltip }));
    graph.clusters.forEach(cluster => elements.set(cluster.key, { identity: cluster.identity, title: cluster.label }));

    let svg = centreLabels(raw.slice(raw.indexOf('<svg')), graph);
    svg = svg.replace(/<!--[\s\S]*?-->\n?/g, '');
    svg = svg.replace('<g id="graph0" class="graph"', `<g id="${options.idPrefix ?? ''}graph0" class="graph"`);
    svg = svg.replace(/<g id="([A-Za-z0-9_]+)" class="([^"]*)">\n<title>[^<]*<\/title>/g, (whole, key: string, classes: string) => {
        const element = elements.get(key);
        if (!element) {
            return whole;
        }
        return `<g id="${key}" class="${classes}"${identityAttributes(element.identity)}>\n<title>${escapeHtml(element.title)}</title>`;
    });
    // The title starts at the left edge: centred, a renderer's wider font would push it out on both sides.
    svg = svg.replace(/<title>samskap<\/title>\n<text xml:space="preserve" text-anchor="middle" x="[\d.-]+"/,
        `<title>${escapeHtml(graph.title)}</title>\n<text xml:space="preserve" text-anchor="start" x="0"`);

    const open = /<svg width="([\d.]+)pt" height="([\d.]+)pt"\s+viewBox="([\d.\s-]+)"([^>]*)>/.exec(svg);
    if (!open) {
        return svg;
    }
    const width = number(open[1]);
    const height = number(open[2]);
    const legend: readonly LegendEntry[] = graph.legend;
    const legendBox = legendSize(options.legendTitle, legend);
    // Graphviz measures the title with its own font metrics; renderers' fonts may run wider.
    const totalWidth = Math.max(width, legendBox.width + 16, estimateTextWidth(graph.title, 14) + 16);
    const totalHeight = height + legendBox.height + 12;
    const root = `<svg width="${totalWidth}pt" height="${totalHeight}pt" viewBox="0 0 ${totalWidth} ${totalHeight}"${open[4]}` +
        ` class="samskap-diagram theme-${options.theme}" role="img" aria-label="${escapeAttribute(graph.title)}" data-samskap-view="${graph.view}">`;
    const head = `${root}\n<style>${diagramStyle(options.theme, options.literalColours)}</style>\n<rect class="sk-background" x="0" y="0" width="${totalWidth}" height="${totalHeight}" fill="#ffffff"/>`;
    svg = svg.replace(open[0], head);
    const legendGroup = legendSvg(options.legendTitle, legend, 8, height + 4);
    svg = svg.replace(/<\/svg>\s*$/, `${legendGroup}\n</svg>\n`);
    return svg;
}
