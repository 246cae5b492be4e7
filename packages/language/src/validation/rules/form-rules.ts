import type { CoCreationForm } from '../../model/partnership-model.js';
import type { CoCreationFormCode } from '../../analysis/classification.js';
import { missingFacts } from '../../analysis/form-explanation.js';
import { displayVocabulary, formLabel } from '../../analysis/labels.js';
import { evidenceDetail } from '../../analysis/local-text.js';
import { sideLabel } from '../../analysis/model-index.js';
import { severityOf } from '../rule-config.js';
import { hit, type RuleContext, type RuleDefinition } from '../rule.js';
import type { MessageLanguage } from '../rule-message.js';

/** A form's name inside a sentence: "equal co-creation", "likeverdig samskaping". */
function formName(form: CoCreationFormCode, language: MessageLanguage): string {
    return formLabel(form, language).toLowerCase();
}

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
        const missing = missingFacts(classification.coCreation);
        const criteria = (language: MessageLanguage): string => failing
            .map(e => `${language === 'en' ? e.criterion : displayVocabulary(language).criteria[e.criterion]}: ${evidenceDetail(e, language)}`).join('; ');
        const lacking = (language: MessageLanguage): string => missing.map(fact => displayVocabulary(language).missingFacts[fact.fact]).join('; ');
        const [claimed, given] = [claim.value, computed];
        report(hit({
            en: `The model claims ${formName(claimed, 'en')}, but ${criteria('en')}. The facts give: ${formName(given, 'en')}${missing.length > 0 ? ` (missing: ${lacking('en')})` : ''}.`,
            nb: `Modellen oppgir ${formName(claimed, 'nb')}, men ${criteria('nb')}. Fakta gir: ${formName(given, 'nb')}${missing.length > 0 ? ` (mangler: ${lacking('nb')})` : ''}.`,
            da: `Modellen angiver ${formName(claimed, 'da')}, men ${criteria('da')}. Fakta giver: ${formName(given, 'da')}${missing.length > 0 ? ` (mangler: ${lacking('da')})` : ''}.`
        }, claim.range));
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
            report(hit({
                en: 'The model is called a partnership, but the only relation it states is economic support (Lorentzen 2010: grants and in-kind resources), no institutional collaboration (a joint activity, a body of both sides, a partnership or cooperation agreement) and no interest representation. If the sides work together, state how; otherwise the claim says more than the model shows.',
                nb: 'Modellen kalles et partnerskap, men den eneste relasjonen den viser, er økonomisk støtte (Lorentzen 2010: tilskudd og naturalytelser), ikke institusjonelt samarbeid (en felles aktivitet, et organ med begge sider, en partnerskaps- eller samarbeidsavtale) og ikke interesserepresentasjon. Hvis sidene arbeider sammen, oppgi hvordan; ellers sier betegnelsen mer enn modellen viser.',
                da: 'Modellen kaldes et partnerskab, men den eneste relation, den viser, er økonomisk støtte (Lorentzen 2010: tilskud og naturalieydelser), ikke institutionelt samarbejde (en fælles aktivitet, et organ med begge sider, en partnerskabs- eller samarbejdsaftale) og ikke interessevaretagelse. Hvis siderne arbejder sammen, så angiv hvordan; ellers siger betegnelsen mere, end modellen viser.'
            }, claim.range));
        }
    }
};

/** A classification: the computed co-creation form and Lorentzen profile (shown in hover and code lenses). */
export const computedForm: RuleDefinition = {
    code: 'SK-FORM-003', area: 'FORM', defaultSeverity: 'info', scope: 'model', classification: true,
    summary: 'Information: the computed co-creation form and Lorentzen profile (for a model with actors).',
    check({ model, classification }, report) {
        if (model.actors.length === 0) return;
        const holding = classification.lorentzen.parts.filter(p => p.holds);
        const profile = (language: MessageLanguage): string =>
            holding.map(p => (language === 'en' ? p.label : displayVocabulary(language).lorentzen[p.code]).toLowerCase()).join(', ');
        const form = classification.coCreation;
        report(hit({
            en: `${form.label}; Lorentzen profile: ${holding.length > 0 ? profile('en') : 'none'}.`,
            nb: `${formLabel(form.code, 'nb')}; Lorentzen-profil: ${holding.length > 0 ? profile('nb') : 'ingen'}.`,
            da: `${formLabel(form.code, 'da')}; Lorentzen-profil: ${holding.length > 0 ? profile('da') : 'ingen'}.`
        }, model.nameRange));
    }
};

