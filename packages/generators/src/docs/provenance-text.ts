import {
    isUncertain, provenanceIndexOf, provenanceText, type ModelSource, type PartnershipModel, type Provenance, type SourceRange
} from '@samskap/language';
import type { Labels } from '../i18n/index.js';

/**
 * The mark of anything that rests on an assumed or illustrative statement, the same in every
 * output (site, matrices, diagrams, `--explain`): such a fact shows how a case is written down or
 * fills a gap, and is never a finding.
 */
export const UNCERTAIN_MARK = '†';

/** "guribye p. 12, koordinator (oppgitt i kilden)", "† (illustrativt)"; empty when the statement states no provenance. */
export function citationText(provenance: Provenance | undefined, labels: Labels): string {
    if (!provenance) {
        return '';
    }
    const text = provenanceText(provenance, certainty => labels.certainties[certainty]);
    return isUncertain(provenance.certainty) ? `${UNCERTAIN_MARK} ${text}` : text;
}

/** A fact's text followed by its citation, when it has one: "Arendal — guribye p. 3 (stated)". */
export function withCitation(text: string, provenance: Provenance | undefined, labels: Labels): string {
    const cited = citationText(provenance, labels);
    return cited ? `${text} — ${cited}` : text;
}

/**
 * The sources behind a piece of evidence (the statements its ranges point at, each once): their
 * citations, a statement without any as "no source"; empty when none of them states a provenance,
 * so models written without sources read as before.
 */
export function evidenceSourcesText(model: PartnershipModel, ranges: readonly SourceRange[], labels: Labels): string {
    const behind = provenanceIndexOf(model).behind(ranges);
    if (!behind.some(statement => statement.provenance)) {
        return '';
    }
    return [...new Set(behind.map(statement => (statement.provenance ? citationText(statement.provenance, labels) : labels.text.unsourced)))].join('; ');
}

/** True when a statement behind the ranges is only assumed or illustrative. */
export function restsOnUncertain(model: PartnershipModel, ranges: readonly SourceRange[]): boolean {
    return provenanceIndexOf(model).restsOnUncertain(ranges);
}

/** "3 facts are illustrative, 1 fact is assumed"; empty for no such facts. */
export function uncertainCountText(counts: Readonly<Record<'illustrative' | 'assumed', number>>, labels: Labels): string {
    return (['illustrative', 'assumed'] as const)
        .filter(certainty => counts[certainty] > 0)
        .map(certainty => `${counts[certainty]} ${counts[certainty] === 1 ? labels.uncertainCounts[certainty].one : labels.uncertainCounts[certainty].other}`)
        .join(', ');
}

/** A declared source's full reference: "guribye — report: Guribye, E. (2016) … — 2016"; the URL is shown apart, as a link. */
export function sourceReference(source: ModelSource, labels: Labels): string {
    const id = source.id ?? `(${labels.text.notCitable})`;
    return `${id} — ${labels.sourceKinds[source.kind]}: ${source.description}${source.date ? ` — ${source.date}` : ''}`;
}

/**
 * A URL from a model that may become a link: absolute http(s) only (never `javascript:` or
 * `data:`), normalised by the URL parser so it holds no spaces, quotes or angle brackets.
 */
export function linkableUrl(url: string | undefined): string | undefined {
    if (!url) {
        return undefined;
    }
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
    } catch {
        return undefined;
    }
}
