import type { Classification, Evidence, FundedItemDependency } from '../analysis/classification.js';
import { formLabel, lorentzenLabel, type DisplayLanguage } from '../analysis/labels.js';
import { formatPercent } from '../analysis/funding-dependency.js';
import { missingFacts, scaleReadingText, whyNotOtherForms } from '../analysis/form-explanation.js';
import type { PartnershipModel } from '../model/partnership-model.js';

/**
 * The Markdown hovers show: the computed classifications with their evidence. Pure functions of
 * the PartnershipModel and its Classification; model text is escaped so a title can never
 * inject Markdown or HTML. ✓ and ✗ say whether a criterion holds; the words explaining a form
 * are shared with `--explain` and the site (analysis/form-explanation.ts).
 */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, char => `\\${char}`).replace(/\r?\n/g, ' ');
}

function evidenceList(evidence: readonly Evidence[]): string[] {
    return evidence.map(e => `  - ${e.holds ? '✓' : '✗'} *${e.criterion}*: ${escapeMarkdown(e.detail)}`);
}

function titleOf(model: PartnershipModel, id: string): string {
    return model.actors.find(actor => actor.id === id)?.title ?? model.bodies.find(body => body.id === id)?.title ?? id;
}

/** Hover over a model's name: form (and why not the others), profile, governance and funding, each with its evidence. */
export function modelHoverMarkdown(model: PartnershipModel, classification: Classification, language: DisplayLanguage = 'en'): string {
    const lines: string[] = [`**${escapeMarkdown(model.title)}**: computed classifications`, ''];
    const form = classification.coCreation;
    const missing = missingFacts(form);
    lines.push(`**Co-creation form:** ${escapeMarkdown(formLabel(form.code, language))}` +
        (missing.length > 0 ? ` — missing: ${missing.map(m => escapeMarkdown(m.text)).join('; ')}` : ''));
    // The statements come from form-explanation.ts and hold no backtick: a code span is safe.
    for (const fact of missing) {
        lines.push(`  - to state ${escapeMarkdown(fact.text)}, write \`${fact.write}\``);
    }
    lines.push(...evidenceList(form.evidence));
    const claim = model.claims.form;
    if (claim) {
        lines.push(`  - claimed: ${escapeMarkdown(formLabel(claim.value, language))} (${claim.value === form.code ? 'the facts give it' : 'the facts do not give it'})`);
    }
    const rejections = whyNotOtherForms(form);
    if (rejections.length > 0) {
        lines.push('', '**Why not the other forms:**');
        for (const rejection of rejections) {
            lines.push(`- *${escapeMarkdown(formLabel(rejection.form, language))}* needs ${escapeMarkdown(rejection.requirement)}.`);
            lines.push(...evidenceList(rejection.failing));
        }
    }
    lines.push('', `**Lorentzen profile:** ${classification.lorentzen.parts.filter(p => p.holds).map(p => escapeMarkdown(lorentzenLabel(p.code, language))).join(', ') || 'none'}`);
    for (const part of classification.lorentzen.parts) {
        lines.push(...evidenceList(part.evidence));
    }
    const governance = classification.governance;
    lines.push('', `**Governance (Provan & Kenis):** ${escapeMarkdown(governance.label)}, ${governance.participants} participants, fit: ${governance.fit}${governance.suggested ? `, conditions point to ${governance.suggested}` : ''}`);
    lines.push(...evidenceList(governance.evidence));
    const overall = classification.funding.overall;
    if (overall?.largest) {
        lines.push('', `**Funding dependency:** largest funder ${escapeMarkdown(titleOf(model, overall.largest.funder))} ${formatPercent(overall.largest.share)}, Herfindahl ${overall.herfindahl.toFixed(2)}`);
        lines.push(...evidenceList(overall.evidence));
    }
    return lines.join('\n');
}

/** Hover over an actor: its sector and the typologies that describe it, with evidence. */
export function actorHoverMarkdown(model: PartnershipModel, classification: Classification, actorId: string): string | undefined {
    const actor = model.actors.find(a => a.id === actorId);
    if (!actor) return undefined;
    const lines: string[] = [`**${escapeMarkdown(actor.title)}**: ${actor.isPublic ? 'public side' : `non-public side (${actor.sector.replace('_', ' ')})`} in ${escapeMarkdown(model.title)}`];
    const pestoff = classification.pestoff.find(p => p.actor === actorId);
    if (pestoff) {
        lines.push('', `**Pestoff:** ${pestoff.parts.filter(p => p.holds).map(p => p.label).join(', ') || 'none'}`);
        for (const part of pestoff.parts) lines.push(...evidenceList(part.evidence));
    }
    const voorberg = classification.voorberg.find(v => v.actor === actorId);
    if (voorberg) {
        const highest = voorberg.parts.find(p => p.code === voorberg.highest);
        lines.push('', `**Voorberg et al. role:** ${highest ? highest.label : 'none'}`);
        for (const part of voorberg.parts) lines.push(...evidenceList(part.evidence));
    }
    const participation = classification.participation.filter(p => p.actor === actorId);
    if (participation.length > 0) {
        lines.push('', '**Participation per decision** (IAP2 and Arnstein are separate scales):');
        for (const p of participation) {
            const decision = model.decisions.find(d => d.id === p.decision);
            lines.push(`- ${escapeMarkdown(decision?.title ?? p.decision)}: IAP2 ${scaleReadingText(p.iap2)}, Arnstein ${scaleReadingText(p.arnstein)} (rights: ${p.rights.join(', ')})`);
        }
    }
    const shares = classification.funding.overall?.shares.find(s => s.funder === actorId);
    if (shares) {
        lines.push('', `**Funding:** gives ${formatPercent(shares.share)} of the money in the model`);
    }
    const received = classification.funding.items.find(item => item.kind === 'recipient' && item.id === actorId);
    if (received) {
        lines.push('', `**Funded by:** ${dependencyText(model, received)}`);
    }
    return lines.join('\n');
}

