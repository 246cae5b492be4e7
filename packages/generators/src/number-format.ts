import type { Language } from './i18n/index.js';

/**
 * Numbers written the same way on every machine (no dependence on the runtime's locale data),
 * so the same model always gives the same bytes: digit groups of three, separated by a
 * no-break space in Norwegian and Danish and by a comma in English.
 */
export function formatNumber(value: number, language: Language, decimals = 0): string {
    const fixed = Math.abs(value).toFixed(decimals);
    const [whole, fraction] = fixed.split('.');
    const groupSeparator = language === 'en' ? ',' : '\u00A0';
    const decimalSeparator = language === 'en' ? '.' : ',';
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);
    const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
    return `${sign}${grouped}${fraction ? decimalSeparator + fraction : ''}`;
}

/** A share 0..1 as a percentage with at most one decimal. */
export function formatPercent(share: number, language: Language): string {
    const percent = Math.round(share * 1000) / 10;
    return `${formatNumber(percent, language, Number.isInteger(percent) ? 0 : 1)} %`;
}
