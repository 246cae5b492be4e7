import { comparisonByRow, comparisonMatrix, renderMatrix, type Language, type MatrixFormat } from '@samskap/generators';
import { emit } from '../io/emit.js';
import { EXIT_OK } from '../usage-error.js';
import { counted } from './validate.js';
import { loadReportsOfMany } from '../workspace/model-reports.js';

export interface CompareOptions {
    readonly format: MatrixFormat;
    readonly output?: string;
    readonly lang: Language;
    /** `--no-cache`: parse every file again, and keep nothing for the next run. */
    readonly cache?: boolean;
}

/** `samskap compare`: the comparison matrix of every model in the named files and folders. */
export async function runCompare(inputs: readonly string[], options: CompareOptions): Promise<number> {
    const loaded = await loadReportsOfMany(inputs, { language: options.lang, cache: options.cache !== false });
    const table = comparisonMatrix(loaded.reports, { language: options.lang });
    emit(renderMatrix(table, options.format, options.lang, comparisonByRow(options.lang)), options.output, `the comparison of ${counted(loaded.reports.length, 'model')}`);
    return loaded.exitCode || EXIT_OK;
}
