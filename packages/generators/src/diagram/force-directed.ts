import { layoutSvg } from './graphviz-layout.js';

/** The force-directed engines: `sfdp` (multilevel) and `neato` (stress majorization). */
export type ForceDirectedEngine = 'sfdp' | 'neato';

/**
 * Up to this many nodes and edges together a force-directed layout removes overlaps with
 * `prism`, which keeps labels apart best. Past it: overlaps removed with `scale`, the
 * unconnected parts packed in an array (`packmode=array`), and `neato` optimises its stress by
 * stochastic gradient descent (`mode=sgd`). Measured with sfdp (npm run bench): prism took 2.8 s
 * on the governance view of 200 actors (606 elements) and 137 s on that of 1,000 actors, scale
 * 0.5 s and 0.6 s; the network view of 1,000 actors, a thousand parts that are not connected,
 * took 15 s to pack the default way and 0.25 s as an array. Neato's default mode took 25 s on
 * the 1,000-actor governance view, sgd 5 s. Every example's views stay below the bound, drawn
 * as before.
 */
export const PRISM_MAX_ELEMENTS = 200;

export type OverlapRemoval = 'prism' | 'scale';

export interface ForceDirectedSettings {
    readonly overlap: OverlapRemoval;
    /** Neato: stress optimised by stochastic gradient descent. */
    readonly sgd: boolean;
    /** Unconnected parts packed side by side in rows (`packmode=array`). */
    readonly packArray: boolean;
}

/** How a graph of this many nodes and edges is laid out by a force-directed engine. */
export function forceDirectedSettings(engine: ForceDirectedEngine, elements: number): ForceDirectedSettings {
    const large = elements > PRISM_MAX_ELEMENTS;
    return { overlap: large ? 'scale' : 'prism', sgd: large && engine === 'neato', packArray: large };
}

/** Extra graph attributes a force-directed engine needs to keep labels apart; deterministic seed. */
function forceDirected(dot: string, overlap: OverlapRemoval, settings: ForceDirectedSettings): string {
    const large = `${settings.sgd ? ', mode="sgd"' : ''}${settings.packArray ? ', packmode="array"' : ''}`;
    return dot.replace('digraph samskap {', `digraph samskap {\n    graph [overlap="${overlap}", splines="false", start="1", K="1.2"${large}];`);
}

/**
 * A force-directed layout. `prism` keeps labels apart best, but the Graphviz-WASM build has no
 * triangulation library, and on some graphs (a few percent of the examples' views with sfdp,
 * found by the fuzz suite) it fails with "remove_overlap: Graphviz not built with triangulation
 * library" and `samskap diagram --layout sfdp` stopped with an internal error, or leaves nodes
 * out. Such a graph is laid out again with `scale`, which needs no triangulation.
 */
export async function forceDirectedLayout(dot: string, engine: ForceDirectedEngine, nodeCount: number, edgeCount: number): Promise<string> {
    const settings = forceDirectedSettings(engine, nodeCount + edgeCount);
    if (settings.overlap === 'prism') {
        try {
            const svg = await layoutSvg(forceDirected(dot, 'prism', settings), engine);
            // On other graphs prism fails silently: nodes are missing from the drawing (the governance
            // view of a decision without edge labels lost its decision). Counted, and laid out again.
            if ((svg.match(/<g id="[^"]*" class="node\b/g) ?? []).length >= nodeCount) return svg;
        } catch {
            // As below.
        }
    }
    return layoutSvg(forceDirected(dot, 'scale', settings), engine);
}
