import type { FundingLine, PartnershipBudget, Quantity } from '../../model/partnership-model.js';
import { formatPercent } from '../../analysis/funding-dependency.js';
import { hit, type RuleDefinition } from '../rule.js';
import { periodText, periodWithin } from './periods.js';

const GRANTS: ReadonlySet<FundingLine['kind']> = new Set(['operating_grant', 'project_grant', 'volunteer_centre_grant']);

function linesFor(lines: readonly FundingLine[], budget: PartnershipBudget): FundingLine[] {
    return lines.filter(line => line.item === budget.id);
}

function comparable(a: Quantity, b: Quantity): boolean {
    return a.unit === b.unit && (a.rate ?? 'once') === (b.rate ?? 'once');
}

/**
 * The percentage of a budget each line stands for: its share, or its amount measured against the
 * budget when both are in the same unit and rate; undefined when it cannot be compared.
 */
function percentOf(line: FundingLine, budget: PartnershipBudget): number | undefined {
    if (line.sharePercent !== undefined) return line.sharePercent;
    if (line.amount && comparable(line.amount, budget.amount) && budget.amount.value > 0) {
        return (line.amount.value / budget.amount.value) * 100;
    }
    return undefined;
}

/** Shares of one funded item add up to 100 % within a tolerance (DOMAIN.md §4, errors). */
export const sharesNotHundred: RuleDefinition = {
    code: 'SK-FUND-001', area: 'FUND', defaultSeverity: 'error', scope: 'model',
    summary: 'Funding shares of one funded item (budget) add up to 100 % (within the tolerance setting).',
    check({ model, config }, report) {
        for (const budget of model.budgets) {
            const lines = linesFor(model.funding, budget);
            if (!lines.some(line => line.sharePercent !== undefined)) continue;
            const percents = lines.map(line => percentOf(line, budget));
            if (percents.some(p => p === undefined)) continue;
            const total = percents.reduce<number>((sum, p) => sum + (p ?? 0), 0);
            if (Math.abs(total - 100) > config.funding.shareTolerance) {
                report(hit(`The shares for "${budget.title}" add up to ${formatPercent(total / 100)}, not 100 %; correct the shares or rescale them to 100 %.`,
                    budget.nameRange, { fix: 'rescale-shares', item: budget.id, total }));
            }
        }
    }
};

/** Amounts and shares are positive (DOMAIN.md §4, errors). */
export const nonPositiveAmount: RuleDefinition = {
    code: 'SK-FUND-002', area: 'FUND', defaultSeverity: 'error', scope: 'model',
    summary: 'Amounts are positive and shares lie between 0 and 100 %.',
    check({ model }, report) {
        for (const budget of model.budgets) {
            if (budget.amount.value <= 0) {
                report(hit(`The budget "${budget.title}" has the amount ${budget.amount.value}; state a positive amount.`, budget.range));
            }
        }
        for (const line of model.funding) {
            if (line.amount && line.amount.value <= 0) {
                report(hit(`This funding line moves ${line.amount.value}; state a positive amount, or remove the line.`, line.range));
            }
            if (line.sharePercent !== undefined && (line.sharePercent <= 0 || line.sharePercent > 100)) {
                report(hit(`A share of ${line.sharePercent} % is not possible; a share lies above 0 % and at most 100 %.`, line.range));
            }
        }
    }
};

/** Amounts given for a budget add up to its stated total (DOMAIN.md §4, warnings). */
export const amountsNotBudget: RuleDefinition = {
    code: 'SK-FUND-003', area: 'FUND', defaultSeverity: 'warning', scope: 'model',
    summary: 'Funding amounts for a budget add up to the budget\'s stated amount.',
    check({ model }, report) {
        for (const budget of model.budgets) {
            const lines = linesFor(model.funding, budget);
            if (lines.length === 0 || lines.some(line => line.sharePercent !== undefined)) continue;
            if (!lines.every(line => line.amount && comparable(line.amount, budget.amount))) continue;
            const total = lines.reduce((sum, line) => sum + (line.amount?.value ?? 0), 0);
            if (Math.abs(total - budget.amount.value) > budget.amount.value * 0.005) {
                report(hit(`The funding lines for "${budget.title}" add up to ${total} ${budget.amount.unit ?? ''}, but the budget states ${budget.amount.value}; correct the amounts or the budget.`.replace(/ {2}/g, ' '), budget.nameRange));
            }
        }
    }
};

