import { documentationSiteFiles, renderSiteDiagrams, type Language } from '@samskap/generators';
import * as path from 'node:path';
import { writeSite } from '../io/site-writer.js';
import { endProgress, progress } from '../io/terminal.js';
import { EXIT_OK, UsageError } from '../usage-error.js';
import { counted } from './validate.js';
import { loadReportsOfMany } from '../workspace/model-reports.js';

export interface DocsOptions {
    readonly output?: string;
    readonly lang: Language;
    /** Replace files in the output folder that samskap docs did not write. */
    readonly force?: boolean;
    /** `--no-cache`: parse every file again, and keep nothing for the next run. */
    readonly cache?: boolean;
}

/** `samskap docs`: the documentation site (HTML and Markdown) of every model named. */
export async function runDocs(inputs: readonly string[], options: DocsOptions): Promise<number> {
    if (!options.output) {
        throw new UsageError('name the folder to write the site to with -o <folder>');
    }
    const loaded = await loadReportsOfMany(inputs, { language: options.lang, cache: options.cache !== false });
    const total = loaded.reports.length;
    const diagrams = await renderSiteDiagrams(loaded.reports, options.lang, done => progress(`samskap: diagrams ${done}/${total}`));
    endProgress();
    // Rendered one by one as the writer writes them, never the whole site in memory at once.
    const files = documentationSiteFiles(loaded.reports, { language: options.lang, diagrams }).map(file => ({ path: file.path, content: file.render }));
    progress(`samskap: writing ${files.length} files`);
    // Never over a file the user put there (unless --force); built beside the folder and swapped in.
    writeSite(options.output, files, { force: options.force, display: options.output });
    endProgress();
    process.stderr.write(`samskap: documented ${counted(total, 'model')} in ${counted(files.length, 'file')} in ${options.output}; open ${path.join(options.output, 'index.html')}\n`);
    return loaded.exitCode || EXIT_OK;
}
