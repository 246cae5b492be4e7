import { formatDisplayNumber, type DisplayLanguage } from '../analysis/labels.js';
import { textIn, type LocalText, type TextLanguage } from '../analysis/local-text.js';

/** The languages findings are written in. Nynorsk reads the bokmål text until it has its own. */
export type MessageLanguage = TextLanguage;

/**
 * A finding's message in every language Samskap writes findings in, written side by side where
 * the rule finds the problem: one place per message, and a missing translation is a compile
 * error. Rule codes, keywords in backticks (the syntax is English in every language) and quoted
 * model text stay as they are in each language; only the sentence around them is translated.
 * The display language (`display.language`, `--lang`) picks one when the rules run (runRules).
 */
export type RuleMessage = LocalText;

/** The message in a display language: nynorsk falls back to bokmål. */
export function messageIn(message: RuleMessage, language: DisplayLanguage = 'en'): string {
    return textIn(message, language);
}

/** A share 0..1 as a percentage in a message ("83.3 %", "83,3 %"): the evidence's formatting. */
export { percentIn } from '../analysis/funding-dependency.js';

/**
 * A number from the model in a message: English as it was written (`1200000`), Norwegian and
 * Danish grouped, with a decimal comma ("1 200 000", "0,5").
 */
export function numberIn(value: number, language: MessageLanguage): string {
    if (language === 'en') return `${value}`;
    const decimals = Number.isInteger(value) ? 0 : Math.min(4, (`${value}`.split('.')[1] ?? '').length);
    return formatDisplayNumber(value, language, decimals);
}
