import { emit } from '../io/emit.js';
import { jsonChunks } from '../io/json-chunks.js';
import type { WatchedRun } from '../io/watch.js';
import { EXIT_OK } from '../usage-error.js';
import { counted } from './validate.js';
import { workspaceSources } from '../workspace/load-workspace.js';
import { loadReportsOfOne, reportRejected, type LoadedReports } from '../workspace/model-reports.js';

declare const SAMSKAP_VERSION: string;

export interface ExportOptions {
    readonly format: 'json';
    readonly output?: string;
}

/**
 * `samskap export`: every model of a file as JSON, the PartnershipModel (see
 * docs/partnership-model.schema.json) with its Classification and findings. The model carries its
 * declared sources (`context.sources`) and each fact's `provenance` (citations and certainty) as
 * they are: a fact without one has no `provenance` key. With the files it read, for `--watch`.
 */
export async function runExport(file: string, options: ExportOptions): Promise<WatchedRun> {
    const loaded = await loadReportsOfOne(file, 'export');
    return { exitCode: writeExport(loaded, options), sources: workspaceSources(loaded.workspace) };
}

function writeExport(loaded: LoadedReports, options: ExportOptions): number {
    if (loaded.rejected.length > 0) {
        reportRejected(loaded);
        return loaded.exitCode;
    }
    const document = {
        samskap: typeof SAMSKAP_VERSION === 'string' ? SAMSKAP_VERSION : '0.0.0-dev',
        models: loaded.reports.map(report => ({ model: report.model, classification: report.classification ?? null, findings: report.findings ?? [] }))
    };
    // In pieces, never one string: the JSON of a large model is many times its size (docs/cli.md, "Input limits").
    emit(withNewline(jsonChunks(document)), options.output, `${counted(loaded.reports.length, 'model')} as JSON`);
    return EXIT_OK;
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
    yield* pieces;
    yield '\n';
}
