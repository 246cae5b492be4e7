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

/** Periods are valid: start before end (DOMAIN.md §4, errors). */
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

/** Periods lie inside the model's period (DOMAIN.md §4, errors). */
export const periodOutsideModel: RuleDefinition = {
    code: 'SK-CTX-002', area: 'CTX', defaultSeverity: 'error', scope: 'model',
    summary: 'Budget, funding and agreement periods lie inside the model\'s period.',
    check(context, report) {
        const outer = context.model.context.period;
        if (!outer || (outer.end !== undefined && outer.end < outer.start)) return;
        for (const fact of periods(context).slice(1)) {
            if (fact.period.end !== undefined && fact.period.end < fact.period.start) continue;
            if (!periodWithin(fact.period, outer)) {
                report(hit(`The period of ${fact.what} (${periodText(fact.period)}) lies outside the model's period ${periodText(outer)}; widen the model's period or correct this one.`, fact.range));
            }
        }
    }
};

/** No declared purpose or value (DOMAIN.md §4, information; D9). */
export const noPurpose: RuleDefinition = {
    code: 'SK-CTX-003', area: 'CTX', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the model declares no purpose or intended value (`purpose social, …`).',
    check({ model }, report) {
        if (model.context.purposes.length === 0) {
            report(hit(`"${model.title}" declares no intended value; add \`purpose\` with social, democratic, economic, innovation, quality or effect.`, model.nameRange));
        }
    }
};

/** A pilot without a plan for what comes after ends with the pilot (DOMAIN.md §4, warnings). */
export const pilotWithoutContinuation: RuleDefinition = {
    code: 'SK-CTX-004', area: 'CTX', defaultSeverity: 'warning', scope: 'model',
    summary: 'A pilot agreement states a continuation plan.',
    check({ model }, report) {
        for (const agreement of model.agreements) {
            if (agreement.pilot && !agreement.continuation) {
                report(hit(`The pilot "${agreement.title}" has no continuation plan; add \`continuation "…"\` saying what happens after the pilot.`, agreement.range));
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

/** Research models say where their facts come from (DOMAIN.md D12). */
export const noSource: RuleDefinition = {
    code: 'SK-CTX-006', area: 'CTX', defaultSeverity: 'hint', scope: 'model',
    summary: 'Hint: the model names no source (interview, document, survey, …) for its facts.',
    check({ model }, report) {
        if (model.context.sources.length === 0) {
            report(hit(`"${model.title}" names no source; add \`source interview "…"\` or \`source document "…"\`.`, model.nameRange));
        }
    }
};

export const CONTEXT_RULES: readonly RuleDefinition[] = [periodReversed, periodOutsideModel, noPurpose, pilotWithoutContinuation, noCountry, noSource];
