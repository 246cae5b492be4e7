import type { SourceRange, YearPeriod } from '../../model/partnership-model.js';
import type { RuleContext } from '../rule.js';
import { hit, type RuleDefinition } from '../rule.js';
import { periodText, periodWithin } from './periods.js';

interface DatedFact {
    readonly what: string;
    readonly period: YearPeriod;
    readonly range: SourceRange;
}

/** Every stated period with what it belongs to; the model's own first. */
function periods({ model }: RuleContext): DatedFact[] {
    const facts: DatedFact[] = [];
    if (model.context.period && model.context.periodRange) facts.push({ what: 'the model', period: model.context.period, range: model.context.periodRange });
    for (const budget of model.budgets) if (budget.period) facts.push({ what: `budget "${budget.title}"`, period: budget.period, range: budget.range });
    for (const line of model.funding) if (line.period) facts.push({ what: 'this funding line', period: line.period, range: line.range });
    for (const agreement of model.agreements) if (agreement.period) facts.push({ what: `agreement "${agreement.title}"`, period: agreement.period, range: agreement.range });
    return facts;
}

/** A period that ends before it starts contradicts itself. */
export const periodReversed: RuleDefinition = {
    code: 'SK-CTX-001', area: 'CTX', defaultSeverity: 'error', scope: 'model',
    summary: 'A period starts before (or in the year) it ends.',
    check(context, report) {
        for (const fact of periods(context)) {
            if (fact.period.end !== undefined && fact.period.end < fact.period.start) {
                report(hit(`The period of ${fact.what} ends (${fact.period.end}) before it starts (${fact.period.start}); write it as start..end.`, fact.range));
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
                report(hit(`The period of ${fact.what} (${periodText(fact.period)}) runs outside the model's period ${periodText(outer)}. If the model's period is the observation period, that is expected; otherwise check the years.`, fact.range));
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
            report(hit(`"${model.title}" declares no intended value; add \`purpose\` with social, democratic, economic, innovation, quality or effect.`, model.nameRange));
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
                report(hit(`The pilot "${agreement.title}" states no continuation. Eimhjellen & Loga 2017 recommend securing the economic conditions of collaborations; if the sources say what happens after the pilot (or that nothing is planned), add \`continuation "…"\`.`, agreement.range));
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
            report(hit(`"${model.title}" states no country; add \`country NO\` (or DK, SE, …) so the country's rules and currency apply.`, model.nameRange));
        }
    }
};

/** Research models say where their facts come from (interview, document, survey). */
export const noSource: RuleDefinition = {
    code: 'SK-CTX-006', area: 'CTX', defaultSeverity: 'hint', scope: 'model',
    summary: 'Hint: the model names no source (interview, document, survey, …) for its facts.',
    check({ model }, report) {
        if (model.context.sources.length === 0) {
            report(hit(`"${model.title}" names no source; declare one with \`source <id> is report "full reference"\` (or interview, document, survey, …) and cite it where a statement comes from it: \`[<id>]\`.`, model.nameRange));
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
        report(hit(`"${model.title}" declares its purpose (${model.context.purposes.join(', ')}), but no activity in the assessment phase and no agreement with an evaluation: the model does not say how the intended value is followed up. Ansell & Gash 2008 see intermediate outcomes as what sustains collaboration, and Agger & Tortzen 2015 find little empirical knowledge of what co-creation achieves; if there is an assessment, state it (an activity with \`phases assessment\`, or \`evaluation yearly\` on the agreement).`, model.nameRange));
    }
};

export const CONTEXT_RULES: readonly RuleDefinition[] = [periodReversed, periodOutsideModel, noPurpose, pilotWithoutContinuation, noCountry, noSource, purposeWithoutAssessment];
