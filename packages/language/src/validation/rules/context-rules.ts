import type { SourceRange, YearPeriod } from '../../model/partnership-model.js';
import type { RuleContext } from '../rule.js';
import { hit, type RuleDefinition } from '../rule.js';
import type { RuleMessage } from '../rule-message.js';
import { periodText, periodWithin } from './periods.js';

interface DatedFact {
    /** What the period belongs to, after "the period of" in each language. */
    readonly what: RuleMessage;
    readonly period: YearPeriod;
    readonly range: SourceRange;
}

/** Every stated period with what it belongs to; the model's own first. */
function periods({ model }: RuleContext): DatedFact[] {
    const facts: DatedFact[] = [];
    if (model.context.period && model.context.periodRange) {
        facts.push({ what: { en: 'the model', nb: 'modellen', da: 'modellen' }, period: model.context.period, range: model.context.periodRange });
    }
    for (const budget of model.budgets) {
        if (budget.period) facts.push({ what: { en: `budget "${budget.title}"`, nb: `budsjettet "${budget.title}"`, da: `budgettet "${budget.title}"` }, period: budget.period, range: budget.range });
    }
    for (const line of model.funding) {
        if (line.period) facts.push({ what: { en: 'this funding line', nb: 'denne finansieringslinjen', da: 'denne finansieringslinje' }, period: line.period, range: line.range });
    }
    for (const agreement of model.agreements) {
        if (agreement.period) facts.push({ what: { en: `agreement "${agreement.title}"`, nb: `avtalen "${agreement.title}"`, da: `aftalen "${agreement.title}"` }, period: agreement.period, range: agreement.range });
    }
    return facts;
}

/** A period that ends before it starts contradicts itself. */
export const periodReversed: RuleDefinition = {
    code: 'SK-CTX-001', area: 'CTX', defaultSeverity: 'error', scope: 'model',
    summary: 'A period starts before (or in the year) it ends.',
    check(context, report) {
        for (const fact of periods(context)) {
            if (fact.period.end !== undefined && fact.period.end < fact.period.start) {
                const { what, period } = fact;
                report(hit({
                    en: `The period of ${what.en} ends (${period.end}) before it starts (${period.start}); write it as start..end.`,
                    nb: `Perioden for ${what.nb} slutter (${period.end}) før den begynner (${period.start}); skriv den som start..slutt.`,
                    da: `Perioden for ${what.da} slutter (${period.end}), før den begynder (${period.start}); skriv den som start..slut.`
                }, fact.range));
            }
        }
    }
};

/**
 * A period that runs outside the model's period is not a contradiction: the model's period is
 * often the observation period, and agreements and money run past it. Info, so that a typing
 * mistake in a year is still seen.
 */
export const periodOutsideModel: RuleDefinition = {
    code: 'SK-CTX-002', area: 'CTX', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a budget, funding or agreement period runs outside the model\'s period.',
    check(context, report) {
        const outer = context.model.context.period;
        if (!outer || (outer.end !== undefined && outer.end < outer.start)) return;
        for (const fact of periods(context).slice(1)) {
            if (fact.period.end !== undefined && fact.period.end < fact.period.start) continue;
            if (!periodWithin(fact.period, outer)) {
                const [what, own, model] = [fact.what, periodText(fact.period), periodText(outer)];
                report(hit({
                    en: `The period of ${what.en} (${own}) runs outside the model's period ${model}. If the model's period is the observation period, that is expected; otherwise check the years.`,
                    nb: `Perioden for ${what.nb} (${own}) går utenfor modellens periode ${model}. Er modellens periode observasjonsperioden, er det som ventet; ellers sjekk årstallene.`,
                    da: `Perioden for ${what.da} (${own}) går ud over modellens periode ${model}. Er modellens periode observationsperioden, er det som forventet; ellers så tjek årstallene.`
                }, fact.range));
            }
        }
    }
};

/** No declared purpose or intended value (the values KORA/VIVE compare co-creation methods by). */
export const noPurpose: RuleDefinition = {
    code: 'SK-CTX-003', area: 'CTX', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the model declares no purpose or intended value (`purpose social, …`).',
    check({ model }, report) {
        if (model.context.purposes.length === 0) {
            report(hit({
                en: `"${model.title}" declares no intended value; add \`purpose\` with social, democratic, economic, innovation, quality or effect.`,
                nb: `"${model.title}" oppgir ingen tilsiktet verdi; legg til \`purpose\` med social, democratic, economic, innovation, quality eller effect.`,
                da: `"${model.title}" angiver ingen tilsigtet værdi; tilføj \`purpose\` med social, democratic, economic, innovation, quality eller effect.`
            }, model.nameRange));
        }
    }
};

/**
 * A pilot without a stated continuation [derived]: Eimhjellen & Loga 2017 recommend securing the
 * economic conditions of existing collaborations. A pointer: info.
 */
