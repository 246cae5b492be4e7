import { dotLabelText, dotString } from '../escape/dot.js';
import type { DiagramGraph, GraphEdge, GraphNode } from './diagram-graph.js';
import { lightFillOf, UNCERTAIN_COLOUR } from './svg-style.js';
import { UNCERTAIN_CLASS } from './uncertain-elements.js';

const FONT = 'Helvetica,Arial,sans-serif';

/** Attributes as `key="value"`, every value escaped; keys are our own constants. */
function attributes(entries: ReadonlyArray<readonly [string, string | number | undefined]>): string {
    return entries
        .filter((entry): entry is readonly [string, string | number] => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${typeof value === 'number' ? value : dotString(value)}`)
        .join(', ');
}

function nodeStatement(node: GraphNode): string {
    return `${dotString(node.key)} [${attributes([
        ['id', node.key],
        ['label', dotLabelText(node.lines) || ' '],
        ['shape', node.shape],
        ['style', `${node.rounded ? 'rounded,filled' : 'filled'}${node.classes.includes(UNCERTAIN_CLASS) ? ',dashed' : ''}`],
        ['fillcolor', lightFillOf(node.classes)],
        ['color', node.classes.includes(UNCERTAIN_CLASS) ? UNCERTAIN_COLOUR : undefined],
        ['class', node.classes.join(' ')]
    ])}];`;
}

function edgeStatement(edge: GraphEdge): string {
    return `${dotString(edge.from)} -> ${dotString(edge.to)} [${attributes([
        ['id', edge.key],
        ['label', dotLabelText(edge.lines)],
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
export function graphToDot(graph: DiagramGraph): string {
    const out: string[] = [];
    out.push('digraph samskap {');
    out.push(`    graph [${attributes([['rankdir', graph.direction], ['fontname', FONT], ['fontsize', 12], ['nodesep', 0.3], ['ranksep', 0.6], ['labelloc', 't'], ['labeljust', 'l'], ['label', dotLabelText([graph.title])], ['bgcolor', 'transparent']])}];`);
    out.push(`    node [${attributes([['fontname', FONT], ['fontsize', 11], ['margin', '0.12,0.06'], ['fillcolor', '#ffffff'], ['color', '#333333']])}];`);
    out.push(`    edge [${attributes([['fontname', FONT], ['fontsize', 9], ['color', '#333333']])}];`);
    for (const cluster of graph.clusters) {
        out.push(`    subgraph ${dotString(`cluster_${cluster.key}`)} {`);
        out.push(`        graph [${attributes([['id', cluster.key], ['label', dotLabelText([cluster.label])], ['class', cluster.classes.join(' ')], ['style', 'rounded'], ['color', '#888888']])}];`);
        for (const node of graph.nodes.filter(n => n.cluster === cluster.key)) {
            out.push(`        ${nodeStatement(node)}`);
        }
        out.push('    }');
    }
    for (const node of graph.nodes.filter(n => n.cluster === undefined)) {
        out.push(`    ${nodeStatement(node)}`);
    }
    for (const edge of graph.edges) {
        out.push(`    ${edgeStatement(edge)}`);
    }
    out.push('}');
    return `${out.join('\n')}\n`;
}
