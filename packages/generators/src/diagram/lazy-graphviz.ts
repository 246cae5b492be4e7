/**
 * Graphviz-WASM as graphviz-layout.ts imports it, loaded on the first layout. The module is
 * 830 KB (most of it the WebAssembly as text): the Node bundles would read and compile it on
 * every start, though most commands and most language server requests never draw, and the
 * playground's worker would make its language server wait for it. So the builds point the
 * generators' import of `@hpcc-js/wasm-graphviz` here, and this file's own import to a file
 * beside the Node bundles (dist/graphviz.cjs, scripts/build.mjs) or a chunk of the playground's
 * worker (packages/playground/scripts/build.mjs). Nothing imports this file directly.
 */
type GraphvizModule = typeof import('@hpcc-js/wasm-graphviz');

let module: Promise<GraphvizModule> | undefined;
const real = (): Promise<GraphvizModule> => (module ??= import('@hpcc-js/wasm-graphviz'));

export const Graphviz = {
    load: async () => (await real()).Graphviz.load(),
    unload: (): void => void module?.then(loaded => loaded.Graphviz.unload())
};
