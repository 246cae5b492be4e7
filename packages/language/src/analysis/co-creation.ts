import type { CoCreationForm, PartnershipModel, Phase, SourceRange } from '../model/partnership-model.js';
import { IAP2_LEVELS, PHASES, type Iap2Level } from '../model/partnership-model.js';
import type {
    CoCreationFacts, CoCreationFormCode, CoCreationResult, Evidence, FormAssessment, MissingFact, ParticipationResult, Side, Timing
} from './classification.js';
import { formLabel } from './labels.js';
import { highestIap2 } from './participation.js';
import { earliestPhase, indexOf, sideLabel, type ModelIndex } from './model-index.js';
import { REFERENCES } from './references.js';

const SOURCE = `${REFERENCES.eimhjellenLoga2017.short} (criteria: when the non-public actors are involved, how much is done together, who controls goals and content); the forms as a decision procedure are our operationalisation (docs/classifications.md)`;

/** The claimable forms, co-creation first, in the order their assessments are listed. */
export const FORM_ORDER: readonly CoCreationForm[] = ['equal', 'municipality_led', 'voluntary_led', 'co_implementation', 'contracting', 'consultation', 'support'];

/** English labels; other display languages in labels.ts. */
export const FORM_LABELS: Record<CoCreationFormCode, string> = {
    equal: formLabel('equal'),
    voluntary_led: formLabel('voluntary_led'),
    municipality_led: formLabel('municipality_led'),
    co_implementation: formLabel('co_implementation'),
    contracting: formLabel('contracting'),
    consultation: formLabel('consultation'),
    support: formLabel('support'),
    no_relation: formLabel('no_relation'),
    undetermined: formLabel('undetermined')
};

const CO_CREATION_FORMS: ReadonlySet<CoCreationFormCode> = new Set(['equal', 'voluntary_led', 'municipality_led']);
const EARLY: ReadonlySet<Phase> = new Set(['initiation', 'commissioning', 'design']);

/** Whether the model has both sides; the procedure's step 0. */
export interface SidesPresent {
    readonly publicSide: boolean;
    readonly nonPublicSide: boolean;
}

interface FactRanges {
    readonly initiator: readonly SourceRange[];
    readonly involvement: readonly SourceRange[];
    readonly goals: readonly SourceRange[];
    readonly content: readonly SourceRange[];
    readonly strategic: readonly SourceRange[];
    readonly jointPhases: readonly SourceRange[];
    readonly together: readonly SourceRange[];
    readonly resources: readonly SourceRange[];
    readonly voice: readonly SourceRange[];
    readonly performs: readonly SourceRange[];
    readonly procurement: readonly SourceRange[];
}

const NO_RANGES: FactRanges = {
    initiator: [], involvement: [], goals: [], content: [], strategic: [], jointPhases: [],
    together: [], resources: [], voice: [], performs: [], procurement: []
};

/**
 * The co-creation form from Eimhjellen & Loga's three criteria, as the decision procedure of
 * docs/classifications.md. Every claimable form is assessed with its criteria, so a claim can be
 * checked against the criterion that fails and every other form can say why it does not hold.
 */
export function classifyCoCreation(model: PartnershipModel, participation: readonly ParticipationResult[]): CoCreationResult {
    const index = indexOf(model);
    const { facts, ranges } = coCreationFacts(index, participation);
    const sides: SidesPresent = { publicSide: index.publicActors().length > 0, nonPublicSide: index.nonPublicActors().length > 0 };
    const presence = presenceEvidence(index, sides);
    const { form, missing } = decideForm(facts, sides);
    const assessments = assessForms(facts, sides, ranges);
    const decided = assessments.find(assessment => assessment.form === form);
    const evidence = decided ? [presence, ...decided.evidence] : [presence, ...procedureEvidence(form, facts, sides, ranges)];
    return {
        code: form,
        label: FORM_LABELS[form],
        source: SOURCE,
        evidence,
        isCoCreation: CO_CREATION_FORMS.has(form),
        missing,
        facts,
        assessments
    };
}

// ---- The decision procedure: a pure function of the reduced facts -------------------------------

/**
 * The sides do something together (how much is actually done together, the second criterion):
 * a joint phase, goals, content or strategic decisions defined or taken jointly, shared
 * governance, or a non-public actor sharing a public decision (IAP2 collaborate or empower).
 */
