import type { Classification, PartnershipModel } from '@samskap/language';
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
    const configFile = workspace.config ? path.relative(process.cwd(), workspace.config.path) || workspace.config.path : '';
    for (const finding of workspace.config?.findings ?? []) {
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
function explained(workspace: LoadedWorkspace): Array<{ model: PartnershipModel; classification: Classification; file: string }> {
    const models = workspace.services.analysis.PartnershipModelProvider;
    const classifications = workspace.services.analysis.ClassificationProvider;
    return workspace.files
        .filter(file => file.document.parseResult.parserErrors.length === 0 && file.document.parseResult.lexerErrors.length === 0)
        .flatMap(file => models.getModels(file.document).flatMap(model => {
            const classification = classifications.getClassification(file.document, model);
            return classification ? [{ model, classification, file: path.relative(process.cwd(), file.path) || file.path }] : [];
        }));
}

export async function runValidate(inputs: readonly string[], options: ValidateOptions): Promise<number> {
    const workspace = await loadWorkspace(inputs);
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
            process.stdout.write(`\n${explainClassification(entry.model, entry.classification, entry.file, colour)}`);
        }
        const count = (severity: SeverityName): number => findings.filter(f => f.severity === severity).length;
        process.stderr.write(
            `${workspace.files.length} file(s) checked: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info') + count('hint')} note(s)\n`
        );
    }
    if (workspace.unreadable.length > 0) {
        return EXIT_USAGE;
    }
    return findings.some(f => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}
