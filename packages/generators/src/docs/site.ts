import { labelsFor, type Language } from '../i18n/index.js';
import { comparisonMatrix } from '../matrix/comparison-matrix.js';
import { transposeTable, type MatrixTable } from '../matrix/matrix-table.js';
import { tableToCsv } from '../matrix/table-csv.js';
import { tableToJson } from '../matrix/table-json.js';
import type { ModelReport } from '../model-report.js';
import type { DocPage } from './doc-blocks.js';
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
    // The next number to try per name: counting up from 2 each time was quadratic in models of one name.
    const next = new Map<string, number>();
    return reports.map(report => {
        const base = report.model.name
            .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
            .normalize('NFKD')
            .replace(/æ/gi, 'ae').replace(/ø/gi, 'o').replace(/å/gi, 'a')
            .replace(/[^\w-]+/g, '-').replace(/_/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'model';
        let slug = base;
        let n = next.get(base) ?? 2;
        while (used.has(slug)) {
            slug = `${base}-${n++}`;
        }
        next.set(base, n);
        used.add(slug);
        return slug;
    });
}

/** One file of the site, rendered when asked: a site of 20,000 models is 900 MB of text, never all held at once. */
export interface LazySiteFile {
    readonly path: string;
    readonly render: () => string;
}

/**
 * The documentation site as files (pure: the CLI writes them): `index.html` and `index.md`
 * with the comparison matrix, one page per model in HTML and Markdown under `models/`, each
 * diagram as an SVG file beside its page, and the matrix as CSV and JSON.
 */
export function documentationSite(reports: readonly ModelReport[], options: SiteOptions): SiteFile[] {
    return documentationSiteFiles(reports, options).map(file => ({ path: file.path, content: file.render() }));
}

/**
 * The files of `documentationSite` in the same order, each rendered only when its `render` is
 * called, so that a writer can write and drop one file after the other.
 */
export function documentationSiteFiles(reports: readonly ModelReport[], options: SiteOptions): LazySiteFile[] {
    const labels = labelsFor(options.language ?? 'en');
    const slugs = pageSlugs(reports);
    const files: LazySiteFile[] = [];
    for (const [ext, hrefOf] of [['html', (i: number) => `models/${slugs[i]}.html`], ['md', (i: number) => `models/${slugs[i]}.md`]] as const) {
        let built: MatrixTable | undefined;
        const matrix = (): MatrixTable => (built ??= comparisonMatrix(reports, { language: labels.language, hrefOf: (_report, index) => hrefOf(index) }));
        const page = (): DocPage => ({
            path: 'index', title: labels.text.comparison, blocks: [
                { kind: 'heading', level: 1, text: `${labels.text.comparison} (${reports.length})` },
                { kind: 'list', items: reports.map((report, index) => ({ text: `${report.model.title} (${report.model.name})`, href: hrefOf(index) })) },
                { kind: 'table', table: matrix() },
                ...(ext === 'html' ? [
                    { kind: 'heading', level: 2, text: labels.text.modelsByRow } as const,
                    { kind: 'table', table: transposeTable(matrix(), labels.text.model) } as const
                ] : []),
                { kind: 'paragraph', text: `CSV: comparison.csv — JSON: comparison.json`, muted: true }
            ]
        });
        if (ext === 'html') {
            files.push({ path: 'index.html', render: () => pageToHtml(page(), labels) });
            files.push({ path: 'comparison.csv', render: () => tableToCsv(matrix()) });
            files.push({ path: 'comparison.json', render: () => tableToJson(matrix()) });
        } else {
            files.push({ path: 'index.md', render: () => pageToMarkdown(page()) });
        }
    }
    reports.forEach((report, index) => {
        const diagrams = options.diagrams[index] ?? { svg: {}, mermaid: {} };
        const path = `models/${slugs[index]}`;
        files.push({ path: `${path}.html`, render: () => pageToHtml(modelPage(report, path, diagrams, labels, '../index.html'), labels) });
        files.push({ path: `${path}.md`, render: () => pageToMarkdown(modelPage(report, path, diagrams, labels, '../index.md')) });
        for (const view of viewsWorthDrawing(report.model)) {
            const svg = diagrams.svg[view];
            if (svg) {
                files.push({ path: `models/${slugs[index]}-${view}.svg`, render: () => svg });
            }
        }
    });
    return files;
}
