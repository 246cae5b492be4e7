import { documentationSiteFiles, renderSiteDiagrams, type Language, type ModelReport } from '@samskap/generators';
import * as path from 'node:path';
import { writeSite } from '../io/site-writer.js';
import { endProgress, progress } from '../io/terminal.js';
import type { WatchedRun } from '../io/watch.js';
import { EXIT_OK, UsageError } from '../usage-error.js';
import { counted } from './validate.js';
import { reportsOf } from '../workspace/corpus.js';
import { writeKeptSite } from '../workspace/kept-site.js';
import { loadReportsOfMany } from '../workspace/model-reports.js';

export interface DocsOptions {
    readonly output?: string;
    readonly lang: Language;
    /** Replace files in the output folder that samskap docs did not write. */
    readonly force?: boolean;
    /** `--no-cache`: parse every file again, and keep nothing for the next run. */
    readonly cache?: boolean;
    /** `--watch`: a folder of an earlier run is updated file by file, never swapped (a server on it keeps serving it). */
    readonly watch?: boolean;
}

/** `samskap docs`: the documentation site (HTML and Markdown) of every model named; with what it read, for `--watch`. */
export async function runDocs(inputs: readonly string[], options: DocsOptions): Promise<WatchedRun> {
    const output = options.output;
    if (!output) {
        throw new UsageError('name the folder to write the site to with -o <folder>');
    }
    const loaded = await loadReportsOfMany(inputs, { language: options.lang, cache: options.cache !== false });
    // The site-wide records (what the folder holds) go into the first project's cache.
    const cache = loaded.models.every(model => model.cache) ? loaded.models[0].cache : undefined;
    const written = cache
        ? await writeKeptSite(loaded, cache, output, { language: options.lang, force: options.force, inPlace: options.watch })
        : await writeFreshSite(await reportsOf(loaded.models), output, options);
    // Entries unused for 30 days go, once a day at most, after the outputs are written (report-cache.ts).
    loaded.caches.forEach(cache => cache.sweep());
    process.stderr.write(`samskap: documented ${counted(loaded.models.length, 'model')} in ${counted(written, 'file')} in ${output}; open ${path.join(output, 'index.html')}\n`);
    return { exitCode: loaded.exitCode || EXIT_OK, sources: loaded.sources };
}

/** The whole site from every model's report (`--no-cache`). */
async function writeFreshSite(reports: readonly ModelReport[], output: string, options: DocsOptions): Promise<number> {
    const total = reports.length;
    const diagrams = await renderSiteDiagrams(reports, options.lang, done => progress(`samskap: diagrams ${done}/${total}`));
    endProgress();
    // Rendered one by one as the writer writes them, never the whole site in memory at once.
    const files = documentationSiteFiles(reports, { language: options.lang, diagrams }).map(file => ({ path: file.path, content: file.render }));
    progress(`samskap: writing ${files.length} files`);
    // Never over a file the user put there (unless --force); built beside the folder and swapped in.
    writeSite(output, files, { force: options.force, display: output });
    endProgress();
    return files.length;
}
