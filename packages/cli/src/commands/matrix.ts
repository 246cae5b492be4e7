import { decisionMatrix, fundingMatrix, renderMatrix, type Language, type LetterScheme, type MatrixFormat } from '@samskap/generators';
import { emit } from '../io/emit.js';
import { EXIT_OK } from '../usage-error.js';
import { loadReportsOfOne, pickModel, reportRejected } from '../workspace/model-reports.js';

export interface MatrixOptions {
    readonly kind: 'decisions' | 'funding';
    readonly format: MatrixFormat;
    readonly output?: string;
    readonly lang: Language;
    readonly letters: LetterScheme;
    readonly model?: string;
}

/** `samskap matrix`: one model's decision-rights or funder × recipient matrix. */
export async function runMatrix(file: string, options: MatrixOptions): Promise<number> {
    const loaded = await loadReportsOfOne(file, 'matrix', { findings: false });
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
