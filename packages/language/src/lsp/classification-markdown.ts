import type { Classification, Evidence, FundedItemDependency, ScaleReading } from '../analysis/classification.js';
import { displayVocabulary, formatDisplayNumber, formatDisplayPercent, formLabel, lorentzenLabel, type DisplayLanguage, type DisplayVocabulary } from '../analysis/labels.js';
import { missingFacts, scaleReadingText, whyNotOtherForms } from '../analysis/form-explanation.js';
import { evidenceDetail } from '../analysis/local-text.js';
import { provenanceIndexOf, type ProvenanceIndex } from '../analysis/provenance.js';
import type { PartnershipModel } from '../model/partnership-model.js';
import { evidenceSources } from './provenance-text.js';

/**
 * The Markdown hovers show: the computed classifications with their evidence. Pure functions of
 * the PartnershipModel and its Classification; model text is escaped so a title can never
 * inject Markdown or HTML. ✓ and ✗ say whether a criterion holds; the words explaining a form
 * are shared with `--explain` and the site (analysis/form-explanation.ts).
 */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, char => `\\${char}`).replace(/\r?\n/g, ' ');
}

// Criterion labels are our own constants without markup characters: no escaping needed.
// Each line ends with the sources of the statements the criterion read ("— koordinator (inferred)").
function evidenceList(evidence: readonly Evidence[], v: DisplayVocabulary, sources?: ProvenanceIndex): string[] {
    return evidence.map(e => {
        const cited = sources ? evidenceSources(sources.behind(e.ranges), v.language) : '';
        return `  - ${e.holds ? '✓' : '✗'} *${v.criteria[e.criterion]}*: ${escapeMarkdown(evidenceDetail(e, v.language))}${cited ? ` — ${escapeMarkdown(cited)}` : ''}`;
    });
}

/** Evidence of one participation scale, its detail (in every language) starting with the scale's name. */
function onScale(evidence: Evidence, scale: 'IAP2' | 'Arnstein'): Evidence {
    const { details } = evidence;
    return {
        ...evidence,
        detail: `${scale}: ${evidence.detail}`,
        ...(details ? { details: { en: `${scale}: ${details.en}`, nb: `${scale}: ${details.nb}`, da: `${scale}: ${details.da}` } } : {})
    };
}

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A participation level on IAP2 or Arnstein in the display language, the declared one beside the derived one. */
function readingText(reading: ScaleReading<string>, scale: 'iap2' | 'arnstein', v: DisplayVocabulary): string {
    const labels: Record<string, string> = v[scale];
    return scaleReadingText(reading, { declared: v.words.declared, derivedFromRights: v.words.derivedFromRights, none: '–', level: code => labels[code] ?? code });
}

function titleOf(model: PartnershipModel, id: string): string {
    return model.actors.find(actor => actor.id === id)?.title ?? model.bodies.find(body => body.id === id)?.title ?? id;
}

/** Hover over a model's name: form (and why not the others), profile, governance and funding, each with its evidence. */
export function modelHoverMarkdown(model: PartnershipModel, classification: Classification, language: DisplayLanguage = 'en'): string {
    const v = displayVocabulary(language);
    const sources = provenanceIndexOf(model);
    const w = v.words;
    const lines: string[] = [`**${escapeMarkdown(model.title)}**: ${w.computedClassifications}`, ''];
    const form = classification.coCreation;
    const missing = missingFacts(form);
    lines.push(`**${w.coCreationForm}:** ${escapeMarkdown(formLabel(form.code, language))}` +
        (missing.length > 0 ? ` — ${w.missing}: ${missing.map(m => escapeMarkdown(v.missingFacts[m.fact])).join('; ')}` : ''));
    // The statements come from form-explanation.ts and hold no backtick: a code span is safe.
    for (const fact of missing) {
        lines.push(`  - ${w.toState} ${escapeMarkdown(v.missingFacts[fact.fact])}, ${w.write} \`${fact.write}\``);
    }
    lines.push(...evidenceList(form.evidence, v, sources));
    const claim = model.claims.form;
    if (claim) {
        lines.push(`  - ${w.claimed}: ${escapeMarkdown(formLabel(claim.value, language))} (${claim.value === form.code ? w.claimGiven : w.claimNotGiven})`);
    }
    const rejections = whyNotOtherForms(form);
    if (rejections.length > 0) {
        lines.push('', `**${w.whyNotOtherForms}:**`);
        for (const rejection of rejections) {
            lines.push(`- *${escapeMarkdown(formLabel(rejection.form, language))}* ${w.needs} ${escapeMarkdown(v.formRequirements[rejection.form])}.`);
            lines.push(...evidenceList(rejection.failing, v, sources));
        }
    }
    lines.push('', `**${w.lorentzenProfile}:** ${classification.lorentzen.parts.filter(p => p.holds).map(p => escapeMarkdown(lorentzenLabel(p.code, language))).join(', ') || w.none}`);
    for (const part of classification.lorentzen.parts) {
        lines.push(...evidenceList(part.evidence, v, sources));
    }
    const governance = classification.governance;
    lines.push('', `**${w.governance}:** ${escapeMarkdown(upperFirst(v.governanceModes[governance.code]))}, ${w.participants(governance.participants)}, ${w.fit}: ${v.governanceFit[governance.fit]}` +
        `${governance.suggested ? `, ${w.conditionsPointTo} ${v.governanceModes[governance.suggested]}` : ''}`);
    lines.push(...evidenceList(governance.evidence, v, sources));
    const overall = classification.funding.overall;
    if (overall?.largest) {
        lines.push('', `**${w.fundingDependency}:** ${w.largestFunder} ${escapeMarkdown(titleOf(model, overall.largest.funder))} ${formatDisplayPercent(overall.largest.share, language)}, ` +
            `Herfindahl ${formatDisplayNumber(overall.herfindahl, language, 2)}`);
        lines.push(...evidenceList(overall.evidence, v, sources));
    }
    return lines.join('\n');
}

