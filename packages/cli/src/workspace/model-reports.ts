import type { ModelReport } from '@samskap/generators';
import { ast, type DisplayLanguage, type PartnershipModel } from '@samskap/language';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { collectFindings, formatFinding, type ReportedFinding } from '../commands/validate.js';
import { endProgress, progress, useColour } from '../io/terminal.js';
import { EXIT_FINDINGS, EXIT_USAGE, UsageError } from '../usage-error.js';
import { loadCorpus, type Corpus } from './corpus.js';
import { loadWorkspace, MODEL_EXTENSION, type LoadedFile, type LoadedWorkspace } from './load-workspace.js';
import { findingsByModel } from './reported-finding.js';

/** The models of the named files, ready for the generators, and what kept some files out. */
export interface LoadedReports {
    readonly workspace: LoadedWorkspace;
    readonly reports: ModelReport[];
    /** Files left out because they do not parse (each with its errors) or cannot be read. */
    readonly rejected: readonly ReportedFinding[];
    /** 0, or the exit code the rejected files call for (1 syntax errors, 2 unreadable). */
    readonly exitCode: number;
}

function hasSyntaxErrors(file: LoadedFile): boolean {
    const result = file.document.parseResult;
    return result.lexerErrors.length > 0 || result.parserErrors.length > 0;
}

/**
 * Loads the inputs, classifies every model that parses, and attaches to each its findings
 * (the diagnostics inside its range). Files with syntax errors are reported and left out:
 * a diagram or matrix of half a model would mislead.
 */
export async function loadReports(inputs: readonly string[], options: { findings?: boolean; language?: DisplayLanguage } = {}): Promise<LoadedReports> {
    // Without findings only the syntax is checked: what a diagram needs, at a fraction of the time.
    const workspace = await loadWorkspace(inputs, { validate: options.findings === false ? 'syntax' : true, language: options.language });
    const findings = collectFindings(workspace);
    const reports: ModelReport[] = [];
    const byFile = new Map<string, ReportedFinding[]>();
    for (const finding of findings) {
        const list = byFile.get(finding.file) ?? [];
        list.push(finding);
        byFile.set(finding.file, list);
    }
    const rejected: ReportedFinding[] = workspace.unreadable.flatMap(u => byFile.get(path.relative(process.cwd(), u.path) || u.path) ?? []);
    for (const file of workspace.files) {
        const relative = path.relative(process.cwd(), file.path) || file.path;
        const own = byFile.get(relative) ?? [];
        if (hasSyntaxErrors(file)) {
            // A loop, not push(...): spread arguments overflow the stack at about 120,000 errors.
            for (const finding of own) {
                if (finding.severity === 'error') rejected.push(finding);
            }
            continue;
        }
        const { PartnershipModelProvider, ClassificationProvider } = file.project.services.analysis;
        const inFile = PartnershipModelProvider.getModels(file.document);
        const summaries = findingsByModel(own, inFile.map(model => model.range));
        inFile.forEach((model, index) => {
            reports.push({ model, classification: ClassificationProvider.getClassification(file.document, model), findings: summaries[index], file: relative });
        });
    }
    const exitCode = workspace.unreadable.length > 0 ? EXIT_USAGE : rejected.length > 0 ? EXIT_FINDINGS : 0;
    return { workspace, reports, rejected, exitCode };
}

/** Tells the user, on standard error, which files were left out and why. */
export function reportRejected(loaded: { readonly rejected: readonly ReportedFinding[] }): void {
    const colour = useColour(process.stderr);
    for (const finding of loaded.rejected) {
        process.stderr.write(`${formatFinding(finding, colour)}\n`);
    }
    if (loaded.rejected.length > 0) {
        process.stderr.write('samskap: files with syntax errors or that cannot be read were left out; fix them (see `samskap validate`) and run again\n');
    }
}

/**
 * What commands over many models (compare, docs) start with: every model that parses (corpus.ts),
 * with the left-out files reported on standard error; a usage error when none is left.
 */
export async function loadReportsOfMany(inputs: readonly string[], options: { language?: DisplayLanguage; cache: boolean }): Promise<Corpus> {
    progress('samskap: reading and classifying models…');
    // The findings in the language of the document or matrix they appear in.
    const loaded = await loadCorpus(inputs, { ...options, onProgress: progress });
    endProgress();
    reportRejected(loaded);
    if (loaded.models.length === 0) {
        throw new UsageError(`no model could be read from ${inputs.join(', ')}`, loaded.exitCode || undefined);
    }
    return loaded;
}

/**
 * What commands over one file (diagram, matrix, export) start with: a folder is refused with what
 * the command expects and which commands take folders.
 */
export async function loadReportsOfOne(file: string, command: string, options: { findings?: boolean } = {}): Promise<LoadedReports> {
    const resolved = path.resolve(file);
    if (existsSync(resolved) && statSync(resolved).isDirectory()) {
        throw new UsageError(`${file} is a folder: \`samskap ${command}\` works on one model, so name one ${MODEL_EXTENSION} file; \`samskap compare\` and \`samskap docs\` take folders`);
    }
    return loadReports([file], options);
}

/** The one model a single-model command works on: the only one, or the one named with --model. */
export function pickModel(loaded: LoadedReports, file: string, name: string | undefined): ModelReport {
    const candidates = loaded.reports;
    if (candidates.length === 0) {
        reportRejected(loaded);
        const libraries = loaded.rejected.length === 0 ? librariesIn(loaded) : [];
        if (libraries.length > 0) {
            const list = libraries.map(library => `\`${library}\``).join(', ');
            throw new UsageError(`${file} declares the actor ${libraries.length === 1 ? 'library' : 'libraries'} ${list}, not a model: name a case file (one with \`model NAME "Title" { … }\`, which may say \`uses ${libraries[0]}\`)`);
        }
        throw new UsageError(`${file}: no model could be read from this file`, loaded.exitCode || EXIT_USAGE);
    }
    if (name === undefined) {
        return candidates[0];
    }
    const found = candidates.find(report => report.model.name === name);
    if (!found) {
        throw new UsageError(`${file}: no model named "${name}"; the file declares ${candidates.map(r => r.model.name).join(', ')}`);
    }
    return found;
}

/** The names of the actor libraries the loaded files declare. */
function librariesIn(loaded: LoadedReports): string[] {
    return loaded.workspace.files.flatMap(file => {
        const root = file.document.parseResult.value;
        return ast.isDocument(root) ? root.elements.filter(ast.isLibrary).map(library => library.name) : [];
    });
}

export type { PartnershipModel };
