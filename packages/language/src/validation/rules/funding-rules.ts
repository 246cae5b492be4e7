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

/**
 * The known shares of a budget and their total; undefined when the budget has no share line or a
 * line that cannot be compared with the budget.
 */
function shareTotal(lines: readonly FundingLine[], budget: PartnershipBudget): number | undefined {
    if (!lines.some(line => line.sharePercent !== undefined)) return undefined;
    let total = 0;
    for (const line of lines) {
        const percent = percentOf(line, budget);
        if (percent === undefined) return undefined;
        total += percent;
    }
    return total;
}

/** Shares of one funded item above 100 % contradict each other: parts cannot exceed the whole. */
export const sharesNotHundred: RuleDefinition = {
    code: 'SK-FUND-001', area: 'FUND', defaultSeverity: 'error', scope: 'model',
    summary: 'Funding shares of one funded item (budget) do not add up to more than 100 % (beyond the tolerance setting).',
    check({ model, config }, report) {
        for (const budget of model.budgets) {
            const total = shareTotal(linesFor(model.funding, budget), budget);
            if (total !== undefined && total - 100 > config.funding.shareTolerance) {
                report(hit(`The shares for "${budget.title}" add up to ${formatPercent(total / 100)}, more than the whole; correct the shares or rescale them to 100 %.`,
                    budget.nameRange, { fix: 'rescale-shares', item: budget.id, total }));
            }
        }
    }
};

/**
 * Shares below 100 % are incomplete information, not a contradiction: researchers often know only
 * some of the funders. Said once, so that the dependency figures are read as covering the known part.
 */
export const sharesBelowHundred: RuleDefinition = {
    code: 'SK-FUND-009', area: 'FUND', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the known funding shares of one funded item (budget) add up to less than 100 % (beyond the tolerance setting).',
    check({ model, config }, report) {
        for (const budget of model.budgets) {
            const total = shareTotal(linesFor(model.funding, budget), budget);
            if (total !== undefined && 100 - total > config.funding.shareTolerance) {
                report(hit(`The known shares for "${budget.title}" add up to ${formatPercent(total / 100)}; the rest (${formatPercent((100 - total) / 100)}) has no funder in the model, and the dependency figures cover only the known shares. Add the missing funders if they are known.`,
                    budget.nameRange));
            }
        }
    }
};

/** Amounts and shares are positive: a zero or negative resource flow is not one. */
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

/** Amounts given for a budget add up to its stated total. */
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

/** Money is given within the agreement that frames it. */
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

/** The procurement and state-aid law a grant with a detailed specification may fall under, by country. */
function procurementLaw(country: string | undefined): string {
    switch (country) {
        case 'NO':
            return 'the Public Procurement Act (lov om offentlige anskaffelser 2016) and its regulation (anskaffelsesforskriften) when the municipality gets a service in return, and the EEA state-aid rules (EEA Agreement art. 61) when the recipient is an undertaking';
        case 'DK':
            return 'the Danish Public Procurement Act (udbudsloven 2015) when the municipality gets a service in return, and the EU state-aid rules (TFEU art. 107) when the recipient is an undertaking';
        default:
            return 'public procurement law when the public side gets a service in return, and the state-aid rules when the recipient is an undertaking';
    }
}

/**
 * A grant with a detailed performance specification may in law be a purchase: then procurement
 * law applies, and public money to an undertaking may be state aid. Loga et al. 2016 name
 * procurement rules and grants among social entrepreneurs' framework conditions.
 */
