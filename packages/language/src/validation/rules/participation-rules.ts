import type { PartnershipDecision, SourceRange } from '../../model/partnership-model.js';
import { partiesTakingPart, phaseOrder } from '../../analysis/model-index.js';
import { hit, type RuleDefinition } from '../rule.js';

/** Money without a role hides who the funder is in the partnership (DOMAIN.md §4, warnings). */
export const fundingWithoutRole: RuleDefinition = {
    code: 'SK-PART-001', area: 'PART', defaultSeverity: 'warning', scope: 'model',
    summary: 'An actor that funds or receives funding holds a role.',
    check({ model, index }, report) {
        const holders = new Set(model.roles.flatMap(role => role.holders.flatMap(holder => [holder, ...index.actorsOf(holder)])));
        const reported = new Set<string>();
        for (const line of model.funding) {
            for (const party of [line.from, line.to]) {
                if (!index.actors.has(party) || holders.has(party) || reported.has(party)) continue;
                reported.add(party);
                report(hit(`${index.title(party)} ${party === line.from ? 'funds' : 'receives funding'} but holds no role; add a role such as \`role funder "…" is funder held by ${party}\`.`, line.range));
            }
        }
    }
};

export const roleWithoutHolder: RuleDefinition = {
    code: 'SK-PART-002', area: 'PART', defaultSeverity: 'warning', scope: 'model',
    summary: 'A role is held by somebody.',
    check({ model }, report) {
        for (const role of model.roles) {
            if (role.holders.length === 0) {
                report(hit(`Nobody holds the role "${role.title}"; add \`held by <actor>\`, or remove the role if it is vacant on purpose.`, role.nameRange));
            }
        }
    }
};

/**
 * IAP2's promise for consult and involve is to tell participants how their input influenced the
 * decision: a consultation without a feedback mechanism breaks it (DOMAIN.md §4, warnings).
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

/** Non-public actors doing the work of a decision without a say in it (DOMAIN.md §4, warnings). */
export const performersWithoutVoice: RuleDefinition = {
    code: 'SK-PART-004', area: 'PART', defaultSeverity: 'warning', scope: 'model',
    summary: 'A non-public actor that performs the work of a decision has a voice in it (at least consulted).',
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
            report(hit(`${index.title(result.actor)} performs the work of "${decision.title}" but has no voice in it; consult them (with feedback), let them recommend, or state why not.`, range));
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

/** Without a non-public actor there is nothing to co-create: every typology is undetermined. */
export const noNonPublicActor: RuleDefinition = {
    code: 'SK-PART-006', area: 'PART', defaultSeverity: 'info', scope: 'model',
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

/** The first involvement of a party is one phase (DOMAIN.md D2). */
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

/** An actor cannot work in a phase before it is involved (DOMAIN.md D2 against D5). */
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

export const PARTICIPATION_RULES: readonly RuleDefinition[] = [
    fundingWithoutRole, roleWithoutHolder, consultWithoutFeedback, performersWithoutVoice, actorTakesNoPart, noNonPublicActor,
    involvementTwice, performsBeforeInvolvement
];
