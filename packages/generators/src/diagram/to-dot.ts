import { dotLabelText, dotString, labelLines } from '../escape/dot.js';
import type { DiagramGraph, GraphEdge, GraphNode } from './diagram-graph.js';
import { textWidth } from './font-metrics.js';
import { lightFillOf, UNCERTAIN_COLOUR } from './svg-style.js';
import { UNCERTAIN_CLASS } from './uncertain-elements.js';

/** The font Graphviz is told of; the SVG's style sheet draws the bundled font (font-metrics.ts). */
const FONT = 'Helvetica,Arial,sans-serif';

/** Text sizes, in points at natural size: nothing in a diagram is smaller than 10. */
export const NODE_FONT_SIZE = 11;
export const EDGE_FONT_SIZE = 10;
export const CLUSTER_FONT_SIZE = 12;
/** Baseline to baseline, in font sizes: room for the font's ascent and descent (1.12) and a little air. */
const LINE_HEIGHT = 1.2;

/** An HTML-like label (`<…>` in DOT): written without quotes. */
interface HtmlLabel { readonly html: string }

/** Attributes as `key="value"`, every value escaped; keys are our own constants. */
function attributes(entries: ReadonlyArray<readonly [string, string | number | HtmlLabel | undefined]>): string {
    return entries
        .filter((entry): entry is readonly [string, string | number | HtmlLabel] => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${typeof value === 'number' ? value : typeof value === 'string' ? dotString(value) : `<${value.html}>`}`)
        .join(', ');
}

const htmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The width of a label's widest line in the diagram font: the box Graphviz reserves for it. */
export function labelWidth(lines: readonly string[], size: number): number {
    return Math.ceil(labelLines(lines).reduce((max, line) => Math.max(max, textWidth(line, size)), 0)) + 1;
}

/**
 * A label whose box is measured with the diagram font's own metrics, not Graphviz's estimate
 * (which runs 5–20 % narrower than Arimo, more for æ, ø, å: names ran out of their boxes).
 * Each line sits in a cell of exactly that width; Graphviz starts left-aligned text at the
 * cell's left edge, and finishSvg centres it again (graphviz cannot centre text it measured wrong).
 */
function measuredLabel(lines: readonly string[], size: number, air: number): HtmlLabel | undefined {
    const shown = labelLines(lines);
    if (shown.length === 0) return undefined;
    const width = labelWidth(shown, size);
    const line = Math.ceil(size * LINE_HEIGHT);
    const last = shown.length - 1;
    // `air` above the first line and below the last (the first row's text sits at its bottom, the
    // last row's at its top) and on either side.
    const rows = shown.map((text, index) => {
        const height = line + (index === 0 ? air : 0) + (index === last ? air : 0);
        const align = last === 0 || air === 0 ? '' : index === 0 ? ' VALIGN="BOTTOM"' : index === last ? ' VALIGN="TOP"' : '';
        // Empty cells of width `air` on either side keep a line that bends past the label's corner off the text.
        const side = air > 0 ? `<TD FIXEDSIZE="TRUE" WIDTH="${air}" HEIGHT="${height}"></TD>` : '';
        return `<TR>${side}<TD FIXEDSIZE="TRUE" WIDTH="${width}" HEIGHT="${height}" ALIGN="LEFT"${align}>${htmlText(text)}</TD>${side}</TR>`;
    });
    return { html: `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">${rows.join('')}</TABLE>` };
}

/** Room between an edge label and the line beside it: more than half the line's width, so a thick line never touches the text. */
const edgeLabelAir = (edge: GraphEdge): number => Math.max(3, Math.ceil(edge.penwidth / 2) + 2);

export interface DotOptions {
    /**
     * Labels as boxes measured with the diagram font (for Samskap's own layout); without it,
     * plain text labels, for a reader's own Graphviz.
     */
    readonly measured?: boolean;
}

function label(lines: readonly string[], size: number, options: DotOptions, air = 0): string | HtmlLabel | undefined {
    return options.measured ? measuredLabel(lines, size, air) : dotLabelText(lines);
}

function nodeStatement(node: GraphNode, options: DotOptions): string {
    return `${dotString(node.key)} [${attributes([
        ['id', node.key],
        ['label', label(node.lines, NODE_FONT_SIZE, options) || ' '],
        ['shape', node.shape],
        ['style', `${node.rounded ? 'rounded,filled' : 'filled'}${node.classes.includes(UNCERTAIN_CLASS) ? ',dashed' : ''}`],
        ['fillcolor', lightFillOf(node.classes)],
        ['color', node.classes.includes(UNCERTAIN_CLASS) ? UNCERTAIN_COLOUR : undefined],
        ['class', node.classes.join(' ')]
    ])}];`;
}

function edgeStatement(edge: GraphEdge, options: DotOptions): string {
    return `${dotString(edge.from)} -> ${dotString(edge.to)} [${attributes([
        ['id', edge.key],
        ['label', label(edge.lines, EDGE_FONT_SIZE, options, edgeLabelAir(edge))],
        ['style', edge.style],
        ['arrowhead', edge.arrow],
        ['penwidth', edge.penwidth],
        ['color', edge.classes.includes(UNCERTAIN_CLASS) ? UNCERTAIN_COLOUR : undefined],
        ['class', edge.classes.join(' ')]
    ])}];`;
}

/**
 * The graph as Graphviz DOT. Pure text: the same graph gives the same bytes. Clusters become
 * `cluster_*` subgraphs (Graphviz's convention), which is also what keeps `dot` fast on
 * models with hundreds of actors.
 */
export function graphToDot(graph: DiagramGraph, options: DotOptions = {}): string {
    const out: string[] = [];
    out.push('digraph samskap {');
    out.push(`    graph [${attributes([['rankdir', graph.direction], ['fontname', FONT], ['fontsize', 12], ['nodesep', 0.3], ['ranksep', 0.6], ['labelloc', 't'], ['labeljust', 'l'], ['label', dotLabelText([graph.title])], ['bgcolor', 'transparent']])}];`);
    out.push(`    node [${attributes([['fontname', FONT], ['fontsize', NODE_FONT_SIZE], ['margin', '0.12,0.06'], ['fillcolor', '#ffffff'], ['color', '#333333']])}];`);
    out.push(`    edge [${attributes([['fontname', FONT], ['fontsize', EDGE_FONT_SIZE], ['color', '#333333']])}];`);
    for (const cluster of graph.clusters) {
        // A cluster without a label of its own would inherit the graph's title: it gets an empty one.
        out.push(`    subgraph ${dotString(`cluster_${cluster.key}`)} {`);
        out.push(`        graph [${attributes([['id', cluster.key], ['label', label([cluster.label], CLUSTER_FONT_SIZE, options) || { html: '' }], ['fontsize', CLUSTER_FONT_SIZE], ['class', cluster.classes.join(' ')], ['style', 'rounded'], ['color', '#888888']])}];`);
        for (const node of graph.nodes.filter(n => n.cluster === cluster.key)) {
            out.push(`        ${nodeStatement(node, options)}`);
        }
        out.push('    }');
    }
    for (const node of graph.nodes.filter(n => n.cluster === undefined)) {
        out.push(`    ${nodeStatement(node, options)}`);
    }
    for (const edge of graph.edges) {
        out.push(`    ${edgeStatement(edge, options)}`);
    }
    for (const [first, second] of graph.before ?? []) {
        out.push(`    ${dotString(first)} -> ${dotString(second)} [style="invis"];`);
    }
    for (const column of graph.columns ?? []) {
        // One rank, kept in order by invisible edges between neighbours (within a rank they only order).
        out.push(`    { rank="same"; ${column.map(key => `${dotString(key)};`).join(' ')} }`);
        for (let i = 1; i < column.length; i++) {
            out.push(`    ${dotString(column[i - 1])} -> ${dotString(column[i])} [style="invis"];`);
        }
    }
    out.push('}');
    return `${out.join('\n')}\n`;
}
