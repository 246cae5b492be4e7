import { decisionMatrix, fundingMatrix, renderMatrix, type Language, type LetterScheme, type MatrixFormat } from '@samskap/generators';
import { emit } from '../io/emit.js';
import type { WatchedRun } from '../io/watch.js';
import { EXIT_OK } from '../usage-error.js';
import { workspaceSources } from '../workspace/load-workspace.js';
import { loadReportsOfOne, pickModel, reportRejected, type LoadedReports } from '../workspace/model-reports.js';

export interface MatrixOptions {
    readonly kind: 'decisions' | 'funding';
    readonly format: MatrixFormat;
    readonly output?: string;
    readonly lang: Language;
    readonly letters: LetterScheme;
    readonly model?: string;
}

/** `samskap matrix`: one model's decision-rights or funder × recipient matrix; with the files it read, for `--watch`. */
export async function runMatrix(file: string, options: MatrixOptions): Promise<WatchedRun> {
    const loaded = await loadReportsOfOne(file, 'matrix', { findings: false });
    return { exitCode: writeMatrix(loaded, file, options), sources: workspaceSources(loaded.workspace) };
}

function writeMatrix(loaded: LoadedReports, file: string, options: MatrixOptions): number {
    if (loaded.rejected.length > 0) {
        reportRejected(loaded);
        return loaded.exitCode;
    }
    const { model } = pickModel(loaded, file, options.model);
    const table = options.kind === 'decisions'
        ? decisionMatrix(model, { language: options.lang, letters: options.letters })
        : fundingMatrix(model, { language: options.lang });
    emit(renderMatrix(table, options.format, options.lang), options.output, `the ${options.kind} matrix of ${model.name}`);
    return EXIT_OK;
}
