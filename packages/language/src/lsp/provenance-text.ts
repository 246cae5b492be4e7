import { provenanceText, type EvidenceProvenance } from '../analysis/provenance.js';
import { displayVocabulary, formatDisplayNumber, type DisplayLanguage } from '../analysis/labels.js';
import type { Certainty } from '../model/partnership-model.js';

/**
 * The words hovers use about provenance, in the display languages (the certainty labels come from
 * the display vocabulary the generated documents use too). Plain text: the Markdown hovers escape what they take from here.
 */
export interface ProvenanceWords {
    /** Short labels, as in "guribye p. 12 (stated)". */
    readonly certainty: Record<Certainty, string>;
    /** What each certainty means, for a hover. */
    readonly certaintyMeaning: Record<Certainty, string>;
    readonly sources: string;
    readonly certaintyHeading: string;
    readonly source: string;
    readonly notDeclared: string;
    readonly citedAt: (locator: string) => string;
    readonly citedBy: (count: number) => string;
    readonly noId: string;
    readonly withoutSource: (count: number) => string;
}

const WORDS: Record<DisplayLanguage, Omit<ProvenanceWords, 'certainty'>> = {
    en: {
        certaintyMeaning: {
            stated: 'stated by the cited source',
            inferred: 'inferred by the author from the sources',
            assumed: 'assumed by the author',
            illustrative: 'illustrative: invented to show how such a case is written down, not a finding'
        },
        sources: 'Sources',
        certaintyHeading: 'Certainty',
        source: 'Source',
        notDeclared: 'not declared in this model',
        citedAt: locator => `Cited at ${locator}.`,
        citedBy: count => count === 0 ? 'Cited by no statement.' : `Cited by ${formatDisplayNumber(count, 'en')} ${count === 1 ? 'statement' : 'statements'}.`,
        noId: 'Without an id, no statement can cite it: write `source id is …`.',
        withoutSource: count => `${formatDisplayNumber(count, 'en')} ${count === 1 ? 'statement' : 'statements'} without a source`
    },
    nb: {
        certaintyMeaning: {
            stated: 'oppgitt i kilden det vises til',
            inferred: 'utledet av forfatteren fra kildene',
            assumed: 'antatt av forfatteren',
            illustrative: 'illustrativt: laget for å vise hvordan en slik sak skrives, ikke et funn'
        },
        sources: 'Kilder',
        certaintyHeading: 'Sikkerhet',
        source: 'Kilde',
        notDeclared: 'ikke oppgitt i denne modellen',
        citedAt: locator => `Vist til ved ${locator}.`,
        citedBy: count => count === 0 ? 'Ingen utsagn viser til den.' : `${formatDisplayNumber(count, 'nb')} utsagn viser til den.`,
        noId: 'Uten id kan ingen utsagn vise til den: skriv `source id is …`.',
        withoutSource: count => `${formatDisplayNumber(count, 'nb')} utsagn uten kilde`
    },
    nn: {
        certaintyMeaning: {
            stated: 'oppgitt i kjelda det blir vist til',
            inferred: 'utleidd av forfattaren frå kjeldene',
            assumed: 'anteke av forfattaren',
            illustrative: 'illustrativt: laga for å vise korleis ei slik sak blir skriven, ikkje eit funn'
        },
        sources: 'Kjelder',
        certaintyHeading: 'Tryggleik',
        source: 'Kjelde',
        notDeclared: 'ikkje oppgitt i denne modellen',
        citedAt: locator => `Vist til ved ${locator}.`,
        citedBy: count => count === 0 ? 'Ingen utsegner viser til henne.' : `${formatDisplayNumber(count, 'nn')} ${count === 1 ? 'utsegn viser' : 'utsegner viser'} til henne.`,
        noId: 'Utan id kan inga utsegn vise til henne: skriv `source id is …`.',
        withoutSource: count => `${formatDisplayNumber(count, 'nn')} ${count === 1 ? 'utsegn' : 'utsegner'} utan kjelde`
    },
    da: {
        certaintyMeaning: {
            stated: 'angivet i den kilde, der henvises til',
            inferred: 'udledt af forfatteren fra kilderne',
            assumed: 'antaget af forfatteren',
            illustrative: 'illustrativt: opfundet for at vise, hvordan en sådan sag skrives, ikke et fund'
        },
        sources: 'Kilder',
        certaintyHeading: 'Sikkerhed',
        source: 'Kilde',
        notDeclared: 'ikke angivet i denne model',
        citedAt: locator => `Henvist til ved ${locator}.`,
        citedBy: count => count === 0 ? 'Ingen udsagn henviser til den.' : `${formatDisplayNumber(count, 'da')} udsagn henviser til den.`,
        noId: 'Uden id kan intet udsagn henvise til den: skriv `source id is …`.',
        withoutSource: count => `${formatDisplayNumber(count, 'da')} udsagn uden kilde`
    }
};

/** The certainty labels are the display vocabulary's (labels.ts), shared with the generated documents. */
export function provenanceWords(language: DisplayLanguage = 'en'): ProvenanceWords {
    return { ...WORDS[language], certainty: displayVocabulary(language).certainties };
}

/**
 * The sources behind a piece of evidence, for the end of its line: "koordinator (inferred);
 * guribye p. 12 (stated)", and how many of the statements it read state nothing. Empty when none
 * of them states a provenance, so a model without sources reads as before.
 */
export function evidenceSources(behind: readonly EvidenceProvenance[], language: DisplayLanguage = 'en'): string {
    const words = provenanceWords(language);
    const label = (certainty: Certainty): string => words.certainty[certainty];
    const texts = [...new Set(behind.flatMap(statement => statement.provenance ? [provenanceText(statement.provenance, label)] : []))];
    if (texts.length === 0) return '';
    const unsourced = behind.filter(statement => !statement.provenance).length;
    return [...texts, ...(unsourced > 0 ? [words.withoutSource(unsourced)] : [])].join('; ');
}
