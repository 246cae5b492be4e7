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
        const svg: PageDiagrams['svg'] = {};
        const mermaid: PageDiagrams['mermaid'] = {};
        for (const view of viewsWorthDrawing(report.model)) {
            const idPrefix = `${slugs[index].replace(/[^a-z0-9]/g, '')}_${view}_`;
            svg[view] = await diagramSvg(report.model, view, { language, idPrefix });
            mermaid[view] = diagramMermaid(report.model, view, { language, idPrefix });
        }
        result.push({ svg, mermaid });
        onProgress?.(index + 1);
    }
    return result;
}
