import type { DecisionLocus, PartnershipDecision } from '../../model/partnership-model.js';
import type { ModelIndex } from '../../analysis/model-index.js';
import { hit, type RuleDefinition } from '../rule.js';

/**
 * Who decides is part of every decision's rights (decision rights, RAPID: Rogers & Blenko 2006).
 * A decision without a decider is incomplete, not contradictory: a warning.
 */
export const noDecisionLocus: RuleDefinition = {
    code: 'SK-DEC-001', area: 'DEC', defaultSeverity: 'warning', scope: 'model',
    summary: 'A decision names who decides.',
    check({ model }, report) {
        for (const decision of model.decisions) {
            if (decision.loci.length === 0) {
                report(hit(`"${decision.title}" does not say who decides, so the participation levels in it cannot be read; add \`decide <actor or body>\` or \`decide joint(a, b) by consensus\`.`, decision.nameRange));
            }
        }
    }
};

/** Two loci leave open who decides: a contradiction (the model says two different things). */
export const manyDecisionLoci: RuleDefinition = {
    code: 'SK-DEC-002', area: 'DEC', defaultSeverity: 'error', scope: 'model',
    summary: 'A decision has only one decision locus.',
    check({ model }, report) {
        for (const decision of model.decisions) {
            for (const extra of decision.loci.slice(1)) {
                report(hit(`"${decision.title}" has more than one \`decide\`; keep one, or make it one joint locus: \`decide joint(a, b) by majority\` or a body.`, extra.range));
            }
        }
    }
};

function locusParties(index: ModelIndex, locus: DecisionLocus): { actors: readonly string[]; body?: string; rule?: string } {
    if (locus.kind === 'joint') {
        return { actors: [...new Set(locus.parties)], rule: locus.rule };
    }
    const body = index.bodies.get(locus.party);
    return body ? { actors: [...new Set(body.members)], body: body.id, rule: body.rule } : { actors: [locus.party], rule: 'single' };
}

/** A joint locus with fewer than two distinct actors contradicts itself: it is not joint. */
export const jointLocusTooSmall: RuleDefinition = {
    code: 'SK-DEC-003', area: 'DEC', defaultSeverity: 'error', scope: 'model',
    summary: 'A joint decision locus (joint(...) or a body) has at least two distinct actors.',
    check({ model, index }, report) {
        for (const decision of model.decisions) {
            for (const locus of decision.loci) {
                const { actors, body } = locusParties(index, locus);
                if ((locus.kind === 'joint' || body) && actors.length < 2) {
                    report(hit(body
                        ? `The body "${index.title(body)}" deciding "${decision.title}" has fewer than two members; add its members or let the actor decide alone.`
                        : `\`joint(...)\` in "${decision.title}" names fewer than two distinct actors; name every party that decides, or use \`decide <actor>\`.`, locus.range));
                }
            }
        }
    }
};

/**
 * A joint locus states how it decides (consensus, majority, unanimity): who can be outvoted is
 * Arnstein's partnership versus placation. Missing information, not a contradiction: a warning.
 */
export const jointLocusWithoutRule: RuleDefinition = {
    code: 'SK-DEC-004', area: 'DEC', defaultSeverity: 'warning', scope: 'model',
    summary: 'A joint decision locus states its decision rule (consensus, majority or unanimity).',
    check({ model, index }, report) {
        for (const decision of model.decisions) {
            for (const locus of decision.loci) {
                const { actors, body, rule } = locusParties(index, locus);
                if ((locus.kind === 'joint' || body) && actors.length >= 2 && rule === undefined) {
                    report(hit(body
                        ? `The body "${index.title(body)}" decides "${decision.title}" but the model does not say how (consensus, majority or unanimity), so who can be outvoted is unknown; add \`decides by consensus\` (or majority, unanimity) to the body.`
                        : `\`joint(...)\` in "${decision.title}" does not say how the parties decide, so who can be outvoted is unknown; add \`by consensus\`, \`by majority\` or \`by unanimity\`.`,
                    locus.range, { fix: 'add-decision-rule', decision: decision.id, body }));
                }
            }
        }
    }
};

/** The parties named in a decision's loci as written: actors or bodies, not expanded to members. */
function namedDeciders(decision: PartnershipDecision): ReadonlySet<string> {
    const named = new Set<string>();
    for (const locus of decision.loci) {
        if (locus.kind === 'party') named.add(locus.party);
        else for (const party of locus.parties) named.add(party);
    }
    return named;
}

