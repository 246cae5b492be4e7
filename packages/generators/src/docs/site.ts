import { labelsFor, type Language } from '../i18n/index.js';
import { comparisonMatrix } from '../matrix/comparison-matrix.js';
import { transposeTable } from '../matrix/matrix-table.js';
import { tableToCsv } from '../matrix/table-csv.js';
import { tableToJson } from '../matrix/table-json.js';
import type { ModelReport } from '../model-report.js';
import type { DocBlock, DocPage } from './doc-blocks.js';
import { modelPage, viewsWorthDrawing, type PageDiagrams } from './model-document.js';
import { pageToHtml } from './render-html.js';
import { pageToMarkdown } from './render-markdown.js';

/** One file of the site: a path relative to the output folder and its text. */
export interface SiteFile {
    readonly path: string;
    readonly content: string;
}

export interface SiteOptions {
    readonly language?: Language;
    /** Rendered diagrams per report (same order as the reports). */
    readonly diagrams: readonly PageDiagrams[];
}

/** File names from model names (`OffriArendal` → `offri-arendal`): lower-case ASCII, digits and dashes, unique within the site. */
export function pageSlugs(reports: readonly ModelReport[]): string[] {
    const used = new Set<string>();
    return reports.map(report => {
        const base = report.model.name
            .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
            .normalize('NFKD')
            .replace(/æ/gi, 'ae').replace(/ø/gi, 'o').replace(/å/gi, 'a')
            .replace(/[^\w-]+/g, '-').replace(/_/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'model';
        let slug = base;
        for (let n = 2; used.has(slug); n++) {
            slug = `${base}-${n}`;
        }
        used.add(slug);
        return slug;
    });
}

/**
 * The documentation site as files (pure: the CLI writes them): `index.html` and `index.md`
 * with the comparison matrix, one page per model in HTML and Markdown under `models/`, each
 * diagram as an SVG file beside its page, and the matrix as CSV and JSON.
 */
export function documentationSite(reports: readonly ModelReport[], options: SiteOptions): SiteFile[] {
    const labels = labelsFor(options.language ?? 'en');
    const slugs = pageSlugs(reports);
    const files: SiteFile[] = [];
    for (const [ext, hrefOf] of [['html', (i: number) => `models/${slugs[i]}.html`], ['md', (i: number) => `models/${slugs[i]}.md`]] as const) {
        const matrix = comparisonMatrix(reports, { language: labels.language, hrefOf: (_report, index) => hrefOf(index) });
        const blocks: DocBlock[] = [
            { kind: 'heading', level: 1, text: `${labels.text.comparison} (${reports.length})` },
            { kind: 'list', items: reports.map((report, index) => ({ text: `${report.model.title} (${report.model.name})`, href: hrefOf(index) })) },
            { kind: 'table', table: matrix },
            ...(ext === 'html' ? [
                { kind: 'heading', level: 2, text: labels.text.modelsByRow } as const,
                { kind: 'table', table: transposeTable(matrix, labels.text.model) } as const
            ] : []),
            { kind: 'paragraph', text: `CSV: comparison.csv — JSON: comparison.json`, muted: true }
        ];
        const page: DocPage = { path: 'index', title: labels.text.comparison, blocks };
        files.push(ext === 'html' ? { path: 'index.html', content: pageToHtml(page, labels) } : { path: 'index.md', content: pageToMarkdown(page) });
        if (ext === 'html') {
            files.push({ path: 'comparison.csv', content: tableToCsv(matrix) });
            files.push({ path: 'comparison.json', content: tableToJson(matrix) });
        }
    }
    reports.forEach((report, index) => {
        const diagrams = options.diagrams[index] ?? { svg: {}, mermaid: {} };
        const path = `models/${slugs[index]}`;
        files.push({ path: `${path}.html`, content: pageToHtml(modelPage(report, path, diagrams, labels, '../index.html'), labels) });
        files.push({ path: `${path}.md`, content: pageToMarkdown(modelPage(report, path, diagrams, labels, '../index.md')) });
        for (const view of viewsWorthDrawing(report.model)) {
            const svg = diagrams.svg[view];
            if (svg) {
                files.push({ path: `models/${slugs[index]}-${view}.svg`, content: svg });
            }
        }
    });
    return files;
}
