import type { SourceRange } from '../model/partnership-model.js';

/** How loudly a finding is reported; `off` (in settings only) silences a rule. */
export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = RuleSeverity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/**
 * What a quick fix needs to know about a finding; carried in the diagnostic's `data` so the
 * code action provider can act without re-running the rule.
 */
export type FixData =
    | { readonly fix: 'add-decision-rule'; readonly decision: string; readonly body?: string }
    | { readonly fix: 'rescale-shares'; readonly item: string; readonly total: number }
    | { readonly fix: 'add-feedback' }
    | { readonly fix: 'remove-statement' }
    /** Append a provenance to the statement: `[source]` when the model declares a citable source, else `[assumed]`. */
    | { readonly fix: 'add-citation'; readonly source?: string };

/** One result of one rule: the same shape in the editor, the CLI and the tests. */
export interface Finding {
    /** Stable rule code, e.g. `SK-FUND-001`; documented at docs/rules.md#<code lower-cased>. */
    readonly code: string;
    readonly severity: RuleSeverity;
    /** What is wrong, in the user's terms, and what to do; in the display language (`display.language`, `--lang`). */
    readonly message: string;
    readonly range: SourceRange;
    /** The model the finding is about (empty for findings on a settings file). */
    readonly model: string;
    readonly data?: FixData;
}

/** Where a rule is documented: the anchor GitHub and most Markdown renderers give a heading `## SK-FUND-001`. */
export function ruleDocAnchor(code: string): string {
    return code.toLowerCase();
}
