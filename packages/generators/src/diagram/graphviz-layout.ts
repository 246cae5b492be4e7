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
 * A UTF-16 surrogate without its pair (an editor's buffer can hold one; a UTF-8 file cannot).
 * Emscripten's UTF-8 encoder takes any surrogate as the first half of a pair and the next code
 * unit as the second: a title of a low and a high surrogate made DOT that Graphviz refused
 * ("syntax error in line 9", found by the fuzz suite). They go to Graphviz as U+FFFD.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The one place that runs Graphviz (compiled to WebAssembly, no system binary). The module
 * loads once per process and is reused; the layout call itself is synchronous. When a layout
 * fails, the module is recreated and the layout tried once more on the fresh one: a failure
 * never poisons the next layout (a label starting with a line break corrupted the module and
 * failed later, unrelated layouts of the same process). A second failure is the input's own.
 */
export async function layoutSvg(text: string, engine: LayoutEngine): Promise<string> {
    const dot = text.replace(LONE_SURROGATE, '\ufffd');
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
