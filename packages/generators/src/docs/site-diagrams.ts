import type { GraphView } from '../diagram/diagram-graph.js';
import { diagramGraph, graphSvg } from '../diagram/render-diagram.js';
import { graphToMermaid } from '../diagram/to-mermaid.js';
import type { Language } from '../i18n/index.js';
import type { ModelReport } from '../model-report.js';
import { viewsWorthDrawing, type PageDiagrams } from './model-document.js';
import { pageSlugs } from './site.js';

/**
 * Renders the diagrams the documentation pages show (SVG needs Graphviz, hence async; no I/O).
 * Each page's diagrams get their own id prefix so they can share one HTML page.
 */
export async function renderSiteDiagrams(reports: readonly ModelReport[], language: Language, onProgress?: (done: number) => void): Promise<PageDiagrams[]> {
    const slugs = pageSlugs(reports);
    const result: PageDiagrams[] = [];
    for (const [index, report] of reports.entries()) {
        result.push(await modelDiagrams(report, slugs[index], language));
        onProgress?.(index + 1);
    }
    return result;
}

/**
 * Diagrams drawn by an earlier run, for a writer that keeps them: Graphviz (its loading and the
 * layout) is most of the time of a page, and an edit of a model's text often leaves its diagrams
 * as they were.
 */
export interface EarlierDrawings {
    /**
     * The SVG drawn earlier from exactly `drawing` (a text holding everything the view's SVG is
     * made from: the view's graph, the language, the element id prefix), when it is still at hand.
     */
    readonly find: (view: GraphView, drawing: string) => string | undefined;
}

/** The diagrams of one model's page, whose slug gives their id prefix (a writer that keeps pages between runs draws only the changed ones). */
export async function modelDiagrams(report: ModelReport, slug: string, language: Language, earlier?: EarlierDrawings): Promise<PageDiagrams> {
    const svg: PageDiagrams['svg'] = {};
    const mermaid: PageDiagrams['mermaid'] = {};
    const drawings: Record<string, string> = {};
    for (const view of viewsWorthDrawing(report.model)) {
        const idPrefix = `${slug.replace(/[^a-z0-9]/g, '')}_${view}_`;
        const options = { language, idPrefix };
        // One graph for the drawing's key, the SVG and the Mermaid text.
        const graph = diagramGraph(report.model, view, options);
        let drawn: string | undefined;
        if (earlier) {
            // graphSvg draws nothing but this graph with these options (and the program's own settings, which the writer adds).
            const drawing = JSON.stringify([view, language, idPrefix, graph], exactNumbers);
            drawings[view] = drawing;
            drawn = earlier.find(view, drawing);
        }
        mermaid[view] = graphToMermaid(graph);
        svg[view] = drawn ?? await graphSvg(graph, options);
    }
    return earlier ? { svg, mermaid, drawings } : { svg, mermaid };
}

/** Numbers JSON would write as `null` (NaN, infinities) kept apart from null and each other. */
function exactNumbers(_key: string, value: unknown): unknown {
    return typeof value === 'number' && !Number.isFinite(value) ? `number:${value}` : value;
}
