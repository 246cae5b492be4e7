import type { PartnershipModel, SourceRange } from '../model/partnership-model.js';
import type { Classification } from '../analysis/classification.js';
import type { ModelIndex } from '../analysis/model-index.js';
import type { FixData, RuleSeverity } from './finding.js';
import type { ResolvedSamskapConfig } from './rule-config.js';
import type { RuleMessage } from './rule-message.js';

export type RuleArea = 'REF' | 'DEC' | 'FUND' | 'GOV' | 'PART' | 'FORM' | 'CTX' | 'SRC' | 'JUR' | 'WS' | 'CFG';

/** What a rule reads: the model, its classification, lookups and the settings. */
export interface RuleContext {
    readonly model: PartnershipModel;
    readonly classification: Classification;
    readonly index: ModelIndex;
    readonly config: ResolvedSamskapConfig;
}

/** A rule's raw result, before the configured severity is applied. */
export interface RuleHit {
    /** The message in every language findings are written in; runRules picks the display language's. */
    readonly message: RuleMessage;
    readonly range: SourceRange;
    readonly data?: FixData;
}

export interface RuleDefinition {
    readonly code: string;
    readonly area: RuleArea;
    readonly defaultSeverity: RuleSeverity;
    /** One line: what the rule checks. */
    readonly summary: string;
    /**
     * `model`: a pure check over one PartnershipModel (runRules); `workspace`: over many models
     * (runWorkspaceRules, a slow check in the editor); `syntax`: needs the AST (the editor's
     * validator; the builder drops what it needs); `config`: about a settings file.
     */
    readonly scope: 'model' | 'workspace' | 'syntax' | 'config';
    /**
     * Reports each finding through `report`, in order. A callback, not a generator: resuming
     * sixty generators per model was most of running the rules over a small model.
     */
    readonly check?: (context: RuleContext, report: (hit: RuleHit) => void) => void;
    /**
     * A result, not a problem: the rule reports a classification (a computed form, profile or
     * figure) that hover, code lenses, `--explain` and the generated documents already show. It
     * is off unless the settings ask for it: `"diagnostics": { "classifications": true }`, or a
     * severity for its code under `rules`. `defaultSeverity` is the severity it then reports with.
     */
    readonly classification?: boolean;
    /** Set when the rule no longer runs: why. Its code stays reserved and is never reused. */
    readonly retired?: string;
}

/**
 * A finding at `range`: `message` is `{ en: …, nb: …, da: … }`, the same sentence in English,
 * Norwegian bokmål and Danish (rule-message.ts).
 */
export function hit(message: RuleMessage, range: SourceRange, data?: FixData): RuleHit {
    return data ? { message, range, data } : { message, range };
}