function dependencyText(model: PartnershipModel, item: FundedItemDependency): string {
    const funders = item.shares.map(share => `${escapeMarkdown(titleOf(model, share.funder))} ${formatPercent(share.share)}`).join(', ');
    const largest = item.largest ? `; without ${escapeMarkdown(titleOf(model, item.largest.funder))}, ${formatPercent(item.remainingShareIfLargestLeaves)} remains` : '';
    return `${funders} (Herfindahl ${item.herfindahl.toFixed(2)})${largest}`;
}

/** Hover over a body: its members by side, its rule, and the decisions it takes. */
export function bodyHoverMarkdown(model: PartnershipModel, classification: Classification, bodyId: string): string | undefined {
    const body = model.bodies.find(b => b.id === bodyId);
    if (!body) return undefined;
    const members = body.members.map(id => model.actors.find(actor => actor.id === id)).filter(actor => actor !== undefined);
    const publicMembers = members.filter(actor => actor.isPublic);
    const nonPublic = members.filter(actor => !actor.isPublic);
    const lines = [`**${escapeMarkdown(body.title)}**${body.level ? ` (${body.level})` : ''}: ${members.length} member(s), decides by ${body.rule ?? 'no stated rule'}`];
    lines.push(`- public side: ${publicMembers.map(actor => escapeMarkdown(actor.title)).join(', ') || 'none'}`);
    lines.push(`- non-public side: ${nonPublic.map(actor => escapeMarkdown(actor.title)).join(', ') || 'none'}`);
    if (body.rule === 'majority' && publicMembers.length > nonPublic.length && nonPublic.length > 0) {
        lines.push('', 'The public side holds the majority: the non-public members can be outvoted (Arnstein: placation).');
    }
    const decided = model.decisions.filter(decision => decision.loci.some(locus => locus.kind === 'party' && locus.party === bodyId));
    if (decided.length > 0) {
        lines.push('', `**Decides:** ${decided.map(decision => escapeMarkdown(decision.title)).join(', ')}`);
        const levels = classification.participation.filter(p => decided.some(d => d.id === p.decision) && p.rights.includes('decide'));
        for (const p of levels) {
            lines.push(`- ${escapeMarkdown(titleOf(model, p.actor))} in ${escapeMarkdown(decided.find(d => d.id === p.decision)?.title ?? p.decision)}: IAP2 ${scaleReadingText(p.iap2)}, Arnstein ${scaleReadingText(p.arnstein)}`);
        }
    }
    return lines.join('\n');
}

/** Hover over a budget: who pays which share of it, and what is left if the largest funder leaves. */
export function budgetHoverMarkdown(model: PartnershipModel, classification: Classification, budgetId: string): string | undefined {
    const budget = model.budgets.find(b => b.id === budgetId);
    if (!budget) return undefined;
    const item = classification.funding.items.find(i => i.kind === 'budget' && i.id === budgetId);
    const amount = `${budget.amount.value}${budget.amount.unit ? ` ${budget.amount.unit}` : ''}${budget.amount.rate ? ` ${budget.amount.rate.replace('_', ' ')}` : ''}`;
    const lines = [`**${escapeMarkdown(budget.title)}**: ${amount}`];
    lines.push('', item ? `**Funded by:** ${dependencyText(model, item)}` : 'No funding line is `for` this budget.');
    if (item) lines.push(...evidenceList(item.evidence));
    return lines.join('\n');
}

/** Hover over a decision: its locus and every non-public actor's level on both scales, with the derivation. */
export function decisionHoverMarkdown(model: PartnershipModel, classification: Classification, decisionId: string): string | undefined {
    const decision = model.decisions.find(d => d.id === decisionId);
    if (!decision) return undefined;
    const loci = decision.loci.map(locus => locus.kind === 'party'
        ? escapeMarkdown(titleOf(model, locus.party))
        : `joint(${locus.parties.map(p => escapeMarkdown(titleOf(model, p))).join(', ')})${locus.rule ? ` by ${locus.rule}` : ''}`);
    const lines: string[] = [`**${escapeMarkdown(decision.title)}**${decision.level ? ` (${decision.level})` : ''}: decided by ${loci.join('; ') || 'nobody stated'}`];
    for (const p of classification.participation.filter(r => r.decision === decisionId)) {
        lines.push('', `**${escapeMarkdown(titleOf(model, p.actor))}**: IAP2 ${scaleReadingText(p.iap2)}, Arnstein ${scaleReadingText(p.arnstein)}`);
        lines.push(...evidenceList([...p.iap2.evidence.map(e => ({ ...e, detail: `IAP2: ${e.detail}` })), ...p.arnstein.evidence.map(e => ({ ...e, detail: `Arnstein: ${e.detail}` }))]));
    }
    return lines.join('\n');
}

/** The one line a code lens shows over a model; an undetermined form says how many facts it lacks (the hover names them). */
export function codeLensTitle(classification: Classification, language: DisplayLanguage = 'en'): string {
    const profile = classification.lorentzen.parts.filter(p => p.holds).map(p => lorentzenLabel(p.code, language).toLowerCase()).join(', ') || '–';
    const missing = classification.coCreation.missing.length;
    const lacks = missing > 0 ? ` (${missing} missing ${missing === 1 ? 'fact' : 'facts'})` : '';
    return `${formLabel(classification.coCreation.code, language)}${lacks} · Lorentzen: ${profile}`;
}