/** Hover over an actor: its sector and the typologies that describe it, with evidence. */
export function actorHoverMarkdown(model: PartnershipModel, classification: Classification, actorId: string, language: DisplayLanguage = 'en'): string | undefined {
    const actor = model.actors.find(a => a.id === actorId);
    if (!actor) return undefined;
    const v = displayVocabulary(language);
    const sources = provenanceIndexOf(model);
    const w = v.words;
    const side = actor.isPublic ? v.sides.public : `${v.sides.non_public} (${v.sectors[actor.sector].toLowerCase()})`;
    const lines: string[] = [`**${escapeMarkdown(actor.title)}**: ${side} ${w.in} ${escapeMarkdown(model.title)}`];
    const pestoff = classification.pestoff.find(p => p.actor === actorId);
    if (pestoff) {
        lines.push('', `**Pestoff:** ${pestoff.parts.filter(p => p.holds).map(p => upperFirst(v.pestoff[p.code])).join(', ') || w.none}`);
        for (const part of pestoff.parts) lines.push(...evidenceList(part.evidence, v, sources));
    }
    const voorberg = classification.voorberg.find(v => v.actor === actorId);
    if (voorberg) {
        const highest = voorberg.parts.find(p => p.code === voorberg.highest);
        lines.push('', `**${w.voorbergRole}:** ${highest ? upperFirst(v.voorberg[highest.code]) : w.none}`);
        for (const part of voorberg.parts) lines.push(...evidenceList(part.evidence, v, sources));
    }
    const participation = classification.participation.filter(p => p.actor === actorId);
    if (participation.length > 0) {
        lines.push('', `**${w.participationPerDecision}** ${w.separateScales}:`);
        for (const p of participation) {
            const decision = model.decisions.find(d => d.id === p.decision);
            lines.push(`- ${escapeMarkdown(decision?.title ?? p.decision)}: IAP2 ${readingText(p.iap2, 'iap2', v)}, Arnstein ${readingText(p.arnstein, 'arnstein', v)} (${w.rights}: ${p.rights.map(right => v.rights[right]).join(', ')})`);
        }
    }
    const shares = classification.funding.overall?.shares.find(s => s.funder === actorId);
    if (shares) {
        lines.push('', `**${w.funding}:** ${w.givesShare(formatDisplayPercent(shares.share, language))}`);
    }
    const received = classification.funding.items.find(item => item.kind === 'recipient' && item.id === actorId);
    if (received) {
        lines.push('', `**${w.fundedBy}:** ${dependencyText(model, received, v)}`);
    }
    return lines.join('\n');
}

function dependencyText(model: PartnershipModel, item: FundedItemDependency, v: DisplayVocabulary): string {
    const percent = (share: number): string => formatDisplayPercent(share, v.language);
    const funders = item.shares.map(share => `${escapeMarkdown(titleOf(model, share.funder))} ${percent(share.share)}`).join(', ');
    const largest = item.largest ? `; ${v.words.remainsWithout(escapeMarkdown(titleOf(model, item.largest.funder)), percent(item.remainingShareIfLargestLeaves))}` : '';
    return `${funders} (Herfindahl ${formatDisplayNumber(item.herfindahl, v.language, 2)})${largest}`;
}

