import { labelsFor } from '@samskap/generators';
import {
    locationsText, missingFacts, scaleReadingText, whyNotOtherForms, type Classification, type Evidence, type PartnershipModel
} from '@samskap/language';
import { paint } from '../io/terminal.js';

function evidenceLines(evidence: readonly Evidence[], colour: boolean, indent: string): string[] {
    return evidence.map(item => {
        const mark = item.holds ? paint('✓', 'blue', colour) : paint('✗', 'grey', colour);
        const places = locationsText(item);
        return `${indent}${mark} ${item.criterion}: ${item.detail}${places ? paint(` (${places})`, 'grey', colour) : ''}`;
    });
}

/**
 * `validate --explain`: each model's classifications with the evidence behind them, so a
 * researcher can see why Samskap calls a case what it does and cite it: the computed co-creation
 * form with its criteria, why each other form does not hold (Eimhjellen & Loga 2017's criteria,
 * operationalised in docs/classifications.md), the facts an undetermined form lacks, and every
 * place the evidence was read. ✓ and ✗ say whether a criterion holds.
 */
export function explainClassification(model: PartnershipModel, classification: Classification, file: string, colour: boolean): string {
    const labels = labelsFor('en');
    const title = (id: string): string => model.actors.find(a => a.id === id)?.title ?? model.bodies.find(b => b.id === id)?.title ?? id;
    const out: string[] = [];
    out.push(paint(`${model.name} — ${model.title} (${file})`, 'bold', colour));
    out.push(paint('  ✓ the criterion holds · ✗ it does not hold', 'grey', colour));
    const form = classification.coCreation;
    const missing = missingFacts(form);
    const claim = model.claims.form;
    out.push(`  Co-creation form: ${labels.forms[form.code]}` +
        `${missing.length > 0 ? ` — missing: ${missing.map(m => m.text).join('; ')}` : ''}` +
        `${claim ? ` (claimed: ${labels.forms[claim.value]}${claim.value === form.code ? '' : ', which the facts do not give'})` : ''}`);
    for (const fact of missing) {
        out.push(`    to state ${fact.text}, write: ${fact.write}`);
    }
    out.push(...evidenceLines(form.evidence, colour, '    '));
    const rejections = whyNotOtherForms(form);
    if (rejections.length > 0) {
        out.push('    Why not the other forms:');
        for (const rejection of rejections) {
            out.push(`    - ${labels.forms[rejection.form]} needs ${rejection.requirement}.`);
            out.push(...evidenceLines(rejection.failing, colour, '        '));
        }
    }
    out.push(`  Lorentzen profile: ${classification.lorentzen.categories.map(c => labels.lorentzen[c]).join(', ') || 'none'}`);
    out.push(...evidenceLines(classification.lorentzen.parts.flatMap(p => p.evidence), colour, '    '));
    const governance = classification.governance;
    out.push(`  Governance: ${labels.governanceModes[governance.code]}${governance.organisation ? ` (${title(governance.organisation)})` : ''}, fit: ${labels.governanceFit[governance.fit]}` +
        `${governance.suggested ? `, suggested: ${labels.governanceModes[governance.suggested]}` : ''}`);
    out.push(...evidenceLines(governance.evidence, colour, '    '));
    for (const result of classification.pestoff) {
        out.push(`  Pestoff, ${title(result.actor)}: ${result.codes.map(c => labels.pestoff[c]).join(', ') || 'none'}`);
    }
    for (const result of classification.voorberg) {
        out.push(`  Voorberg et al., ${title(result.actor)}: ${result.highest ? labels.voorberg[result.highest] : 'none'}`);
    }
    for (const result of classification.participation) {
        const decision = model.decisions.find(d => d.id === result.decision)?.title ?? result.decision;
        out.push(`  Participation, ${decision} — ${title(result.actor)}: IAP2 ${scaleReadingText(result.iap2)}, Arnstein ${scaleReadingText(result.arnstein)}${result.hasVoice ? '' : ' (no voice)'}`);
    }
    const overall = classification.funding.overall;
    if (overall) {
        const largest = overall.largest;
        out.push(`  Funding (${overall.basis.replace('_', ' ')}): total ${overall.total}${overall.currency ? ` ${overall.currency}` : ''}` +
            `${largest ? `, largest funder ${title(largest.funder)} ${Math.round(largest.share * 100)} %` : ''}, Herfindahl ${overall.herfindahl.toFixed(2)}`);
        out.push(...evidenceLines(overall.evidence, colour, '    '));
    }
    return `${out.join('\n')}\n`;
}
