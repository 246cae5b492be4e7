import type { DecisionLevel, PartnershipDecision, RightKind, SourceRange } from '../../model/partnership-model.js';
import { displayVocabulary } from '../../analysis/labels.js';
import { partiesTakingPart, phaseOrder, type ModelIndex } from '../../analysis/model-index.js';
import { hit, type RuleDefinition } from '../rule.js';
import type { MessageLanguage } from '../rule-message.js';

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
            const title = index.title(recipient);
            report(hit({
                en: `${title} receives money, but the model does not say what it does in the collaboration (no role, activity, body or decision). If it delivers, coordinates or advises, state it: a role such as \`role … is provider held by ${recipient}\`, or an activity it performs.`,
                nb: `${title} mottar penger, men modellen sier ikke hva den gjør i samarbeidet (ingen rolle, aktivitet, organ eller beslutning). Hvis den leverer tjenester, koordinerer eller gir råd, oppgi det: en rolle som \`role … is provider held by ${recipient}\`, eller en aktivitet den utfører.`,
                da: `${title} modtager penge, men modellen siger ikke, hvad den gør i samarbejdet (ingen rolle, aktivitet, organ eller beslutning). Hvis den leverer ydelser, koordinerer eller rådgiver, så angiv det: en rolle som \`role … is provider held by ${recipient}\`, eller en aktivitet, den udfører.`
            }, line.range));
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
                const title = role.title;
                report(hit({
                    en: `Nobody holds the role "${title}": if it has a holder, add \`held by <actor>\`; if it is vacant, this is what the model shows.`,
                    nb: `Ingen har rollen "${title}": hvis noen har den, legg til \`held by <aktør>\`; hvis den står ledig, er det dette modellen viser.`,
                    da: `Ingen har rollen "${title}": hvis nogen har den, så tilføj \`held by <aktør>\`; hvis den er ubesat, er det dette, modellen viser.`
                }, role.nameRange));
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
                const [party, title] = [index.title(right.party), decision.title];
                report(hit({
                    en: `${party} gives input on "${title}" but no feedback mechanism is stated; add \`with feedback "…"\` saying how input is answered (the IAP2 promise).`,
                    nb: `${party} gir innspill til "${title}", men ingen ordning for tilbakemelding er oppgitt; legg til \`with feedback "…"\` som sier hvordan innspillene blir besvart (IAP2s løfte).`,
                    da: `${party} giver bidrag til "${title}", men der er ikke angivet nogen ordning for tilbagemelding; tilføj \`with feedback "…"\`, der siger, hvordan bidragene bliver besvaret (IAP2's løfte).`
                }, right.range, { fix: 'add-feedback' }));
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
            const [actor, title] = [index.title(result.actor), decision.title];
            report(hit({
                en: `${actor} performs the work of "${title}" but has no voice in it: here it implements what others decide (Voorberg, Bekkers & Tummers 2015: co-implementer). If it is consulted or recommends, state it (with feedback).`,
                nb: `${actor} utfører arbeidet i "${title}", men har ingen stemme i beslutningen: her gjennomfører den det andre beslutter (Voorberg, Bekkers & Tummers 2015: medutfører). Hvis den blir konsultert eller gir anbefalinger, oppgi det (med tilbakemelding).`,
                da: `${actor} udfører arbejdet i "${title}", men har ingen indflydelse på beslutningen: her gennemfører den, hvad andre beslutter (Voorberg, Bekkers & Tummers 2015: medudfører). Hvis den bliver hørt eller kommer med anbefalinger, så angiv det (med tilbagemelding).`
            }, range));
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
                const title = actor.title;
                report(hit({
                    en: `${title} is declared but takes part in nothing; state its role, decisions, activities or funding, or remove it.`,
                    nb: `${title} er oppført, men deltar ikke i noe; oppgi rollen, beslutningene, aktivitetene eller finansieringen den har, eller fjern den.`,
                    da: `${title} er angivet, men deltager ikke i noget; angiv dens rolle, beslutninger, aktiviteter eller finansiering, eller fjern den.`
                }, actor.nameRange));
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
            report(hit({
                en: `"${model.title}" has only public actors; declare the voluntary, private or citizen actors it works with.`,
                nb: `"${model.title}" har bare offentlige aktører; oppgi aktørene fra frivillig sektor, næringslivet eller innbyggerne som det samarbeides med.`,
                da: `"${model.title}" har kun offentlige aktører; angiv de aktører fra frivillig sektor, erhvervslivet eller borgerne, som der samarbejdes med.`
            }, model.nameRange));
        } else if (index.publicActors().length === 0) {
            report(hit({
                en: `"${model.title}" has no public actor; the co-creation forms describe collaboration with the public side.`,
                nb: `"${model.title}" har ingen offentlig aktør; samskapingsformene beskriver samarbeid med offentlig side.`,
                da: `"${model.title}" har ingen offentlig aktør; samskabelsesformerne beskriver samarbejde med den offentlige side.`
            }, model.nameRange));
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
                const party = index.title(involvement.party);
                report(hit({
                    en: `The first involvement of ${party} is already stated; keep the earliest phase only.`,
                    nb: `Første involvering av ${party} er allerede oppgitt; behold bare den tidligste fasen.`,
                    da: `Første inddragelse af ${party} er allerede angivet; behold kun den tidligste fase.`
                }, involvement.range));
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
                    const [party, title, first] = [index.title(involvement.party), activity.title, involvement.phase];
                    const phases = (language: Exclude<MessageLanguage, 'en'>): string => earlier.map(phase => displayVocabulary(language).phases[phase]).join(', ');
                    const one = earlier.length === 1;
                    report(hit({
                        en: `${party} is first involved in ${first}, but performs "${title}" in ${earlier.join(', ')}; state the earlier involvement.`,
                        nb: `${party} involveres først i fasen ${displayVocabulary('nb').phases[first]}, men utfører "${title}" i ${one ? 'fasen' : 'fasene'} ${phases('nb')}; oppgi den tidligere involveringen.`,
                        da: `${party} inddrages først i fasen ${displayVocabulary('da').phases[first]}, men udfører "${title}" i ${one ? 'fasen' : 'faserne'} ${phases('da')}; angiv den tidligere inddragelse.`
                    }, involvement.range));
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
        const title = model.title;
        report(hit({
            en: `"${title}" declares a democratic purpose, but no non-public actor has a voice in a policy- or strategic-level decision, sits in a policy- or strategic-level body, or defines the goals: the involvement the model shows is operational at most. Ibsen & Espersen 2016 found that Danish municipalities' collaborations with civil actors mostly concern day-to-day operations rather than policy; if the democratic value lies in influence, state where the non-public actors have it (and the level of those decisions and bodies).`,
            nb: `"${title}" oppgir et demokratisk formål, men ingen ikke-offentlig aktør har en stemme i en beslutning på politisk eller strategisk nivå, sitter i et organ på et slikt nivå eller definerer målene: medvirkningen modellen viser, er høyst operativ. Ibsen & Espersen 2016 fant at danske kommuners samarbeid med sivilsamfunnsaktører for det meste gjelder den daglige driften, ikke politikken; hvis den demokratiske verdien ligger i innflytelse, oppgi hvor de ikke-offentlige aktørene har den (og nivået for disse beslutningene og organene).`,
            da: `"${title}" angiver et demokratisk formål, men ingen ikke-offentlig aktør har indflydelse på en beslutning på politisk eller strategisk niveau, sidder i et organ på et sådant niveau eller fastlægger målene: den inddragelse, modellen viser, er højst operationel. Ibsen & Espersen 2016 fandt, at danske kommuners samarbejde med civilsamfundets aktører mest drejer sig om den daglige drift frem for politik; hvis den demokratiske værdi ligger i indflydelse, så angiv, hvor de ikke-offentlige aktører har den (og niveauet for disse beslutninger og organer).`
        }, model.nameRange));
    }
};

export const PARTICIPATION_RULES: readonly RuleDefinition[] = [
    fundingWithoutRole, roleWithoutHolder, consultWithoutFeedback, performersWithoutVoice, actorTakesNoPart, noNonPublicActor,
    involvementTwice, performsBeforeInvolvement, democraticPurposeOperationalOnly
];
