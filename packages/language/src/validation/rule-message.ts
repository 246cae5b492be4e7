import { displayDecimals, formatDisplayNumber, type DisplayLanguage } from '../analysis/labels.js';
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
 * A number from the model in a message, grouped as the display language writes numbers
 * (formatDisplayNumber: "1,200,000" and "0.5" in English, "1 200 000" and "0,5" in Norwegian and
 * Danish), with as many decimals as it has, up to four ("16.67", not "16.670000000000002").
 */
export function numberIn(value: number, language: MessageLanguage): string {
    return formatDisplayNumber(value, language, displayDecimals(value));
}
