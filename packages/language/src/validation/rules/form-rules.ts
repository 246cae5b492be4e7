import type { CoCreationForm } from '../../model/partnership-model.js';
import { FORM_LABELS } from '../../analysis/co-creation.js';
import { missingFacts } from '../../analysis/form-explanation.js';
import { sideLabel } from '../../analysis/model-index.js';
import { severityOf } from '../rule-config.js';
import { hit, type RuleContext, type RuleDefinition } from '../rule.js';

/** The forms that are co-creation (Eimhjellen & Loga 2017); the others are not co-creation at all. */
const CO_CREATION_FORMS: ReadonlySet<CoCreationForm> = new Set(['equal', 'municipality_led', 'voluntary_led']);

/** A claimed co-creation form whose facts give co-implementation: SK-FORM-007 reports it, with its own criterion. */
function coImplementationClaimedAsCoCreation({ model, classification }: RuleContext): boolean {
    const claim = model.claims.form;
    return claim !== undefined && CO_CREATION_FORMS.has(claim.value) && classification.coCreation.code === 'co_implementation';
}

/**
 * A claimed co-creation form is checked against its criteria (Eimhjellen & Loga 2017): the
 * message names the criterion that failed and the form the facts give.
 */
export const claimedFormUnsupported: RuleDefinition = {
    code: 'SK-FORM-001', area: 'FORM', defaultSeverity: 'warning', scope: 'model',
    summary: 'A claimed co-creation form (`claim form …`) is supported by the facts; the message names the failing criterion.',
    check(context, report) {
        const { model, classification, config } = context;
        const claim = model.claims.form;
        if (!claim) return;
        if (coImplementationClaimedAsCoCreation(context) && severityOf(config, 'SK-FORM-007') !== 'off') return;
        const assessment = classification.coCreation.assessments.find(a => a.form === claim.value);
        if (!assessment || assessment.supported) return;
        const failing = assessment.evidence.filter(e => !e.holds);
        const computed = classification.coCreation.code;
        const missing = missingFacts(classification.coCreation).map(fact => fact.text);
        report(hit(`The model claims ${FORM_LABELS[claim.value].toLowerCase()}, but ${failing.map(e => `${e.criterion}: ${e.detail}`).join('; ')}. The facts give: ${FORM_LABELS[computed].toLowerCase()}${missing.length > 0 ? ` (missing: ${missing.join('; ')})` : ''}.`, claim.range));
    }
};

/**
 * Called a partnership while the only relation is economic support [derived]: Lorentzen 2010 sets
 * economic support apart from interest representation and institutional collaboration; the source
 * does not define "partnership", so this is a pointer (info), not a finding.
 */
export const partnershipOnlySupport: RuleDefinition = {
    code: 'SK-FORM-002', area: 'FORM', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a model that claims to be a partnership states no relation but economic support.',
    check({ model, classification }, report) {
        const claim = model.claims.partnership;
        const categories = classification.lorentzen.categories;
        if (claim && categories.length === 1 && categories[0] === 'economic_support') {
            report(hit('The model is called a partnership, but the only relation it states is economic support (Lorentzen 2010: grants and in-kind resources), no institutional collaboration (a joint activity, a body of both sides, a partnership or cooperation agreement) and no interest representation. If the sides work together, state how; otherwise the claim says more than the model shows.', claim.range));
        }
    }
};

/** A classification: the computed co-creation form and Lorentzen profile (shown in hover and code lenses). */
export const computedForm: RuleDefinition = {
    code: 'SK-FORM-003', area: 'FORM', defaultSeverity: 'info', scope: 'model', classification: true,
    summary: 'Information: the computed co-creation form and Lorentzen profile (for a model with actors).',
    check({ model, classification }, report) {
        if (model.actors.length === 0) return;
        const profile = classification.lorentzen.parts.filter(p => p.holds).map(p => p.label.toLowerCase());
        const form = classification.coCreation;
        report(hit(`${form.label}; Lorentzen profile: ${profile.length > 0 ? profile.join(', ') : 'none'}.`, model.nameRange));
    }
};

/** Who took the initiative is one of the facts Eimhjellen & Loga 2017 read the form from. */
export const missingInitiator: RuleDefinition = {
    code: 'SK-FORM-004', area: 'FORM', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the model does not say who took the initiative.',
    check({ model }, report) {
        if (model.initiatives.length === 0) {
            report(hit(`"${model.title}" does not say who took the initiative; add \`initiative by <actor> in <year>\` (it can decide the co-creation form).`, model.nameRange));
        }
    }
};

