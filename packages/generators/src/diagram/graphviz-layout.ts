import { Graphviz } from '@hpcc-js/wasm-graphviz';

/** Graphviz layout engines Samskap uses: `dot` (layered, clustered) and the force-directed ones. */
export type LayoutEngine = 'dot' | 'sfdp' | 'neato';

let loaded: Promise<Graphviz> | undefined;

/**
 * The one place that runs Graphviz (compiled to WebAssembly, no system binary). The module
 * loads once per process and is reused; the layout call itself is synchronous.
 */
export async function layoutSvg(dot: string, engine: LayoutEngine): Promise<string> {
    loaded ??= Graphviz.load();
    const graphviz = await loaded;
    return graphviz.layout(dot, 'svg', engine);
}
