import type { Classification, PartnershipModel } from '@samskap/language';

/** Counts of a model's findings by severity, as the validator reported them. */
export interface FindingCounts {
    readonly error: number;
    readonly warning: number;
    readonly info: number;
}

/** One finding as documents list it (1-based positions). */
export interface ReportedFindingSummary {
    readonly severity: 'error' | 'warning' | 'info';
    readonly code?: string;
    readonly message: string;
    readonly line: number;
    readonly column: number;
}

/**
 * What the matrix and document generators read for one model: the PartnershipModel, its
 * Classification when one was computed, and its findings. The CLI and the language server
 * assemble it; the generators never compute it themselves.
 */
export interface ModelReport {
    readonly model: PartnershipModel;
    readonly classification?: Classification;
    readonly findings?: readonly ReportedFindingSummary[];
    /** The path shown to readers (relative to where the command ran); defaults to the model's URI. */
    readonly file?: string;
}

export function countFindings(findings: readonly ReportedFindingSummary[] | undefined): FindingCounts | undefined {
    if (!findings) {
        return undefined;
    }
    return {
        error: findings.filter(f => f.severity === 'error').length,
        warning: findings.filter(f => f.severity === 'warning').length,
        info: findings.filter(f => f.severity === 'info').length
    };
}
