/**
 * The PartnershipModel: plain, serialisable data built once per document version from the AST.
 * Everything downstream (rules, classifications, hover, diagrams, matrices, documents) reads
 * this and never the AST. Its JSON Schema is docs/partnership-model.schema.json.
 *
 * Parties (actors and bodies) are referred to by id: the name as written in the model for
 * local declarations, `library.actor` for actors from a shared actor library.
 */

/** A position in a source file, 0-based as in the Language Server Protocol. */
export interface SourcePosition {
    readonly line: number;
    readonly character: number;
}

/** Where a fact was written, so every finding and every diagram element can lead back to it. */
export interface SourceRange {
    readonly uri: string;
    readonly start: SourcePosition;
    readonly end: SourcePosition;
}

export type CountryCode = 'NO' | 'DK' | 'SE' | 'FI' | 'IS';
export type SourceKind = 'report' | 'article' | 'interview' | 'document' | 'survey' | 'observation' | 'web_page' | 'assumption';

/**
 * How sure a fact is: `stated` by a cited source (the default when a statement cites one),
 * `inferred` by the author from the sources, `assumed` by the author, or `illustrative` (invented
 * to show how such a case is written down; never a finding).
 */
export type Certainty = 'stated' | 'inferred' | 'assumed' | 'illustrative';
export const CERTAINTIES: readonly Certainty[] = ['stated', 'inferred', 'assumed', 'illustrative'];

/** One cited source: the id of a `source` of the model, and where in it (a page, a paragraph). */
export interface Citation {
    readonly source: string;
    readonly locator?: string;
}

/** Where a statement comes from: `[source "p. 3", other; inferred]`. Absent when the statement says nothing. */
export interface Provenance {
    readonly citations: readonly Citation[];
    readonly certainty: Certainty;
}

/** A source the model declares: cited by its id when it has one. */
export interface ModelSource {
    readonly id?: string;
    readonly kind: SourceKind;
    readonly description: string;
    readonly date?: string;
    readonly url?: string;
    readonly range: SourceRange;
}
export type PolicyField =
    | 'culture' | 'sport' | 'children_and_youth' | 'inclusion' | 'health_and_care' | 'elderly'
    | 'education' | 'environment' | 'emergency_preparedness' | 'employment' | 'housing' | 'social_services';
export type PublicValue = 'social' | 'democratic' | 'economic' | 'innovation' | 'quality' | 'effect';
export type ActorKind =
    | 'municipality' | 'county' | 'state_agency' | 'voluntary_organisation' | 'volunteer_centre'
    | 'association' | 'citizens' | 'volunteers' | 'private_company' | 'foundation' | 'bank'
    | 'social_entrepreneur' | 'research_institution' | 'cooperative';
/** The five sectors: the public side versus the four non-public ones (docs/classifications.md, sides). */
export type Sector = 'public' | 'voluntary' | 'private' | 'social_economy' | 'citizens' | 'philanthropic';
export type RoleKind = 'coordinator' | 'leader' | 'facilitator' | 'provider' | 'funder' | 'advisor' | 'member';
export type BodyKind = 'steering_group' | 'advisory_body' | 'board' | 'working_group' | 'platform' | 'forum';
export type DecisionRule = 'consensus' | 'majority' | 'unanimity';
export type DecisionLevel = 'policy' | 'strategic' | 'operational';
/** Phases in the order a collaboration passes through them (docs/research.md, timing of involvement). */
export const PHASES = ['initiation', 'commissioning', 'design', 'delivery', 'assessment'] as const;
export type Phase = (typeof PHASES)[number];
export const IAP2_LEVELS = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
export type Iap2Level = (typeof IAP2_LEVELS)[number];
export const ARNSTEIN_RUNGS = [
    'manipulation', 'therapy', 'informing', 'consultation', 'placation', 'partnership', 'delegated_power', 'citizen_control'
] as const;
export type ArnsteinRung = (typeof ARNSTEIN_RUNGS)[number];
export type FundingKind =
    | 'operating_grant' | 'project_grant' | 'volunteer_centre_grant' | 'procurement_contract'
    | 'contract_payment' | 'donation' | 'sponsorship' | 'premises' | 'position' | 'in_kind'
    | 'volunteer_hours' | 'knowledge';
/** What a funding line moves: money, or one of the non-monetary resources (premises, positions, in kind, hours, knowledge). */
export type ResourceCategory = 'money' | 'premises' | 'position' | 'in_kind' | 'volunteer_hours' | 'knowledge';
export type Currency = 'NOK' | 'DKK' | 'SEK' | 'EUR';
export type Unit = Currency | 'FTE' | 'hours';
export type Rate = 'per_year' | 'per_month' | 'once';
export type RequirementLevel = 'general' | 'detailed';
export type Grade = 'low' | 'medium' | 'high';
export type GovernanceMode = 'shared' | 'lead' | 'nao';
export type Instrument =
    | 'grant' | 'procurement_contract' | 'partnership_agreement' | 'cooperation_agreement'
    | 'volunteer_centre_grant' | 'letter_of_intent';
