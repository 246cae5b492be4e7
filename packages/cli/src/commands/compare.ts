import { comparisonByRow, comparisonMatrix, renderMatrix, type Language, type MatrixFormat, type MatrixTable } from '@samskap/generators';
import * as path from 'node:path';
import { emit } from '../io/emit.js';
import { endProgress, progress } from '../io/terminal.js';
import type { WatchedRun } from '../io/watch.js';
import { EXIT_OK } from '../usage-error.js';
import { counted } from './validate.js';
import { comparisonColumns, comparisonTable } from '../workspace/comparison-columns.js';
import { reportsOf, type Corpus } from '../workspace/corpus.js';
import { loadReportsOfMany } from '../workspace/model-reports.js';
import { derivedKey } from '../workspace/report-cache.js';

export interface CompareOptions {
    readonly format: MatrixFormat;
    readonly output?: string;
    readonly lang: Language;
    /** `--no-cache`: parse every file again, and keep nothing for the next run. */
    readonly cache?: boolean;
}

/**
 * The comparison matrix of the corpus: with the cache, put together from each model's kept
 * column (comparison-columns.ts); without it, the generator's matrix of every model's report.
 */
export async function corpusComparison(loaded: Corpus, language: Language, hrefOf?: (index: number) => string): Promise<MatrixTable> {
    const total = loaded.models.length;
    const onProgress = (done: number): void => progress(`samskap: compared ${done}/${total} models`);
    if (loaded.models.some(model => !model.cache)) {
        return comparisonMatrix(await reportsOf(loaded.models), { language, hrefOf: hrefOf && ((_report, index) => hrefOf(index)) });
    }
    const table = comparisonTable(loaded.models, await comparisonColumns(loaded.models, language, onProgress), language, hrefOf);
    endProgress();
    return table;
}

/** `samskap compare`: the comparison matrix of every model in the named files and folders; with what it read, for `--watch`. */
export async function runCompare(inputs: readonly string[], options: CompareOptions): Promise<WatchedRun> {
    const loaded = await loadReportsOfMany(inputs, { language: options.lang, cache: options.cache !== false });
    const render = async (): Promise<string> => renderMatrix(await corpusComparison(loaded, options.lang), options.format, options.lang, comparisonByRow(options.lang));
    // The matrix as written depends on nothing but its models' keys (in order), the format and the
    // language. The last one rendered is kept in one entry per command line, replaced by the next,
    // so that a re-run with nothing changed renders nothing and the cache does not grow with each edit.
    // The entry is a line of JSON naming the models (the digest of their keys), then the matrix as
    // is (not JSON: a matrix of 500 models is megabytes to encode and decode), so that a stale one
    // is told by its first line.
    const cache = loaded.models.every(model => model.cache) ? loaded.models[0].cache : undefined;
    const slot = derivedKey('comparison-text', process.cwd(), options.format, options.lang, ...inputs.map(input => path.resolve(input)));
    const header = `${JSON.stringify({ models: derivedKey('comparison-models', ...loaded.models.map(model => model.key)) })}\n`;
    // Kept, the matrix is written as the bytes read (the UTF-8 of the text rendered).
    const kept = cache?.readBytes(slot, header);
    let text: string | Buffer;
    if (kept !== undefined) {
        text = kept.subarray(header.length);
    } else {
        text = await render();
        // Kept only by a run that parsed no file: right after an edit the next run is likely to
        // differ again (a researcher's edit-and-run loop), and writing megabytes cost each such run
        // more than it saved; a run with nothing changed keeps it for the runs after it.
        if (loaded.counts.parsed === 0) cache?.write(slot, header + text);
    }
    emit(text, options.output, `the comparison of ${counted(loaded.models.length, 'model')}`);
    // Entries unused for 30 days go, once a day at most, after the outputs are written (report-cache.ts).
    loaded.caches.forEach(cache => cache.sweep());
    return { exitCode: loaded.exitCode || EXIT_OK, sources: loaded.sources };
}
