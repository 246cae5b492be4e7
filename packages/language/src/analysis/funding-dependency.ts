import type { Currency, FundingLine, PartnershipBudget, PartnershipModel, Quantity, ResourceCategory } from '../model/partnership-model.js';
import type { Evidence, FundedItemDependency, FunderShare, FundingBasis, FundingDependency } from './classification.js';
import { indexOf, type ModelIndex } from './model-index.js';
import { settle } from './settle.js';

/**
 * Funding dependency ([derived]; docs/classifications.md): each funder's share of each funded
 * item (a budget that lines are `for`, and all resources to one recipient) and of the whole
 * model, the Herfindahl–Hirschman concentration index, the largest funder and what is left
 * without it.
 *
 * Amounts are compared only in one basis: money per year where any line has one, else one-off
 * sums, else the stated shares of a budget. Premises, paid positions and in-kind support count
 * in that basis when the model gives them a money value in its currency (Eimhjellen & Loga 2017
 * name financing premises and positions as the private sector's contribution); without one they
 * are left out of the shares, and the evidence says so. Lines that do not fit the basis are
 * listed, never silently mixed in; volunteer hours and knowledge are never in the shares.
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

/** Non-monetary resources that count in the shares when the model gives them a money value. */
const IN_KIND: ReadonlySet<ResourceCategory> = new Set(['premises', 'position', 'in_kind']);

/** A line's value in the model's currency: money per year, or a one-off sum. */
interface LineValue {
    readonly yearly?: number;
    readonly once?: number;
}

/** Money in the model's currency, as the model builder reads it for money lines. */
function moneyOf(quantity: Quantity | undefined, currency: Currency | undefined): LineValue {
    if (!quantity || !currency || quantity.unit !== currency) return {};
    switch (quantity.rate) {
        case 'per_year': return { yearly: quantity.value };
        case 'per_month': return { yearly: quantity.value * 12 };
        // A sum without a rate is one sum for the whole line, as for money lines.
        case 'once':
        case undefined: return { once: quantity.value };
    }
}

/**
 * The money value of a line: for money, what the model states (`yearlyAmount`, `onceAmount`);
 * for premises, positions and in-kind support, their amount in the model's currency or their
 * share of a budget with such an amount; nothing for volunteer hours and knowledge.
 */
function valueOf(line: FundingLine, currency: Currency | undefined, budgets: ReadonlyMap<string, PartnershipBudget>): LineValue {
    if (line.category === 'money') return { yearly: line.yearlyAmount, once: line.onceAmount };
    if (!IN_KIND.has(line.category)) return {};
    if (line.amount) return moneyOf(line.amount, currency);
    const budget = line.item !== undefined ? budgets.get(line.item) : undefined;
    if (line.sharePercent !== undefined && budget) {
        const whole = moneyOf(budget.amount, currency);
        return {
            yearly: whole.yearly === undefined ? undefined : (whole.yearly * line.sharePercent) / 100,
            once: whole.once === undefined ? undefined : (whole.once * line.sharePercent) / 100
        };
    }
    return {};
}

/** A line that may be in the shares, with its value. */
interface Counted {
    readonly line: FundingLine;
    readonly value: LineValue;
}

function basisOf(lines: readonly Counted[]): FundingBasis | undefined {
    if (lines.some(({ value }) => value.yearly !== undefined)) return 'per_year';
    if (lines.some(({ value }) => value.once !== undefined)) return 'once';
    if (lines.some(({ line }) => line.sharePercent !== undefined)) return 'share';
    return undefined;
}

function amountIn({ line, value }: Counted, basis: FundingBasis): number | undefined {
    switch (basis) {
        case 'per_year': return value.yearly;
        case 'once': return value.once;
        case 'share': return line.sharePercent;
    }
}

function exclusionReason({ line, value }: Counted, basis: FundingBasis, currency: string | undefined): string {
    if (line.amount?.unit && line.amount.unit !== currency) return `amount in ${line.amount.unit}, not ${currency ?? 'the model currency'}`;
    if (basis === 'per_year' && value.once !== undefined) return 'a one-off sum, not money per year';
    return 'no amount that can be compared';
}

/** Whether an in-kind line has a money value (in some currency) or share that places it in a basis. */
function hasMoneyValue(line: FundingLine, value: LineValue): boolean {
    if (value.yearly !== undefined || value.once !== undefined || line.sharePercent !== undefined) return true;
    const unit = line.amount?.unit;
    return unit !== undefined && unit !== 'FTE' && unit !== 'hours';
}