export type Evaluation = 'yearly' | 'midterm' | 'final' | 'none';
/** The forms a model can claim (`claim form …`); the computed result may also be `no_relation` or `undetermined`. */
export type CoCreationForm = 'equal' | 'municipality_led' | 'voluntary_led' | 'co_implementation' | 'contracting' | 'support' | 'consultation';
/** A right an actor or body holds in one decision (decision rights; RAPID vocabulary, Rogers & Blenko 2006). */
export type RightKind = 'decide' | 'agree' | 'recommend' | 'consulted' | 'informed' | 'perform';

export interface YearPeriod {
    readonly start: number;
    /** Absent for an open-ended period. */
    readonly end?: number;
}

/** The context statements that can cite a source (goals and sources are statements of their own). */
export type ContextStatementKind = 'country' | 'municipality' | 'period' | 'fields' | 'purposes';

export interface ContextStatement {
    readonly kind: ContextStatementKind;
    readonly range: SourceRange;
    readonly provenance?: Provenance;
}

export interface ModelContext {
    readonly country?: CountryCode;
    readonly municipality?: string;
    readonly period?: YearPeriod;
    readonly periodRange?: SourceRange;
    readonly fields: readonly PolicyField[];
    readonly purposes: readonly PublicValue[];
    readonly sources: readonly ModelSource[];
    readonly goals: ReadonlyArray<{ readonly text: string; readonly range: SourceRange; readonly provenance?: Provenance }>;
    /** The provenance of the context statements that carry one. */
    readonly provenance?: Partial<Record<ContextStatementKind, Provenance>>;
    /**
     * Every context statement as written, in model order, with its range and its own provenance:
     * what the fully sourced mode checks (SK-SRC-002) and a hover on the statement shows. A repeated
     * `fields` or `purpose` statement is listed once per statement.
     */
    readonly statements?: readonly ContextStatement[];
    /** The currency amounts are normalised to: the country's currency, else the first one used. */
    readonly currency?: Currency;
}

export interface PartnershipActor {
    readonly id: string;
    readonly name: string;
    readonly title: string;
    readonly kind: ActorKind;
    readonly sector: Sector;
    /** True for the public side (municipality, county, state agency, or declared `sector public`). */
    readonly isPublic: boolean;
    /** The party that owns the actor (`owned by`), whose side it takes unless a `sector` is declared. */
    readonly owner?: string;
    /** True when the model says whose the actor is (`owned by` or `sector`); it matters for volunteer centres. */
    readonly ownershipDeclared: boolean;
    /** Name of the shared actor library the actor comes from, if any. */
    readonly library?: string;
    readonly documentation?: string;
    readonly provenance?: Provenance;
    readonly range: SourceRange;
    readonly nameRange: SourceRange;
}

export interface PartnershipRole {
    readonly id: string;
    readonly title: string;
    readonly kind?: RoleKind;
    readonly holders: readonly string[];
    readonly provenance?: Provenance;
    readonly range: SourceRange;
    readonly nameRange: SourceRange;
}

export interface PartnershipBody {
    readonly id: string;
    readonly title: string;
    readonly kind?: BodyKind;
    readonly members: readonly string[];
    /** Actors that sit in the body without a vote (`observers`): they share none of its decision rights. */
    readonly observers: readonly string[];
    readonly rule?: DecisionRule;
    readonly level?: DecisionLevel;
    readonly chair?: string;
    readonly documentation?: string;
    readonly provenance?: Provenance;
    readonly range: SourceRange;
    readonly nameRange: SourceRange;
}

export interface InitiativeFact {
    readonly initiators: readonly string[];
    readonly year?: number;
    readonly provenance?: Provenance;
    readonly range: SourceRange;
}

export interface InvolvementFact {
    readonly party: string;
    readonly phase: Phase;
    readonly provenance?: Provenance;
    readonly range: SourceRange;
}

export interface DefinitionFact {
    readonly aspect: 'goals' | 'content';
    readonly definers: readonly string[];
    readonly rule?: DecisionRule;
    readonly provenance?: Provenance;
    readonly range: SourceRange;
}

export type CollaborationMode = 'jointly' | 'separately' | 'unspecified';

export interface PartnershipActivity {
    readonly id: string;
    readonly title: string;
    readonly phases: readonly Phase[];
    readonly mode: CollaborationMode;
    readonly performers: readonly string[];
    readonly provenance?: Provenance;
    readonly range: SourceRange;
    readonly nameRange: SourceRange;
}

/** Who decides: one party (an actor or a body), or an ad-hoc `joint(...)` of actors with a rule. */
export type DecisionLocus =
    | { readonly kind: 'party'; readonly party: string; readonly range: SourceRange; readonly provenance?: Provenance }
    | { readonly kind: 'joint'; readonly parties: readonly string[]; readonly rule?: DecisionRule; readonly range: SourceRange; readonly provenance?: Provenance };

