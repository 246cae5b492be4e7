import type { FundingLine, PartnershipModel, Quantity } from '@samskap/language';
import type { Labels } from './i18n/index.js';
import { formatNumber } from './number-format.js';

/** "600 000 NOK per år", "1,0 FTE", "1 200 timer per år". */
export function quantityText(quantity: Quantity, labels: Labels): string {
    const decimals = Number.isInteger(quantity.value) ? 0 : 1;
    const unit = quantity.unit === 'hours' ? labels.text.hours : quantity.unit ?? '';
    const rate = quantity.rate === 'per_year' ? labels.text.perYear : quantity.rate === 'per_month' ? labels.text.perMonth : quantity.rate === 'once' ? labels.text.once : '';
    return [formatNumber(quantity.value, labels.language, decimals), unit, rate].filter(part => part.length > 0).join(' ');
}

/**
 * What one funding line moves, in words, one part per line of a diagram label: the amount as
 * written, or, for a share of a budget, the amount that share comes to, marked as computed
 * ("≈ 514 286 DKK per year", then "30 % × 1 714 286"), and the budget it is for (by its title).
 */
export function fundingAmountLines(line: FundingLine, labels: Labels, model?: PartnershipModel): string[] {
    const parts: string[] = [];
    if (line.amount) {
        parts.push(quantityText(line.amount, labels));
    }
    const budget = line.item ? model?.budgets.find(candidate => candidate.id === line.item) : undefined;
    if (line.sharePercent !== undefined) {
        const share = `${formatNumber(line.sharePercent, labels.language, Number.isInteger(line.sharePercent) ? 0 : 1)} %`;
        const computed = line.amount ? undefined : line.yearlyAmount ?? line.onceAmount;
        if (computed !== undefined && budget) {
            // Computed from the share and the budget in the model's currency: shown as such, with what it was computed from.
            const rate = line.yearlyAmount !== undefined ? labels.text.perYear : labels.text.once;
            const currency = model?.context.currency ?? '';
            parts.push([`≈ ${formatNumber(computed, labels.language)}`, currency, rate].filter(part => part.length > 0).join(' '));
            parts.push(`${share} × ${formatNumber(budget.amount.value, labels.language, Number.isInteger(budget.amount.value) ? 0 : 1)}`);
        } else {
            parts.push(share);
        }
    }
    if (line.item) {
        parts.push(`→ ${budget?.title ?? line.item}`);
    }
    return parts;
}

/** The same in one line of text (tables, evidence). */
export function fundingAmountText(line: FundingLine, labels: Labels, model?: PartnershipModel): string {
    const parts = fundingAmountLines(line, labels, model);
    // "≈ 514 286 DKK per year (30 % × 1 714 286) → budget": the computation in brackets.
    return parts.map((part, index) => (index > 0 && parts[index - 1].startsWith('≈') && !part.startsWith('→') ? `(${part})` : part)).join(' ');
}
