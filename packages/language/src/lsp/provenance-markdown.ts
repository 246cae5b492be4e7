import { sourcedStatements } from '../analysis/provenance.js';
import { displayVocabulary, type DisplayLanguage } from '../analysis/labels.js';
import type { Certainty, Citation, ModelSource, PartnershipModel, Provenance } from '../model/partnership-model.js';
import { escapeMarkdown } from './classification-markdown.js';
import { provenanceWords, type ProvenanceWords } from './provenance-text.js';

/**
 * The Markdown hovers show about where facts come from: a statement's citations with the full
 * references of its sources and its certainty, and one cited or declared source. Reads the
 * provenance the PartnershipModel keeps per fact (analysis/provenance.ts). Model text is escaped;
 * a URL is linked only when it is a plain http(s) address.
 */
function urlMarkdown(url: string): string {
    return /^https?:\/\/[^\s<>()[\]`"'\\]+$/.test(url) ? `<${url}>` : escapeMarkdown(url);
}

/** "report, 2016", the kind in the display language. */
function kindAndDate(source: ModelSource, language: DisplayLanguage): string {
    return [displayVocabulary(language).sourceKinds[source.kind], source.date].filter(part => part !== undefined).map(part => escapeMarkdown(part)).join(', ');
}

export function certaintyMarkdown(certainty: Certainty, words: ProvenanceWords): string {
    return `**${words.certaintyHeading}:** ${escapeMarkdown(words.certaintyMeaning[certainty])}`;
}

/** One cited source on one line: its id, the locator, the full reference, kind, date and URL. */
function citationLine(citation: Citation, sources: ReadonlyMap<string, ModelSource>, words: ProvenanceWords, language: DisplayLanguage): string {
    const source = sources.get(citation.source);
    const cited = `*${escapeMarkdown(citation.source)}*${citation.locator ? ` ${escapeMarkdown(citation.locator)}` : ''}`;
    if (!source) return `- ${cited}: ${words.notDeclared}`;
    return `- ${cited}: ${escapeMarkdown(source.description)} (${kindAndDate(source, language)})${source.url ? ` ${urlMarkdown(source.url)}` : ''}`;
}

/** What a statement says of its provenance: every cited source in full, then the certainty. */
export function provenanceMarkdown(provenance: Provenance, sources: ReadonlyMap<string, ModelSource>, language: DisplayLanguage = 'en'): string {
    const words = provenanceWords(language);
    const lines: string[] = [];
    if (provenance.citations.length > 0) {
        lines.push(`**${words.sources}:**`, ...provenance.citations.map(citation => citationLine(citation, sources, words, language)), '');
    }
    lines.push(certaintyMarkdown(provenance.certainty, words));
    return lines.join('\n');
}

/** A declared source: its id, kind and date, its full reference and URL, and, when given, how many statements cite it (or that none can). */
export function sourceMarkdown(source: ModelSource, language: DisplayLanguage = 'en', citedBy?: number): string {
    const words = provenanceWords(language);
    const lines = [`**${words.source}${source.id ? ` ${escapeMarkdown(source.id)}` : ''}** (${kindAndDate(source, language)})`, '', escapeMarkdown(source.description)];
    if (source.url) lines.push('', urlMarkdown(source.url));
    if (citedBy !== undefined) {
        // The id form is code: shown as written.
        lines.push('', source.id === undefined ? words.noId : words.citedBy(citedBy));
    }
    return lines.join('\n');
}

/** One citation of a statement: the source in full, where in it, and how sure the statement is. */
export function citationMarkdown(citation: Citation, source: ModelSource | undefined, certainty: Certainty | undefined, language: DisplayLanguage = 'en'): string {
    const words = provenanceWords(language);
    const lines = [source ? sourceMarkdown(source, language) : `**${words.source} ${escapeMarkdown(citation.source)}**: ${words.notDeclared}`];
    if (citation.locator) lines.push('', escapeMarkdown(words.citedAt(citation.locator)));
    if (certainty) lines.push('', certaintyMarkdown(certainty, words));
    return lines.join('\n');
}

/** How many statements of the model cite the source with this id. */
export function citationCount(model: PartnershipModel, id: string): number {
    let count = 0;
    const provenances: Array<Provenance | undefined> = [...Object.values(model.context.provenance ?? {})];
    for (const statement of sourcedStatements(model)) provenances.push(statement.provenance);
    for (const provenance of provenances) {
        if (provenance?.citations.some(citation => citation.source === id)) count++;
    }
    return count;
}
