import { documentationSite, renderSiteDiagrams, type Language } from '@samskap/generators';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomically } from '../io/atomic-write.js';
import { endProgress, progress } from '../io/terminal.js';
import { EXIT_OK, UsageError } from '../usage-error.js';
import { loadReportsOfMany } from '../workspace/model-reports.js';

export interface DocsOptions {
    readonly output?: string;
    readonly lang: Language;
}

/** `samskap docs`: the documentation site (HTML and Markdown) of every model named. */
export async function runDocs(inputs: readonly string[], options: DocsOptions): Promise<number> {
    if (!options.output) {
        throw new UsageError('name the folder to write the site to with -o <folder>');
    }
    const loaded = await loadReportsOfMany(inputs);
    const total = loaded.reports.length;
    const diagrams = await renderSiteDiagrams(loaded.reports, options.lang, done => progress(`samskap: diagrams ${done}/${total}`));
    endProgress();
    const files = documentationSite(loaded.reports, { language: options.lang, diagrams });
    const root = path.resolve(options.output);
    try {
        mkdirSync(root, { recursive: true });
    } catch (error) {
        throw new UsageError(`${options.output}: cannot create the output folder (${(error as NodeJS.ErrnoException).code ?? String(error)}); choose a writable place with -o`);
    }
    files.forEach((file, index) => {
        progress(`samskap: writing ${index + 1}/${files.length}`);
        writeFileAtomically(path.join(root, file.path), file.content);
    });
    endProgress();
    process.stderr.write(`samskap: documented ${total} model(s) in ${files.length} files; open ${path.join(options.output, 'index.html')}\n`);
    return loaded.exitCode || EXIT_OK;
}
