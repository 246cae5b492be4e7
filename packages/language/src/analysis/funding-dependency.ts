import type { Currency, FundingLine, PartnershipBudget, PartnershipModel, Quantity, ResourceCategory } from '../model/partnership-model.js';
import type { Evidence, FundedItemDependency, FunderShare, FundingBasis, FundingDependency } from './classification.js';
import { formatDisplayNumber, formatDisplayPercent } from './labels.js';
import type { LocalText, TextLanguage } from './local-text.js';
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

/**
 * Why a line that could be in the shares is not: its amount is in another currency, it is a
 * one-off sum among money per year, it is a share of no budget with an amount, or it has no amount.
 * The rules name it in every message that reports a share (SK-FUND-007, SK-FUND-011).
 */
export type ExclusionCause = 'currency' | 'basis' | 'no-budget' | 'no-amount';

function exclusionCause({ line, value }: Counted, basis: FundingBasis, currency: string | undefined): ExclusionCause {
    if (line.amount?.unit && line.amount.unit !== currency) return 'currency';
    if (basis === 'per_year' && value.once !== undefined) return 'basis';
    if (line.sharePercent !== undefined && !line.amount) return 'no-budget';
    return 'no-amount';
}

function exclusionReason(counted: Counted, basis: FundingBasis, currency: string | undefined): string {
    const { line } = counted;
    switch (exclusionCause(counted, basis, currency)) {
        case 'currency': return `amount in ${line.amount?.unit}, not ${currency ?? 'the model currency'}`;
        case 'basis': return 'a one-off sum, not money per year';
        case 'no-budget': return 'a share of no budget with an amount in this basis';
        case 'no-amount': return 'no amount that can be compared';
    }
}

/** An evidence criterion whose detail is given in every language (English also in `detail`). */
function withDetails(criterion: Evidence['criterion'], holds: boolean, details: LocalText, ranges: Evidence['ranges']): Evidence {
    return { criterion, holds, detail: details.en, details, ranges };
}

/**
 * A share 0..1 as a percentage in a sentence (evidence, findings), as every output writes it:
 * "83.3 %" in English, "83,3 %" in Norwegian and Danish.
 */
export function percentIn(share: number, language: TextLanguage): string {
    return formatDisplayPercent(share, language);
}

/** An amount in a detail, grouped: "2,400,000" in English, "2 400 000" in Norwegian and Danish; cents only when it has them. */
function amountText(amount: number, language: TextLanguage): string {
    return formatDisplayNumber(amount, language, Number.isInteger(amount) ? 0 : 2);
}

/** Why a line is left out of the shares, in Norwegian and Danish (English: exclusionReason). */
function exclusionText(cause: ExclusionCause, unit: string | undefined, currency: string | undefined): Omit<LocalText, 'en'> {
    switch (cause) {
        case 'currency': return { nb: `beløp i ${unit}, ikke ${currency ?? 'modellens valuta'}`, da: `beløb i ${unit}, ikke ${currency ?? 'modellens valuta'}` };
        case 'basis': return { nb: 'et engangsbeløp, ikke penger per år', da: 'et engangsbeløb, ikke penge pr. år' };
        case 'no-budget': return { nb: 'en andel av et budsjett uten beløp på dette grunnlaget', da: 'en andel af et budget uden beløb på dette grundlag' };
        case 'no-amount': return { nb: 'ikke noe beløp som kan sammenlignes', da: 'intet beløb, der kan sammenlignes' };
    }
}

const IN_KIND_NOUNS: Record<'nb' | 'da', Record<string, string>> = {
    nb: { premises: 'lokaler', position: 'stilling', in_kind: 'naturalytelse' },
    da: { premises: 'lokaler', position: 'stilling', in_kind: 'naturalieydelse' }
};