export function togetherOf(f: Omit<CoCreationFacts, 'together'>): boolean {
    return f.jointPhases.length > 0 || f.goalsDefinedBy === 'joint' || f.contentDefinedBy === 'joint' || f.strategicDecisionLocus === 'joint'
        || f.sharedGovernance || f.highestVoice === 'collaborate' || f.highestVoice === 'empower';
}

function together(f: CoCreationFacts): boolean {
    return togetherOf(f);
}

/** Does the non-public side share control of goals or content? `unknown` when a definition it might share is not stated. */
function sharesControl(f: CoCreationFacts): 'yes' | 'no' | 'unknown' {
    const shares = (side: Side): boolean => side === 'non_public' || side === 'joint';
    if (shares(f.goalsDefinedBy) || shares(f.contentDefinedBy)) return 'yes';
    if (f.goalsDefinedBy === 'unknown' || f.contentDefinedBy === 'unknown') return 'unknown';
    return 'no';
}

function publicSpecifies(f: CoCreationFacts): boolean {
    return f.contentDefinedBy === 'public' || (f.contentDefinedBy === 'unknown' && (f.goalsDefinedBy === 'public' || f.procurement));
}

function contracting(f: CoCreationFacts): boolean {
    return f.nonPublicPerforms && publicSpecifies(f);
}

function voiceWithoutSharing(f: CoCreationFacts): boolean {
    return f.highestVoice === 'consult' || f.highestVoice === 'involve';
}

function strategicJoint(f: CoCreationFacts): boolean | undefined {
    if (f.strategicDecisionLocus === 'joint') return true;
    if (f.strategicDecisionLocus === 'unknown') return f.sharedGovernance ? true : undefined;
    return false;
}

/** Equal co-creation's three conditions: true, false (one fails), or undefined (none fails, one is not stated). */
function equalHolds(f: CoCreationFacts): { holds: boolean | undefined; missing: MissingFact[] } {
    const goals = f.goalsDefinedBy === 'unknown' ? undefined : f.goalsDefinedBy === 'joint';
    const content = f.contentDefinedBy === 'unknown' ? undefined : f.contentDefinedBy === 'joint';
    const strategic = strategicJoint(f);
    if (goals === false || content === false || strategic === false) return { holds: false, missing: [] };
    const missing: MissingFact[] = [];
    if (goals === undefined) missing.push('goals');
    if (content === undefined) missing.push('content');
    if (strategic === undefined) missing.push('strategic-decisions');
    return { holds: missing.length === 0, missing };
}

/** The facts that decide who leads, in order: goals, content, initiative, strategic decisions. */
function leadingSide(f: CoCreationFacts): { side?: 'public' | 'non_public'; missing?: MissingFact; decidedBy?: MissingFact } {
    const order: Array<[MissingFact, Side]> = [
        ['goals', f.goalsDefinedBy], ['content', f.contentDefinedBy], ['initiator', f.initiator], ['strategic-decisions', f.strategicDecisionLocus]
    ];
    for (const [fact, side] of order) {
        if (side === 'public' || side === 'non_public') return { side, decidedBy: fact };
        if (side === 'unknown') return { missing: fact };
    }
    return {};
}

/**
 * The decision procedure (docs/classifications.md): total over every combination of the facts;
 * `undetermined` only when a step needs a fact the model does not state, which `missing` names.
 */
export function decideForm(f: CoCreationFacts, sides: SidesPresent): { form: CoCreationFormCode; missing: MissingFact[] } {
    const undetermined = (missing: MissingFact[]) => ({ form: 'undetermined' as const, missing });
    if (!sides.publicSide || !sides.nonPublicSide) {
        return undetermined([...(sides.publicSide ? [] : ['public-actor' as const]), ...(sides.nonPublicSide ? [] : ['non-public-actor' as const])]);
    }
    // 1. Nothing done together: not co-creation; what the relation is instead.
    if (!together(f)) {
        if (contracting(f)) return { form: 'contracting', missing: [] };
        if (voiceWithoutSharing(f)) return { form: 'consultation', missing: [] };
        if (f.publicResources) return { form: 'support', missing: [] };
        if (f.highestVoice === 'inform') return { form: 'consultation', missing: [] };
        return { form: 'no_relation', missing: [] };
    }
    // 2. Timing: in at delivery or later with no say over goals or content is co-implementation.
    const shares = sharesControl(f);
    const unstatedDefinitions: MissingFact[] = [
        ...(f.goalsDefinedBy === 'unknown' ? ['goals' as const] : []), ...(f.contentDefinedBy === 'unknown' ? ['content' as const] : [])
    ];
    if (shares !== 'yes') {
        if (f.timing === 'late' && shares === 'no') return { form: 'co_implementation', missing: [] };
        if (f.timing === 'late') return undetermined(unstatedDefinitions);
        if (f.timing === 'unknown') return undetermined(['first-involvement', ...unstatedDefinitions]);
    }
    // 3. Equal: goals, content and strategic decisions all joint.
    const equal = equalHolds(f);
    if (equal.holds === true) return { form: 'equal', missing: [] };
    if (equal.holds === undefined) return undetermined(equal.missing);
    // 4. Otherwise the side that leads.
    const lead = leadingSide(f);
    if (lead.side === 'public') return { form: 'municipality_led', missing: [] };
    if (lead.side === 'non_public') return { form: 'voluntary_led', missing: [] };
    return undetermined(lead.missing ? [lead.missing] : []);
}

