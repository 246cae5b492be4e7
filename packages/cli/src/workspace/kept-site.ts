import { modelDiagrams, modelPageFiles, pageSlugs, siteIndexFiles, type EarlierDrawings, type Language, type ModelReport, type PageDiagrams } from '@samskap/generators';
import type { PartnershipModel } from '@samskap/language';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { endProgress, progress } from '../io/terminal.js';
import { comparisonColumns, comparisonTable } from './comparison-columns.js';
import type { Corpus, CorpusModel } from './corpus.js';
import { derivedKey, programIdentity, sha256, type ReportCache } from './report-cache.js';
import { EarlierSite, writeWholeSite, type PlannedFile } from './site-update.js';

/** What the cache keeps of one model's files of the site: their paths and hashes (the content is in the site itself). */
interface KeptPages {
    readonly files: ReadonlyArray<{ readonly path: string; readonly hash: string }>;
}

/** The index files the folder was last given, and the models they were rendered from. */
interface KeptIndex {
    readonly models: string;
    readonly files: ReadonlyArray<{ readonly path: string; readonly hash: string }>;
}

/**
 * The site with the cache: the index files from each model's kept column of the comparison, and
 * each model's page, diagrams and SVG files rendered only when the model or its findings changed
 * or the site in the folder lacks them (an unchanged page already in the folder is neither
 * rendered nor written again: the folder's manifest and the cache say it is there, unchanged).
 */
