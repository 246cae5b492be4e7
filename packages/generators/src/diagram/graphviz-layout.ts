import { Graphviz } from '@hpcc-js/wasm-graphviz';

/** Graphviz layout engines Samskap uses: `dot` (layered, clustered) and the force-directed ones. */
export type LayoutEngine = 'dot' | 'sfdp' | 'neato';

let loaded: Promise<Graphviz> | undefined;

/** How many layouts since the module was (re)created; the tests read it. */
export const graphvizStatistics = { loads: 0, recoveries: 0 };

function graphviz(): Promise<Graphviz> {
    if (!loaded) {
        graphvizStatistics.loads++;
        loaded = Graphviz.load();
    }
    return loaded;
}

/**
 * Drops the module: the next layout compiles a fresh one. A WebAssembly trap ("table index is
 * out of bounds", "null function or function signature mismatch") leaves the module's memory in
 * whatever state the trap found it, and every later layout in the process could fail with it.
 */
function discardModule(): void {
    loaded = undefined;
    Graphviz.unload();
}

/**
 * The one place that runs Graphviz (compiled to WebAssembly, no system binary). The module
 * loads once per process and is reused; the layout call itself is synchronous. When a layout
 * fails, the module is recreated and the layout tried once more on the fresh one: a failure
 * never poisons the next layout (a label starting with a line break corrupted the module and
 * failed later, unrelated layouts of the same process). A second failure is the input's own.
 */
export async function layoutSvg(dot: string, engine: LayoutEngine): Promise<string> {
    try {
        return (await graphviz()).layout(dot, 'svg', engine);
    } catch {
        discardModule();
        graphvizStatistics.recoveries++;
    }
    try {
        return (await graphviz()).layout(dot, 'svg', engine);
    } catch (error) {
        discardModule();
        throw error;
    }
}