export const grantWithDetailedRequirements: RuleDefinition = {
    code: 'SK-FUND-005', area: 'FUND', defaultSeverity: 'warning', scope: 'model',
    summary: 'A grant does not carry detailed performance requirements (it may then be a public contract under procurement law).',
    check({ model, index }, report) {
        for (const line of model.funding) {
            if (GRANTS.has(line.kind) && line.requirements === 'detailed') {
                report(hit(`${index.title(line.from)} gives ${index.title(line.to)} a ${line.kind.replace(/_/g, ' ')} with detailed requirements. A grant that specifies the service in detail may in law be a public contract: check ${procurementLaw(model.context.country)}. Correct the legal instrument, or state the requirements as general if they are.`, line.range));
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

/** A classification: the largest funder's share of the whole (funding dependency, docs/classifications.md). */
export const largestFunderShare: RuleDefinition = {
    code: 'SK-FUND-007', area: 'FUND', defaultSeverity: 'info', scope: 'model', classification: true,
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

/** Payments for a purchase: a different relation from support, outside this rule. */
const CONTRACTS: ReadonlySet<FundingLine['kind']> = new Set(['procurement_contract', 'contract_payment']);

/** Money that ends: a project grant, or a one-off grant, donation or sponsorship (not a contract payment). */
function timeLimited(line: FundingLine): boolean {
    if (CONTRACTS.has(line.kind)) return false;
    return line.kind === 'project_grant' || line.amount?.rate === 'once' || (line.onceAmount !== undefined && line.yearlyAmount === undefined);
}

/**
 * Time-limited money for lasting work [derived]: a non-public recipient whose only money is project
 * grants or one-off sums, while it performs delivery work or holds a provider or coordinator role,
 * and no agreement it is party to ends or is a pilot. Eimhjellen & Loga 2017 recommend securing
 * the economic conditions of existing collaborations.
 */
export const projectMoneyForLastingTask: RuleDefinition = {
    code: 'SK-FUND-010', area: 'FUND', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a non-public actor doing lasting work (delivery, or a provider or coordinator role, under no agreement that ends) is financed only by project grants or one-off sums.',
    check({ model, index }, report) {
        const byRecipient = new Map<string, FundingLine[]>();
        for (const line of model.funding) {
            if (line.category !== 'money' || !index.actors.has(line.to) || index.isPublic(line.to)) continue;
            const lines = byRecipient.get(line.to);
            if (lines) lines.push(line);
            else byRecipient.set(line.to, [line]);
        }
        for (const [recipient, lines] of byRecipient) {
            // Every money line to the recipient is time-limited: one operating grant or contract secures it.
            if (!lines.every(timeLimited)) continue;
            const delivery = index.activitiesOf(recipient).find(activity => activity.phases.length === 0 || activity.phases.includes('delivery'));
            const role = model.roles.find(r => (r.kind === 'provider' || r.kind === 'coordinator')
                && r.holders.some(holder => index.actorsOf(holder).includes(recipient)));
            if (!delivery && !role) continue;
            const ends = model.agreements.some(agreement => agreement.parties.some(party => index.actorsOf(party).includes(recipient))
                && (agreement.pilot || agreement.period?.end !== undefined));
            if (ends) continue;
            const work = delivery ? `it performs "${delivery.title}"` : `it holds the ${role?.kind} role "${role?.title}"`;
            const kinds = [...new Set(lines.map(line => line.kind === 'project_grant' ? 'project grant' : `one-off ${line.kind.replace(/_/g, ' ')}`))].join(', ');
            report(hit(`${index.title(recipient)} does lasting work (${work}, under no agreement that ends or is a pilot), but all its money in the model is time-limited (${kinds}). Eimhjellen & Loga 2017 recommend securing the economic conditions of collaborations: if the work is meant to last, state how it is financed after the project; if it is a project, state its end (an agreement with a period, or \`pilot\`).`, lines[0].range));
        }
    }
};

/**
 * Autonomy risk [derived]: one public actor provides more than half of a non-public
 * organisation's money in the model (not as payment under a contract), and the public side alone defines the collaboration's goals
 * (Eimhjellen & Loga 2017's criterion of control over goals, read with the funding dependency).
 */
export const autonomyRisk: RuleDefinition = {
    code: 'SK-FUND-011', area: 'FUND', defaultSeverity: 'warning', scope: 'model',
    summary: 'A non-public organisation does not both get more than half of its money from one public actor and leave the goals to the public side alone.',
    check({ model, classification, index }, report) {
        if (classification.coCreation.facts.goalsDefinedBy !== 'public') return;
        for (const item of classification.funding.items) {
            if (item.kind !== 'recipient' || !index.actors.has(item.id) || index.isPublic(item.id)) continue;
            const largest = item.largest;
            if (!largest || largest.share <= 0.5 || !index.isPublic(largest.funder)) continue;
            // Payment under a contract is a purchase, whose content the buyer sets by definition (contracting): not this risk.
            const lines = largest.lines.map(i => model.funding[i]).filter(line => line !== undefined);
            if (lines.length === 0 || lines.some(line => CONTRACTS.has(line.kind))) continue;
            const line = lines[0];
            report(hit(`${index.title(item.id)} gets ${formatPercent(largest.share)} of its money in the model from ${index.title(largest.funder)}, and the goals are defined by the public side alone: the organisation depends on one public funder that also sets the collaboration's goals, a risk to its autonomy. If ${index.title(item.id)} takes part in defining the goals, state it (\`goals defined by …\`); otherwise say how its independence is kept.`, line.range));
        }
    }
};

export const FUNDING_RULES: readonly RuleDefinition[] = [
    sharesNotHundred, nonPositiveAmount, amountsNotBudget, fundingOutsideAgreement, grantWithDetailedRequirements, shareWithoutItem,
    largestFunderShare, foreignCurrency, sharesBelowHundred, projectMoneyForLastingTask, autonomyRisk
];