/**
 * No goal and nobody defining the goals: who controls the goals is one of Eimhjellen & Loga 2017's
 * criteria, and OFFRI (Guribye 2016) studies goals as a challenge. A pointer: info.
 */
export const noSharedGoal: RuleDefinition = {
    code: 'SK-FORM-005', area: 'FORM', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the model states no goal (`goal "…"`) and not who defines the goals (`goals defined by …`).',
    check({ model }, report) {
        if (model.context.goals.length === 0 && !model.definitions.some(d => d.aspect === 'goals')) {
            report(hit(`"${model.title}" states no goal and not who defines the goals. Who controls the goals is one of Eimhjellen & Loga 2017's criteria for the co-creation form, and OFFRI (Guribye 2016) studies goals as a challenge of collaboration; if the sources say, add \`goal "…"\` and \`goals defined by <actors>\`.`, model.nameRange));
        }
    }
};

/** A classification: the form cannot be decided, and the facts the decision procedure lacks. */
export const formUndetermined: RuleDefinition = {
    code: 'SK-FORM-006', area: 'FORM', defaultSeverity: 'info', scope: 'model', classification: true,
    summary: 'Information: the co-creation form cannot be decided; the facts the model does not state.',
    check({ model, classification }, report) {
        const form = classification.coCreation;
        if (form.code !== 'undetermined' || model.actors.length === 0) return;
        const missing = missingFacts(form);
        if (missing.length === 0) return;
        report(hit(`The co-creation form cannot be decided: the model does not state ${missing.map(m => `${m.text} (\`${m.write}\`)`).join('; ')}.`, model.nameRange));
    }
};

/**
 * Co-implementation presented as co-creation (Eimhjellen & Loga 2017): the claim names a form of
 * co-creation, but the non-public side comes in late and has no say over goals or content.
 */
export const coImplementationClaimed: RuleDefinition = {
    code: 'SK-FORM-007', area: 'FORM', defaultSeverity: 'warning', scope: 'model',
    summary: 'A claimed form of co-creation (equal, municipality-led, voluntary-led) is not co-implementation by the facts: late involvement and no say over goals or content.',
    check(context, report) {
        const claim = context.model.claims.form;
        if (!claim || !coImplementationClaimedAsCoCreation(context)) return;
        const facts = context.classification.coCreation.facts;
        const phase = facts.firstNonPublicPhase ?? 'delivery';
        report(hit(`The model claims ${FORM_LABELS[claim.value].toLowerCase()}, but by the facts it is co-implementation, not co-creation: the non-public side first comes in at ${phase} (late involvement), and it has no say over goals or content (goals defined by ${sideLabel(facts.goalsDefinedBy)}, content by ${sideLabel(facts.contentDefinedBy)}). Eimhjellen & Loga 2017: when actors are involved and who controls goals and content decide whether it is co-creation at all. State the earlier involvement or the shared goals or content if there are any, or claim \`co_implementation\`.`, claim.range));
    }
};

/**
 * A volunteer centre whose owner is not stated is counted as voluntary; about half of the
 * Norwegian volunteer centres (frivilligsentraler) are municipally owned, and the owner's side
 * decides every form (Kulturdepartementet, høringsnotat on the volunteer-centre grant regulation, 2021).
 */
export const volunteerCentreOwnershipUndeclared: RuleDefinition = {
    code: 'SK-FORM-008', area: 'FORM', defaultSeverity: 'warning', scope: 'model',
    summary: 'A volunteer centre states its owner (`owned by <actor>`) or its sector (`sector …`).',
    check({ model }, report) {
        for (const actor of model.actors) {
            if (actor.kind !== 'volunteer_centre' || actor.ownershipDeclared) continue;
            report(hit(`${actor.title} is a volunteer centre whose owner the model does not state, so it is counted as voluntary (non-public). About half of the Norwegian volunteer centres are owned by their municipality, which puts them on the public side and can change every classification; state \`owned by <owner>\` or \`sector voluntary\` (or \`sector public\`).`, actor.nameRange));
        }
    }
};

export const FORM_RULES: readonly RuleDefinition[] = [
    claimedFormUnsupported, partnershipOnlySupport, computedForm, missingInitiator, noSharedGoal, formUndetermined,
    coImplementationClaimed, volunteerCentreOwnershipUndeclared
];
