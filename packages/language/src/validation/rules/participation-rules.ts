import type { DecisionLevel, PartnershipDecision, RightKind, SourceRange } from '../../model/partnership-model.js';
import { partiesTakingPart, phaseOrder, type ModelIndex } from '../../analysis/model-index.js';
import { hit, type RuleDefinition } from '../rule.js';

/**
 * A recipient the model shows doing nothing but receiving money: what the money is for is not
 * stated. Info: a missing fact, not a problem. (A funder without a role is normal and not reported:
 * money is its part in the collaboration.)
 */
export const fundingWithoutRole: RuleDefinition = {
    code: 'SK-PART-001', area: 'PART', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: an actor that receives money holds no role, performs no activity, sits in no body and has no right in any decision.',
    check({ model, index }, report) {
        let doing: Set<string> | undefined;
        const reported = new Set<string>();
        for (const line of model.funding) {
            const recipient = line.to;
            if (line.category !== 'money' || !index.actors.has(recipient) || reported.has(recipient)) continue;
            doing ??= actorsDoingSomething(index, model);
            if (doing.has(recipient)) continue;
            reported.add(recipient);
            report(hit(`${index.title(recipient)} receives money, but the model does not say what it does in the collaboration (no role, activity, body or decision). If it delivers, coordinates or advises, state it: a role such as \`role … is provider held by ${recipient}\`, or an activity it performs.`, line.range));
        }
    }
};

/** The actors that hold a role, perform an activity, sit in a body or hold a right in a decision. */
function actorsDoingSomething(index: ModelIndex, model: ModelIndex['model']): Set<string> {
    const doing = new Set<string>();
    const add = (parties: readonly string[]): void => {
        for (const party of parties) for (const actor of index.actorsOf(party)) doing.add(actor);
    };
    for (const role of model.roles) add(role.holders);
    for (const activity of model.activities) add(activity.performers);
    for (const body of model.bodies) {
        add(body.members);
        if (body.chair) doing.add(body.chair);
    }
    for (const decision of model.decisions) {
        add(index.decidersOf(decision));
        for (const right of decision.rights) add([right.party]);
    }
    return doing;
}

/** A role nobody holds: a vacancy, or a missing holder. Info: incomplete, not contradictory. */
export const roleWithoutHolder: RuleDefinition = {
    code: 'SK-PART-002', area: 'PART', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a role is held by nobody (a vacancy, or a missing holder).',
    check({ model }, report) {
        for (const role of model.roles) {
            if (role.holders.length === 0) {
                report(hit(`Nobody holds the role "${role.title}": if it has a holder, add \`held by <actor>\`; if it is vacant, this is what the model shows.`, role.nameRange));
            }
        }
    }
};

/**
 * IAP2's promise for consult and involve is to tell participants how their input influenced the
 * decision: a consultation without a stated feedback mechanism leaves the promise open.
 */
export const consultWithoutFeedback: RuleDefinition = {
    code: 'SK-PART-003', area: 'PART', defaultSeverity: 'warning', scope: 'model',
    summary: '"Consulted", "recommend" or a declared IAP2 consult/involve states a feedback mechanism (`with feedback "…"`).',
    check({ model, index }, report) {
        const reported = new Set<string>();
        for (const decision of model.decisions) {
            for (const right of decision.rights) {
                const consultative = right.right === 'consulted' || right.right === 'recommend' || right.iap2 === 'consult' || right.iap2 === 'involve';
                if (!consultative || right.feedback !== undefined || right.right === 'decide') continue;
                const key = `${right.range.start.line}:${right.range.start.character}`;
                if (reported.has(key)) continue;
                reported.add(key);
                report(hit(`${index.title(right.party)} gives input on "${decision.title}" but no feedback mechanism is stated; add \`with feedback "…"\` saying how input is answered (the IAP2 promise).`, right.range, { fix: 'add-feedback' }));
            }
        }
    }
};

/**
 * A non-public actor that performs the work of a decision without a say in it implements what
 * others decide (Voorberg, Bekkers & Tummers 2015: co-implementer). A description of the model, not
 * a problem in it: info.
 */
export const performersWithoutVoice: RuleDefinition = {
    code: 'SK-PART-004', area: 'PART', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a non-public actor performs the work of a decision in which it has no voice (not even consulted).',
    check({ model, classification, index }, report) {
        // By id, the first of a repeated name winning as `find` would: one lookup per reading instead of a scan of every decision.
        let decisionsById: Map<string, PartnershipDecision> | undefined;
        for (const result of classification.participation) {
            if (result.hasVoice || !result.rights.includes('perform')) continue;
            if (!decisionsById) {
                decisionsById = new Map();
                for (const decision of model.decisions) if (!decisionsById.has(decision.id)) decisionsById.set(decision.id, decision);
            }
            const decision = decisionsById.get(result.decision);
            const range = decision?.rights.find(r => r.right === 'perform' && index.actorsOf(r.party).includes(result.actor))?.range;
            if (!decision || !range) continue;
            report(hit(`${index.title(result.actor)} performs the work of "${decision.title}" but has no voice in it: here it implements what others decide (Voorberg, Bekkers & Tummers 2015: co-implementer). If it is consulted or recommends, state it (with feedback).`, range));
        }
    }
};