// ---- Assessments: each claimable form with its criteria -------------------------------------------

function criterion(criterion: Evidence['criterion'], holds: boolean, detail: string, ranges: readonly SourceRange[]): Evidence {
    return { criterion, holds, detail, ranges };
}

function jointPhasesText(f: CoCreationFacts): string {
    return f.jointPhases.length > 0 ? `phases done jointly: ${f.jointPhases.join(', ')}` : 'no phase is done jointly';
}

function timingText(f: CoCreationFacts): string {
    return f.firstNonPublicPhase ? `the non-public side is first involved in ${f.firstNonPublicPhase}` : 'the model does not say when the non-public side is first involved';
}

function togetherText(f: CoCreationFacts): string {
    const ways: string[] = [];
    if (f.jointPhases.length > 0) ways.push(jointPhasesText(f));
    if (f.goalsDefinedBy === 'joint') ways.push('goals are defined jointly');
    if (f.contentDefinedBy === 'joint') ways.push('content is defined jointly');
    if (f.strategicDecisionLocus === 'joint') ways.push('strategic decisions are taken jointly');
    if (f.sharedGovernance) ways.push('governance is shared');
    if (f.highestVoice === 'collaborate' || f.highestVoice === 'empower') ways.push(`the non-public side reaches IAP2 "${f.highestVoice}" in a public decision`);
    return ways.length > 0
        ? ways.join('; ')
        : 'the sides do nothing together: no joint phase, no joint goals, content or strategic decisions, no shared governance or shared public decision';
}

function jointWork(f: CoCreationFacts, ranges: FactRanges, expected: boolean): Evidence {
    return criterion('joint-work', together(f) === expected,
        expected ? `the sides must do something together; ${togetherText(f)}` : `nothing may be done together; ${togetherText(f)}`,
        ranges.together);
}

function earlyOrShapes(f: CoCreationFacts, ranges: FactRanges): Evidence {
    const shares = sharesControl(f);
    return criterion('involved-early-or-shapes', f.timing === 'early' || shares === 'yes',
        `the non-public side must be involved before delivery or share control of goals or content; ${timingText(f)}, goals by ${sideLabel(f.goalsDefinedBy)}, content by ${sideLabel(f.contentDefinedBy)}`,
        [...ranges.involvement, ...ranges.goals, ...ranges.content]);
}

function notAllJoint(f: CoCreationFacts, ranges: FactRanges): Evidence {
    return criterion('not-all-joint', equalHolds(f).holds === false,
        `goals, content and strategic decisions must not all be joint (that is equal co-creation), and none of them may be unstated while the others are joint; goals by ${sideLabel(f.goalsDefinedBy)}, content by ${sideLabel(f.contentDefinedBy)}, strategic decisions by ${sideLabel(f.strategicDecisionLocus)}`,
        [...ranges.goals, ...ranges.content, ...ranges.strategic]);
}

const LEAD_FACT_TEXT: Record<MissingFact, string> = {
    goals: 'the goals', content: 'the content', initiator: 'the initiative', 'strategic-decisions': 'the strategic decisions',
    'public-actor': '', 'non-public-actor': '', 'first-involvement': ''
};

function leads(f: CoCreationFacts, ranges: FactRanges, side: 'public' | 'non_public'): Evidence {
    const lead = leadingSide(f);
    const name = side === 'public' ? 'the public side' : 'the non-public side';
    const detail = lead.side
        ? `${name} must lead: the first of goals, content, initiative and strategic decisions held by one side; ${LEAD_FACT_TEXT[lead.decidedBy ?? 'goals']} ${lead.decidedBy === 'initiator' ? 'is taken' : lead.decidedBy === 'strategic-decisions' ? 'are taken' : 'are defined'} by ${sideLabel(lead.side)}`
        : `${name} must lead: the first of goals, content, initiative and strategic decisions held by one side; ${lead.missing ? `${LEAD_FACT_TEXT[lead.missing]} are not stated` : 'all of them are joint'}`;
    return criterion('leading-side', lead.side === side, detail, [...ranges.goals, ...ranges.content, ...ranges.initiator, ...ranges.strategic]);
}