/**
 * A party cannot decide and be consulted on the same decision: being consulted is advice to the
 * decider. Only a party named directly in both places is a contradiction: a member of a deciding
 * body who is also consulted in its own name (a municipality heard as an administration while its
 * representative sits on the board) is a legitimate, common arrangement.
 */
export const deciderConsulted: RuleDefinition = {
    code: 'SK-DEC-005', area: 'DEC', defaultSeverity: 'error', scope: 'model',
    summary: 'A party named as decider (directly, or in `joint(...)`) is not also named as only consulted on the same decision.',
    check({ model, index }, report) {
        for (const decision of model.decisions) {
            const named = namedDeciders(decision);
            const reported = new Set<string>();
            for (const right of decision.rights) {
                if (right.right !== 'consulted' || !named.has(right.party) || reported.has(right.party)) continue;
                reported.add(right.party);
                report(hit(`${index.title(right.party)} decides "${decision.title}" and is also named as consulted on it; a decider is not consulted on its own decision. Remove one of the two rights.`, right.range));
            }
        }
    }
};

/** IAP2 "empower" places the final decision with the participant (IAP2 Spectrum): declared while another decides, a contradiction. */
export const empowerWithoutDeciding: RuleDefinition = {
    code: 'SK-DEC-006', area: 'DEC', defaultSeverity: 'error', scope: 'model',
    summary: 'IAP2 "empower" is not declared for an actor while someone else decides.',
    check({ model, index }, report) {
        for (const decision of model.decisions) {
            const deciders = index.decidersOf(decision);
            for (const right of decision.rights) {
                if (right.iap2 !== 'empower' || right.right === 'decide') continue;
                const actors = index.actorsOf(right.party);
                if (deciders.length > 0 && !actors.some(actor => deciders.includes(actor))) {
                    report(hit(`${index.title(right.party)} is declared "empower" in "${decision.title}", but ${index.titles(deciders)} ${deciders.length === 1 ? 'decides' : 'decide'}; IAP2 "empower" means the final decision is theirs. Let them decide, or declare a lower level.`, right.range));
                }
            }
        }
    }
};

function declaredAboveRights(scale: 'iap2' | 'arnstein'): RuleDefinition['check'] {
    return function ({ model, classification, index }, report) {
        // Built at the first mismatch: most readings have none, and this runs on every keystroke.
        let decisions: Map<string, PartnershipDecision> | undefined;
        const reported = new Set<string>();
        for (const result of classification.participation) {
            const reading = result[scale];
            if (reading.declared === undefined) continue;
            const mismatch = reading.evidence.find(e => e.criterion === 'declared-level' && !e.holds);
            if (!mismatch) continue;
            decisions ??= new Map<string, PartnershipDecision>(model.decisions.map(decision => [decision.id, decision]));
            const decision = decisions.get(result.decision);
            if (!decision) continue;
            // SK-DEC-006 already reports "empower" without deciding.
            if (scale === 'iap2' && reading.declared === 'empower' && !index.decidersOf(decision).includes(result.actor)) continue;
            const range = decision.rights.find(right => right[scale] === reading.declared && index.actorsOf(right.party).includes(result.actor))?.range ?? mismatch.ranges[0];
            if (!range) continue;
            const key = `${range.start.line}:${range.start.character}`;
            if (reported.has(key)) continue;
            reported.add(key);
            const name = scale === 'iap2' ? 'IAP2 level' : 'Arnstein rung';
            report(hit(`${index.title(result.actor)} is declared ${name} "${(reading.declared ?? '').replace(/_/g, ' ')}" in "${decision.title}", but the rights only support ${reading.derived ? `"${reading.derived.replace(/_/g, ' ')}"` : 'no voice at all'}; give the rights that level means, or declare what the rights give.`, range));
        }
    };
}

export const iap2AboveRights: RuleDefinition = {
    code: 'SK-DEC-007', area: 'DEC', defaultSeverity: 'warning', scope: 'model',
    summary: 'A declared IAP2 level is not higher than the actor\'s rights in the decision support.',
    check: declaredAboveRights('iap2')
};

export const arnsteinAboveRights: RuleDefinition = {
    code: 'SK-DEC-008', area: 'DEC', defaultSeverity: 'warning', scope: 'model',
    summary: 'A declared Arnstein rung is not higher than the actor\'s rights in the decision support.',
    check: declaredAboveRights('arnstein')
};

export const DECISION_RULES: readonly RuleDefinition[] = [
    noDecisionLocus, manyDecisionLoci, jointLocusTooSmall, jointLocusWithoutRule, deciderConsulted, empowerWithoutDeciding,
    iap2AboveRights, arnsteinAboveRights
];