const IN_KIND_NOUN: Record<string, string> = { premises: 'premises', position: 'position', in_kind: 'in-kind support' };

/** "premises from Sponsor", "1.0 FTE position from Sponsor". */
function describeInKind(index: ModelIndex, line: FundingLine): string {
    const noun = IN_KIND_NOUN[line.category] ?? line.category;
    const amount = line.amount;
    if (!amount) return `${noun} from ${index.title(line.from)}`;
    if (!amount.unit) return `${noun} from ${index.title(line.from)} (${formatAmount(amount.value)}, no currency)`;
    const value = amount.unit === 'FTE' && Number.isInteger(amount.value) ? amount.value.toFixed(1) : formatAmount(amount.value);
    return `${value} ${amount.unit} ${noun} from ${index.title(line.from)}`;
}

function dependencyOf(index: ModelIndex, kind: FundedItemDependency['kind'], id: string, lines: readonly FundingLine[]): FundedItemDependency | undefined {
    // One pass over the lines: every recipient of a thousand-actor model is an item of its own.
    const currency = index.model.context.currency;
    const budgets = budgetsOf(index);
    const candidates: Counted[] = [];
    const unvalued: FundingLine[] = [];
    const nonMonetary: Array<FundedItemDependency['nonMonetary'][number]> = [];
    for (const line of lines) {
        if (line.category !== 'money') nonMonetary.push({ index: line.index, funder: line.from, category: line.category });
        if (line.category === 'money') {
            candidates.push({ line, value: { yearly: line.yearlyAmount, once: line.onceAmount } });
        } else if (IN_KIND.has(line.category)) {
            const value = valueOf(line, currency, budgets);
            if (hasMoneyValue(line, value)) candidates.push({ line, value });
            else unvalued.push(line);
        }
    }
    const basis = basisOf(candidates);
    if (!basis) {
        return undefined;
    }
    const byFunder = new Map<string, { amount: number; lines: number[] }>();
    const excludedLines: Array<{ index: number; reason: string }> = [];
    let inKindCounted = 0;
    for (const candidate of candidates) {
        const amount = amountIn(candidate, basis);
        if (amount === undefined) {
            excludedLines.push({ index: candidate.line.index, reason: exclusionReason(candidate, basis, currency) });
            continue;
        }
        if (candidate.line.category !== 'money') inKindCounted += 1;
        const entry = byFunder.get(candidate.line.from) ?? { amount: 0, lines: [] };
        entry.amount += amount;
        entry.lines.push(candidate.line.index);
        byFunder.set(candidate.line.from, entry);
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
    const inKindNote = inKindCounted > 0
        ? ` (${inKindCounted} premises, position or in-kind contribution(s) counted at their stated value)`
        : '';
    const evidence: Evidence[] = [
        {
            criterion: 'funders', holds: true,
            detail: `${shares.map(share => `${index.title(share.funder)} ${formatPercent(share.share)}`).join(', ')}${inKindNote}`,
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
            detail: `${excludedLines.length} line(s) not counted: ${excludedLines.map(e => e.reason).join('; ')}`,
            ranges: excludedLines.map(e => index.model.funding[e.index].range)
        });
    }
    if (unvalued.length > 0) {
        const noun = unvalued.length === 1 ? 'in-kind contribution without a money value is' : 'in-kind contributions without a money value are';
        evidence.push({
            criterion: 'lines-excluded', holds: false,
            detail: `${unvalued.length} ${noun} not in the shares: ${unvalued.map(line => describeInKind(index, line)).join(', ')}`,
            ranges: unvalued.map(line => line.range)
        });
    }
    return {
        kind, id, basis, currency: basis === 'share' ? undefined : currency, total, shares, herfindahl, largest,
        remainingIfLargestLeaves: remaining, remainingShareIfLargestLeaves: remaining / total,
        excludedLines, nonMonetary, evidence
    };
}

const budgetMaps = new WeakMap<ModelIndex, ReadonlyMap<string, PartnershipBudget>>();

function budgetsOf(index: ModelIndex): ReadonlyMap<string, PartnershipBudget> {
    let budgets = budgetMaps.get(index);
    if (!budgets) {
        budgets = new Map(index.model.budgets.map(budget => [budget.id, budget]));
        budgetMaps.set(index, budgets);
    }
    return budgets;
}

export function formatPercent(share: number): string {
    return `${(Math.round(share * 1000) / 10).toString()} %`;
}

function formatAmount(amount: number): string {
    return Number.isInteger(amount) ? amount.toString() : amount.toFixed(2);
}
