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

/** What one funding line moves, in words: amount or share, and the budget it is for (by its title). */
export function fundingAmountText(line: FundingLine, labels: Labels, model?: PartnershipModel): string {
    const parts: string[] = [];
    if (line.amount) {
        parts.push(quantityText(line.amount, labels));
    }
    if (line.sharePercent !== undefined) {
        parts.push(`${formatNumber(line.sharePercent, labels.language, Number.isInteger(line.sharePercent) ? 0 : 1)} %`);
    }
    if (line.item) {
        parts.push(`→ ${model?.budgets.find(budget => budget.id === line.item)?.title ?? line.item}`);
    }
    return parts.join(' ');
}