/** Hover over a body: its members by side, its rule, and the decisions it takes. */
export function bodyHoverMarkdown(model: PartnershipModel, classification: Classification, bodyId: string, language: DisplayLanguage = 'en'): string | undefined {
    const body = model.bodies.find(b => b.id === bodyId);
    if (!body) return undefined;
    const v = displayVocabulary(language);
    const w = v.words;
    const members = body.members.map(id => model.actors.find(actor => actor.id === id)).filter(actor => actor !== undefined);
    const publicMembers = members.filter(actor => actor.isPublic);
    const nonPublic = members.filter(actor => !actor.isPublic);
    const lines = [`**${escapeMarkdown(body.title)}**${body.level ? ` (${v.levels[body.level]})` : ''}: ${w.members(members.length)}, ${body.rule ? `${w.decidesBy} ${v.rules[body.rule]}` : w.noStatedRule}`];
    lines.push(`- ${v.sides.public}: ${publicMembers.map(actor => escapeMarkdown(actor.title)).join(', ') || w.none}`);
    lines.push(`- ${v.sides.non_public}: ${nonPublic.map(actor => escapeMarkdown(actor.title)).join(', ') || w.none}`);
    if (body.rule === 'majority' && publicMembers.length > nonPublic.length && nonPublic.length > 0) {
        lines.push('', w.publicMajority);
    }
    const decided = model.decisions.filter(decision => decision.loci.some(locus => locus.kind === 'party' && locus.party === bodyId));
    if (decided.length > 0) {
        lines.push('', `**${w.decides}:** ${decided.map(decision => escapeMarkdown(decision.title)).join(', ')}`);
        const levels = classification.participation.filter(p => decided.some(d => d.id === p.decision) && p.rights.includes('decide'));
        for (const p of levels) {
            lines.push(`- ${escapeMarkdown(titleOf(model, p.actor))} ${w.in} ${escapeMarkdown(decided.find(d => d.id === p.decision)?.title ?? p.decision)}: IAP2 ${readingText(p.iap2, 'iap2', v)}, Arnstein ${readingText(p.arnstein, 'arnstein', v)}`);
        }
    }
    return lines.join('\n');
}

/** Hover over a budget: who pays which share of it, and what is left if the largest funder leaves. */
export function budgetHoverMarkdown(model: PartnershipModel, classification: Classification, budgetId: string, language: DisplayLanguage = 'en'): string | undefined {
    const budget = model.budgets.find(b => b.id === budgetId);
    if (!budget) return undefined;
    const v = displayVocabulary(language);
    const sources = provenanceIndexOf(model);
    const w = v.words;
    const item = classification.funding.items.find(i => i.kind === 'budget' && i.id === budgetId);
    const { value, unit, rate } = budget.amount;
    const rateText = rate === 'per_year' ? w.perYear : rate === 'per_month' ? w.perMonth : rate === 'once' ? w.once : '';
    const amount = [formatDisplayNumber(value, language, Number.isInteger(value) ? 0 : 1), unit === 'hours' ? w.hours : unit ?? '', rateText].filter(part => part).join(' ');
    const lines = [`**${escapeMarkdown(budget.title)}**: ${amount}`];
    lines.push('', item ? `**${w.fundedBy}:** ${dependencyText(model, item, v)}` : w.noFundingLine);
    if (item) lines.push(...evidenceList(item.evidence, v, sources));
    return lines.join('\n');
}

/** Hover over a decision: its locus and every non-public actor's level on both scales, with the derivation. */
export function decisionHoverMarkdown(model: PartnershipModel, classification: Classification, decisionId: string, language: DisplayLanguage = 'en'): string | undefined {
    const decision = model.decisions.find(d => d.id === decisionId);
    if (!decision) return undefined;
    const v = displayVocabulary(language);
    const sources = provenanceIndexOf(model);
    const w = v.words;
    const loci = decision.loci.map(locus => locus.kind === 'party'
        ? escapeMarkdown(titleOf(model, locus.party))
        : w.jointly(locus.parties.map(p => escapeMarkdown(titleOf(model, p))).join(', '), locus.rule ? v.rules[locus.rule] : undefined));
    const lines: string[] = [`**${escapeMarkdown(decision.title)}**${decision.level ? ` (${v.levels[decision.level]})` : ''}: ${w.decidedBy} ${loci.join('; ') || w.nobodyStated}`];
    for (const p of classification.participation.filter(r => r.decision === decisionId)) {
        lines.push('', `**${escapeMarkdown(titleOf(model, p.actor))}**: IAP2 ${readingText(p.iap2, 'iap2', v)}, Arnstein ${readingText(p.arnstein, 'arnstein', v)}`);
        lines.push(...evidenceList([...p.iap2.evidence.map(e => onScale(e, 'IAP2')), ...p.arnstein.evidence.map(e => onScale(e, 'Arnstein'))], v, sources));
    }
    return lines.join('\n');
}

/** The one line a code lens shows over a model; an undetermined form says how many facts it lacks (the hover names them). */
export function codeLensTitle(classification: Classification, language: DisplayLanguage = 'en'): string {
    const profile = classification.lorentzen.parts.filter(p => p.holds).map(p => lorentzenLabel(p.code, language).toLowerCase()).join(', ') || '–';
    const missing = classification.coCreation.missing.length;
    const lacks = missing > 0 ? ` (${displayVocabulary(language).words.missingFacts(missing)})` : '';
    return `${formLabel(classification.coCreation.code, language)}${lacks} · Lorentzen: ${profile}`;
}
