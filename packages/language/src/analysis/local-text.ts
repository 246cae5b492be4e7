import type { DisplayLanguage } from './labels.js';

/** The languages Samskap writes its sentences in (findings, evidence); nynorsk reads bokmål until it has its own. */
export type TextLanguage = 'en' | 'nb' | 'da';

/**
 * One sentence in every language Samskap writes, written side by side where it is made: one
 * place per sentence, and a missing language is a compile error. Keywords in backticks (the
 * syntax is English in every language), rule codes and model text stay as they are in each.
 */
export type LocalText = Readonly<Record<TextLanguage, string>>;

/** The text in a display language: nynorsk falls back to bokmål. */
export function textIn(text: LocalText, language: DisplayLanguage = 'en'): string {
    return text[language === 'nn' ? 'nb' : language];
}

/** A text made once per language from the same facts. */
export function inEachLanguage(make: (language: TextLanguage) => string): LocalText {
    return { en: make('en'), nb: make('nb'), da: make('da') };
}

/** The same text in every language: names, numbers and model text that need no translation. */
export function sameText(text: string): LocalText {
    return { en: text, nb: text, da: text };
}

/** An evidence detail in a display language; English where a classification gives no translation. */
export function evidenceDetail(evidence: { readonly detail: string; readonly details?: LocalText }, language: DisplayLanguage = 'en'): string {
    return evidence.details ? textIn(evidence.details, language) : evidence.detail;
}
