import { labelsFor } from '@samskap/generators';
import {
    displayVocabulary, evidenceDetail, formatDisplayNumber, isUncertain, locationsText, missingFacts, provenanceIndexOf, provenanceText, scaleReadingText,
    whyNotOtherForms, type Classification, type DisplayLanguage, type Evidence, type LocalText, type PartnershipModel, type ScaleReading, type SourceRange
} from '@samskap/language';
import { paint } from '../io/terminal.js';

/** The mark of what rests on an assumed or illustrative statement, as on the site and in the matrices. */
const UNCERTAIN = '†';

/** The words of `--explain` the shared label set does not hold, in each language (`--lang`). */
const WORDS = {
    legend: { en: '✓ the criterion holds · ✗ it does not hold', nb: '✓ kriteriet er oppfylt · ✗ det er ikke oppfylt', da: '✓ kriteriet er opfyldt · ✗ det er ikke opfyldt' },
    uncertain: {
        en: 'rests on an assumed or illustrative statement (not a finding)',
        nb: 'bygger på et antatt eller illustrativt utsagn (ikke et funn)',
        da: 'bygger på et antaget eller illustrativt udsagn (ikke et fund)'
    },
    notGiven: { en: 'which the facts do not give', nb: 'som fakta ikke gir', da: 'som fakta ikke giver' },
    governance: { en: 'Governance', nb: 'Styringsform', da: 'Styringsform' },
    suggested: { en: 'suggested', nb: 'foreslått', da: 'foreslået' },
    voorberg: { en: 'Voorberg et al.', nb: 'Voorberg mfl.', da: 'Voorberg m.fl.' },
    participation: { en: 'Participation', nb: 'Deltakelse', da: 'Deltagelse' },
    noVoice: { en: 'no voice', nb: 'ingen stemme', da: 'ingen indflydelse' },
    total: { en: 'total', nb: 'sum', da: 'i alt' }
} as const satisfies Record<string, LocalText>;

/**
 * The sources behind a criterion (each statement it read, once): "koordinator (inferred)",
 * "† (illustrative)" for a statement that is not a finding, "no source" for one citing nothing;
 * empty when none of them states a provenance.
 */
function sourcesBehind(model: PartnershipModel, ranges: readonly SourceRange[], language: DisplayLanguage): string {
    const behind = provenanceIndexOf(model).behind(ranges);
    if (!behind.some(statement => statement.provenance)) {
        return '';
    }
    const certainties = displayVocabulary(language).certainties;
    const texts = behind.map(({ provenance }) => {
        if (!provenance) {
            return labelsFor(shown(language)).text.unsourced;
        }
        return `${isUncertain(provenance.certainty) ? `${UNCERTAIN} ` : ''}${provenanceText(provenance, certainty => certainties[certainty])}`;
    });
    return [...new Set(texts)].join('; ');
}

/** "† " before a criterion or result resting on an assumed or illustrative statement. */
function uncertainMark(model: PartnershipModel, ranges: readonly SourceRange[], colour: boolean): string {
    return provenanceIndexOf(model).restsOnUncertain(ranges) ? `${paint(UNCERTAIN, 'yellow', colour)} ` : '';
}

function evidenceLines(model: PartnershipModel, evidence: readonly Evidence[], colour: boolean, indent: string, language: DisplayLanguage): string[] {
    // English names a criterion by its code (what docs/classifications.md uses); the others by its label.
    const criteria = displayVocabulary(language).criteria;
    return evidence.map(item => {
        const mark = item.holds ? paint('✓', 'blue', colour) : paint('✗', 'grey', colour);
        const places = locationsText(item);
        const sources = sourcesBehind(model, item.ranges, language);
        const criterion = language === 'en' ? item.criterion : criteria[item.criterion];
        return `${indent}${mark} ${uncertainMark(model, item.ranges, colour)}${criterion}: ${evidenceDetail(item, language)}${places ? paint(` (${places})`, 'grey', colour) : ''}` +
            `${sources ? ` — ${sources}` : ''}`;
    });
}

/** The generators' languages: nynorsk shows bokmål's document labels. */
function shown(language: DisplayLanguage): 'en' | 'nb' | 'da' {
    return language === 'nn' ? 'nb' : language;
}

/**
 * `validate --explain`: each model's classifications with the evidence behind them, so a
 * researcher can see why Samskap calls a case what it does and cite it: the computed co-creation
 * form with its criteria, why each other form does not hold (Eimhjellen & Loga 2017's criteria,
 * operationalised in docs/classifications.md), the facts an undetermined form lacks, and every
 * place the evidence was read, with the sources behind each criterion. ✓ and ✗ say whether a
 * criterion holds; † marks what rests on an assumed or illustrative statement.
 */
