import type { CoCreationForm, Iap2Level, PartnershipModel, Phase, SourceRange } from '../model/partnership-model.js';
import { PHASES } from '../model/partnership-model.js';
import type {
    CoCreationFacts, CoCreationResult, Evidence, FormAssessment, ParticipationResult, Side
} from './classification.js';
import { formLabel } from './labels.js';
import { highestIap2 } from './participation.js';
import { earliestPhase, indexOf, sideLabel, type ModelIndex } from './model-index.js';

const SOURCE = 'Eimhjellen & Loga 2017 (criteria: when actors are involved, what they do together, who controls goals and content); forms operationalised in DOMAIN.md §3';

/**
 * The forms in the order they are tested: the first whose criteria all hold is the model's form.
 * Support comes before consultation: a grant to an actor who is merely informed is support.
 */
export const FORM_ORDER: readonly CoCreationForm[] = ['equal', 'voluntary_led', 'municipality_led', 'contracting', 'support', 'consultation'];

/** English labels; other display languages in labels.ts. */
export const FORM_LABELS: Record<CoCreationForm | 'undetermined', string> = {
    equal: formLabel('equal'),
    voluntary_led: formLabel('voluntary_led'),
    municipality_led: formLabel('municipality_led'),
    contracting: formLabel('contracting'),
    consultation: formLabel('consultation'),
    support: formLabel('support'),
    undetermined: formLabel('undetermined')
};

const CO_CREATION_FORMS: ReadonlySet<CoCreationForm> = new Set(['equal', 'voluntary_led', 'municipality_led']);

interface FactRanges {
    readonly initiator: SourceRange[];
    readonly involvement: SourceRange[];
    readonly goals: SourceRange[];
    readonly content: SourceRange[];
    readonly strategic: SourceRange[];
    readonly jointPhases: SourceRange[];
}

/**
 * The co-creation form of DOMAIN.md §3 from Eimhjellen & Loga's three criteria. Every form is
 * tested and kept with its evidence, so a claim can be checked against the criterion that fails.
 */
export function classifyCoCreation(model: PartnershipModel, participation: readonly ParticipationResult[]): CoCreationResult {
    const index = indexOf(model);
    const { facts, ranges } = coCreationFacts(index);
    const voice = participationVoice(participation);
    const assessments = FORM_ORDER.map(form => assess(form, index, facts, ranges, voice));
    const presence = nonPublicPresence(index);
    const supported = presence.holds ? assessments.find(assessment => assessment.supported) : undefined;
    const form = supported?.form ?? 'undetermined';
    const nearest = form === 'undetermined' && presence.holds ? nearestForm(assessments) : undefined;
    const evidence = supported
        ? [presence, ...supported.evidence]
        : [presence, ...factEvidence(facts, ranges)];
    return {
        code: form,
        label: FORM_LABELS[form],
        source: SOURCE,
        evidence,
        isCoCreation: supported !== undefined && CO_CREATION_FORMS.has(supported.form),
        facts,
        assessments,
        nearest
    };
}

function nonPublicPresence(index: ModelIndex): Evidence {
    const nonPublic = index.nonPublicActors();
    return {
        criterion: 'non-public-party-present',
        holds: nonPublic.length > 0 && index.publicActors().length > 0,
        detail: nonPublic.length === 0
            ? 'the model declares no non-public actor'
            : index.publicActors().length === 0
                ? 'the model declares no public actor'
                : `non-public side: ${index.titles(nonPublic.map(actor => actor.id))}`,
        ranges: nonPublic.map(actor => actor.nameRange)
    };
}

function nearestForm(assessments: readonly FormAssessment[]): CoCreationForm | undefined {
    let best: FormAssessment | undefined;
    let bestScore = -1;
    for (const assessment of assessments) {
        const score = assessment.evidence.filter(e => e.holds).length / Math.max(1, assessment.evidence.length);
        if (score > bestScore) {
            best = assessment;
            bestScore = score;
        }
    }
    return best?.form;
}

