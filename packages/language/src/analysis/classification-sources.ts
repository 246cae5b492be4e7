import { CO_CREATION_SOURCE } from './co-creation.js';
import { GOVERNANCE_SOURCE } from './governance.js';
import type { DisplayLanguage } from './labels.js';
import { textIn, type LocalText } from './local-text.js';
import { LORENTZEN_SOURCE } from './lorentzen.js';
import { PESTOFF_SOURCE } from './pestoff.js';

/** Each classification's `source` (English, the contract) with its text in every language. */
const BY_ENGLISH: ReadonlyMap<string, LocalText> = new Map([CO_CREATION_SOURCE, GOVERNANCE_SOURCE, LORENTZEN_SOURCE, PESTOFF_SOURCE].map(text => [text.en, text]));

/**
 * Where a classification comes from (`Classified.source`) in a display language: the publication
 * cited as published, the words around it translated. A source without a translation (a short
 * citation such as Voorberg et al.'s) is shown as it is.
 */
export function classificationSource(source: string, language: DisplayLanguage = 'en'): string {
    const text = BY_ENGLISH.get(source);
    return text ? textIn(text, language) : source;
}