export function explainClassification(model: PartnershipModel, classification: Classification, file: string, colour: boolean, language: DisplayLanguage = 'en'): string {
    const labels = labelsFor(shown(language));
    const v = displayVocabulary(language);
    const w = v.words;
    const say = (text: LocalText): string => text[shown(language)];
    const reading = (scale: ScaleReading<string>, levels: Record<string, string>): string => language === 'en'
        ? scaleReadingText(scale)
        : scaleReadingText(scale, { declared: w.declared, derivedFromRights: w.derivedFromRights, none: w.none, level: code => levels[code] ?? code });
    const number = (value: number, decimals: number): string => formatDisplayNumber(value, language, decimals);
    const title = (id: string): string => model.actors.find(a => a.id === id)?.title ?? model.bodies.find(b => b.id === id)?.title ?? id;
    const out: string[] = [];
    out.push(paint(`${model.name} — ${model.title} (${file})`, 'bold', colour));
    const uncertain = provenanceIndexOf(model).uncertain.length > 0;
    out.push(paint(`  ${say(WORDS.legend)}${uncertain ? ` · ${UNCERTAIN} ${say(WORDS.uncertain)}` : ''}`, 'grey', colour));
    const form = classification.coCreation;
    const missing = missingFacts(form);
    const claim = model.claims.form;
    const claimSources = claim ? sourcesBehind(model, [claim.range], language) : '';
    out.push(`  ${uncertainMark(model, form.evidence.flatMap(e => e.ranges), colour)}${w.coCreationForm}: ${labels.forms[form.code]}` +
        `${missing.length > 0 ? ` — ${w.missing}: ${missing.map(m => v.missingFacts[m.fact]).join('; ')}` : ''}` +
        `${claim ? ` (${w.claimed}: ${labels.forms[claim.value]}${claim.value === form.code ? '' : `, ${say(WORDS.notGiven)}`}${claimSources ? ` — ${claimSources}` : ''})` : ''}`);
    for (const fact of missing) {
        out.push(`    ${w.toState} ${v.missingFacts[fact.fact]}, ${w.write}: ${fact.write}`);
    }
    out.push(...evidenceLines(model, form.evidence, colour, '    ', language));
    const rejections = whyNotOtherForms(form);
    if (rejections.length > 0) {
        out.push(`    ${w.whyNotOtherForms}:`);
        for (const rejection of rejections) {
            out.push(`    - ${labels.forms[rejection.form]} ${w.needs} ${v.formRequirements[rejection.form]}.`);
            out.push(...evidenceLines(model, rejection.failing, colour, '        ', language));
        }
    }
    const rangesOf = (evidence: readonly Evidence[]): SourceRange[] => evidence.flatMap(item => item.ranges);
    out.push(`  ${uncertainMark(model, rangesOf(classification.lorentzen.parts.flatMap(p => p.evidence)), colour)}${w.lorentzenProfile}: ${classification.lorentzen.categories.map(c => labels.lorentzen[c]).join(', ') || w.none}`);
    out.push(...evidenceLines(model, classification.lorentzen.parts.flatMap(p => p.evidence), colour, '    ', language));
    const governance = classification.governance;
    out.push(`  ${uncertainMark(model, rangesOf(governance.evidence), colour)}${say(WORDS.governance)}: ${labels.governanceModes[governance.code]}${governance.organisation ? ` (${title(governance.organisation)})` : ''}, ${w.fit}: ${labels.governanceFit[governance.fit]}` +
        `${governance.suggested ? `, ${say(WORDS.suggested)}: ${labels.governanceModes[governance.suggested]}` : ''}`);
    out.push(...evidenceLines(model, governance.evidence, colour, '    ', language));
    for (const result of classification.pestoff) {
        out.push(`  ${uncertainMark(model, rangesOf(result.parts.flatMap(p => p.evidence)), colour)}Pestoff, ${title(result.actor)}: ${result.codes.map(c => labels.pestoff[c]).join(', ') || w.none}`);
    }
    for (const result of classification.voorberg) {
        out.push(`  ${uncertainMark(model, rangesOf(result.parts.flatMap(p => p.evidence)), colour)}${say(WORDS.voorberg)}, ${title(result.actor)}: ${result.highest ? labels.voorberg[result.highest] : w.none}`);
    }
    for (const result of classification.participation) {
        const decision = model.decisions.find(d => d.id === result.decision)?.title ?? result.decision;
        out.push(`  ${uncertainMark(model, rangesOf([...result.iap2.evidence, ...result.arnstein.evidence]), colour)}${say(WORDS.participation)}, ${decision} — ${title(result.actor)}: IAP2 ${reading(result.iap2, v.iap2)}, Arnstein ${reading(result.arnstein, v.arnstein)}${result.hasVoice ? '' : ` (${say(WORDS.noVoice)})`}`);
    }
    const overall = classification.funding.overall;
    if (overall) {
        const largest = overall.largest;
        const basis = language === 'en' ? overall.basis.replace('_', ' ') : overall.basis === 'per_year' ? labels.text.perYear : overall.basis === 'once' ? labels.text.once : labels.text.share;
        const total = formatDisplayNumber(overall.total, language, Number.isInteger(overall.total) ? 0 : 2);
        out.push(`  ${uncertainMark(model, rangesOf(overall.evidence), colour)}${w.funding} (${basis}): ${say(WORDS.total)} ${total}${overall.currency ? ` ${overall.currency}` : ''}` +
            `${largest ? `, ${w.largestFunder} ${title(largest.funder)} ${Math.round(largest.share * 100)} %` : ''}, Herfindahl ${number(overall.herfindahl, 2)}`);
        out.push(...evidenceLines(model, overall.evidence, colour, '    ', language));
    }
    return `${out.join('\n')}\n`;
}