/** One right of one party in one decision. `decide` rights are derived from the loci. */
export interface DecisionRight {
    readonly party: string;
    readonly right: RightKind;
    readonly iap2?: Iap2Level;
    readonly arnstein?: ArnsteinRung;
    readonly feedback?: string;
    readonly provenance?: Provenance;
    readonly range: SourceRange;
}

export interface PartnershipDecision {
    readonly id: string;
    readonly title: string;
    /** Whose decision it is (`owned by`), when the model says so: a public owner makes it a public decision whoever decides. */
    readonly owner?: string;
    readonly level?: DecisionLevel;
    readonly loci: readonly DecisionLocus[];
    readonly rights: readonly DecisionRight[];
    readonly provenance?: Provenance;
    readonly range: SourceRange;
    readonly nameRange: SourceRange;
}

export interface Quantity {
    readonly value: number;
    readonly unit?: Unit;
    readonly rate?: Rate;
}

export interface PartnershipBudget {
    readonly id: string;
    readonly title: string;
    readonly amount: Quantity;
    readonly period?: YearPeriod;
    readonly provenance?: Provenance;
    readonly range: SourceRange;
    readonly nameRange: SourceRange;
}

export interface FundingLine {
    /** Position among the model's funding lines, stable for the same text: its identity in diagrams. */
    readonly index: number;
    readonly from: string;
    readonly to: string;
    readonly kind: FundingKind;
    readonly category: ResourceCategory;
    readonly amount?: Quantity;
    readonly sharePercent?: number;
    /** The budget (funded item) the line contributes to, if named with `for`. */
    readonly item?: string;
    readonly period?: YearPeriod;
    readonly requirements?: RequirementLevel;
    readonly description?: string;
    /**
     * Money per year in the model's currency: from a yearly or monthly amount in that currency,
     * or from a share of a budget with a yearly amount. Absent when it cannot be known honestly
     * (another currency, a one-off sum, a non-monetary resource).
     */
    readonly yearlyAmount?: number;
    /** A one-off sum in the model's currency (`once`), or a share of a one-off budget. */
    readonly onceAmount?: number;
    readonly provenance?: Provenance;
    readonly range: SourceRange;
}

export interface GovernanceFact {
    readonly mode: GovernanceMode;
    readonly organisation?: string;
    readonly trust?: Grade;
    readonly goalConsensus?: Grade;
    readonly provenance?: Provenance;
    readonly range: SourceRange;
}

export interface AnchoringFact {
    readonly unit?: string;
    readonly decisionReference?: string;
    readonly budgetLine?: string;
    readonly provenance?: Provenance;
    readonly range: SourceRange;
}

export interface PartnershipAgreement {
    readonly id: string;
    readonly title: string;
    readonly instrument?: Instrument;
    readonly parties: readonly string[];
    readonly period?: YearPeriod;
    readonly evaluation?: Evaluation;
    readonly termination?: string;
    readonly pilot: boolean;
    readonly continuation?: string;
    readonly provenance?: Provenance;
    readonly range: SourceRange;
    readonly nameRange: SourceRange;
}

export interface ClaimFacts {
    readonly form?: { readonly value: CoCreationForm; readonly range: SourceRange; readonly provenance?: Provenance };
    readonly partnership?: { readonly range: SourceRange; readonly provenance?: Provenance };
}

/** A statement written more than once where the model allows one (e.g. two `governance` lines). */
export interface RepeatedStatement {
    readonly statement: string;
    readonly range: SourceRange;
}

/** A declaration whose title is written but empty or only spaces (`actor a "" is …`): its name is shown instead. */
export interface BlankTitle {
    readonly name: string;
    readonly range: SourceRange;
}

export interface PartnershipModel {
    readonly name: string;
    readonly title: string;
    readonly uri: string;
    readonly documentation?: string;
    readonly context: ModelContext;
    readonly actors: readonly PartnershipActor[];
    readonly roles: readonly PartnershipRole[];
    readonly bodies: readonly PartnershipBody[];
    readonly initiatives: readonly InitiativeFact[];
    readonly involvements: readonly InvolvementFact[];
    readonly definitions: readonly DefinitionFact[];
    readonly activities: readonly PartnershipActivity[];
    readonly decisions: readonly PartnershipDecision[];
    readonly budgets: readonly PartnershipBudget[];
    readonly funding: readonly FundingLine[];
    readonly governance?: GovernanceFact;
    readonly anchoring?: AnchoringFact;
    readonly agreements: readonly PartnershipAgreement[];
    readonly claims: ClaimFacts;
    readonly repeated: readonly RepeatedStatement[];
    /** Declarations with an empty title; absent when there is none. */
    readonly blankTitles?: readonly BlankTitle[];
    /** The libraries the model brings into scope with `uses`. */
    readonly uses: readonly string[];
    readonly range: SourceRange;
    readonly nameRange: SourceRange;
}
