import { partiesTakingPart } from '../../analysis/model-index.js';
import { hit, type RuleDefinition } from '../rule.js';

/** Retired: the grammar now requires the organisation after `lead` and `nao`, so the parser reports it. */
export const governanceOrganisationMissing: RuleDefinition = {
    code: 'SK-GOV-001', area: 'GOV', defaultSeverity: 'error', scope: 'model',
    summary: 'Retired: lead-organisation and NAO governance name the organisation (now required by the grammar).',
    retired: 'The grammar requires `governance lead <actor>` / `governance nao <actor>` since the examples landed; the parser reports a missing organisation.'
};

/** The lead organisation or NAO takes part in the partnership (DOMAIN.md §4, errors). */
export const governanceOrganisationNotParticipant: RuleDefinition = {
    code: 'SK-GOV-002', area: 'GOV', defaultSeverity: 'error', scope: 'model',
    summary: 'The lead organisation or NAO is a participant: it takes part in a body, role, decision, activity, agreement or funding line.',
    check({ model, index }, report) {
        const governance = model.governance;
        if (!governance?.organisation || governance.mode === 'shared') return;
        const taking = partiesTakingPart(model);
        if (!taking.has(governance.organisation)) {
            report(hit(`${index.title(governance.organisation)} ${governance.mode === 'lead' ? 'leads' : 'administers'} the network but takes part in nothing else in the model; give it its role, body membership, decisions or agreements, or name a participant.`, governance.range));
        }
    }
};

/** Shared governance suits few participants (Provan & Kenis 2008; DOMAIN.md §4, warnings). */
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

/** Shared governance needs high trust and goal consensus (Provan & Kenis 2008; DOMAIN.md §4, warnings). */
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

/** Someone coordinates or leads (OFFRI: leadership and distribution of roles; DOMAIN.md §4, warnings). */
export const noCoordinator: RuleDefinition = {
    code: 'SK-GOV-005', area: 'GOV', defaultSeverity: 'warning', scope: 'model',
    summary: 'A coordinator or leader is named: a coordinator/leader/facilitator role with a holder, a body chair, or a lead organisation/NAO.',
    check({ model }, report) {
        const role = model.roles.some(r => (r.kind === 'coordinator' || r.kind === 'leader' || r.kind === 'facilitator') && r.holders.length > 0);
        const chair = model.bodies.some(body => body.chair !== undefined);
        const lead = model.governance?.mode !== 'shared' && model.governance?.organisation !== undefined;
        if (!role && !chair && !lead) {
            report(hit(`No coordinator or leader is named in "${model.title}"; add \`role coordinator "…" is coordinator held by <actor>\`, a body chair, or \`governance lead <actor>\`.`, model.nameRange));
        }
    }
};

/** Anchoring in the municipal administration (OFFRI, Guribye 2016; DOMAIN.md §4, warnings). */
export const noAnchoring: RuleDefinition = {
    code: 'SK-GOV-006', area: 'GOV', defaultSeverity: 'warning', scope: 'model',
    summary: 'A model with a public actor declares its anchoring (owning unit, political/administrative decision, budget line).',
    check({ model, index }, report) {
        if (!model.anchoring && index.publicActors().length > 0) {
            report(hit(`"${model.title}" declares no anchoring in the public administration; add \`anchoring unit "…" resolution "…" budget_line "…"\` (OFFRI found anchoring decisive).`, model.nameRange));
        }
    }
};

/** Information: the declared governance mode and its fit (Provan & Kenis 2008). */
export const governanceFit: RuleDefinition = {
    code: 'SK-GOV-007', area: 'GOV', defaultSeverity: 'info', scope: 'model',
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

/** A body's chair sits in the body. */
export const chairNotMember: RuleDefinition = {
    code: 'SK-GOV-009', area: 'GOV', defaultSeverity: 'warning', scope: 'model',
    summary: 'The chair of a body is one of its members.',
    check({ model, index }, report) {
        for (const body of model.bodies) {
            if (body.chair && !body.members.includes(body.chair)) {
                report(hit(`${index.title(body.chair)} chairs "${body.title}" but is not a member; add it to \`members\` or name a member as chair.`, body.range));
            }
        }
    }
};

/** An `anchoring` that names nothing anchors nothing (OFFRI). */
export const emptyAnchoring: RuleDefinition = {
    code: 'SK-GOV-010', area: 'GOV', defaultSeverity: 'warning', scope: 'model',
    summary: '`anchoring` names at least an owning unit, a decision reference or a budget line.',
    check({ model }, report) {
        const anchoring = model.anchoring;
        if (anchoring && !anchoring.unit && !anchoring.decisionReference && !anchoring.budgetLine) {
            report(hit('`anchoring` names nothing; add the owning `unit`, the `decision` that anchors it, or the `budget_line`.', anchoring.range));
        }
    }
};

export const GOVERNANCE_RULES: readonly RuleDefinition[] = [
    governanceOrganisationMissing, governanceOrganisationNotParticipant, sharedGovernanceTooLarge, sharedGovernanceLowTrust, noCoordinator,
    noAnchoring, governanceFit, governanceMisfit, chairNotMember, emptyAnchoring
];
