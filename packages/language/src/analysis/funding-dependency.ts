import type { FundingLine, PartnershipModel } from '../model/partnership-model.js';
import type { Evidence, FundedItemDependency, FunderShare, FundingBasis, FundingDependency } from './classification.js';
import { indexOf, type ModelIndex } from './model-index.js';
import { settle } from './settle.js';

/**
 * Funding dependency (DOMAIN.md §3, [derived]): each funder's share of each funded item (a
 * budget that lines are `for`, and all money to one recipient) and of the whole model, the
 * Herfindahl–Hirschman concentration index, the largest funder and what is left without it.
 *
 * Amounts are compared only in one basis: money per year where any line has one, else one-off
 * sums, else the stated shares of a budget. Lines that do not fit the basis are listed, never
 * silently mixed in; non-monetary resources (premises, positions, hours) are listed apart.
 */
export function classifyFunding(model: PartnershipModel): FundingDependency {
    const index = indexOf(model);
    // Rules read only the overall dependency; the items (one per budget and per recipient) are
    // for hover, matrices and documents, and computed on first read.
    return {
        get items() {
            return settle(this, 'items', fundedItems(index, model));
        },
        overall: dependencyOf(index, 'overall', model.name, model.funding)
    };
}

function fundedItems(index: ModelIndex, model: PartnershipModel): FundedItemDependency[] {
    const items: FundedItemDependency[] = [];
    const byItem = new Map<string, FundingLine[]>();
    for (const line of model.funding) {
        if (line.item === undefined) continue;
        const lines = byItem.get(line.item) ?? [];
        lines.push(line);
        byItem.set(line.item, lines);
    }
    for (const budget of model.budgets) {
        const lines = byItem.get(budget.id) ?? [];
        const item = dependencyOf(index, 'budget', budget.id, lines);
        if (item) items.push(item);
    }
    const byRecipient = new Map<string, FundingLine[]>();
    for (const line of model.funding) {
        const lines = byRecipient.get(line.to) ?? [];
        lines.push(line);
        byRecipient.set(line.to, lines);
    }
    for (const [recipient, lines] of byRecipient) {
        const item = dependencyOf(index, 'recipient', recipient, lines);
        if (item) items.push(item);
    }
    return items;
}

function basisOf(money: readonly FundingLine[]): FundingBasis | undefined {
    if (money.some(line => line.yearlyAmount !== undefined)) return 'per_year';
    if (money.some(line => line.onceAmount !== undefined)) return 'once';
    if (money.some(line => line.sharePercent !== undefined)) return 'share';
    return undefined;
}

function amountIn(line: FundingLine, basis: FundingBasis): number | undefined {
    switch (basis) {
        case 'per_year': return line.yearlyAmount;
        case 'once': return line.onceAmount;
        case 'share': return line.sharePercent;
    }
}

function exclusionReason(line: FundingLine, basis: FundingBasis, currency: string | undefined): string {
    if (line.amount?.unit && line.amount.unit !== currency) return `amount in ${line.amount.unit}, not ${currency ?? 'the model currency'}`;
    if (basis === 'per_year' && line.onceAmount !== undefined) return 'a one-off sum, not money per year';
    return 'no amount that can be compared';
}

function dependencyOf(index: ModelIndex, kind: FundedItemDependency['kind'], id: string, lines: readonly FundingLine[]): FundedItemDependency | undefined {
    // One pass over the lines: every recipient of a thousand-actor model is an item of its own.
    const money: FundingLine[] = [];
    const nonMonetary: Array<FundedItemDependency['nonMonetary'][number]> = [];
    for (const line of lines) {
        if (line.category === 'money') money.push(line);
        else nonMonetary.push({ index: line.index, funder: line.from, category: line.category });
    }
    const basis = basisOf(money);
    if (!basis) {
        return undefined;
    }
    const currency = index.model.context.currency;
    const byFunder = new Map<string, { amount: number; lines: number[] }>();
    const excludedLines: Array<{ index: number; reason: string }> = [];
    for (const line of money) {
        const amount = amountIn(line, basis);
        if (amount === undefined) {
            excludedLines.push({ index: line.index, reason: exclusionReason(line, basis, currency) });
            continue;
        }
        const entry = byFunder.get(line.from) ?? { amount: 0, lines: [] };
        entry.amount += amount;
        entry.lines.push(line.index);
        byFunder.set(line.from, entry);
    }
    let total = 0;
    for (const entry of byFunder.values()) total += entry.amount;
    if (total <= 0) {
        return undefined;
    }
    const shares: FunderShare[] = [...byFunder.entries()]
        .map(([funder, entry]) => ({ funder, amount: entry.amount, share: entry.amount / total, lines: entry.lines }))
        .sort((a, b) => b.share - a.share || a.funder.localeCompare(b.funder));
    const herfindahl = shares.reduce((sum, share) => sum + share.share * share.share, 0);
    const largest = shares[0];
    const remaining = total - largest.amount;
    const unit = basis === 'share' ? '%' : ` ${currency ?? ''}${basis === 'per_year' ? ' per year' : ' once'}`;
    const ranges = lines.map(line => line.range);
    const evidence: Evidence[] = [
        {
            criterion: 'funders', holds: true,
            detail: shares.map(share => `${index.title(share.funder)} ${formatPercent(share.share)}`).join(', '),
            ranges
        },
        {
            criterion: 'concentration', holds: shares.length > 1,
            detail: `Herfindahl index ${herfindahl.toFixed(2)} (1.00: a single funder)`,
            ranges
        },
        {
            criterion: 'largest-funder-leaves', holds: remaining > 0,
            detail: `without ${index.title(largest.funder)}, ${formatAmount(remaining)}${unit} (${formatPercent(remaining / total)}) remains`,
            ranges: largest.lines.map(i => index.model.funding[i].range)
        }
    ];
    if (excludedLines.length > 0) {
        evidence.push({
            criterion: 'lines-excluded', holds: false,
            detail: `${excludedLines.length} money line(s) not counted: ${excludedLines.map(e => e.reason).join('; ')}`,
            ranges: excludedLines.map(e => index.model.funding[e.index].range)
        });
    }
    return {
        kind, id, basis, currency: basis === 'share' ? undefined : currency, total, shares, herfindahl, largest,
        remainingIfLargestLeaves: remaining, remainingShareIfLargestLeaves: remaining / total,
        excludedLines, nonMonetary, evidence
    };
}

export function formatPercent(share: number): string {
    return `${(Math.round(share * 1000) / 10).toString()} %`;
}

function formatAmount(amount: number): string {
    return Number.isInteger(amount) ? amount.toString() : amount.toFixed(2);
}
