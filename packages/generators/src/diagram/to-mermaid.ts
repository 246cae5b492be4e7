import { escapeMermaid, mermaidLabel } from '../escape/mermaid.js';
import type { DiagramGraph, GraphEdge, GraphNode } from './diagram-graph.js';
import { UNCERTAIN_MARK } from '../docs/provenance-text.js';
import { UNCERTAIN_COLOUR } from './svg-style.js';
import { UNCERTAIN_CLASS } from './uncertain-elements.js';

/** Mermaid's node shapes closest to the Graphviz ones. */
function shaped(node: GraphNode): string {
    const label = mermaidLabel(node.lines);
    switch (node.shape) {
        case 'box':
            return node.rounded ? `(${label})` : `[${label}]`;
        case 'ellipse':
            return `([${label}])`;
        case 'hexagon':
            return `{{${label}}}`;
        case 'octagon':
            return `[[${label}]]`;
        case 'note':
        case 'component':
            return `[/${label}/]`;
    }
}

function arrowOf(edge: GraphEdge): string {
    const head = edge.arrow === 'none' ? '-' : edge.arrow === 'odot' || edge.arrow === 'dot' ? 'o' : edge.arrow === 'tee' ? 'x' : '>';
    switch (edge.style) {
        case 'bold':
            return head === '-' ? '===' : `==${head}`;
        case 'dashed':
        case 'dotted':
            return head === '-' ? '-.-' : `-.-${head}`;
        case 'solid':
            return head === '-' ? '---' : `--${head}`;
    }
}

/**
 * The graph as a Mermaid flowchart, for Markdown on Git hosting sites. Node names are the
 * generated keys; every label is escaped with Mermaid entity codes; classes carry the sectors.
 */
export function graphToMermaid(graph: DiagramGraph): string {
    const out: string[] = [];
    out.push('---');
    out.push(`title: "${escapeMermaid(graph.title)}"`);
    out.push('---');
    out.push(`flowchart ${graph.direction}`);
    for (const cluster of graph.clusters) {
        out.push(`    subgraph ${cluster.key}[${mermaidLabel([cluster.label || ' '])}]`);
        for (const node of graph.nodes.filter(n => n.cluster === cluster.key)) {
            out.push(`        ${node.key}${shaped(node)}`);
        }
        out.push('    end');
    }
    for (const node of graph.nodes.filter(n => n.cluster === undefined)) {
        out.push(`    ${node.key}${shaped(node)}`);
    }
    for (const edge of graph.edges) {
        // Mermaid draws no legend: a line whose style the legend explains says what it means.
        const lines = edge.lines.length > 0 ? edge.lines : edge.meaning ? [edge.classes.includes(UNCERTAIN_CLASS) ? `${edge.meaning} ${UNCERTAIN_MARK}` : edge.meaning] : [];
        const label = lines.length > 0 ? `|${mermaidLabel(lines)}|` : '';
        out.push(`    ${edge.from} ${arrowOf(edge)}${label} ${edge.to}`);
    }
    const classOf = (classes: readonly string[]): string | undefined =>
        classes.find(name => name.startsWith('sector-')) ?? classes.find(name => ['body', 'role', 'decision', 'definition'].includes(name));
    // Appended in place: copying the list per node made 16,000 definitions take 16 s (fuzz suite).
    const byClass = new Map<string, string[]>();
    for (const node of graph.nodes) {
        const name = classOf(node.classes);
        if (!name) continue;
        const members = byClass.get(name);
        if (members) members.push(node.key);
        else byClass.set(name, [node.key]);
    }
    for (const [name, fill] of Object.entries(MERMAID_FILLS)) {
        const members = byClass.get(name);
        if (members) {
            out.push(`    classDef ${name.replace(/-/g, '_')} fill:${fill},stroke:#333,color:#111`);
            out.push(`    class ${members.join(',')} ${name.replace(/-/g, '_')}`);
        }
    }
    // Drawn from assumed or illustrative statements: dotted links (above) and dashed node outlines, both grey.
    const uncertainNodes = graph.nodes.filter(node => node.classes.includes(UNCERTAIN_CLASS)).map(node => node.key);
    if (uncertainNodes.length > 0) {
        out.push(`    classDef ${UNCERTAIN_CLASS} stroke:${UNCERTAIN_COLOUR},stroke-dasharray:5 3`);
        out.push(`    class ${uncertainNodes.join(',')} ${UNCERTAIN_CLASS}`);
    }
    const uncertainLinks = graph.edges.flatMap((edge, index) => (edge.classes.includes(UNCERTAIN_CLASS) ? [index] : []));
    if (uncertainLinks.length > 0) {
        out.push(`    linkStyle ${uncertainLinks.join(',')} stroke:${UNCERTAIN_COLOUR}`);
    }
    return `${out.join('\n')}\n`;
}

/** Light fills with dark text: legible on GitHub's light and dark themes alike. */
const MERMAID_FILLS: Record<string, string> = {
    'sector-public': '#cfe2f3',
    'sector-voluntary': '#d9ead3',
    'sector-private': '#fce5cd',
    'sector-social_economy': '#e6d7f0',
    'sector-citizens': '#fff2cc',
    'sector-philanthropic': '#d0e0e3',
    body: '#eeeeee',
    role: '#f4f4f4',
    decision: '#ffffff',
    definition: '#ffffff'
};