/** Reduces the model to the facts the criteria read; the operationalisation is in docs/classifications.md. */
export function coCreationFacts(index: ModelIndex): { facts: CoCreationFacts; ranges: FactRanges } {
    const model = index.model;
    const ranges: FactRanges = { initiator: [], involvement: [], goals: [], content: [], strategic: [], jointPhases: [] };

    const initiators = model.initiatives.flatMap(initiative => initiative.initiators);
    ranges.initiator.push(...model.initiatives.map(initiative => initiative.range));
    const initiator = index.sideOf(initiators);

    // First involvement of the non-public side: an explicit `involvement`, taking the initiative
    // (initiation), or performing an activity in a phase (an activity without phases is delivery).
    const nonPublicPhases: Phase[] = [];
    for (const involvement of model.involvements) {
        if (index.actorsOf(involvement.party).some(actor => !index.isPublic(actor))) {
            nonPublicPhases.push(involvement.phase);
            ranges.involvement.push(involvement.range);
        }
    }
    for (const initiative of model.initiatives) {
        if (initiative.initiators.some(party => index.actorsOf(party).some(actor => !index.isPublic(actor)))) {
            nonPublicPhases.push('initiation');
            ranges.involvement.push(initiative.range);
        }
    }
    for (const activity of model.activities) {
        if (activity.performers.some(party => index.actorsOf(party).some(actor => !index.isPublic(actor)))) {
            nonPublicPhases.push(...(activity.phases.length > 0 ? activity.phases : ['delivery' as const]));
            ranges.involvement.push(activity.range);
        }
    }

    const definersOf = (aspect: 'goals' | 'content'): Side => {
        const definitions = model.definitions.filter(definition => definition.aspect === aspect);
        (aspect === 'goals' ? ranges.goals : ranges.content).push(...definitions.map(definition => definition.range));
        return index.sideOf(definitions.flatMap(definition => definition.definers));
    };

    // Strategic decisions: those at policy or strategic level (their own or their deciding body's);
    // when the model levels none, every decision counts, since nothing marks any as operational.
    const levelled = model.decisions.filter(decision => index.levelOf(decision) !== undefined);
    const strategic = levelled.length > 0
        ? levelled.filter(decision => index.levelOf(decision) !== 'operational')
        : model.decisions;
    const deciders = strategic.flatMap(decision => index.decidersOf(decision));
    ranges.strategic.push(...strategic.flatMap(decision => decision.loci.map(locus => locus.range)));

    // Joint phases: phases of activities whose performers span both sides (not done `separately`),
    // and initiation when public and non-public parties take the initiative together.
    const joint = new Set<Phase>();
    for (const activity of model.activities) {
        if (activity.mode !== 'separately' && index.sideOf(activity.performers) === 'joint') {
            for (const phase of activity.phases.length > 0 ? activity.phases : ['delivery' as const]) joint.add(phase);
            ranges.jointPhases.push(activity.range);
        }
    }
    if (initiator === 'joint') {
        joint.add('initiation');
        ranges.jointPhases.push(...ranges.initiator);
    }

    return {
        facts: {
            initiator,
            firstNonPublicPhase: earliestPhase(nonPublicPhases),
            goalsDefinedBy: definersOf('goals'),
            contentDefinedBy: definersOf('content'),
            strategicDecisionLocus: index.sideOf(deciders),
            jointPhases: PHASES.filter(phase => joint.has(phase))
        },
        ranges
    };
}

function factEvidence(facts: CoCreationFacts, ranges: FactRanges): Evidence[] {
    return [
        { criterion: 'initiator', holds: facts.initiator !== 'unknown', detail: `initiative: ${sideLabel(facts.initiator)}`, ranges: ranges.initiator },
        {
            criterion: 'first-involvement', holds: facts.firstNonPublicPhase !== undefined,
            detail: facts.firstNonPublicPhase ? `non-public side first involved in ${facts.firstNonPublicPhase}` : 'no involvement of the non-public side stated',
            ranges: ranges.involvement
        },
        { criterion: 'goals-defined-by', holds: facts.goalsDefinedBy !== 'unknown', detail: `goals defined by ${sideLabel(facts.goalsDefinedBy)}`, ranges: ranges.goals },
        { criterion: 'content-defined-by', holds: facts.contentDefinedBy !== 'unknown', detail: `content defined by ${sideLabel(facts.contentDefinedBy)}`, ranges: ranges.content },
        {
            criterion: 'strategic-decision-locus', holds: facts.strategicDecisionLocus !== 'unknown',
            detail: `strategic decisions taken by ${sideLabel(facts.strategicDecisionLocus)}`, ranges: ranges.strategic
        },
        { criterion: 'joint-phases', holds: facts.jointPhases.length > 0, detail: jointPhasesText(facts), ranges: ranges.jointPhases }
    ];
}

function jointPhasesText(facts: CoCreationFacts): string {
    return facts.jointPhases.length > 0 ? `phases done jointly: ${facts.jointPhases.join(', ')}` : 'no phase is done jointly by the public and the non-public side';
}

/**
 * The participation evidence the consultation and support forms both read: the highest IAP2 level
 * and the ranges of every reading. Gathered once per model, in one pass; with a thousand actors
 * the ranges run into thousands, and gathering them per form was a tenth of classifying.
 */
interface ParticipationVoice {
    readonly highest?: Iap2Level;
    readonly ranges: readonly SourceRange[];
}

function participationVoice(participation: readonly ParticipationResult[]): ParticipationVoice {
    const ranges: SourceRange[] = [];
    for (const result of participation) {
        for (const evidence of result.iap2.evidence) {
            for (const range of evidence.ranges) ranges.push(range);
        }
    }
    return { highest: highestIap2(participation), ranges };
}

