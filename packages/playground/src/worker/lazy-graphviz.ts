/**
 * Graphviz-WASM as the generators import it, fetched only when the first diagram is laid out:
 * the module is most of the worker's size, and the language server (diagnostics, completion)
 * should not wait for it. The playground's build points the generators' import of
 * `@hpcc-js/wasm-graphviz` here; this file imports the real package into a chunk of its own.
 */
type GraphvizModule = typeof import('@hpcc-js/wasm-graphviz');

let module: Promise<GraphvizModule> | undefined;
const real = (): Promise<GraphvizModule> => (module ??= import('@hpcc-js/wasm-graphviz'));

export const Graphviz = {
    load: async () => (await real()).Graphviz.load(),
    unload: (): void => void module?.then(loaded => loaded.Graphviz.unload())
};
