import { FORM_LABELS } from '../../analysis/co-creation.js';
import { hit, type RuleDefinition } from '../rule.js';

/**
 * A claimed co-creation form is checked against its criteria (Eimhjellen & Loga 2017; DOMAIN.md
 * §3 "compare with any claim ... report a mismatch with the criterion that failed").
 */
export const claimedFormUnsupported: RuleDefinition = {
    code: 'SK-FORM-001', area: 'FORM', defaultSeverity: 'warning', scope: 'model',
    summary: 'A claimed co-creation form (`claim form …`) is supported by the facts; the message names the failing criterion.',
    check({ model, classification }, report) {
        const claim = model.claims.form;
        if (!claim) return;
        const assessment = classification.coCreation.assessments.find(a => a.form === claim.value);
        if (!assessment || assessment.supported) return;
        const failing = assessment.evidence.filter(e => !e.holds);
        const computed = classification.coCreation.code;
        report(hit(`The model claims ${FORM_LABELS[claim.value].toLowerCase()}, but ${failing.map(e => `${e.criterion}: ${e.detail}`).join('; ')}. The facts give: ${FORM_LABELS[computed].toLowerCase()}.`, claim.range));
    }
};

/** Called a partnership while the only relation is a grant (Lorentzen 2010; DOMAIN.md §4, warnings). */
export const partnershipOnlySupport: RuleDefinition = {
    code: 'SK-FORM-002', area: 'FORM', defaultSeverity: 'warning', scope: 'model',
    summary: 'A model that claims to be a partnership shows more than economic support.',
    check({ model, classification }, report) {
        const claim = model.claims.partnership;
        const categories = classification.lorentzen.categories;
        if (claim && categories.length === 1 && categories[0] === 'economic_support') {
            report(hit('The model is called a partnership, but the only relation is economic support (a grant relation); state the joint activities, bodies, agreements or consultations, or drop the claim.', claim.range));
        }
    }
};

/** Information: what the facts give (DOMAIN.md §4, information). */
export const computedForm: RuleDefinition = {
    code: 'SK-FORM-003', area: 'FORM', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the computed co-creation form and Lorentzen profile (for a model with actors).',
    check({ model, classification }, report) {
        if (model.actors.length === 0) return;
        const profile = classification.lorentzen.parts.filter(p => p.holds).map(p => p.label.toLowerCase());
        const form = classification.coCreation;
        report(hit(`${form.label}${form.nearest ? ` (nearest: ${FORM_LABELS[form.nearest].toLowerCase()})` : ''}; Lorentzen profile: ${profile.length > 0 ? profile.join(', ') : 'none'}.`, model.nameRange));
    }
};

/** Who took the initiative is criterion one of Eimhjellen & Loga (DOMAIN.md §4, information). */
export const missingInitiator: RuleDefinition = {
    code: 'SK-FORM-004', area: 'FORM', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the model does not say who took the initiative.',
    check({ model }, report) {
        if (model.initiatives.length === 0) {
            report(hit(`"${model.title}" does not say who took the initiative; add \`initiative by <actor> in <year>\` (it decides the co-creation form).`, model.nameRange));
        }
    }
};

/** A partnership without a shared goal (DOMAIN.md §4, warnings; OFFRI: goals). */
export const noSharedGoal: RuleDefinition = {
    code: 'SK-FORM-005', area: 'FORM', defaultSeverity: 'warning', scope: 'model',
    summary: 'The model states a shared goal (`goal "…"`) or who defines the goals (`goals defined by …`).',
    check({ model }, report) {
        if (model.context.goals.length === 0 && !model.definitions.some(d => d.aspect === 'goals')) {
            report(hit(`"${model.title}" states no shared goal; add \`goal "…"\` and \`goals defined by <actors>\`.`, model.nameRange));
        }
    }
};

/** Information: the form cannot be decided; the nearest form and what it lacks. */
export const formUndetermined: RuleDefinition = {
    code: 'SK-FORM-006', area: 'FORM', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: no co-creation form\'s criteria all hold; the nearest form and its failing criteria.',
    check({ model, classification }, report) {
        const form = classification.coCreation;
        if (form.code !== 'undetermined' || !form.nearest) return;
        const failing = form.assessments.find(a => a.form === form.nearest)?.evidence.filter(e => !e.holds) ?? [];
        report(hit(`The co-creation form cannot be decided; nearest is ${FORM_LABELS[form.nearest].toLowerCase()}, which lacks: ${failing.map(e => e.detail).join('; ')}.`, model.nameRange));
    }
};

export const FORM_RULES: readonly RuleDefinition[] = [
    claimedFormUnsupported, partnershipOnlySupport, computedForm, missingInitiator, noSharedGoal, formUndetermined
];