export const pilotWithoutContinuation: RuleDefinition = {
    code: 'SK-CTX-004', area: 'CTX', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a pilot agreement states no continuation plan.',
    check({ model }, report) {
        for (const agreement of model.agreements) {
            if (agreement.pilot && !agreement.continuation) {
                const title = agreement.title;
                report(hit({
                    en: `The pilot "${title}" states no continuation. Eimhjellen & Loga 2017 recommend securing the economic conditions of collaborations; if the sources say what happens after the pilot (or that nothing is planned), add \`continuation "…"\`.`,
                    nb: `Pilotprosjektet "${title}" sier ikke hva som skjer videre. Eimhjellen & Loga 2017 anbefaler å sikre de økonomiske rammene for samarbeid; hvis kildene sier hva som skjer etter piloten (eller at ingenting er planlagt), legg til \`continuation "…"\`.`,
                    da: `Pilotprojektet "${title}" siger ikke, hvad der sker bagefter. Eimhjellen & Loga 2017 anbefaler at sikre de økonomiske rammer for samarbejder; hvis kilderne siger, hvad der sker efter piloten (eller at intet er planlagt), så tilføj \`continuation "…"\`.`
                }, agreement.range));
            }
        }
    }
};

/** Without a country no jurisdiction table applies and amounts have no home currency. */
export const noCountry: RuleDefinition = {
    code: 'SK-CTX-005', area: 'CTX', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the model states no country, so no jurisdiction-specific check applies.',
    check({ model }, report) {
        if (!model.context.country) {
            report(hit({
                en: `"${model.title}" states no country; add \`country NO\` (or DK, SE, …) so the country's rules and currency apply.`,
                nb: `"${model.title}" oppgir ikke land; legg til \`country NO\` (eller DK, SE, …) slik at landets regler og valuta gjelder.`,
                da: `"${model.title}" angiver ikke land; tilføj \`country DK\` (eller NO, SE, …), så landets regler og valuta gælder.`
            }, model.nameRange));
        }
    }
};

/** Research models say where their facts come from (interview, document, survey). */
export const noSource: RuleDefinition = {
    code: 'SK-CTX-006', area: 'CTX', defaultSeverity: 'hint', scope: 'model',
    summary: 'Hint: the model names no source (interview, document, survey, …) for its facts.',
    check({ model }, report) {
        if (model.context.sources.length === 0) {
            report(hit({
                en: `"${model.title}" names no source; declare one with \`source <id> is report "full reference"\` (or interview, document, survey, …) and cite it where a statement comes from it: \`[<id>]\`.`,
                nb: `"${model.title}" oppgir ingen kilde; oppgi en med \`source <id> is report "full referanse"\` (eller interview, document, survey, …), og siter den der et utsagn kommer fra den: \`[<id>]\`.`,
                da: `"${model.title}" angiver ingen kilde; angiv en med \`source <id> is report "fuld reference"\` (eller interview, document, survey, …), og citér den, hvor et udsagn kommer fra den: \`[<id>]\`.`
            }, model.nameRange));
        }
    }
};

const LABELLED_EVALUATION: ReadonlySet<string> = new Set(['yearly', 'midterm', 'final']);

/**
 * A stated purpose with no assessment [derived]: the model declares what value the collaboration
 * is meant to create, but no activity in the assessment phase and no agreement with an
 * evaluation. Ansell & Gash 2008 see intermediate outcomes ("small wins") as what sustains a
 * collaborative process; Agger & Tortzen 2015 find little empirical knowledge of what
 * co-creation achieves, its effects being hard to measure.
 */
export const purposeWithoutAssessment: RuleDefinition = {
    code: 'SK-CTX-007', area: 'CTX', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the model declares a purpose but no activity in the assessment phase and no agreement with an evaluation.',
    check({ model }, report) {
        if (model.context.purposes.length === 0) return;
        if (model.activities.some(activity => activity.phases.includes('assessment'))) return;
        if (model.agreements.some(agreement => agreement.evaluation !== undefined && LABELLED_EVALUATION.has(agreement.evaluation))) return;
        const title = model.title;
        const purposes = model.context.purposes.join(', ');
        // Norwegian and Danish show the keywords as written (the syntax is English in every language).
        const keywords = model.context.purposes.map(purpose => `\`${purpose}\``).join(', ');
        report(hit({
            en: `"${title}" declares its purpose (${purposes}), but no activity in the assessment phase and no agreement with an evaluation: the model does not say how the intended value is followed up. Ansell & Gash 2008 see intermediate outcomes as what sustains collaboration, and Agger & Tortzen 2015 find little empirical knowledge of what co-creation achieves; if there is an assessment, state it (an activity with \`phases assessment\`, or \`evaluation yearly\` on the agreement).`,
            nb: `"${title}" oppgir formålet sitt (${keywords}), men ingen aktivitet i evalueringsfasen og ingen avtale med evaluering: modellen sier ikke hvordan den tilsiktede verdien følges opp. Ansell & Gash 2008 ser delresultater som det som holder samarbeid i gang, og Agger & Tortzen 2015 finner lite empirisk kunnskap om hva samskaping oppnår; hvis det finnes en evaluering, oppgi den (en aktivitet med \`phases assessment\`, eller \`evaluation yearly\` på avtalen).`,
            da: `"${title}" angiver sit formål (${keywords}), men ingen aktivitet i evalueringsfasen og ingen aftale med en evaluering: modellen siger ikke, hvordan den tilsigtede værdi følges op. Ansell & Gash 2008 ser delresultater som det, der holder samarbejdet i gang, og Agger & Tortzen 2015 finder kun lidt empirisk viden om, hvad samskabelse opnår; hvis der er en evaluering, så angiv den (en aktivitet med \`phases assessment\`, eller \`evaluation yearly\` på aftalen).`
        }, model.nameRange));
    }
};

export const CONTEXT_RULES: readonly RuleDefinition[] = [periodReversed, periodOutsideModel, noPurpose, pilotWithoutContinuation, noCountry, noSource, purposeWithoutAssessment];
