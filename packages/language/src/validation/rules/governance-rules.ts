import { formatPercent } from '../../analysis/funding-dependency.js';
import { partiesTakingPart } from '../../analysis/model-index.js';
import { hit, type RuleDefinition } from '../rule.js';

/** Retired: the grammar now requires the organisation after `lead` and `nao`, so the parser reports it. */
export const governanceOrganisationMissing: RuleDefinition = {
    code: 'SK-GOV-001', area: 'GOV', defaultSeverity: 'error', scope: 'model',
    summary: 'Retired: lead-organisation and NAO governance name the organisation (now required by the grammar).',
    retired: 'The grammar requires `governance lead <actor>` / `governance nao <actor>` since the examples landed; the parser reports a missing organisation.'
};

/**
 * A lead organisation is one of the network's participants (Provan & Kenis 2008): one that takes
 * part in nothing else in the model contradicts its mode. A network administrative organisation is
 * a separate entity by definition, so it is not required to take part.
 */
export const governanceOrganisationNotParticipant: RuleDefinition = {
    code: 'SK-GOV-002', area: 'GOV', defaultSeverity: 'error', scope: 'model',
    summary: 'The lead organisation is a participant: it takes part in a body, role, decision, activity, agreement or funding line.',
    check({ model, index }, report) {
        const governance = model.governance;
        if (!governance?.organisation || governance.mode !== 'lead') return;
        const taking = partiesTakingPart(model);
        if (!taking.has(governance.organisation)) {
            report(hit(`${index.title(governance.organisation)} leads the network but takes part in nothing else in the model; a lead organisation is one of the participants. Give it its role, body membership, decisions or agreements, or name a participant as lead (or \`governance nao\` if it is a separate administrative organisation).`, governance.range));
        }
    }
};

/** Shared governance suits few participants (Provan & Kenis 2008). */
export const sharedGovernanceTooLarge: RuleDefinition = {
    code: 'SK-GOV-003', area: 'GOV', defaultSeverity: 'warning', scope: 'model',
    summary: 'Shared governance has no more participants than the `governance.sharedMaxParticipants` setting.',
    check({ model, config }, report) {
        const governance = model.governance;
        const max = config.analysis.governance.sharedMaxParticipants;
        if (governance?.mode === 'shared' && model.actors.length > max) {
            report(hit(`Shared governance with ${model.actors.length} participants: Provan & Kenis find it works for few participants (setting: at most ${max}). Consider a lead organisation or a network administrative organisation.`, governance.range));
        }
    }
};

/** Shared governance needs high trust and goal consensus (Provan & Kenis 2008). */
export const sharedGovernanceLowTrust: RuleDefinition = {
    code: 'SK-GOV-004', area: 'GOV', defaultSeverity: 'warning', scope: 'model',
    summary: 'Shared governance is not declared with low trust or low goal consensus.',
    check({ model }, report) {
        const governance = model.governance;
        if (governance?.mode !== 'shared') return;
        const low = [governance.trust === 'low' ? 'trust' : undefined, governance.goalConsensus === 'low' ? 'goal consensus' : undefined].filter(Boolean);
        if (low.length > 0) {
            report(hit(`Shared governance with low ${low.join(' and ')}: Provan & Kenis find shared governance needs high trust and goal consensus. Consider a lead organisation, or work on ${low.join(' and ')} first.`, governance.range));
        }
    }
};

/**
 * A pointer, not a finding: OFFRI (Guribye 2016) studies leadership and the distribution of roles
 * as challenges of public–voluntary collaboration. Info level.
 */
export const noCoordinator: RuleDefinition = {
    code: 'SK-GOV-005', area: 'GOV', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: no coordinator or leader is named (a coordinator/leader/facilitator role with a holder, a body chair, or a lead organisation/NAO).',
    check({ model }, report) {
        const role = model.roles.some(r => (r.kind === 'coordinator' || r.kind === 'leader' || r.kind === 'facilitator') && r.holders.length > 0);
        const chair = model.bodies.some(body => body.chair !== undefined);
        const lead = model.governance?.mode !== 'shared' && model.governance?.organisation !== undefined;
        if (!role && !chair && !lead) {
            report(hit(`"${model.title}" names no coordinator, chair or lead organisation. OFFRI (Guribye 2016) studies leadership and the distribution of roles as challenges of public–voluntary collaboration; if someone holds this one together, state it: \`role coordinator "…" is coordinator held by <actor>\`, a body chair, or \`governance lead <actor>\`.`, model.nameRange));
        }
    }
};

/**
 * A pointer, not a finding: OFFRI (Guribye 2016) studies how a collaboration is anchored in the
 * municipal administration as a challenge. Info level.
 */
export const noAnchoring: RuleDefinition = {
    code: 'SK-GOV-006', area: 'GOV', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a model with a public actor declares no anchoring (owning unit, political/administrative decision, budget line).',
    check({ model, index }, report) {
        if (!model.anchoring && index.publicActors().length > 0) {
            report(hit(`"${model.title}" declares no anchoring in the public administration. OFFRI (Guribye 2016) studies anchoring as a challenge of public–voluntary collaboration; if the model's sources say where it is anchored, state it: \`anchoring unit "…" resolution "…" budget_line "…"\`.`, model.nameRange));
        }
    }
};

