import { isUncertain, provenanceIndexOf, provenanceText, type PartnershipModel, type Provenance, type SourceRange } from '@samskap/language';
import type { Labels } from '../i18n/index.js';
import { fundingAmountText, quantityText } from '../quantity-text.js';
import { sourcePosition } from '../source-link.js';
import type { DocBlock } from './doc-blocks.js';
import { sourceReference, UNCERTAIN_MARK, uncertainCountText } from './provenance-text.js';

const startOf = (range: SourceRange): string => `${range.uri}#${range.start.line}:${range.start.character}`;

/**
 * What each statement of the model says, in a few words of the page's language, by where it
 * starts: the names the list of assumed and illustrative facts gives them.
 */
function statementDescriptions(model: PartnershipModel, labels: Labels): Map<string, string> {
    const t = labels.text;
    const titleOf = new Map([...model.actors.map(a => [a.id, a.title] as const), ...model.bodies.map(b => [b.id, b.title] as const)]);
    const names = (ids: readonly string[]): string => ids.map(id => titleOf.get(id) ?? id).join(', ');
    const descriptions = new Map<string, string>();
    const add = (range: SourceRange, text: string): void => {
        if (!descriptions.has(startOf(range))) {
            descriptions.set(startOf(range), text);
        }
    };
    model.context.goals.forEach(goal => add(goal.range, `${t.goals}: ${goal.text}`));
    model.actors.forEach(actor => add(actor.range, `${t.actor}: ${actor.title}`));
    model.roles.forEach(role => add(role.range, `${t.roles}: ${role.title} (${names(role.holders)})`));
    model.bodies.forEach(body => add(body.range, `${t.bodies}: ${body.title}`));
    model.initiatives.forEach(initiative => add(initiative.range, `${t.initiative}: ${names(initiative.initiators)}${initiative.year ? ` (${initiative.year})` : ''}`));
    model.involvements.forEach(involvement => add(involvement.range, `${t.involvement}: ${names([involvement.party])}, ${labels.phases[involvement.phase]}`));
    model.definitions.forEach(definition => add(definition.range, `${definition.aspect === 'goals' ? t.goalsDefinedBy : t.contentDefinedBy}: ${names(definition.definers)}`));
    model.activities.forEach(activity => add(activity.range, `${t.activities}: ${activity.title}`));
    for (const decision of model.decisions) {
        add(decision.range, `${t.decision}: ${decision.title}`);
        for (const locus of decision.loci) {
            add(locus.range, `${decision.title}: ${names(locus.kind === 'party' ? [locus.party] : locus.parties)} ${labels.rights.decide}`);
        }
        for (const right of decision.rights) {
            add(right.range, `${decision.title}: ${names([right.party])} ${labels.rights[right.right]}`);
        }
    }
    model.budgets.forEach(budget => add(budget.range, `${budget.title}: ${quantityText(budget.amount, labels)}`));
    for (const line of model.funding) {
        const amount = fundingAmountText(line, labels, model);
        add(line.range, `${t.funding}: ${names([line.from])} → ${names([line.to])}, ${labels.fundingKinds[line.kind]}${amount ? `, ${amount}` : ''}`);
    }
    if (model.governance) {
        add(model.governance.range, `${t.governanceMode}: ${labels.governanceModes[model.governance.mode]}`);
    }
    if (model.anchoring) {
        add(model.anchoring.range, t.anchoring);
    }
    model.agreements.forEach(agreement => add(agreement.range, `${t.agreements}: ${agreement.title}`));
    if (model.claims.form) {
        add(model.claims.form.range, `${t.claimedForm}: ${labels.forms[model.claims.form.value]}`);
    }
    if (model.claims.partnership) {
        add(model.claims.partnership.range, t.partnership);
    }
    return descriptions;
}

interface UncertainFact {
    readonly text: string;
    readonly provenance: Provenance;
    readonly range?: SourceRange;
}

/**
 * Every assumed or illustrative fact of the model: the context statements that say so, then the
 * statements of the provenance index, in model order.
 */
export function uncertainFacts(model: PartnershipModel, labels: Labels): UncertainFact[] {
    const t = labels.text;
    const context = model.context;
    const facts: UncertainFact[] = [];
    const contextText: Record<keyof NonNullable<typeof context.provenance>, string | undefined> = {
        country: context.country && `${t.country}: ${context.country}`,
        municipality: context.municipality && `${t.municipality}: ${context.municipality}`,
        period: context.period && `${t.period}: ${context.period.start}–${context.period.end ?? ''}`,
        fields: `${t.fields}: ${context.fields.map(field => labels.fields[field]).join(', ')}`,
        purposes: `${t.purposes}: ${context.purposes.map(value => labels.values[value]).join(', ')}`
    };
    for (const key of ['country', 'municipality', 'period', 'fields', 'purposes'] as const) {
        const provenance = context.provenance?.[key];
        const text = contextText[key];
        if (provenance && text && isUncertain(provenance.certainty)) {
            facts.push({ text, provenance, range: key === 'period' ? context.periodRange : undefined });
        }
    }
    const descriptions = statementDescriptions(model, labels);
    for (const statement of provenanceIndexOf(model).uncertain) {
        if (statement.provenance) {
            facts.push({ text: descriptions.get(startOf(statement.range)) ?? sourcePosition(statement.range), provenance: statement.provenance, range: statement.range });
        }
    }
    return facts;
}

/**
 * The top of a model page when some facts are only assumed or illustrative: how many, and which,
 * each with its mark, certainty and place, so no reader takes them for findings.
 */
export function uncertainFactsBlocks(model: PartnershipModel, labels: Labels): DocBlock[] {
    const facts = uncertainFacts(model, labels);
    if (facts.length === 0) {
        return [];
    }
    const counts = {
        illustrative: facts.filter(fact => fact.provenance.certainty === 'illustrative').length,
        assumed: facts.filter(fact => fact.provenance.certainty === 'assumed').length
    };
    return [
        { kind: 'paragraph', text: `${UNCERTAIN_MARK} ${uncertainCountText(counts, labels)} (${labels.text.notFindings}):` },
        {
            kind: 'list',
            items: facts.map(fact => ({
                text: `${UNCERTAIN_MARK} ${fact.text} — ${provenanceText(fact.provenance, certainty => labels.certainties[certainty])}${fact.range ? ` — ${sourcePosition(fact.range)}` : ''}`
            }))
        }
    ];
}

/** The Sources section: every source the model declares, with its full reference and its URL as a link. */
export function sourcesBlocks(model: PartnershipModel, labels: Labels): DocBlock[] {
    if (model.context.sources.length === 0) {
        return [];
    }
    return [
        { kind: 'heading', level: 2, text: labels.text.sources, anchor: 'sources' },
        {
            kind: 'list',
            items: model.context.sources.map(source => ({
                text: sourceReference(source, labels),
                ...(source.url ? { url: source.url } : {})
            }))
        }
    ];
}