function assessment(form: CoCreationForm, presenceHolds: Evidence, evidence: Evidence[]): FormAssessment {
    const all = [presenceHolds, ...evidence];
    return { form, supported: all.every(e => e.holds), evidence };
}

/** Every claimable form with its criteria; exactly the decided form's all hold (tested over the whole fact space). */
export function assessForms(f: CoCreationFacts, sides: SidesPresent, ranges: FactRanges = NO_RANGES): FormAssessment[] {
    const presence = criterion('non-public-party-present', sides.publicSide && sides.nonPublicSide, '', []);
    const shares = sharesControl(f);
    const strategic = strategicJoint(f);
    return FORM_ORDER.map(form => {
        switch (form) {
            case 'equal': return assessment(form, presence, [
                criterion('goals-defined-by', f.goalsDefinedBy === 'joint', `goals must be defined jointly; defined by ${sideLabel(f.goalsDefinedBy)}`, ranges.goals),
                criterion('content-defined-by', f.contentDefinedBy === 'joint', `content must be defined jointly; defined by ${sideLabel(f.contentDefinedBy)}`, ranges.content),
                criterion('strategic-decision-locus', strategic === true,
                    f.strategicDecisionLocus === 'unknown' && f.sharedGovernance
                        ? 'no strategic decision stated; governance is declared shared'
                        : `strategic decisions must be taken jointly (or, when none is stated, governance shared); taken by ${sideLabel(f.strategicDecisionLocus)}`,
                    ranges.strategic)
            ]);
            case 'municipality_led':
            case 'voluntary_led': return assessment(form, presence, [
                jointWork(f, ranges, true),
                earlyOrShapes(f, ranges),
                notAllJoint(f, ranges),
                leads(f, ranges, form === 'municipality_led' ? 'public' : 'non_public')
            ]);
            case 'co_implementation': return assessment(form, presence, [
                jointWork(f, ranges, true),
                criterion('first-involvement', f.timing === 'late', `the non-public side must first come in at delivery or later; ${timingText(f)}`, ranges.involvement),
                criterion('goals-and-content-defined-by', shares === 'no',
                    `the non-public side must define neither goals nor content (both stated); goals by ${sideLabel(f.goalsDefinedBy)}, content by ${sideLabel(f.contentDefinedBy)}`,
                    [...ranges.goals, ...ranges.content])
            ]);
            case 'contracting': return assessment(form, presence, [
                jointWork(f, ranges, false),
                criterion('non-public-performs', f.nonPublicPerforms, f.nonPublicPerforms ? 'the non-public side delivers work' : 'the non-public side must deliver work; none is stated', ranges.performs),
                criterion('public-specifies', publicSpecifies(f),
                    `the public side must specify the work: define the content alone (or the goals, or buy it by procurement, when the content is not stated); content by ${sideLabel(f.contentDefinedBy)}, goals by ${sideLabel(f.goalsDefinedBy)}${f.procurement ? ', a procurement contract or contract payment is stated' : ''}`,
                    [...ranges.content, ...ranges.goals, ...ranges.procurement])
            ]);
            case 'consultation': return assessment(form, presence, [
                jointWork(f, ranges, false),
                notContracting(f, ranges),
                criterion('highest-participation', voiceWithoutSharing(f) || (f.highestVoice === 'inform' && !f.publicResources),
                    `the non-public side must be consulted or involved in a public decision (or only informed, with no resources from the public side); ${f.highestVoice ? `the highest IAP2 level is ${f.highestVoice}` : 'it has no voice in any public decision'}${f.publicResources ? '; resources flow from the public side' : ''}`,
                    [...ranges.voice, ...ranges.resources])
            ]);
            case 'support': return assessment(form, presence, [
                jointWork(f, ranges, false),
                notContracting(f, ranges),
                criterion('economic-support', f.publicResources,
                    f.publicResources ? 'money or in-kind resources flow from the public to the non-public side' : 'money or in-kind resources must flow from the public to the non-public side; none do',
                    ranges.resources),
                criterion('highest-participation', !voiceWithoutSharing(f),
                    `the non-public side must have no voice beyond being informed; ${f.highestVoice ? `it reaches IAP2 "${f.highestVoice}"` : 'it has none in any public decision'}`,
                    ranges.voice)
            ]);
        }
    });
}

