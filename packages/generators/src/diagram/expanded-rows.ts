import type { DiagramGraph } from './diagram-graph.js';

/** Up to this many unconnected actors of an opened group stay in Graphviz's own column. */
const COLUMN_AT_MOST = 6;

/**
 * An opened group (a sector of the overview drawn actor by actor) often holds dozens of actors
 * with no line in the view: Graphviz puts unconnected nodes of a left-to-right layout in one rank,
 * a column so tall that at Fit the names cannot be read (46 public actors drew at 27 %). They are
 * set in rows instead, about as many rows as columns, by invisible edges between neighbours of a
 * row (each pushes the next one rank on). Connected actors are left where their lines put them.
 */
export function unconnectedInRows(graph: DiagramGraph): DiagramGraph {
    const opened = graph.clusters.filter(cluster => cluster.classes.includes('expanded'));
    if (opened.length === 0) {
        return graph;
    }
    const connected = new Set(graph.edges.flatMap(edge => [edge.from, edge.to]));
    const before: Array<readonly [string, string]> = [...(graph.before ?? [])];
    for (const cluster of opened) {
        const loose = graph.nodes.filter(node => node.cluster === cluster.key && !connected.has(node.key)).map(node => node.key);
        if (loose.length <= COLUMN_AT_MOST) {
            continue;
        }
        const width = Math.ceil(Math.sqrt(loose.length));
        loose.forEach((key, index) => {
            if (index % width !== 0) {
                before.push([loose[index - 1], key]);
            }
        });
    }
    return { ...graph, before };
}
