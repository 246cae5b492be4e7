import type { LangiumDocument } from 'langium';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { paint, useColour } from '../io/terminal.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../usage-error.js';
import { loadWorkspace, type LoadedWorkspace } from '../workspace/load-workspace.js';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

/** One diagnostic as the CLI reports it: 1-based line and column, path relative to the cwd. */
export interface ReportedFinding {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: SeverityName;
    readonly code?: string;
    readonly message: string;
}

export interface ValidateOptions {
    readonly format?: 'text' | 'json';
}

const SEVERITY_NAMES: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function findingsOf(file: string, document: LangiumDocument): ReportedFinding[] {
    const relative = path.relative(process.cwd(), file) || file;
    return (document.diagnostics ?? []).map((diagnostic: Diagnostic) => ({
        file: relative,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error',
        code: diagnostic.code === undefined ? undefined : String(diagnostic.code),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    }));
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
    for (const file of workspace.files) {
        findings.push(...findingsOf(file.path, file.document).sort((a, b) => a.line - b.line || a.column - b.column));
    }
    return findings;
}

export function formatFinding(finding: ReportedFinding, colour: boolean): string {
    const where = `${finding.file}:${finding.line}:${finding.column}`;
    const tint = finding.severity === 'error' ? 'red' : finding.severity === 'warning' ? 'yellow' : 'blue';
    const code = finding.code ? ` ${paint(`[${finding.code}]`, 'grey', colour)}` : '';
    return `${where} ${paint(finding.severity, tint, colour)} ${finding.message}${code}`;
}

export async function runValidate(inputs: readonly string[], options: ValidateOptions): Promise<number> {
    const workspace = await loadWorkspace(inputs);
    const findings = collectFindings(workspace);
    if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify({ files: workspace.files.map(f => path.relative(process.cwd(), f.path)), findings }, null, 2)}\n`);
    } else {
        const colour = useColour();
        for (const finding of findings) {
            process.stdout.write(`${formatFinding(finding, colour)}\n`);
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