function notContracting(f: CoCreationFacts, ranges: FactRanges): Evidence {
    return criterion('not-contracting', !contracting(f),
        contracting(f) ? 'the non-public side delivers work the public side specifies (contracting)' : 'the non-public side delivers no work the public side specifies',
        [...ranges.performs, ...ranges.procurement]);
}

/** The procedure's steps for an outcome that is no claimable form: no relation, or undetermined. */
function procedureEvidence(form: CoCreationFormCode, f: CoCreationFacts, sides: SidesPresent, ranges: FactRanges): Evidence[] {
    if (!sides.publicSide || !sides.nonPublicSide) return [];
    if (form === 'no_relation') {
        return [
            jointWork(f, ranges, false),
            criterion('non-public-performs', false, 'the non-public side delivers no work the public side specifies', ranges.performs),
            criterion('economic-support', false, 'no money or in-kind resources flow from the public to the non-public side', ranges.resources),
            criterion('highest-participation', false, 'the non-public side has no voice in any public decision', ranges.voice)
        ];
    }
    // Undetermined with both sides present: they do something together (otherwise step 1 decides),
    // and the timing step or a later one needs a fact the model does not state.
    return [jointWork(f, ranges, true), earlyOrShapes(f, ranges)];
}

function presenceEvidence(index: ModelIndex, sides: SidesPresent): Evidence {
    const nonPublic = index.nonPublicActors();
    return {
        criterion: 'non-public-party-present',
        holds: sides.publicSide && sides.nonPublicSide,
        detail: !sides.nonPublicSide
            ? 'the model declares no non-public actor'
            : !sides.publicSide
                ? 'the model declares no public actor'
                : `non-public side: ${index.titles(nonPublic.map(actor => actor.id))}`,
        ranges: nonPublic.map(actor => actor.nameRange)
    };
}

// ---- From the model to the facts ------------------------------------------------------------------

function timingOf(phase: Phase | undefined): Timing {
    if (phase === undefined) return 'unknown';
    return EARLY.has(phase) ? 'early' : 'late';
}