/** Money is given within the agreement that frames it (DOMAIN.md §4, warnings). */
export const fundingOutsideAgreement: RuleDefinition = {
    code: 'SK-FUND-004', area: 'FUND', defaultSeverity: 'warning', scope: 'model',
    summary: 'A funding period lies inside the period of the agreement between its funder and recipient.',
    check({ model, index }, report) {
        for (const line of model.funding) {
            if (!line.period) continue;
            const agreement = model.agreements.find(a => a.period
                && a.parties.some(p => index.actorsOf(p).includes(line.from) || p === line.from)
                && a.parties.some(p => index.actorsOf(p).includes(line.to) || p === line.to));
            if (agreement?.period && !periodWithin(line.period, agreement.period)) {
                report(hit(`The funding period ${periodText(line.period)} lies outside the agreement "${agreement.title}" (${periodText(agreement.period)}); extend the agreement or correct the period.`, line.range));
            }
        }
    }
};

/**
 * A grant with a detailed performance specification buys a service: it may be a public
 * contract under procurement law (KS 2015–2017 project on social entrepreneurs; DOMAIN.md §4).
 */
export const grantWithDetailedRequirements: RuleDefinition = {
    code: 'SK-FUND-005', area: 'FUND', defaultSeverity: 'warning', scope: 'model',
    summary: 'A grant does not carry detailed performance requirements (it may then be a procurement).',
    check({ model, index }, report) {
        for (const line of model.funding) {
            if (GRANTS.has(line.kind) && line.requirements === 'detailed') {
                report(hit(`${index.title(line.from)} gives ${index.title(line.to)} a ${line.kind.replace(/_/g, ' ')} with detailed requirements; a grant that specifies the service in detail may be a procurement under procurement law. Check the legal instrument, or state the requirements as general.`, line.range));
            }
        }
    }
};

/** A share means nothing without the item it is a share of. */
export const shareWithoutItem: RuleDefinition = {
    code: 'SK-FUND-006', area: 'FUND', defaultSeverity: 'warning', scope: 'model',
    summary: 'A funding line that gives a share names the budget it is a share of (`for <budget>`).',
    check({ model }, report) {
        for (const line of model.funding) {
            if (line.sharePercent !== undefined && line.item === undefined && line.amount === undefined) {
                report(hit(`A share of ${line.sharePercent} % of what? Add \`for <budget>\` and declare the budget with its amount.`, line.range));
            }
        }
    }
};

/** The largest funder's share of the whole (DOMAIN.md §4, information; funding dependency). */
export const largestFunderShare: RuleDefinition = {
    code: 'SK-FUND-007', area: 'FUND', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the largest funder\'s share of all money in the model, and what is left without it.',
    check({ model, classification, index }, report) {
        const overall = classification.funding.overall;
        const largest = overall?.largest;
        if (!overall || !largest || overall.shares.length === 0) return;
        const firstLine = model.funding[largest.lines[0]];
        if (!firstLine) return;
        report(hit(`${index.title(largest.funder)} gives ${formatPercent(largest.share)} of the money (Herfindahl index ${overall.herfindahl.toFixed(2)}); without it ${formatPercent(overall.remainingShareIfLargestLeaves)} remains.`, firstLine.range));
    }
};

/** Money in another currency is left out of the dependency figures rather than converted at an invented rate. */
export const foreignCurrency: RuleDefinition = {
    code: 'SK-FUND-008', area: 'FUND', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a money amount in another currency than the model\'s is not counted in the funding dependency.',
    check({ model }, report) {
        const currency = model.context.currency;
        for (const line of model.funding) {
            const unit = line.amount?.unit;
            if (line.category === 'money' && currency && unit && unit !== currency && unit !== 'FTE' && unit !== 'hours') {
                report(hit(`This amount is in ${unit}, the model counts in ${currency}; it is left out of the funding shares. State it in ${currency} to include it.`, line.range));
            }
        }
    }
};

export const FUNDING_RULES: readonly RuleDefinition[] = [
    sharesNotHundred, nonPositiveAmount, amountsNotBudget, fundingOutsideAgreement, grantWithDetailedRequirements, shareWithoutItem,
    largestFunderShare, foreignCurrency
];
