/**
 * The Classification of one PartnershipModel: every typology of docs/classifications.md, computed from the
 * facts and never stated silently. Each result carries a machine `code` (stable, used by rules,
 * generators and tests), a human `label`, the publication it comes from, and the `evidence`:
 * one entry per criterion, saying whether it holds, why, and where in the source it was read.
 *
 * These types are a contract with the generators (comparison matrix, documents): add fields,
 * never rename or remove them.
 */
import type {
    ArnsteinRung, CoCreationForm, Currency, DecisionLevel, GovernanceMode, Iap2Level, PartnershipModel, Phase,
    ResourceCategory, RightKind, SourceRange
} from '../model/partnership-model.js';
import { classifyCoCreation } from './co-creation.js';
import type { LocalText } from './local-text.js';
import { classifyFunding, type ExclusionCause } from './funding-dependency.js';
import { classifyGovernance } from './governance.js';
import { classifyLorentzen } from './lorentzen.js';
import { classifyParticipation } from './participation.js';
import { classifyPestoff } from './pestoff.js';
import { classifyVoorberg } from './voorberg.js';
import { settle } from './settle.js';

// ---- Evidence -------------------------------------------------------------------------------

/** The criteria the classifications test; stable machine codes shown next to the evidence. */
export type CriterionCode =
    // Lorentzen 2010
    | 'public-to-non-public-resources'
    | 'non-public-consulted-or-in-policy-body'
    | 'joint-activity-body-or-agreement'
    // Co-creation form (Eimhjellen & Loga 2017)
    | 'non-public-party-present'
    | 'initiator'
    | 'first-involvement'
    | 'goals-defined-by'
    | 'content-defined-by'
    | 'goals-and-content-defined-by'
    | 'strategic-decision-locus'
    | 'joint-phases'
    | 'public-contributes'
    | 'non-public-performs'
    | 'highest-participation'
    | 'economic-support'
    | 'joint-work'
    | 'involved-early-or-shapes'
    | 'not-all-joint'
    | 'leading-side'
    | 'public-specifies'
    | 'not-contracting'
    // Pestoff 2006
    | 'decides-on-policy-or-planning'
    | 'delivers-jointly-with-public'
    | 'individuals-contribute'
    // IAP2 / Arnstein
    | 'declared-level'
    | 'derived-from-rights'
    // Voorberg et al. 2015
    | 'takes-initiative'
    | 'shapes-design'
    | 'implements'
    // Provan & Kenis 2008
    | 'governance-declared'
    | 'participant-count'
    | 'trust'
    | 'goal-consensus'
    | 'organisation-named'
    // Funding dependency
    | 'funders'
    | 'concentration'
    | 'largest-funder-leaves'
    | 'lines-excluded';

/** One criterion tested against the model's facts. */
export interface Evidence {
    readonly criterion: CriterionCode;
    readonly holds: boolean;
    /** What was found, in the user's terms (English), naming actors by their titles. */
    readonly detail: string;
    /** `detail` in every language Samskap writes (English the same as `detail`); read it with evidenceDetail. */
    readonly details?: LocalText;
    /** Where the facts behind the criterion were written; empty when the criterion holds for lack of a fact. */
    readonly ranges: readonly SourceRange[];
}

/** A classification result: a machine code, its label, its source and the evidence. */
export interface Classified<Code extends string> {
    readonly code: Code;
    readonly label: string;
    /** The publication (or "derived": our own operationalisation) the category comes from. */
    readonly source: string;
    readonly evidence: readonly Evidence[];
}

// ---- Lorentzen 2010 ---------------------------------------------------------------------------

export type LorentzenCategory = 'economic_support' | 'interest_representation' | 'institutional_collaboration';

/** One of Lorentzen's three categories and whether the model shows it (they are not exclusive). */
export interface LorentzenPart extends Classified<LorentzenCategory> {
    readonly holds: boolean;
}

export interface LorentzenProfile {
    /** The categories that hold, in Lorentzen's order; empty when none does. */
    readonly categories: readonly LorentzenCategory[];
    /** All three categories, holding or not, with their evidence. */
    readonly parts: readonly LorentzenPart[];
}

// ---- Co-creation form (Eimhjellen & Loga 2017) ---------------------------------------------------

/**
 * The outcome of the decision procedure (docs/classifications.md): a claimable form, `no_relation`
 * when the model states nothing the two sides do with or for each other, or `undetermined` when
 * the procedure needs a fact the model does not state (listed in `missing`).
 */
export type CoCreationFormCode = CoCreationForm | 'no_relation' | 'undetermined';

/** A fact the co-creation procedure needed and the model does not state. */
export type MissingFact = 'public-actor' | 'non-public-actor' | 'goals' | 'content' | 'first-involvement' | 'initiator' | 'strategic-decisions';