export const actorTakesNoPart: RuleDefinition = {
    code: 'SK-PART-005', area: 'PART', defaultSeverity: 'warning', scope: 'model',
    summary: 'A declared actor takes part in something: a role, body, initiative, decision, activity, funding line or agreement.',
    check({ model }, report) {
        const taking = partiesTakingPart(model);
        for (const actor of model.actors) {
            if (!actor.library && !taking.has(actor.id) && model.governance?.organisation !== actor.id) {
                report(hit(`${actor.title} is declared but takes part in nothing; state its role, decisions, activities or funding, or remove it.`, actor.nameRange));
            }
        }
    }
};

/** A classification: without both sides there is nothing to co-create, and every typology is undetermined. */
export const noNonPublicActor: RuleDefinition = {
    code: 'SK-PART-006', area: 'PART', defaultSeverity: 'info', scope: 'model', classification: true,
    summary: 'Information: the model has no non-public actor (or no public one), so no co-creation typology applies.',
    check({ model, index }, report) {
        if (model.actors.length === 0) return;
        if (index.nonPublicActors().length === 0) {
            report(hit(`"${model.title}" has only public actors; declare the voluntary, private or citizen actors it works with.`, model.nameRange));
        } else if (index.publicActors().length === 0) {
            report(hit(`"${model.title}" has no public actor; the co-creation forms describe collaboration with the public side.`, model.nameRange));
        }
    }
};

/** The first involvement of a party is one phase (Eimhjellen & Loga 2017: the time of involvement). */
export const involvementTwice: RuleDefinition = {
    code: 'SK-PART-007', area: 'PART', defaultSeverity: 'warning', scope: 'model',
    summary: 'The first involvement of a party is stated once.',
    check({ model, index }, report) {
        const first = new Map<string, SourceRange>();
        for (const involvement of model.involvements) {
            if (first.has(involvement.party)) {
                report(hit(`The first involvement of ${index.title(involvement.party)} is already stated; keep the earliest phase only.`, involvement.range));
            } else {
                first.set(involvement.party, involvement.range);
            }
        }
    }
};

/** An actor cannot work in a phase before it is involved: the stated first involvement contradicts the activities. */
export const performsBeforeInvolvement: RuleDefinition = {
    code: 'SK-PART-008', area: 'PART', defaultSeverity: 'warning', scope: 'model',
    summary: 'No party performs an activity in a phase before its stated first involvement.',
    check({ model, index }, report) {
        for (const involvement of model.involvements) {
            const activities = new Set(index.actorsOf(involvement.party).flatMap(actor => index.activitiesOf(actor)));
            for (const activity of activities) {
                const earlier = activity.phases.filter(phase => phaseOrder(phase) < phaseOrder(involvement.phase));
                if (earlier.length > 0) {
                    report(hit(`${index.title(involvement.party)} is first involved in ${involvement.phase}, but performs "${activity.title}" in ${earlier.join(', ')}; state the earlier involvement.`, involvement.range));
                    break;
                }
            }
        }
    }
};

const VOICE: ReadonlySet<RightKind> = new Set(['decide', 'agree', 'recommend', 'consulted']);

/**
 * A declared democratic purpose with operational involvement only [derived]: no non-public actor
 * has a voice in a policy- or strategic-level decision, sits in a policy- or strategic-level
 * body, or defines the goals. Ibsen & Espersen 2016: Danish municipalities' collaborations with
 * civil actors mostly concern day-to-day operations rather than policy. When the model levels no
 * decision and no body, every decision and body counts (nothing marks any as operational).
 */
export const democraticPurposeOperationalOnly: RuleDefinition = {
    code: 'SK-PART-009', area: 'PART', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a model with `purpose democratic` gives no non-public actor a voice in a policy- or strategic-level decision, a seat in such a body, or a part in defining the goals.',
    check({ model, classification, index }, report) {
        if (!model.context.purposes.includes('democratic')) return;
        if (index.publicActors().length === 0 || index.nonPublicActors().length === 0) return;
        const levelled = model.decisions.some(decision => index.levelOf(decision) !== undefined) || model.bodies.some(body => body.level !== undefined);
        const above = (level: DecisionLevel | undefined): boolean => level === 'policy' || level === 'strategic' || (level === undefined && !levelled);
        const goals = classification.coCreation.facts.goalsDefinedBy;
        if (goals === 'non_public' || goals === 'joint') return;
        const voice = classification.participation.some(result => above(result.decisionLevel) && result.rights.some(right => VOICE.has(right)));
        if (voice) return;
        const seat = model.bodies.some(body => above(body.level) && body.members.some(member => index.actorsOf(member).some(actor => !index.isPublic(actor))));
        if (seat) return;
        report(hit(`"${model.title}" declares a democratic purpose, but no non-public actor has a voice in a policy- or strategic-level decision, sits in a policy- or strategic-level body, or defines the goals: the involvement the model shows is operational at most. Ibsen & Espersen 2016 found that Danish municipalities' collaborations with civil actors mostly concern day-to-day operations rather than policy; if the democratic value lies in influence, state where the non-public actors have it (and the level of those decisions and bodies).`, model.nameRange));
    }
};

export const PARTICIPATION_RULES: readonly RuleDefinition[] = [
    fundingWithoutRole, roleWithoutHolder, consultWithoutFeedback, performersWithoutVoice, actorTakesNoPart, noNonPublicActor,
    involvementTwice, performsBeforeInvolvement, democraticPurposeOperationalOnly
];
