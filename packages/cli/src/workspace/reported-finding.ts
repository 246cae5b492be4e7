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
        .map(summaryOf);
}

function summaryOf(finding: ReportedFinding): ReportedFindingSummary {
    return {
        severity: finding.severity === 'hint' ? 'info' : finding.severity,
        code: finding.code,
        message: finding.message,
        line: finding.line,
        column: finding.column
    };
}

/**
 * `findingsInModel` for every model of one file at once: the findings sorted by line once, each
 * model taking its lines by a binary search. Filtering all of a file's findings once per model
 * was quadratic in a file of many models (20,000 small models: minutes).
 */
export function findingsByModel(findings: readonly ReportedFinding[], ranges: readonly SourceRange[]): ReportedFindingSummary[][] {
    const sorted = findings.map((finding, index) => ({ finding, index })).sort((a, b) => a.finding.line - b.finding.line || a.index - b.index);
    return ranges.map(range => {
        const first = range.start.line + 1;
        const last = range.end.line + 1;
        let low = 0;
        let high = sorted.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (sorted[middle].finding.line < first) low = middle + 1;
            else high = middle;
        }
        const own: Array<{ finding: ReportedFinding; index: number }> = [];
        for (let i = low; i < sorted.length && sorted[i].finding.line <= last; i++) own.push(sorted[i]);
        // In the order the findings came in, as findingsInModel gives them.
        return own.sort((a, b) => a.index - b.index).map(({ finding }) => summaryOf(finding));
    });
}

