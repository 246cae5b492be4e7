import { labelsFor, sourcePosition } from '@samskap/generators';
import type { Classification, Evidence, PartnershipModel } from '@samskap/language';
import { paint } from '../io/terminal.js';

function evidenceLines(evidence: readonly Evidence[], colour: boolean, indent: string): string[] {
    return evidence.map(item => {
        const mark = item.holds ? paint('✓', 'blue', colour) : paint('✗', 'grey', colour);
        const where = item.ranges.length > 0 ? paint(` (${item.ranges.slice(0, 2).map(sourcePosition).join(', ')})`, 'grey', colour) : '';
        return `${indent}${mark} ${item.criterion}: ${item.detail}${where}`;
    });
}

/**
 * `validate --explain`: each model's classifications with the evidence behind them, so a
 * researcher can see why Samskap calls a case what it does (DOMAIN.md §3).
 */
export function explainClassification(model: PartnershipModel, classification: Classification, file: string, colour: boolean): string {
    const labels = labelsFor('en');
    const title = (id: string): string => model.actors.find(a => a.id === id)?.title ?? model.bodies.find(b => b.id === id)?.title ?? id;
    const out: string[] = [];
    out.push(paint(`${model.name} — ${model.title} (${file})`, 'bold', colour));
    const form = classification.coCreation;
    out.push(`  Co-creation form: ${labels.forms[form.code]}${model.claims.form ? ` (claimed: ${labels.forms[model.claims.form.value]})` : ''}`);
    out.push(...evidenceLines(form.evidence, colour, '    '));
    if (form.nearest) {
        out.push(`    nearest form: ${labels.forms[form.nearest]}`);
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
        out.push(`  Participation, ${decision} — ${title(result.actor)}: IAP2 ${result.iap2.code ?? '–'}, Arnstein ${result.arnstein.code ?? '–'}${result.hasVoice ? '' : ' (no voice)'}`);
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
