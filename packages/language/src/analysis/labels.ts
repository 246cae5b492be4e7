import type { CoCreationFormCode, LorentzenCategory } from './classification.js';

/**
 * Display labels of the classifications in the languages DOMAIN.md §5 names: English keywords
 * stay the syntax; Norwegian (bokmål, nynorsk) and Danish labels are for display, chosen by the
 * `display.language` setting. Labels marked "§5" are DOMAIN.md's vocabulary; the others are the
 * team's translations, to be checked by a native speaker.
 */
export type DisplayLanguage = 'en' | 'nb' | 'nn' | 'da';
export const DISPLAY_LANGUAGES: readonly DisplayLanguage[] = ['en', 'nb', 'nn', 'da'];

const FORM_LABELS_BY_LANGUAGE: Record<DisplayLanguage, Record<CoCreationFormCode, string>> = {
    en: {
        equal: 'Equal co-creation',
        voluntary_led: 'Voluntary-led co-creation',
        municipality_led: 'Municipality-led co-creation',
        contracting: 'Not co-creation: contracting',
        support: 'Not co-creation: support',
        consultation: 'Not co-creation: consultation',
        undetermined: 'Undetermined'
    },
    nb: {
        equal: 'Likeverdig samskaping', // §5
        voluntary_led: 'Frivillig-ledet samskaping',
        municipality_led: 'Kommuneledet samskaping',
        contracting: 'Ikke samskaping: kjøp av tjenester',
        support: 'Ikke samskaping: økonomisk støtte',
        consultation: 'Ikke samskaping: høring',
        undetermined: 'Ikke avgjort'
    },
    nn: {
        equal: 'Likeverdig samskaping', // §5
        voluntary_led: 'Frivillig-leidd samskaping',
        municipality_led: 'Kommuneleidd samskaping',
        contracting: 'Ikkje samskaping: kjøp av tenester',
        support: 'Ikkje samskaping: økonomisk støtte',
        consultation: 'Ikkje samskaping: høyring',
        undetermined: 'Ikkje avgjort'
    },
    da: {
        equal: 'Ligeværdig samskabelse', // §5
        voluntary_led: 'Frivilligledet samskabelse',
        municipality_led: 'Kommuneledet samskabelse',
        contracting: 'Ikke samskabelse: køb af ydelser',
        support: 'Ikke samskabelse: økonomisk støtte',
        consultation: 'Ikke samskabelse: høring',
        undetermined: 'Ikke afgjort'
    }
};

const LORENTZEN_LABELS_BY_LANGUAGE: Record<DisplayLanguage, Record<LorentzenCategory, string>> = {
    en: { economic_support: 'Economic support', interest_representation: 'Interest representation', institutional_collaboration: 'Institutional collaboration' },
    // §5 (bokmål and nynorsk share the terms)
    nb: { economic_support: 'Økonomisk støtte', interest_representation: 'Interesserepresentasjon', institutional_collaboration: 'Institusjonelt samarbeid' },
    nn: { economic_support: 'Økonomisk støtte', interest_representation: 'Interesserepresentasjon', institutional_collaboration: 'Institusjonelt samarbeid' },
    // §5
    da: { economic_support: 'Økonomisk støtte', interest_representation: 'Interessevaretagelse', institutional_collaboration: 'Institutionelt samarbejde' }
};

export function formLabel(form: CoCreationFormCode, language: DisplayLanguage = 'en'): string {
    return FORM_LABELS_BY_LANGUAGE[language][form];
}

export function lorentzenLabel(category: LorentzenCategory, language: DisplayLanguage = 'en'): string {
    return LORENTZEN_LABELS_BY_LANGUAGE[language][category];
}