/** describeInKind in Norwegian or Danish: "lokaler fra Sponsor", "1,0 FTE stilling fra Sponsor". */
function describeInKindIn(index: ModelIndex, line: FundingLine, language: 'nb' | 'da'): string {
    const noun = IN_KIND_NOUNS[language][line.category] ?? line.category;
    const from = `fra ${index.title(line.from)}`;
    const amount = line.amount;
    if (!amount) return `${noun} ${from}`;
    if (!amount.unit) return `${noun} ${from} (${amountText(amount.value, language)}, ingen valuta)`;
    const value = amount.unit === 'FTE' && Number.isInteger(amount.value) ? formatDisplayNumber(amount.value, language, 1) : amountText(amount.value, language);
    return `${value} ${amount.unit} ${noun} ${from}`;
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
    if (!amount.unit) return `${noun} from ${index.title(line.from)} (${amountText(amount.value, 'en')}, no currency)`;
    const value = amount.unit === 'FTE' && Number.isInteger(amount.value) ? formatDisplayNumber(amount.value, 'en', 1) : amountText(amount.value, 'en');
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
    const excludedLines: Array<{ index: number; reason: string; cause: ExclusionCause }> = [];
    let inKindCounted = 0;
    for (const candidate of candidates) {
        const amount = amountIn(candidate, basis);
        if (amount === undefined) {
            excludedLines.push({ index: candidate.line.index, reason: exclusionReason(candidate, basis, currency), cause: exclusionCause(candidate, basis, currency) });
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
    const unit: LocalText = basis === 'share'
        ? { en: '%', nb: '%', da: '%' }
        : basis === 'per_year'
            ? { en: ` ${currency ?? ''} per year`, nb: ` ${currency ?? ''} per år`, da: ` ${currency ?? ''} pr. år` }
            : { en: ` ${currency ?? ''} once`, nb: ` ${currency ?? ''} engangsbeløp`, da: ` ${currency ?? ''} engangsbeløb` };
    const ranges = lines.map(line => line.range);
    const counted = inKindCounted;
    const inKindNote: LocalText = counted > 0
        ? {
            en: ` (${formatDisplayNumber(counted, 'en')} premises, position or in-kind contribution(s) counted at their stated value)`,
            nb: ` (${formatDisplayNumber(counted, 'nb')} bidrag i form av lokaler, stillinger eller naturalytelser regnet med oppgitt verdi)`,
            da: ` (${formatDisplayNumber(counted, 'da')} bidrag i form af lokaler, stillinger eller naturalieydelser regnet med den angivne værdi)`
        }
        : { en: '', nb: '', da: '' };
    const funders = (language: TextLanguage): string =>
        `${shares.map(share => `${index.title(share.funder)} ${percentIn(share.share, language)}`).join(', ')}${inKindNote[language]}`;
    const [enIndex, nbIndex, daIndex] = [formatDisplayNumber(herfindahl, 'en', 2), formatDisplayNumber(herfindahl, 'nb', 2), formatDisplayNumber(herfindahl, 'da', 2)];
    const without = index.title(largest.funder);
    const rest = (language: TextLanguage): string => `${amountText(remaining, language)}${unit[language]} (${percentIn(remaining / total, language)})`;
    const evidence: Evidence[] = [
        withDetails('funders', true, { en: funders('en'), nb: funders('nb'), da: funders('da') }, ranges),
        withDetails('concentration', shares.length > 1, {
            en: `Herfindahl index ${enIndex} (1.00: a single funder)`,
            nb: `Herfindahl-indeks ${nbIndex} (1,00: én finansiør)`,
            da: `Herfindahl-indeks ${daIndex} (1,00: én finansieringskilde)`
        }, ranges),
        withDetails('largest-funder-leaves', remaining > 0, {
            en: `without ${without}, ${rest('en')} remains`,
            nb: `uten ${without} gjenstår ${rest('nb')}`,
            da: `uden ${without} er der ${rest('da')} tilbage`
        }, largest.lines.map(i => index.model.funding[i].range))
    ];
    if (excludedLines.length > 0) {
        const count = excludedLines.length;
        const reasons = (language: Exclude<TextLanguage, 'en'>): string => excludedLines
            .map(e => exclusionText(e.cause, index.model.funding[e.index]?.amount?.unit, currency)[language]).join('; ');
        evidence.push(withDetails('lines-excluded', false, {
            en: `${formatDisplayNumber(count, 'en')} line(s) not counted: ${excludedLines.map(e => e.reason).join('; ')}`,
            nb: `${formatDisplayNumber(count, 'nb')} ${count === 1 ? 'linje' : 'linjer'} ikke regnet med: ${reasons('nb')}`,
            da: `${formatDisplayNumber(count, 'da')} ${count === 1 ? 'linje' : 'linjer'} ikke medregnet: ${reasons('da')}`
        }, excludedLines.map(e => index.model.funding[e.index].range)));
    }
    if (unvalued.length > 0) {
        const count = unvalued.length;
        const noun = count === 1 ? 'in-kind contribution without a money value is' : 'in-kind contributions without a money value are';
        const list = (language: Exclude<TextLanguage, 'en'>): string => unvalued.map(line => describeInKindIn(index, line, language)).join(', ');
        evidence.push(withDetails('lines-excluded', false, {
            en: `${formatDisplayNumber(count, 'en')} ${noun} not in the shares: ${unvalued.map(line => describeInKind(index, line)).join(', ')}`,
            nb: `${formatDisplayNumber(count, 'nb')} ${count === 1 ? 'naturalytelse uten pengeverdi er' : 'naturalytelser uten pengeverdi er'} ikke med i andelene: ${list('nb')}`,
            da: `${formatDisplayNumber(count, 'da')} ${count === 1 ? 'naturalieydelse uden pengeværdi er' : 'naturalieydelser uden pengeværdi er'} ikke med i andelene: ${list('da')}`
        }, unvalued.map(line => line.range)));
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