function assess(
    form: CoCreationForm, index: ModelIndex, facts: CoCreationFacts, ranges: FactRanges, voice: ParticipationVoice
): FormAssessment {
    const evidence = criteriaOf(form, index, facts, ranges, voice);
    return { form, supported: evidence.every(e => e.holds), evidence };
}

const EARLY: ReadonlySet<Phase> = new Set(['initiation', 'commissioning', 'design']);

function criteriaOf(
    form: CoCreationForm, index: ModelIndex, facts: CoCreationFacts, ranges: FactRanges, voice: ParticipationVoice
): Evidence[] {
    const jointCount = facts.jointPhases.length;
    const noJointPhase: Evidence = {
        criterion: 'joint-phases', holds: jointCount === 0,
        detail: jointCount === 0 ? 'no phase is done jointly' : `${jointPhasesText(facts)} (more than this form allows)`,
        ranges: ranges.jointPhases
    };
    switch (form) {
        case 'equal': return [
            { criterion: 'goals-defined-by', holds: facts.goalsDefinedBy === 'joint', detail: `goals must be defined jointly; defined by ${sideLabel(facts.goalsDefinedBy)}`, ranges: ranges.goals },
            { criterion: 'content-defined-by', holds: facts.contentDefinedBy === 'joint', detail: `content must be defined jointly; defined by ${sideLabel(facts.contentDefinedBy)}`, ranges: ranges.content },
            {
                criterion: 'first-involvement', holds: facts.firstNonPublicPhase !== undefined && EARLY.has(facts.firstNonPublicPhase),
                detail: `the non-public side must be involved from initiation or design; ${facts.firstNonPublicPhase ? `first involved in ${facts.firstNonPublicPhase}` : 'no involvement stated'}`,
                ranges: ranges.involvement
            },
            jointGovernance(index, facts, ranges),
            { criterion: 'joint-phases', holds: jointCount >= 2, detail: `at least two joint phases needed; ${jointPhasesText(facts)}`, ranges: ranges.jointPhases }
        ];
        case 'voluntary_led': return [
            {
                criterion: 'initiator', holds: facts.initiator === 'non_public' || facts.initiator === 'joint',
                detail: `the non-public side must take the initiative; initiative by ${sideLabel(facts.initiator)}`, ranges: ranges.initiator
            },
            nonPublicDefines(facts, ranges),
            publicContributes(index),
            {
                criterion: 'strategic-decision-locus', holds: facts.strategicDecisionLocus !== 'public',
                detail: `the public side must not be the sole decider; strategic decisions taken by ${sideLabel(facts.strategicDecisionLocus)}`,
                ranges: ranges.strategic
            }
        ];
        case 'municipality_led': return [
            {
                criterion: 'initiator',
                holds: facts.initiator === 'public' || facts.initiator === 'joint' || facts.goalsDefinedBy === 'public' || facts.contentDefinedBy === 'public',
                detail: `the public side must initiate or alone define goals or content; initiative by ${sideLabel(facts.initiator)}, goals by ${sideLabel(facts.goalsDefinedBy)}, content by ${sideLabel(facts.contentDefinedBy)}`,
                ranges: [...ranges.initiator, ...ranges.goals, ...ranges.content]
            },
            { criterion: 'joint-phases', holds: jointCount >= 1, detail: `the non-public side must take part in at least one phase jointly; ${jointPhasesText(facts)}`, ranges: ranges.jointPhases },
            {
                criterion: 'strategic-decision-locus', holds: facts.strategicDecisionLocus === 'public',
                detail: `strategic decisions must stay with the public side; taken by ${sideLabel(facts.strategicDecisionLocus)}`, ranges: ranges.strategic
            }
        ];
        case 'contracting': return [
            nonPublicPerforms(index),
            publicSpecifies(index, facts, ranges),
            noJointPhase
        ];
        case 'consultation': {
            const highest = voice.highest;
            return [
                {
                    criterion: 'highest-participation', holds: highest === 'inform' || highest === 'consult',
                    detail: `the highest participation must be inform or consult; ${highest ? `it is ${highest}` : 'the non-public side has no voice in any decision'}`,
                    ranges: voice.ranges
                },
                noJointPhase
            ];
        }
        case 'support': {
            const highest = voice.highest;
            return [
                economicSupport(index),
                {
                    criterion: 'highest-participation', holds: highest === undefined || highest === 'inform',
                    detail: highest === undefined || highest === 'inform'
                        ? 'the non-public side has no voice beyond being informed'
                        : `the non-public side reaches IAP2 "${highest}", more than support only`,
                    ranges: voice.ranges
                },
                noJointPhase
            ];
        }
    }
}

