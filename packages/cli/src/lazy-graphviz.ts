/**
 * Graphviz-WASM as the generators import it, loaded on the first layout from a file of its own
 * beside the bundle (dist/graphviz.cjs, built by scripts/build.mjs): its 830 KB (the WebAssembly
 * as text) were a quarter of the CLI's bundle, read and compiled on every start, though most
 * commands and most language server requests never draw. The Node bundles' build points the
 * generators' import of `@hpcc-js/wasm-graphviz` here (the playground's worker has its own).
 */
type GraphvizModule = typeof import('@hpcc-js/wasm-graphviz');

let module: Promise<GraphvizModule> | undefined;
const real = (): Promise<GraphvizModule> => (module ??= import('@hpcc-js/wasm-graphviz'));

export const Graphviz = {
    load: async () => (await real()).Graphviz.load(),
    unload: (): void => void module?.then(loaded => loaded.Graphviz.unload())
};
