import type { Classification, DisplayLanguage, PartnershipModel } from '@samskap/language';
import type { LangiumDocument } from 'langium';
import * as path from 'node:path';
import { paint, useColour } from '../io/terminal.js';
import { explainClassification } from './explain.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../usage-error.js';
import { loadWorkspace, type LoadedWorkspace } from '../workspace/load-workspace.js';
import { reportedFinding, type ReportedFinding, type SeverityName } from '../workspace/reported-finding.js';

export type { ReportedFinding, SeverityName } from '../workspace/reported-finding.js';

export interface ValidateOptions {
    readonly format?: 'text' | 'json';
    /** Also print each model's classifications with their evidence. */
    readonly explain?: boolean;
    /** The language of the findings (and explanations); by default the settings' `display.language`. */
    readonly lang?: DisplayLanguage;
}

function findingsOf(file: string, document: LangiumDocument): ReportedFinding[] {
    const relative = path.relative(process.cwd(), file) || file;
    return (document.diagnostics ?? []).map(diagnostic => reportedFinding(relative, diagnostic));
}

/** All findings of the loaded files, unreadable files first, then by file, line and column. */
export function collectFindings(workspace: LoadedWorkspace): ReportedFinding[] {
    const findings: ReportedFinding[] = workspace.unreadable.map(entry => ({
        file: path.relative(process.cwd(), entry.path) || entry.path,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        severity: 'error',
        message: `${path.basename(entry.path)} ${entry.reason}`
    }));
    for (const project of workspace.projects) {
        if (!project.config) continue;
        const configFile = path.relative(process.cwd(), project.config.path) || project.config.path;
        for (const finding of project.config.findings) {
            findings.push({
                file: configFile,
                line: finding.range.start.line + 1,
                column: finding.range.start.character + 1,
                endLine: finding.range.end.line + 1,
                endColumn: finding.range.end.character + 1,
                severity: finding.severity,
                code: finding.code,
                message: finding.message
            });
        }
    }
    for (const file of workspace.files) {
        // A loop, not push(...): spread arguments overflow the stack at about 120,000 findings.
        for (const finding of findingsOf(file.path, file.document).sort((a, b) => a.line - b.line || a.column - b.column)) {
            findings.push(finding);
        }
    }
    return findings;
}

export function formatFinding(finding: ReportedFinding, colour: boolean): string {
    const where = `${finding.file}:${finding.line}:${finding.column}`;
    const tint = finding.severity === 'error' ? 'red' : finding.severity === 'warning' ? 'yellow' : 'blue';
    const code = finding.code ? ` ${paint(`[${finding.code}]`, 'grey', colour)}` : '';
    return `${where} ${paint(finding.severity, tint, colour)} ${finding.message}${code}`;
}

/** The classification of every model of the loaded files that parse. */
function explained(workspace: LoadedWorkspace): Array<{ model: PartnershipModel; classification: Classification; file: string; language: DisplayLanguage }> {
    return workspace.files
        .filter(file => file.document.parseResult.parserErrors.length === 0 && file.document.parseResult.lexerErrors.length === 0)
        .flatMap(file => file.project.services.analysis.PartnershipModelProvider.getModels(file.document).flatMap(model => {
            const classification = file.project.services.analysis.ClassificationProvider.getClassification(file.document, model);
            // In the language the findings are in: `--lang`, else the project's `display.language`.
            const language = file.project.services.analysis.Configuration.config.display.language;
            return classification ? [{ model, classification, file: path.relative(process.cwd(), file.path) || file.path, language }] : [];
        }));
}

export async function runValidate(inputs: readonly string[], options: ValidateOptions): Promise<number> {
    const workspace = await loadWorkspace(inputs, { language: options.lang });
    const findings = collectFindings(workspace);
    const classifications = options.explain ? explained(workspace) : [];
    if (options.format === 'json') {
        const result = { files: workspace.files.map(f => path.relative(process.cwd(), f.path)), findings, ...(options.explain ? { classifications: classifications.map(c => c.classification) } : {}) };
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
        const colour = useColour();
        for (const finding of findings) {
            process.stdout.write(`${formatFinding(finding, colour)}\n`);
        }
        for (const entry of classifications) {
            process.stdout.write(`\n${explainClassification(entry.model, entry.classification, entry.file, colour, entry.language)}`);
        }
        process.stderr.write(`${summaryLine(workspace, findings)}\n`);
    }
    if (workspace.unreadable.length > 0) {
        return EXIT_USAGE;
    }
    return findings.some(f => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

/** "3 files checked, 1 could not be read: 2 errors, 1 warning, 0 notes": every file named is counted once, where it went. */
export function summaryLine(workspace: LoadedWorkspace, findings: readonly ReportedFinding[]): string {
    const count = (severity: SeverityName): number => findings.filter(f => f.severity === severity).length;
    const unread = workspace.unreadable.length;
    return `${counted(workspace.files.length, 'file')} checked${unread > 0 ? `, ${unread} could not be read` : ''}: ` +
        `${counted(count('error'), 'error')}, ${counted(count('warning'), 'warning')}, ${counted(count('info') + count('hint'), 'note')}`;
}

/** "1 file", "2 files", "0 errors". */
export function counted(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