/** Who took the initiative is one of the facts Eimhjellen & Loga 2017 read the form from. */
export const missingInitiator: RuleDefinition = {
    code: 'SK-FORM-004', area: 'FORM', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the model does not say who took the initiative.',
    check({ model }, report) {
        if (model.initiatives.length === 0) {
            report(hit({
                en: `"${model.title}" does not say who took the initiative; add \`initiative by <actor> in <year>\` (it can decide the co-creation form).`,
                nb: `"${model.title}" sier ikke hvem som tok initiativet; legg til \`initiative by <aktør> in <år>\` (det kan avgjøre samskapingsformen).`,
                da: `"${model.title}" siger ikke, hvem der tog initiativet; tilføj \`initiative by <aktør> in <år>\` (det kan afgøre samskabelsesformen).`
            }, model.nameRange));
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
            report(hit({
                en: `"${model.title}" states no goal and not who defines the goals. Who controls the goals is one of Eimhjellen & Loga 2017's criteria for the co-creation form, and OFFRI (Guribye 2016) studies goals as a challenge of collaboration; if the sources say, add \`goal "…"\` and \`goals defined by <actors>\`.`,
                nb: `"${model.title}" oppgir ingen mål og heller ikke hvem som definerer målene. Hvem som styrer målene, er et av kriteriene for samskapingsform hos Eimhjellen & Loga 2017, og OFFRI (Guribye 2016) studerer mål som en utfordring i samarbeid; hvis kildene sier noe om det, legg til \`goal "…"\` og \`goals defined by <aktører>\`.`,
                da: `"${model.title}" angiver ingen mål og heller ikke, hvem der fastlægger målene. Hvem der styrer målene, er et af kriterierne for samskabelsesform hos Eimhjellen & Loga 2017, og OFFRI (Guribye 2016) undersøger mål som en udfordring i samarbejder; hvis kilderne siger noget om det, så tilføj \`goal "…"\` og \`goals defined by <aktører>\`.`
            }, model.nameRange));
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
        const lacking = (language: MessageLanguage): string => missing.map(m => `${displayVocabulary(language).missingFacts[m.fact]} (\`${m.write}\`)`).join('; ');
        report(hit({
            en: `The co-creation form cannot be decided: the model does not state ${lacking('en')}.`,
            nb: `Samskapingsformen kan ikke avgjøres: modellen oppgir ikke ${lacking('nb')}.`,
            da: `Samskabelsesformen kan ikke afgøres; modellen mangler: ${lacking('da')}.`
        }, model.nameRange));
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
        const [claimed, goals, content] = [claim.value, facts.goalsDefinedBy, facts.contentDefinedBy];
        report(hit({
            en: `The model claims ${formName(claimed, 'en')}, but by the facts it is co-implementation, not co-creation: the non-public side first comes in at ${phase} (late involvement), and it has no say over goals or content (goals defined by ${sideLabel(goals)}, content by ${sideLabel(content)}). Eimhjellen & Loga 2017: when actors are involved and who controls goals and content decide whether it is co-creation at all. State the earlier involvement or the shared goals or content if there are any, or claim \`co_implementation\`.`,
            nb: `Modellen oppgir ${formName(claimed, 'nb')}, men etter fakta er det samimplementering, ikke samskaping: den ikke-offentlige siden kommer først inn ved ${displayVocabulary('nb').phases[phase]} (sen involvering), og den har ingenting å si over mål eller innhold (mål definert av ${sideLabel(goals, 'nb')}, innhold av ${sideLabel(content, 'nb')}). Eimhjellen & Loga 2017: når aktørene involveres, og hvem som styrer mål og innhold, avgjør om det i det hele tatt er samskaping. Oppgi den tidligere involveringen eller de felles målene eller det felles innholdet hvis det finnes, eller oppgi formen som \`co_implementation\`.`,
            da: `Modellen angiver ${formName(claimed, 'da')}, men ifølge fakta er det samimplementering, ikke samskabelse: den ikke-offentlige side kommer først ind ved ${displayVocabulary('da').phases[phase]} (sen inddragelse), og den har ingen indflydelse på mål eller indhold (mål fastlagt af ${sideLabel(goals, 'da')}, indhold af ${sideLabel(content, 'da')}). Eimhjellen & Loga 2017: hvornår aktørerne inddrages, og hvem der styrer mål og indhold, afgør, om det overhovedet er samskabelse. Angiv den tidligere inddragelse eller de fælles mål eller det fælles indhold, hvis der er nogen, eller angiv formen som \`co_implementation\`.`
        }, claim.range));
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
            const title = actor.title;
            report(hit({
                en: `${title} is a volunteer centre whose owner the model does not state, so it is counted as voluntary (non-public). About half of the Norwegian volunteer centres are owned by their municipality, which puts them on the public side and can change every classification; state \`owned by <owner>\` or \`sector voluntary\` (or \`sector public\`).`,
                nb: `${title} er en frivilligsentral, men modellen oppgir ikke hvem som eier den, så den regnes som frivillig (ikke-offentlig). Omtrent halvparten av de norske frivilligsentralene eies av kommunen, noe som plasserer dem på offentlig side og kan endre alle klassifiseringene; oppgi \`owned by <eier>\` eller \`sector voluntary\` (eller \`sector public\`).`,
                da: `${title} er en frivilligcentral, men modellen angiver ikke, hvem der ejer den, så den regnes som frivillig (ikke-offentlig). Omkring halvdelen af de norske frivilligsentraler ejes af kommunen, hvilket placerer dem på den offentlige side og kan ændre alle klassifikationer; angiv \`owned by <ejer>\` eller \`sector voluntary\` (eller \`sector public\`).`
            }, actor.nameRange));
        }
    }
};

export const FORM_RULES: readonly RuleDefinition[] = [
    claimedFormUnsupported, partnershipOnlySupport, computedForm, missingInitiator, noSharedGoal, formUndetermined,
    coImplementationClaimed, volunteerCentreOwnershipUndeclared
];
