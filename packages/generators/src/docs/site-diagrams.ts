import { diagramMermaid, diagramSvg } from '../diagram/render-diagram.js';
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

/** The diagrams of one model's page, whose slug gives their id prefix (a writer that keeps pages between runs draws only the changed ones). */
export async function modelDiagrams(report: ModelReport, slug: string, language: Language): Promise<PageDiagrams> {
    const svg: PageDiagrams['svg'] = {};
    const mermaid: PageDiagrams['mermaid'] = {};
    for (const view of viewsWorthDrawing(report.model)) {
        const idPrefix = `${slug.replace(/[^a-z0-9]/g, '')}_${view}_`;
        svg[view] = await diagramSvg(report.model, view, { language, idPrefix });
        mermaid[view] = diagramMermaid(report.model, view, { language, idPrefix });
    }
    return { svg, mermaid };
}