/** A classification: the declared governance mode and its fit (Provan & Kenis 2008). */
export const governanceFit: RuleDefinition = {
    code: 'SK-GOV-007', area: 'GOV', defaultSeverity: 'info', scope: 'model', classification: true,
    summary: 'Information: the governance mode and whether the network\'s size, trust and goal consensus fit it.',
    check({ model, classification }, report) {
        const governance = model.governance;
        const assessment = classification.governance;
        if (!governance) return;
        const fit = assessment.fit === 'fits' ? 'fits' : assessment.fit === 'misfit' ? 'does not fit' : 'cannot be judged (state trust and consensus)';
        report(hit(`${assessment.label} with ${assessment.participants} participants: ${fit} by Provan & Kenis's conditions${assessment.suggested && assessment.suggested !== governance.mode ? `; the conditions point to ${assessment.suggested}` : ''}.`, governance.range));
    }
};

/** A lead organisation or NAO outside the conditions Provan & Kenis give for it. */
export const governanceMisfit: RuleDefinition = {
    code: 'SK-GOV-008', area: 'GOV', defaultSeverity: 'warning', scope: 'model',
    summary: 'A lead organisation or NAO fits the network\'s size and goal consensus (Provan & Kenis 2008).',
    check({ model, classification }, report) {
        const governance = model.governance;
        if (!governance || governance.mode === 'shared' || classification.governance.fit !== 'misfit') return;
        const failing = classification.governance.evidence.filter(e => !e.holds && e.criterion !== 'organisation-named');
        if (failing.length === 0) return;
        report(hit(`${classification.governance.label} does not fit this network: ${failing.map(e => e.detail).join('; ')}.`, governance.range));
    }
};

/**
 * A chair from outside a body is either an outside (possibly neutral) chair, which Ansell & Gash
 * 2008 count as facilitative leadership, or a missing member: worth a look, not a problem.
 */
export const chairNotMember: RuleDefinition = {
    code: 'SK-GOV-009', area: 'GOV', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the chair of a body is not one of its members (an outside chair, or a missing member?).',
    check({ model, index }, report) {
        for (const body of model.bodies) {
            if (body.chair && !body.members.includes(body.chair)) {
                report(hit(`${index.title(body.chair)} chairs "${body.title}" without being a member: an outside chair, or a missing member? If it is a member, add it to \`members\`.`, body.range));
            }
        }
    }
};

/** An `anchoring` statement that names nothing anchors nothing. */
export const emptyAnchoring: RuleDefinition = {
    code: 'SK-GOV-010', area: 'GOV', defaultSeverity: 'warning', scope: 'model',
    summary: '`anchoring` names at least an owning unit, a decision reference or a budget line.',
    check({ model }, report) {
        const anchoring = model.anchoring;
        if (anchoring && !anchoring.unit && !anchoring.decisionReference && !anchoring.budgetLine) {
            report(hit('`anchoring` names nothing; add the owning `unit`, the `resolution` that anchors it, or the `budget_line`.', anchoring.range));
        }
    }
};

/**
 * Power and resource imbalance without facilitative leadership or a forum [derived from Ansell &
 * Gash 2008]: one side provides more than half of the model's money and alone takes the strategic
 * decisions, and the model names no facilitator or coordinator (nor a chair), and no body where
 * both sides meet.
 */
export const imbalanceWithoutFacilitation: RuleDefinition = {
    code: 'SK-GOV-011', area: 'GOV', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: one side provides most of the money and takes the strategic decisions alone, with no facilitator, coordinator or chair and no body of both sides.',
    check({ model, classification, index }, report) {
        if (index.publicActors().length === 0 || index.nonPublicActors().length === 0) return;
        const overall = classification.funding.overall;
        const locus = classification.coCreation.facts.strategicDecisionLocus;
        if (!overall || (locus !== 'public' && locus !== 'non_public')) return;
        const share = overall.shares.filter(s => index.sideOf([s.funder]) === locus).reduce((sum, s) => sum + s.share, 0);
        if (share <= 0.5) return;
        const facilitation = model.roles.some(r => (r.kind === 'facilitator' || r.kind === 'coordinator') && r.holders.length > 0)
            || model.bodies.some(body => body.chair !== undefined);
        const forum = model.bodies.some(body => index.sideOf(body.members) === 'joint');
        if (facilitation || forum) return;
        const side = locus === 'public' ? 'The public side' : 'The non-public side';
        report(hit(`${side} provides ${formatPercent(share)} of the money and takes the strategic decisions alone, and the model names no facilitator, coordinator or chair and no body where both sides meet. Ansell & Gash 2008 name power and resource imbalances as a starting condition of collaborative governance, and facilitative leadership and face-to-face dialogue as what can counter them; if such a person or forum exists, state it (\`role … is facilitator held by …\`, \`body … members …\`).`, model.nameRange));
    }
};

export const GOVERNANCE_RULES: readonly RuleDefinition[] = [
    governanceOrganisationMissing, governanceOrganisationNotParticipant, sharedGovernanceTooLarge, sharedGovernanceLowTrust, noCoordinator,
    noAnchoring, governanceFit, governanceMisfit, chairNotMember, emptyAnchoring, imbalanceWithoutFacilitation
];