/** When the non-public side first takes part: before delivery, at delivery or later, or not stated. */
export type Timing = 'early' | 'late' | 'unknown';

/** Which side a fact belongs to: the public side, the non-public side, both, or not stated. */
export type Side = 'public' | 'non_public' | 'joint' | 'unknown';

/** The facts the co-creation criteria read, each already reduced to a side or a phase. */
export interface CoCreationFacts {
    readonly initiator: Side;
    /** Earliest phase any non-public party takes part in; undefined when none is stated. */
    readonly firstNonPublicPhase?: Phase;
    readonly goalsDefinedBy: Side;
    readonly contentDefinedBy: Side;
    /** Who holds the locus of the strategic (policy or strategic level) decisions. */
    readonly strategicDecisionLocus: Side;
    /** Phases done jointly by the public and the non-public side. */
    readonly jointPhases: readonly Phase[];
    /** `firstNonPublicPhase` read as early (initiation, commissioning, design), late (delivery, assessment) or unknown. */
    readonly timing: Timing;
    /** `governance shared` is declared. */
    readonly sharedGovernance: boolean;
    /** The highest IAP2 level (derived) a non-public actor reaches in a public decision or through a seat in a body with both sides; undefined for none. */
    readonly highestVoice?: Iap2Level;
    /** Money or in-kind resources (not knowledge, not contract payments) flow from the public to the non-public side. */
    readonly publicResources: boolean;
    /** The non-public side performs work: an activity, or `perform` in a decision. */
    readonly nonPublicPerforms: boolean;
    /** A procurement contract or contract payment, or an agreement that is a procurement contract. */
    readonly procurement: boolean;
    /** The sides do something together: a joint phase, joint goals, content or strategic decisions, shared governance, or a shared public decision. */
    readonly together: boolean;
}

/** One form tested: supported when every criterion in `evidence` holds. */
export interface FormAssessment {
    readonly form: CoCreationForm;
    readonly supported: boolean;
    readonly evidence: readonly Evidence[];
}

export interface CoCreationResult extends Classified<CoCreationFormCode> {
    /** True for equal, municipality-led and voluntary-led co-creation; false for every other outcome. */
    readonly isCoCreation: boolean;
    /** The facts the procedure needed and the model does not state; non-empty exactly when undetermined. */
    readonly missing: readonly MissingFact[];
    readonly facts: CoCreationFacts;
    /** Every claimable form with its criteria, holding or not: exactly the computed form's all hold. */
    readonly assessments: readonly FormAssessment[];
    /** When undetermined: the form with most criteria holding, to guide the author. */
    readonly nearest?: CoCreationForm;
}

// ---- Pestoff 2006 -----------------------------------------------------------------------------

export type PestoffCode = 'co_governance' | 'co_management' | 'co_production';

export interface PestoffPart extends Classified<PestoffCode> {
    readonly holds: boolean;
}

/** Pestoff's categories for one non-public actor (they may combine). */
export interface PestoffResult {
    readonly actor: string;
    readonly codes: readonly PestoffCode[];
    readonly parts: readonly PestoffPart[];
}

// ---- Participation: IAP2 and Arnstein, two scales never converted --------------------------------

/** A reading on one scale: declared by the author, derived from the rights, or both. */
export interface ScaleReading<Level extends string> {
    /** The level shown: the declared one if the author stated it, otherwise the derived one. */
    readonly code?: Level;
    readonly declared?: Level;
    readonly derived?: Level;
    readonly evidence: readonly Evidence[];
}

/** One non-public actor in one decision. */
export interface ParticipationResult {
    readonly decision: string;
    readonly decisionLevel?: DecisionLevel;
    readonly actor: string;
    /** The rights the actor holds in the decision, directly or through a body it is a member of. */
    readonly rights: readonly RightKind[];
    /** False when the actor only performs (or holds no right): no voice in the decision. */
    readonly hasVoice: boolean;
    readonly iap2: ScaleReading<Iap2Level>;
    readonly arnstein: ScaleReading<ArnsteinRung>;
}

// ---- Voorberg, Bekkers & Tummers 2015 ---------------------------------------------------------------

export type VoorbergRole = 'initiator' | 'co_designer' | 'co_implementer';

export interface VoorbergPart extends Classified<VoorbergRole> {
    readonly holds: boolean;
}

export interface VoorbergResult {
    readonly actor: string;
    /** The most involved role that holds (initiator > co-designer > co-implementer), if any. */
    readonly highest?: VoorbergRole;
    readonly parts: readonly VoorbergPart[];
}

// ---- Provan & Kenis 2008 ----------------------------------------------------------------------------

export type GovernanceFit = 'fits' | 'misfit' | 'unknown';

export interface GovernanceAssessment extends Classified<GovernanceMode | 'undeclared'> {
    readonly organisation?: string;
    /** Distinct actors taking part (declared or used library actors). */
    readonly participants: number;
    readonly fit: GovernanceFit;
    /** The mode Provan & Kenis's conditions point to for this network, if they point to one. */
    readonly suggested?: GovernanceMode;
}