/** "Joint governance" (equal form): strategic decisions taken jointly; if none is stated, a declared shared governance. */
function jointGovernance(index: ModelIndex, facts: CoCreationFacts, ranges: FactRanges): Evidence {
    const governance = index.model.governance;
    const sharedInstead = facts.strategicDecisionLocus === 'unknown' && governance?.mode === 'shared';
    return {
        criterion: 'strategic-decision-locus',
        holds: facts.strategicDecisionLocus === 'joint' || sharedInstead,
        detail: sharedInstead
            ? 'no strategic decision stated; governance is declared shared'
            : `strategic decisions must be taken jointly; taken by ${sideLabel(facts.strategicDecisionLocus)}`,
        ranges: sharedInstead && governance ? [governance.range] : ranges.strategic
    };
}

/** Voluntary-led: the non-public side alone defines goals or content, and the public side alone defines neither. */
function nonPublicDefines(facts: CoCreationFacts, ranges: FactRanges): Evidence {
    const sides = [facts.goalsDefinedBy, facts.contentDefinedBy];
    const holds = sides.includes('non_public') && !sides.includes('public');
    return {
        criterion: 'goals-and-content-defined-by', holds,
        detail: `the non-public side must define goals or content; goals by ${sideLabel(facts.goalsDefinedBy)}, content by ${sideLabel(facts.contentDefinedBy)}`,
        ranges: [...ranges.goals, ...ranges.content]
    };
}

function publicContributes(index: ModelIndex): Evidence {
    const lines = index.publicToNonPublicLines();
    const coDelivery = index.model.activities.filter(activity => activity.mode !== 'separately' && index.sideOf(activity.performers) === 'joint');
    const holds = lines.length > 0 || coDelivery.length > 0;
    return {
        criterion: 'public-contributes', holds,
        detail: holds
            ? `the public side contributes ${lines.length > 0 ? `resources (${lines.length} flow(s))` : ''}${lines.length > 0 && coDelivery.length > 0 ? ' and ' : ''}${coDelivery.length > 0 ? `co-delivers "${coDelivery[0].title}"` : ''}`
            : 'the public side must contribute resources or co-deliver; neither is stated',
        ranges: [...lines.map(line => line.range), ...coDelivery.map(activity => activity.range)]
    };
}

function economicSupport(index: ModelIndex): Evidence {
    const lines = index.publicToNonPublicLines().filter(line => line.category !== 'knowledge');
    return {
        criterion: 'economic-support', holds: lines.length > 0,
        detail: lines.length > 0 ? `${lines.length} resource flow(s) from the public to the non-public side` : 'no resources flow from the public to the non-public side',
        ranges: lines.map(line => line.range)
    };
}

function nonPublicPerforms(index: ModelIndex): Evidence {
    const ranges: SourceRange[] = [];
    const performers = new Set<string>();
    for (const activity of index.model.activities) {
        for (const party of activity.performers) {
            for (const actor of index.actorsOf(party)) {
                if (!index.isPublic(actor)) {
                    performers.add(actor);
                    ranges.push(activity.range);
                }
            }
        }
    }
    for (const decision of index.model.decisions) {
        for (const right of decision.rights) {
            if (right.right !== 'perform') continue;
            for (const actor of index.actorsOf(right.party)) {
                if (!index.isPublic(actor)) {
                    performers.add(actor);
                    ranges.push(right.range);
                }
            }
        }
    }
    return {
        criterion: 'non-public-performs', holds: performers.size > 0,
        detail: performers.size > 0 ? `${index.titles([...performers])} deliver(s) work` : 'the non-public side delivers no stated work',
        ranges
    };
}

/** Contracting: the public side specifies what is delivered (defines the content, or buys it by procurement). */
function publicSpecifies(index: ModelIndex, facts: CoCreationFacts, ranges: FactRanges): Evidence {
    const procurement = [
        ...index.model.funding.filter(line => line.kind === 'procurement_contract' || line.kind === 'contract_payment').map(line => line.range),
        ...index.model.agreements.filter(agreement => agreement.instrument === 'procurement_contract').map(agreement => agreement.range)
    ];
    const byDefinition = facts.contentDefinedBy === 'public' || (facts.contentDefinedBy === 'unknown' && facts.goalsDefinedBy === 'public');
    const holds = byDefinition || (facts.contentDefinedBy === 'unknown' && procurement.length > 0);
    return {
        criterion: 'content-defined-by', holds,
        detail: holds
            ? (byDefinition ? 'the public side alone defines what is delivered' : 'the public side buys the delivery by procurement')
            : `the public side must specify what is delivered; content defined by ${sideLabel(facts.contentDefinedBy)}`,
        ranges: byDefinition ? [...ranges.content, ...ranges.goals] : procurement
    };
}

