import type { DiagramGraph } from './diagram-graph.js';

/** Which part of a view to draw: what is within `depth` connections of one actor or body. */
export interface DiagramFocus {
    /** The actor's or body's name in the model (`kommune`, `styret`). */
    readonly party: string;
    /** How many connections away from it, in either direction (1: its direct neighbours). */
    readonly depth: number;
}

/** The node that stands for a party in a view, by its identity (`actor:kommune`, `body:styret`). */
export function focusNodeKey(graph: DiagramGraph, party: string): string | undefined {
    return graph.nodes.find(node => node.identity.id === `actor:${party}` || node.identity.id === `body:${party}`)?.key;
}

/**
 * The part of a view within `depth` connections of the focused party (connections followed in
 * both directions, breadth first: linear in the view's size). Frames keep only what they still
 * hold, and the title says what is shown. A party the view does not draw gives an empty view
 * with that title: the caller says whether the name exists at all.
 */
export function focusGraph(graph: DiagramGraph, focus: DiagramFocus, title: string): DiagramGraph {
    const start = focusNodeKey(graph, focus.party);
    const neighbours = new Map<string, string[]>();
    const link = (from: string, to: string): void => {
        const list = neighbours.get(from);
        if (list) list.push(to);
        else neighbours.set(from, [to]);
    };
    graph.edges.forEach(edge => {
        link(edge.from, edge.to);
        link(edge.to, edge.from);
    });
    const kept = new Set<string>(start ? [start] : []);
    let frontier = [...kept];
    for (let step = 0; step < focus.depth && frontier.length > 0; step++) {
        const next: string[] = [];
        for (const key of frontier) {
            for (const neighbour of neighbours.get(key) ?? []) {
                if (!kept.has(neighbour)) {
                    kept.add(neighbour);
                    next.push(neighbour);
                }
            }
        }
        frontier = next;
    }
    // A frame that stands for a node (a body around its members) goes when that node is not shown.
    const keptIds = new Set(graph.nodes.filter(node => kept.has(node.key)).map(node => node.identity.id));
    const allIds = new Set(graph.nodes.map(node => node.identity.id));
    const dropped = new Set(graph.clusters.filter(cluster => allIds.has(cluster.identity.id) && !keptIds.has(cluster.identity.id)).map(cluster => cluster.key));
    const nodes = graph.nodes.filter(node => kept.has(node.key)).map(node => (node.cluster && dropped.has(node.cluster) ? { ...node, cluster: undefined } : node));
    const clusters = new Set(nodes.map(node => node.cluster).filter((key): key is string => key !== undefined));
    const edges = graph.edges.filter(edge => kept.has(edge.from) && kept.has(edge.to));
    const legendClasses = new Set([...nodes, ...edges].flatMap(element => element.classes));
    return {
        ...graph,
        title: `${graph.title} — ${title}`,
        nodes,
        edges,
        clusters: graph.clusters.filter(cluster => clusters.has(cluster.key)),
        // Legend rows for what is still drawn only.
        legend: graph.legend.filter(entry => entry.classes.every(name => legendClasses.has(name))),
        columns: graph.columns?.map(column => column.filter(key => kept.has(key))).filter(column => column.length > 1),
        before: graph.before?.filter(([first, second]) => kept.has(first) && kept.has(second))
    };
}
