import type { ReportedFindingSummary } from '@samskap/generators';
import type { SourceRange } from '@samskap/language';
import type { Diagnostic } from 'vscode-languageserver';

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

const SEVERITY_NAMES: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/**
 * A Langium diagnostic in the words the CLI, the matrices and the documents use. The CLI's
 * findings and the language server's answers to the extension both come from here, so a finding
 * reads the same wherever it is shown.
 */
export function reportedFinding(file: string, diagnostic: Diagnostic): ReportedFinding {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error',
        code: diagnostic.code === undefined ? undefined : String(diagnostic.code),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    };
}

/**
 * The findings among `findings` that lie in a model (a file may hold several), as the matrix and
 * document generators list them: hints count as information.
 */
export function findingsInModel(findings: readonly ReportedFinding[], range: SourceRange): ReportedFindingSummary[] {
    return findings
        .filter(finding => finding.line >= range.start.line + 1 && finding.line <= range.end.line + 1)
        .map(finding => ({
            severity: finding.severity === 'hint' ? 'info' : finding.severity,
            code: finding.code,
            message: finding.message,
            line: finding.line,
            column: finding.column
        }));
}
