import { labelsFor, type Language } from '../i18n/index.js';
import { comparisonMatrix } from '../matrix/comparison-matrix.js';
import { transposeTable, type MatrixTable } from '../matrix/matrix-table.js';
import { tableToCsv } from '../matrix/table-csv.js';
import { tableToJson } from '../matrix/table-json.js';
import type { ModelReport } from '../model-report.js';
import type { DocPage } from './doc-blocks.js';
import { modelPages, viewsWorthDrawing, type PageDiagrams } from './model-document.js';
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
    const language = options.language ?? 'en';
    const slugs = pageSlugs(reports);
    const matrixLinkingTo = (ext: 'html' | 'md') => (): MatrixTable =>
        comparisonMatrix(reports, { language, hrefOf: (_report, index) => `models/${slugs[index]}.${ext}` });
    const models = reports.map(report => report.model);
    return [
        ...siteIndexFiles(models, slugs, { html: once(matrixLinkingTo('html')), md: once(matrixLinkingTo('md')) }, language),
        ...reports.flatMap((report, index) => modelPageFiles(report, slugs[index], options.diagrams[index] ?? { svg: {}, mermaid: {} }, language))
    ];
}

/*
 * The site in parts, for a writer that keeps each part between runs (the CLI's cache of
 * `samskap docs`): the files of one model depend on nothing but its report, its slug and its
 * diagrams; the index files depend on the comparison matrix of all models.
 */

/**
 * The index files (index.html, comparison.csv, comparison.json, index.md) from the comparison
 * matrix linking to the HTML pages and the one linking to the Markdown pages, each built when
 * first asked for.
 */
export function siteIndexFiles(
    models: ReadonlyArray<{ readonly title: string; readonly name: string }>, slugs: readonly string[],
    tables: { readonly html: () => MatrixTable; readonly md: () => MatrixTable }, language: Language
): LazySiteFile[] {
    const labels = labelsFor(language);
    const page = (ext: 'html' | 'md'): DocPage => {
        const table = tables[ext]();
        return {
            path: 'index', title: labels.text.comparison, blocks: [
                { kind: 'heading', level: 1, text: `${labels.text.comparison} (${models.length})` },
                { kind: 'list', items: models.map((model, index) => ({ text: `${model.title} (${model.name})`, href: `models/${slugs[index]}.${ext}` })) },
                { kind: 'table', table },
                ...(ext === 'html' ? [
                    { kind: 'heading', level: 2, text: labels.text.modelsByRow } as const,
                    { kind: 'table', table: transposeTable(table, labels.text.model) } as const
                ] : []),
                { kind: 'paragraph', text: `CSV: comparison.csv — JSON: comparison.json`, muted: true }
            ]
        };
    };
    return [
        { path: 'index.html', render: () => pageToHtml(page('html'), labels) },
        { path: 'comparison.csv', render: () => tableToCsv(tables.html()) },
        { path: 'comparison.json', render: () => tableToJson(tables.html()) },
        { path: 'index.md', render: () => pageToMarkdown(page('md')) }
    ];
}

/** The files of one model's page, each rendered when asked: its HTML and Markdown pages and each diagram's SVG. */
export function modelPageFiles(report: ModelReport, slug: string, diagrams: PageDiagrams, language: Language): LazySiteFile[] {
    const labels = labelsFor(language);
    const path = `models/${slug}`;
    // The two pages share what they show (modelPages) and are let go once both are rendered: a
    // writer of the whole site holds the files of every model at once.
    let pages: DocPage[] | undefined;
    let unrendered = 2;
    const page = (which: 0 | 1): DocPage => {
        const made = pages ?? modelPages(report, path, diagrams, labels, ['../index.html', '../index.md']);
        pages = --unrendered > 0 ? made : undefined;
        return made[which];
    };
    const files: LazySiteFile[] = [
        { path: `${path}.html`, render: () => pageToHtml(page(0), labels) },
        { path: `${path}.md`, render: () => pageToMarkdown(page(1)) }
    ];
    for (const view of viewsWorthDrawing(report.model)) {
        const svg = diagrams.svg[view];
        if (svg) files.push({ path: `models/${slug}-${view}.svg`, render: () => svg });
    }
    return files;
}

/** A value computed on first use and kept: the comparison matrix is large and several files read it. */
function once<T>(compute: () => T): () => T {
    let value: { readonly result: T } | undefined;
    return () => (value ??= { result: compute() }).result;
}
