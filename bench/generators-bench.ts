/**
 * Generator benchmarks, run by bench/run.mjs in a fresh process: diagrams per model size, every
 * view of the large models with every layout engine,
 * comparison matrix per number of models, documentation site. Models are synthetic
 * (synthetic-models.ts), parsed and linked in memory; only the generators are timed here.
 * Prints one JSON line; nothing asserts a timing.
 */
import { classify, createSamskapServices, type PartnershipModel } from '@samskap/language';
import { comparisonMatrix, diagramGraph, diagramSvg, documentationSite, renderMatrix, renderSiteDiagrams, type ModelReport } from '@samskap/generators';
import { forceDirectedSettings } from '../packages/generators/src/diagram/force-directed.js';
import { EmptyFileSystem, URI } from 'langium';
import { governanceModel, syntheticModel } from './synthetic-models.js';

const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
let files = 0;

async function modelsOf(texts: readonly string[]): Promise<PartnershipModel[]> {
    const documents = texts.map(text => shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///bench/m${files++}.samskap`)));
    documents.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    return documents.flatMap(document => [...Samskap.analysis.PartnershipModelProvider.getModels(document)]);
}

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
    const start = performance.now();
    const result = await work();
    return { ms: performance.now() - start, result };
}

/** How the safeguard drew a view: in full, quick (dot, fewer crossing passes), as a grouped overview, or as a notice. */
function drawnAs(svg: string): string {
    if (svg.includes('data-samskap-not-laid-out="true"')) return 'notice';
    if (/class="node [^"]*\baggregate\b/.test(svg)) return 'overview';
    return /quick layout:/.test(svg) ? 'quick' : 'full';
}

async function main(): Promise<void> {
    const scenario = process.argv[2] ?? 'all';
    const output: Record<string, unknown> = {};

    if (scenario === 'all' || scenario === 'diagrams') {
        const [warm] = await modelsOf([syntheticModel('Warm', 5)]);
        output.wasmLoadMs = (await time(() => diagramSvg(warm, 'network'))).ms;
        const diagrams: Array<Record<string, number | boolean | string>> = [];
        for (const actors of [50, 200, 2000]) {
            const [model] = await modelsOf([syntheticModel(`D${actors}`, actors)]);
            for (const view of ['network', 'funding', 'governance'] as const) {
                const { ms, result } = await time(() => diagramSvg(model, view));
                diagrams.push({ actors, view, ms, kb: result.length / 1024, aggregated: /Large model|Stor modell/.test(result) });
            }
            if (actors === 2000) {
                // The ways into a large network: around one actor, and the overview by kind of actor.
                for (const [variant, options] of [['focus a5, depth 2', { focus: { party: 'a5', depth: 2 } }], ['focus a4, depth 2', { focus: { party: 'a4', depth: 2 } }], ['group kind', { group: 'kind' }]] as const) {
                    for (const view of variant === 'focus a4, depth 2' ? (['governance'] as const) : (['network', 'funding'] as const)) {
                        const { ms, result } = await time(() => diagramSvg(model, view, options));
                        diagrams.push({ actors, view, variant, ms, kb: result.length / 1024, aggregated: variant === 'group kind' });
                    }
                }
            }
        }
        output.diagrams = diagrams;
    }

    if (scenario === 'all' || scenario === 'large') {
        // Issue 12's bound: 200 actors within 1 s, 1,000 within 10 s, for every view and engine,
        // and the dense governance model whose edges, not actors, make it large.
        const cases = [
            ...[200, 1000].map(actors => ({ model: `${actors} actors`, text: syntheticModel(`L${actors}`, actors), views: ['network', 'funding', 'governance'] as const })),
            { model: '100 actors, 50 decisions × 50 consulted', text: governanceModel(100, 50, 50), views: ['governance'] as const }
        ];
        const large: Array<Record<string, number | string>> = [];
        // The WASM module loads before the first row, as in the table above.
        await diagramSvg((await modelsOf([syntheticModel('WarmLarge', 5)]))[0], 'network');
        for (const { model: name, text, views } of cases) {
            const [model] = await modelsOf([text]);
            for (const view of views) {
                for (const layout of ['auto', 'dot', 'sfdp', 'neato'] as const) {
                    const { ms, result } = await time(() => diagramSvg(model, view, { layout }));
                    const graph = diagramGraph(model, view, { layout });
                    const scaled = layout !== 'auto' && layout !== 'dot' && forceDirectedSettings(layout, graph.nodes.length + graph.edges.length).overlap === 'scale';
                    const drawn = drawnAs(result);
                    large.push({ model: name, view, layout, ms, kb: result.length / 1024, drawn: drawn === 'full' && scaled ? 'scaled' : drawn });
                }
            }
        }
        output.large = large;
    }

    if (scenario === 'all' || scenario === 'compare') {
        const compare: Array<Record<string, number>> = [];
        const pool = await modelsOf(Array.from({ length: 500 }, (_, i) => syntheticModel(`C${i}`, 12 + (i % 20))));
        const reports: ModelReport[] = pool.map(model => ({ model, classification: classify(model), findings: [] }));
        for (const count of [10, 100, 500]) {
            const subset = reports.slice(0, count);
            const { ms } = await time(() => {
                const table = comparisonMatrix(subset);
                return ['html', 'md', 'csv', 'json'].map(format => renderMatrix(table, format as 'html').length);
            });
            const classifyMs = (await time(() => pool.slice(0, count).map(model => classify(model)))).ms;
            compare.push({ models: count, ms, classifyMs });
        }
        output.compare = compare;
    }

    if (scenario === 'all' || scenario === 'docs') {
        const models = await modelsOf(Array.from({ length: 100 }, (_, i) => syntheticModel(`S${i}`, 12 + (i % 20))));
        const reports: ModelReport[] = models.map(model => ({ model, classification: classify(model), findings: [] }));
        const diagrams = await time(() => renderSiteDiagrams(reports, 'nb'));
        const site = await time(() => documentationSite(reports, { language: 'nb', diagrams: diagrams.result }));
        output.docs = { models: 100, diagramsMs: diagrams.ms, pagesMs: site.ms, files: site.result.length, mib: site.result.reduce((sum, file) => sum + file.content.length, 0) / 1024 / 1024 };
    }
    console.log(JSON.stringify(output));
}

void main();