export async function writeKeptSite(
    loaded: Corpus, cache: ReportCache, output: string, options: { readonly language: Language; readonly force?: boolean; readonly inPlace?: boolean }
): Promise<number> {
    const { models } = loaded;
    const { language } = options;
    // pageSlugs reads nothing but the model's name.
    const slugs = pageSlugs(models.map(model => ({ model: { name: model.name } as PartnershipModel }) satisfies ModelReport));
    // The index files: rendered from each model's column of the comparison, unless the folder has them as this run would write them.
    const indexSlot = derivedKey('site-index', path.resolve(output), language);
    const indexModels = derivedKey('site-index-models', ...models.map(model => model.key));
    let rendered: PlannedFile[] | undefined;
    const renderIndex = async (): Promise<PlannedFile[]> => {
        if (rendered) return rendered;
        const columns = await comparisonColumns(models, language, done => progress(`samskap: compared ${done}/${models.length} models`));
        const html = comparisonTable(models, columns, language, at => `models/${slugs[at]}.html`);
        const md = comparisonTable(models, columns, language, at => `models/${slugs[at]}.md`);
        const tables = { html: () => html, md: () => md };
        rendered = siteIndexFiles(models, slugs, tables, language).map(file => planned(file.path, file.render()));
        return rendered;
    };
    const keepIndex = (files: readonly PlannedFile[]): void => {
        cache.write(indexSlot, JSON.stringify({ models: indexModels, files: files.map(file => ({ path: file.path, hash: file.hash })) } satisfies KeptIndex));
    };
    const pageKeys = models.map((model, at) => derivedKey('site-pages', language, slugs[at], model.key));
    // What a diagram was drawn from, with the program that drew it (another build may draw it otherwise).
    const program = programIdentity();
    const drawingDigest = (drawing: string): string => derivedKey('site-drawing', program, drawing);
    const earlier = EarlierSite.open(output, cache);
    if (earlier) {
        const keptIndex = cache.read<KeptIndex>(indexSlot);
        const index = keptIndex?.models === indexModels && Array.isArray(keptIndex.files) && keptIndex.files.every(file => earlier.intact(file.path) === file.hash)
            ? keptIndex.files : await renderIndex();
        // The pages already in the folder as this run would write them.
        const kept = models.map((model, at) => {
            const pages = model.cache?.read<KeptPages>(pageKeys[at]);
            return pages && Array.isArray(pages.files) && pages.files.every(file => earlier.intact(file.path) === file.hash) ? pages.files : undefined;
        });
        const toRender = kept.flatMap((pages, at) => (pages ? [] : [at]));
        const pages = new Map<number, PlannedFile[]>();
        for (const at of toRender) {
            const report = await models[at].report();
            // A diagram the folder holds as drawn from the same graph is taken from there, not drawn again.
            const drawings: EarlierDrawings = {
                find: (view, drawing) => {
                    const file = svgFile(slugs[at], view);
                    return earlier.drawingOf(file) === drawingDigest(drawing) ? readOrUndefined(path.join(earlier.root, file)) : undefined;
                }
            };
            const { drawings: drawnFrom, ...diagrams } = await modelDiagrams(report, slugs[at], language, drawings);
            const digests = drawingsByFile(slugs[at], drawnFrom, drawingDigest);
            const files = modelPageFiles(report, slugs[at], diagrams, language).map(file => planned(file.path, file.render(), digests.get(file.path)));
            pages.set(at, files);
            progress(`samskap: pages ${pages.size}/${toRender.length}`);
        }
        const all = [...index, ...models.flatMap((_model, at) => pages.get(at) ?? kept[at] ?? [])];
        progress(`samskap: writing ${all.length} files`);
        if (earlier.update(all, cache, { inPlace: options.inPlace === true })) {
            for (const [at, files] of pages) keepPages(models[at], pageKeys[at], files);
            if (rendered) keepIndex(rendered);
            endProgress();
            return all.length;
        }
    }
    // A new folder, or one that needs writeSite's care: every page rendered (each file when written).
    const index = await renderIndex();
    const files: Array<{ path: string; content: string | Uint8Array | (() => string) }> = index.map(file => ({ path: file.path, content: file.content as Uint8Array }));
    const pages: Array<readonly string[]> = [];
    const digests = new Map<string, string>();
    const nothingDrawn: EarlierDrawings = { find: () => undefined };
    for (const [at, model] of models.entries()) {
        const report = await model.report();
        // What the diagrams were drawn from is let go here: the pages of every model are held until written.
        const { drawings: drawnFrom, ...diagrams } = await modelDiagrams(report, slugs[at], language, nothingDrawn);
        for (const [file, digest] of drawingsByFile(slugs[at], drawnFrom, drawingDigest)) digests.set(file, digest);
        const lazy = modelPageFiles(report, slugs[at], diagrams, language);
        pages.push(lazy.map(file => file.path));
        files.push(...lazy.map(file => ({ path: file.path, content: file.render })));
        progress(`samskap: diagrams ${at + 1}/${models.length}`);
    }
    progress(`samskap: writing ${files.length} files`);
    const hashes = writeWholeSite(output, files, { force: options.force, display: output }, cache, digests);
    if (hashes) {
        models.forEach((model, at) => keepPages(model, pageKeys[at], pages[at].map(file => ({ path: file, hash: hashes[file] }))));
        keepIndex(index);
    }
    endProgress();
    return files.length;
}

/**
 * A file to write, encoded once: its hash and the write take the same bytes (the index of
 * hundreds of models is megabytes, and each encoding of it a copy).
 */
function planned(file: string, content: string, drawing?: string): PlannedFile {
    const bytes = Buffer.from(content, 'utf8');
    return { path: file, hash: sha256(bytes), content: bytes, ...(drawing === undefined ? {} : { drawing }) };
}

/** The SVG file of a view of a model's page (modelPageFiles). */
const svgFile = (slug: string, view: string): string => `models/${slug}-${view}.svg`;

/** The digest of what each SVG file of a page was drawn from. */
function drawingsByFile(slug: string, drawings: PageDiagrams['drawings'], digest: (drawing: string) => string): Map<string, string> {
    return new Map(Object.entries(drawings ?? {}).map(([view, drawing]) => [svgFile(slug, view), digest(drawing)]));
}

function readOrUndefined(file: string): string | undefined {
    try {
        return readFileSync(file, 'utf8');
    } catch {
        return undefined;
    }
}

/** Keeps the paths and hashes of a model's files of the site, for the next run. */
function keepPages(model: CorpusModel, key: string, files: ReadonlyArray<{ readonly path: string; readonly hash: string | undefined }>): void {
    if (files.every(file => file.hash !== undefined)) model.cache?.store(key, { files: files.map(file => ({ path: file.path, hash: file.hash })) });
}
