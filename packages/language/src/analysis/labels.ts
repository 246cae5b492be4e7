import type { CoCreationFormCode, LorentzenCategory } from './classification.js';

/**
 * Display labels of the classifications: English keywords stay the syntax; Norwegian (bokmål,
 * nynorsk) and Danish labels are for display, chosen by the `display.language` setting. Labels
 * marked "research" are the terms of the Norwegian and Danish research (docs/research.md,
 * vocabulary); the others are the team's translations, to be checked by a native speaker.
 */
export type DisplayLanguage = 'en' | 'nb' | 'nn' | 'da';
export const DISPLAY_LANGUAGES: readonly DisplayLanguage[] = ['en', 'nb', 'nn', 'da'];

const FORM_LABELS_BY_LANGUAGE: Record<DisplayLanguage, Record<CoCreationFormCode, string>> = {
    en: {
        equal: 'Equal co-creation',
        voluntary_led: 'Voluntary-led co-creation',
        municipality_led: 'Municipality-led co-creation',
        co_implementation: 'Not co-creation: co-implementation',
        contracting: 'Not co-creation: contracting',
        support: 'Not co-creation: support only',
        consultation: 'Not co-creation: consultation only',
        no_relation: 'Not co-creation: no relation between the sides',
        undetermined: 'Undetermined'
    },
    nb: {
        equal: 'Likeverdig samskaping', // research
        voluntary_led: 'Frivillig-ledet samskaping',
        municipality_led: 'Kommuneledet samskaping',
        co_implementation: 'Ikke samskaping: samimplementering',
        contracting: 'Ikke samskaping: kjøp av tjenester',
        support: 'Ikke samskaping: bare økonomisk støtte',
        consultation: 'Ikke samskaping: bare høring',
        no_relation: 'Ikke samskaping: ingen relasjon mellom sidene',
        undetermined: 'Ikke avgjort'
    },
    nn: {
        equal: 'Likeverdig samskaping', // research
        voluntary_led: 'Frivillig-leidd samskaping',
        municipality_led: 'Kommuneleidd samskaping',
        co_implementation: 'Ikkje samskaping: samimplementering',
        contracting: 'Ikkje samskaping: kjøp av tenester',
        support: 'Ikkje samskaping: berre økonomisk støtte',
        consultation: 'Ikkje samskaping: berre høyring',
        no_relation: 'Ikkje samskaping: ingen relasjon mellom sidene',
        undetermined: 'Ikkje avgjort'
    },
    da: {
        equal: 'Ligeværdig samskabelse', // research
        voluntary_led: 'Frivilligledet samskabelse',
        municipality_led: 'Kommuneledet samskabelse',
        co_implementation: 'Ikke samskabelse: samimplementering',
        contracting: 'Ikke samskabelse: køb af ydelser',
        support: 'Ikke samskabelse: kun økonomisk støtte',
        consultation: 'Ikke samskabelse: kun høring',
        no_relation: 'Ikke samskabelse: ingen relation mellem parterne',
        undetermined: 'Ikke afgjort'
    }
};

const LORENTZEN_LABELS_BY_LANGUAGE: Record<DisplayLanguage, Record<LorentzenCategory, string>> = {
    en: { economic_support: 'Economic support', interest_representation: 'Interest representation', institutional_collaboration: 'Institutional collaboration' },
    // research (bokmål and nynorsk share the terms)
    nb: { economic_support: 'Økonomisk støtte', interest_representation: 'Interesserepresentasjon', institutional_collaboration: 'Institusjonelt samarbeid' },
    nn: { economic_support: 'Økonomisk støtte', interest_representation: 'Interesserepresentasjon', institutional_collaboration: 'Institusjonelt samarbeid' },
    // research
    da: { economic_support: 'Økonomisk støtte', interest_representation: 'Interessevaretagelse', institutional_collaboration: 'Institutionelt samarbejde' }
};

export function formLabel(form: CoCreationFormCode, language: DisplayLanguage = 'en'): string {
    return FORM_LABELS_BY_LANGUAGE[language][form];
}

export function lorentzenLabel(category: LorentzenCategory, language: DisplayLanguage = 'en'): string {
    return LORENTZEN_LABELS_BY_LANGUAGE[language][category];
}
