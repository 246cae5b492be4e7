import { labelsFor } from '@samskap/generators';
import {
    isUncertain, locationsText, missingFacts, provenanceIndexOf, provenanceText, scaleReadingText, whyNotOtherForms,
    type Classification, type Evidence, type PartnershipModel, type SourceRange
} from '@samskap/language';
import { paint } from '../io/terminal.js';

/** The mark of what rests on an assumed or illustrative statement, as on the site and in the matrices. */
const UNCERTAIN = '†';

/**
 * The sources behind a criterion (each statement it read, once): "koordinator (inferred)",
 * "† (illustrative)" for a statement that is not a finding, "no source" for one citing nothing;
 * empty when none of them states a provenance.
 */
function sourcesBehind(model: PartnershipModel, ranges: readonly SourceRange[]): string {
    const behind = provenanceIndexOf(model).behind(ranges);
    if (!behind.some(statement => statement.provenance)) {
        return '';
    }
    const texts = behind.map(({ provenance }) => {
        if (!provenance) {
            return 'no source';
        }
        return `${isUncertain(provenance.certainty) ? `${UNCERTAIN} ` : ''}${provenanceText(provenance)}`;
    });
    return [...new Set(texts)].join('; ');
}

/** "† " before a criterion or result resting on an assumed or illustrative statement. */
function uncertainMark(model: PartnershipModel, ranges: readonly SourceRange[], colour: boolean): string {
    return provenanceIndexOf(model).restsOnUncertain(ranges) ? `${paint(UNCERTAIN, 'yellow', colour)} ` : '';
}

function evidenceLines(model: PartnershipModel, evidence: readonly Evidence[], colour: boolean, indent: string): string[] {
    return evidence.map(item => {
        const mark = item.holds ? paint('✓', 'blue', colour) : paint('✗', 'grey', colour);
        const places = locationsText(item);
        const sources = sourcesBehind(model, item.ranges);
        return `${indent}${mark} ${uncertainMark(model, item.ranges, colour)}${item.criterion}: ${item.detail}${places ? paint(` (${places})`, 'grey', colour) : ''}` +
            `${sources ? ` — ${sources}` : ''}`;
    });
}

/**
 * `validate --explain`: each model's classifications with the evidence behind them, so a
 * researcher can see why Samskap calls a case what it does and cite it: the computed co-creation
 * form with its criteria, why each other form does not hold (Eimhjellen & Loga 2017's criteria,
 * operationalised in docs/classifications.md), the facts an undetermined form lacks, and every
 * place the evidence was read, with the sources behind each criterion. ✓ and ✗ say whether a
 * criterion holds; † marks what rests on an assumed or illustrative statement.
 */
export function explainClassification(model: PartnershipModel, classification: Classification, file: string, colour: boolean): string {
    const labels = labelsFor('en');
    const title = (id: string): string => model.actors.find(a => a.id === id)?.title ?? model.bodies.find(b => b.id === id)?.title ?? id;
    const out: string[] = [];
    out.push(paint(`${model.name} — ${model.title} (${file})`, 'bold', colour));
    const uncertain = provenanceIndexOf(model).uncertain.length > 0;
    out.push(paint(`  ✓ the criterion holds · ✗ it does not hold${uncertain ? ` · ${UNCERTAIN} rests on an assumed or illustrative statement (not a finding)` : ''}`, 'grey', colour));
    const form = classification.coCreation;
    const missing = missingFacts(form);
    const claim = model.claims.form;
    const claimSources = claim ? sourcesBehind(model, [claim.range]) : '';
    out.push(`  ${uncertainMark(model, form.evidence.flatMap(e => e.ranges), colour)}Co-creation form: ${labels.forms[form.code]}` +
        `${missing.length > 0 ? ` — missing: ${missing.map(m => m.text).join('; ')}` : ''}` +
        `${claim ? ` (claimed: ${labels.forms[claim.value]}${claim.value === form.code ? '' : ', which the facts do not give'}${claimSources ? ` — ${claimSources}` : ''})` : ''}`);
    for (const fact of missing) {
        out.push(`    to state ${fact.text}, write: ${fact.write}`);
    }
    out.push(...evidenceLines(model, form.evidence, colour, '    '));
    const rejections = whyNotOtherForms(form);
    if (rejections.length > 0) {
        out.push('    Why not the other forms:');
        for (const rejection of rejections) {
            out.push(`    - ${labels.forms[rejection.form]} needs ${rejection.requirement}.`);
            out.push(...evidenceLines(model, rejection.failing, colour, '        '));
        }
    }
    const rangesOf = (evidence: readonly Evidence[]): SourceRange[] => evidence.flatMap(item => item.ranges);
    out.push(`  ${uncertainMark(model, rangesOf(classification.lorentzen.parts.flatMap(p => p.evidence)), colour)}Lorentzen profile: ${classification.lorentzen.categories.map(c => labels.lorentzen[c]).join(', ') || 'none'}`);
    out.push(...evidenceLines(model, classification.lorentzen.parts.flatMap(p => p.evidence), colour, '    '));
    const governance = classification.governance;
    out.push(`  ${uncertainMark(model, rangesOf(governance.evidence), colour)}Governance: ${labels.governanceModes[governance.code]}${governance.organisation ? ` (${title(governance.organisation)})` : ''}, fit: ${labels.governanceFit[governance.fit]}` +
        `${governance.suggested ? `, suggested: ${labels.governanceModes[governance.suggested]}` : ''}`);
    out.push(...evidenceLines(model, governance.evidence, colour, '    '));
    for (const result of classification.pestoff) {
        out.push(`  ${uncertainMark(model, rangesOf(result.parts.flatMap(p => p.evidence)), colour)}Pestoff, ${title(result.actor)}: ${result.codes.map(c => labels.pestoff[c]).join(', ') || 'none'}`);
    }
    for (const result of classification.voorberg) {
        out.push(`  ${uncertainMark(model, rangesOf(result.parts.flatMap(p => p.evidence)), colour)}Voorberg et al., ${title(result.actor)}: ${result.highest ? labels.voorberg[result.highest] : 'none'}`);
    }
    for (const result of classification.participation) {
        const decision = model.decisions.find(d => d.id === result.decision)?.title ?? result.decision;
        out.push(`  ${uncertainMark(model, rangesOf([...result.iap2.evidence, ...result.arnstein.evidence]), colour)}Participation, ${decision} — ${title(result.actor)}: IAP2 ${scaleReadingText(result.iap2)}, Arnstein ${scaleReadingText(result.arnstein)}${result.hasVoice ? '' : ' (no voice)'}`);
    }
    const overall = classification.funding.overall;
    if (overall) {
        const largest = overall.largest;
        out.push(`  ${uncertainMark(model, rangesOf(overall.evidence), colour)}Funding (${overall.basis.replace('_', ' ')}): total ${overall.total}${overall.currency ? ` ${overall.currency}` : ''}` +
            `${largest ? `, largest funder ${title(largest.funder)} ${Math.round(largest.share * 100)} %` : ''}, Herfindahl ${overall.herfindahl.toFixed(2)}`);
        out.push(...evidenceLines(model, overall.evidence, colour, '    '));
    }
    return `${out.join('\n')}\n`;
}
