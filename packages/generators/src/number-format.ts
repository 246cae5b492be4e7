import { formatDisplayNumber, formatDisplayPercent } from '@samskap/language';
import type { Language } from './i18n/index.js';

/**
 * Numbers written the same way on every machine and the same way as the hovers write them: one
 * implementation (formatDisplayNumber in @samskap/language). Digit groups of three, separated by a
 * no-break space with a decimal comma in Norwegian and Danish ("1 200 000", "1,00"), by a comma
 * with a decimal point in English.
 */
export function formatNumber(value: number, language: Language, decimals = 0): string {
    return formatDisplayNumber(value, language, decimals);
}

/** A share 0..1 as a percentage with at most one decimal ("83,3 %"). */
export function formatPercent(share: number, language: Language): string {
    return formatDisplayPercent(share, language);
}
