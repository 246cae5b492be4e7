import type {
    ActorKind, BodyKind, CoCreationFormCode, DecidedForm, DecisionLevel, MissingFact, DecisionRule, FundingKind, GovernanceMode, Instrument, Phase, PolicyField,
    PublicValue, RightKind, RoleKind, Sector, SourceKind, Certainty, CriterionCode, Iap2Level, ArnsteinRung
} from '@samskap/language';

/** The display languages of generated documents: English, Norwegian bokmål, Danish. */
export const LANGUAGES = ['en', 'nb', 'da'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Every word a generator shows, for one display language. One table per language
 * (en.ts, nb.ts, da.ts) typed by this interface, so a missing label is a compile error.
 */
export interface Labels {
    readonly language: Language;
    readonly sectors: Record<Sector, string>;
    readonly actorKinds: Record<ActorKind, string>;
    readonly roleKinds: Record<RoleKind, string>;
    readonly bodyKinds: Record<BodyKind, string>;
    readonly phases: Record<Phase, string>;
    readonly rights: Record<RightKind, string>;
    readonly rules: Record<DecisionRule, string>;
    readonly levels: Record<DecisionLevel, string>;
    readonly fundingKinds: Record<FundingKind, string>;
    readonly governanceModes: Record<GovernanceMode | 'undeclared', string>;
    readonly governanceFit: Record<'fits' | 'misfit' | 'unknown', string>;
    readonly forms: Record<CoCreationFormCode, string>;
    /**
     * What each form needs, after the word `text.needs` (English: the shared formulation of
     * form-explanation.ts in @samskap/language, which the CLI and the hovers show too).
     */
    readonly formRequirements: Record<DecidedForm, string>;
    /** The facts an undetermined form may lack (English: MISSING_FACT_TEXT of form-explanation.ts). */
    readonly missingFacts: Record<MissingFact, string>;
    /** The criteria of the evidence (English: their machine codes). Shared with the hovers: i18n/shared.ts. */
    readonly criteria: Record<CriterionCode, string>;
    readonly iap2: Record<Iap2Level, string>;
    readonly arnstein: Record<ArnsteinRung, string>;
    readonly lorentzen: Record<'economic_support' | 'interest_representation' | 'institutional_collaboration', string>;
    readonly pestoff: Record<'co_governance' | 'co_management' | 'co_production', string>;
    readonly voorberg: Record<'initiator' | 'co_designer' | 'co_implementer', string>;
    readonly sides: Record<'public' | 'non_public' | 'joint' | 'unknown', string>;
    readonly fields: Record<PolicyField, string>;
    readonly values: Record<PublicValue, string>;
    readonly severities: Record<'error' | 'warning' | 'info', string>;
    readonly instruments: Record<Instrument, string>;
    readonly sourceKinds: Record<SourceKind, string>;
    /** How sure a fact is, after its citations: "guribye p. 12 (stated)". */
    readonly certainties: Record<Certainty, string>;
    /** "3 facts are illustrative, 1 fact is assumed": after a count of one, and after any other count. */
    readonly uncertainCounts: Record<'assumed' | 'illustrative', { readonly one: string; readonly other: string }>;
    readonly views: Record<'network' | 'funding' | 'governance' | 'decisions', string>;
    /** Headings, captions and short phrases of the documents and legends. */
    readonly text: {
        /** Provenance: the marks and notes of assumed and illustrative facts, sources without an id, facts without a source. */
        readonly uncertain: string;
        readonly restsOnUncertain: string;
        readonly notFindings: string;
        readonly notCitable: string;
        readonly unsourced: string;
        readonly partnership: string;
        readonly model: string;
        readonly models: string;
        readonly comparison: string;
        readonly dimension: string;
        readonly summary: string;
        readonly context: string;
        readonly country: string;
        readonly municipality: string;
        readonly period: string;
        /** Heading of the phases an activity covers (not `period`, which is a span of years). */
        readonly phases: string;
        readonly fields: string;
        readonly purposes: string;
        readonly sources: string;
        readonly goals: string;
        readonly actors: string;
        readonly actor: string;
        readonly kind: string;
        readonly sector: string;
        readonly roles: string;
        readonly bodies: string;
        readonly members: string;
        readonly decisions: string;
        readonly decision: string;
        readonly funding: string;
        readonly funder: string;
        readonly recipient: string;
        readonly amount: string;
        readonly total: string;
        readonly perYear: string;
        readonly once: string;
        readonly share: string;
        readonly nonMonetary: string;
        readonly diagrams: string;
        readonly classifications: string;
        readonly evidence: string;
        readonly criterion: string;
        readonly holds: string;
        readonly fails: string;
        readonly source: string;
        readonly findings: string;
        readonly noFindings: string;
        readonly notClassified: string;
        readonly none: string;
        readonly file: string;
        readonly title: string;
        readonly sectorsPresent: string;
        readonly actorCount: string;
        readonly initiator: string;
        readonly firstNonPublicInvolvement: string;
        readonly goalsDefinedBy: string;
        readonly contentDefinedBy: string;
        readonly governanceMode: string;
        readonly governanceFit: string;
        readonly lorentzenProfile: string;
        readonly coCreationForm: string;
        readonly claimedForm: string;
        readonly pestoff: string;
        readonly voorberg: string;
        readonly participation: string;
        readonly fundingTotalPerYear: string;
        readonly fundingTotalOnce: string;
        readonly fundingShareOf: string;
        readonly largestFunder: string;
        readonly largestFunderShare: string;
        readonly concentration: string;
        readonly remainingIfLargestLeaves: string;
        readonly findingsOf: string;
        readonly decisionMatrix: string;
        readonly fundingMatrix: string;
        readonly legend: string;
        readonly lettersRapid: string;
        readonly lettersRaci: string;
        readonly holdsRole: string;
        readonly memberOf: string;
        /** An observer's line to a body: a seat without a vote. */
        readonly observerIn: string;
        readonly edgeWidthByAmount: string;
        readonly moneyFlow: string;
        readonly resourceFlow: string;
        readonly filter: string;
        readonly generatedBy: string;
        readonly openSource: string;
        readonly aggregatedView: string;
        readonly anchoring: string;
        readonly agreements: string;
        readonly activities: string;
        readonly initiative: string;
        readonly involvement: string;
        readonly index: string;
        readonly backToIndex: string;
        readonly decidesJointly: string;
        readonly via: string;
        readonly modelsByRow: string;
        readonly content: string;
        readonly chair: string;
        readonly hours: string;
        readonly perMonth: string;
        readonly defines: string;
        readonly whyNotOtherForms: string;
        readonly needs: string;
        readonly missing: string;
        readonly toState: string;
        readonly write: string;
        readonly declared: string;
        readonly derivedFromRights: string;
        readonly claimGiven: string;
        readonly claimNotGiven: string;
        /** `{edges}`, `{limit}`: the title of a diagram drawn as an overview because it has too many connections. */
        readonly overviewByEdges: string;
        /** The title of a view drawn around one party (`--focus`): `{party}`, `{depth}`. */
        readonly focusedOn: string;
        /** The flows inside one group of an overview, on the group's node: `{flows}`. */
        readonly withinGroup: string;
        readonly decisionsGroupedByLevel: string;
        readonly actorsGroupedBySector: string;
        readonly actorsGroupedByKind: string;
        /** A large graph laid out with fewer crossing-reduction passes: `{elements}`, `{limit}`. */
        readonly quickLayout: string;
        /** `{edges}`, `{nodes}`, `{limit}`: a diagram too large to lay out at all, drawn as this notice. */
        readonly notLaidOut: string;
        /** `{rows}`, `{columns}`, `{limit}`: a matrix too large for a table, listed by pair. */
        readonly matrixListed: string;
    };
}