/** Reduces the model to the facts the procedure reads; the operationalisation is in docs/classifications.md. */
export function coCreationFacts(index: ModelIndex, participation: readonly ParticipationResult[] = []): { facts: CoCreationFacts; ranges: FactRanges } {
    const model = index.model;
    const initiatorRanges = model.initiatives.map(initiative => initiative.range);
    const initiator = index.sideOf(model.initiatives.flatMap(initiative => initiative.initiators));
    const nonPublicParty = (party: string): boolean => index.actorsOf(party).some(actor => !index.isPublic(actor));

    // First involvement of the non-public side: an explicit `involvement`, taking the initiative
    // (initiation), or performing an activity in a phase (an activity without phases is delivery).
    const nonPublicPhases: Phase[] = [];
    const involvementRanges: SourceRange[] = [];
    for (const involvement of model.involvements) {
        if (nonPublicParty(involvement.party)) {
            nonPublicPhases.push(involvement.phase);
            involvementRanges.push(involvement.range);
        }
    }
    for (const initiative of model.initiatives) {
        if (initiative.initiators.some(nonPublicParty)) {
            nonPublicPhases.push('initiation');
            involvementRanges.push(initiative.range);
        }
    }
    const performsRanges: SourceRange[] = [];
    for (const activity of model.activities) {
        if (activity.performers.some(nonPublicParty)) {
            nonPublicPhases.push(...(activity.phases.length > 0 ? activity.phases : ['delivery' as const]));
            involvementRanges.push(activity.range);
            performsRanges.push(activity.range);
        }
    }
    for (const decision of model.decisions) {
        for (const right of decision.rights) {
            if (right.right === 'perform' && nonPublicParty(right.party)) performsRanges.push(right.range);
        }
    }

    const definitions = (aspect: 'goals' | 'content') => model.definitions.filter(definition => definition.aspect === aspect);
    const goals = definitions('goals');
    const content = definitions('content');

    // Strategic decisions: those at policy or strategic level (their own or their deciding body's);
    // when the model levels none, every decision counts, since nothing marks any as operational.
    const levelled = model.decisions.filter(decision => index.levelOf(decision) !== undefined);
    const strategic = levelled.length > 0 ? levelled.filter(decision => index.levelOf(decision) !== 'operational') : model.decisions;
    const strategicRanges = strategic.flatMap(decision => decision.loci.map(locus => locus.range));
    const strategicDecisionLocus = index.sideOf(strategic.flatMap(decision => index.decidersOf(decision)));

    // Joint phases: phases of activities whose performers span both sides (not done `separately`),
    // and initiation when public and non-public parties take the initiative together.
    const joint = new Set<Phase>();
    const jointRanges: SourceRange[] = [];
    for (const activity of model.activities) {
        if (activity.mode !== 'separately' && index.sideOf(activity.performers) === 'joint') {
            for (const phase of activity.phases.length > 0 ? activity.phases : ['delivery' as const]) joint.add(phase);
            jointRanges.push(activity.range);
        }
    }
    if (initiator === 'joint') {
        joint.add('initiation');
        jointRanges.push(...initiatorRanges);
    }

    const voiceRanges: SourceRange[] = [];
    for (const result of participation) {
        for (const evidence of result.iap2.evidence) voiceRanges.push(...evidence.ranges);
    }
    // A seat in a body with members on both sides is a voice even when no decision of the body is
    // written down (a voluntary-sector council): advice in an advisory body or forum; a share in
    // the decisions in a steering group, a board or any body that decides by a rule. A platform or
    // working group without a rule is a place to work together, not a stated voice.
    const voices: Iap2Level[] = [];
    const highestDecisionVoice = highestIap2(participation);
    if (highestDecisionVoice) voices.push(highestDecisionVoice);
    for (const body of model.bodies) {
        if (index.sideOf(body.members) !== 'joint') continue;
        const voice = body.kind === 'advisory_body' || body.kind === 'forum' ? 'consult'
            : body.rule !== undefined || body.kind === 'steering_group' || body.kind === 'board' ? 'collaborate'
                : undefined;
        if (voice === undefined) continue;
        voices.push(voice);
        voiceRanges.push(body.range);
    }
    const highestVoice = voices.length > 0 ? voices.reduce((a, b) => IAP2_LEVELS.indexOf(b) > IAP2_LEVELS.indexOf(a) ? b : a) : undefined;
    const resourceLines = index.publicToNonPublicLines().filter(line =>
        line.category !== 'knowledge' && line.category !== 'volunteer_hours' && line.kind !== 'procurement_contract' && line.kind !== 'contract_payment');
    const procurementRanges = [
        ...model.funding.filter(line => line.kind === 'procurement_contract' || line.kind === 'contract_payment').map(line => line.range),
        ...model.agreements.filter(agreement => agreement.instrument === 'procurement_contract').map(agreement => agreement.range)
    ];

    const goalsDefinedBy = index.sideOf(goals.flatMap(definition => definition.definers));
    const contentDefinedBy = index.sideOf(content.flatMap(definition => definition.definers));
    const sharedGovernance = model.governance?.mode === 'shared';
    const firstNonPublicPhase = earliestPhase(nonPublicPhases);
    const togetherRanges = [
        ...jointRanges,
        ...(goalsDefinedBy === 'joint' ? goals.map(d => d.range) : []),
        ...(contentDefinedBy === 'joint' ? content.map(d => d.range) : []),
        ...(strategicDecisionLocus === 'joint' ? strategicRanges : []),
        ...(sharedGovernance && model.governance ? [model.governance.range] : []),
        ...(highestVoice === 'collaborate' || highestVoice === 'empower' ? voiceRanges : [])
    ];
    const reduced: Omit<CoCreationFacts, 'together'> = {
        initiator,
        firstNonPublicPhase,
        goalsDefinedBy,
        contentDefinedBy,
        strategicDecisionLocus,
        jointPhases: PHASES.filter(phase => joint.has(phase)),
        timing: timingOf(firstNonPublicPhase),
        sharedGovernance,
        highestVoice,
        publicResources: resourceLines.length > 0,
        nonPublicPerforms: performsRanges.length > 0,
        procurement: procurementRanges.length > 0
    };
    const facts: CoCreationFacts = { ...reduced, together: togetherOf(reduced) };
    return {
        facts,
        ranges: {
            initiator: initiatorRanges,
            involvement: involvementRanges,
            goals: goals.map(definition => definition.range),
            content: content.map(definition => definition.range),
            strategic: strategicRanges,
            jointPhases: jointRanges,
            together: togetherRanges,
            resources: resourceLines.map(line => line.range),
            voice: voiceRanges,
            performs: performsRanges,
            procurement: procurementRanges
        }
    };
}