// ---- Funding dependency (derived) ----------------------------------------------------------------

export interface FunderShare {
    readonly funder: string;
    /** Amount in the item's basis (money per year, one-off money, or percentage points). */
    readonly amount: number;
    /** Share of the item's total, 0..1. */
    readonly share: number;
    /** Indexes of the funding lines behind the amount. */
    readonly lines: readonly number[];
}

/** What the amounts of a funded item are measured in. */
export type FundingBasis = 'per_year' | 'once' | 'share';

export interface FundedItemDependency {
    /** `budget`: lines `for` a budget; `recipient`: all money to one party; `overall`: the model. */
    readonly kind: 'budget' | 'recipient' | 'overall';
    /** Budget id or recipient party id; the model name for `overall`. */
    readonly id: string;
    readonly basis: FundingBasis;
    readonly currency?: Currency;
    readonly total: number;
    /** Largest first. */
    readonly shares: readonly FunderShare[];
    /** Herfindahl–Hirschman index of the shares, 0..1 (1: one funder). */
    readonly herfindahl: number;
    readonly largest?: FunderShare;
    /** What is left of the total if the largest funder leaves. */
    readonly remainingIfLargestLeaves: number;
    readonly remainingShareIfLargestLeaves: number;
    /** Money lines that could not be counted in this basis (another currency, another rate, no amount), with why. */
    readonly excludedLines: ReadonlyArray<{ readonly index: number; readonly reason: string; readonly cause: ExclusionCause }>;
    /** Non-monetary resources to the item (premises, positions, hours, knowledge, in kind). */
    readonly nonMonetary: ReadonlyArray<{ readonly index: number; readonly funder: string; readonly category: ResourceCategory }>;
    readonly evidence: readonly Evidence[];
}

export interface FundingDependency {
    readonly items: readonly FundedItemDependency[];
    readonly overall?: FundedItemDependency;
}

// ---- The whole ------------------------------------------------------------------------------

export interface AnalysisSettings {
    readonly governance?: {
        /** Largest network Provan & Kenis's "few participants" still covers for shared governance. */
        readonly sharedMaxParticipants?: number;
        /** Largest network a lead organisation ("moderate number") suits before an NAO fits better. */
        readonly leadMaxParticipants?: number;
    };
}

export interface ResolvedAnalysisSettings {
    readonly governance: { readonly sharedMaxParticipants: number; readonly leadMaxParticipants: number };
}

export interface Classification {
    readonly model: string;
    readonly uri: string;
    readonly settings: ResolvedAnalysisSettings;
    readonly lorentzen: LorentzenProfile;
    readonly coCreation: CoCreationResult;
    readonly pestoff: readonly PestoffResult[];
    readonly participation: readonly ParticipationResult[];
    readonly voorberg: readonly VoorbergResult[];
    readonly governance: GovernanceAssessment;
    readonly funding: FundingDependency;
}

/** Defaults of the analysis settings; see docs/classifications.md for why. */
export const DEFAULT_ANALYSIS_SETTINGS: ResolvedAnalysisSettings = {
    governance: { sharedMaxParticipants: 8, leadMaxParticipants: 25 }
};

export function resolveAnalysisSettings(settings?: AnalysisSettings): ResolvedAnalysisSettings {
    return {
        governance: {
            sharedMaxParticipants: settings?.governance?.sharedMaxParticipants ?? DEFAULT_ANALYSIS_SETTINGS.governance.sharedMaxParticipants,
            leadMaxParticipants: settings?.governance?.leadMaxParticipants ?? DEFAULT_ANALYSIS_SETTINGS.governance.leadMaxParticipants
        }
    };
}

/**
 * Classifies one model: every typology of docs/classifications.md with its evidence. Pure (no AST, no I/O);
 * the language server caches the result per document version (ClassificationProvider).
 */
export function classify(model: PartnershipModel, settings?: AnalysisSettings): Classification {
    const resolved = resolveAnalysisSettings(settings);
    const participation = classifyParticipation(model);
    // Pestoff and Voorberg are read by hover, matrices and documents but by no rule: they are
    // computed on first read (once), so validating a keystroke never pays for them. They stay
    // own enumerable properties, so JSON and structured clones still carry them.
    return {
        model: model.name,
        uri: model.uri,
        settings: resolved,
        lorentzen: classifyLorentzen(model),
        coCreation: classifyCoCreation(model, participation),
        get pestoff() {
            return settle(this, 'pestoff', classifyPestoff(model));
        },
        participation,
        get voorberg() {
            return settle(this, 'voorberg', classifyVoorberg(model));
        },
        governance: classifyGovernance(model, resolved),
        funding: classifyFunding(model)
    };
}

