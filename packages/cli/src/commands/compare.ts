import { comparisonByRow, comparisonMatrix, renderMatrix, type Language, type MatrixFormat } from '@samskap/generators';
import { emit } from '../io/emit.js';
import { endProgress, progress } from '../io/terminal.js';
import { EXIT_OK, UsageError } from '../usage-error.js';
import { loadReports, reportRejected } from '../workspace/model-reports.js';

export interface CompareOptions {
    readonly format: MatrixFormat;
    readonly output?: string;
    readonly lang: Language;
}

/** `samskap compare`: the comparison matrix of every model in the named files and folders. */
export async function runCompare(inputs: readonly string[], options: CompareOptions): Promise<number> {
    progress('samskap: reading and classifying models…');
    const loaded = await loadReports(inputs);
    endProgress();
    reportRejected(loaded);
    if (loaded.reports.length === 0) {
        throw new UsageError(`no model could be read from ${inputs.join(', ')}`, loaded.exitCode || undefined);
    }
    const table = comparisonMatrix(loaded.reports, { language: options.lang });
    emit(renderMatrix(table, options.format, options.lang, comparisonByRow(options.lang)), options.output);
    if (options.output) {
        process.stderr.write(`samskap: compared ${loaded.reports.length} model(s) → ${options.output}\n`);
    }
    return loaded.exitCode || EXIT_OK;
}
