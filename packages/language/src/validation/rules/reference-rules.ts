import type { SourceRange } from '../../model/partnership-model.js';
import { hit, type RuleDefinition, type RuleHit } from '../rule.js';

function line(range: SourceRange): number {
    return range.start.line + 1;
}

/**
 * Names are unique per kind of declaration: two declarations with one name make references ambiguous. Actors and bodies share one
 * namespace, being both parties. Two actors with one name never reach the PartnershipModel
 * (the builder keeps the first), so the editor's validator checks those on the syntax tree
 * with the same code.
 */
export const duplicateNames: RuleDefinition = {
    code: 'SK-REF-001', area: 'REF', defaultSeverity: 'error', scope: 'model',
    summary: 'Names are unique within a model (actors and bodies together; roles, activities, decisions, budgets, agreements, sources each).',
    check({ model }, report) {
        const groups: Array<{ kind: string; items: ReadonlyArray<{ id: string; nameRange: SourceRange }> }> = [
            { kind: 'party', items: [...model.actors.filter(actor => !actor.library), ...model.bodies] },
            { kind: 'role', items: model.roles },
            { kind: 'activity', items: model.activities },
            { kind: 'decision', items: model.decisions },
            { kind: 'budget', items: model.budgets },
            { kind: 'agreement', items: model.agreements },
            { kind: 'source', items: model.context.sources.flatMap(source => source.id !== undefined ? [{ id: source.id, nameRange: source.range }] : []) }
        ];
        for (const group of groups) {
            const first = new Map<string, SourceRange>();
            for (const item of group.items) {
                const earlier = first.get(item.id);
                if (earlier) {
                    report(hit(`The name "${item.id}" is already used by another ${group.kind} on line ${line(earlier)}; rename one of them so references are unambiguous.`, item.nameRange));
                } else {
                    first.set(item.id, item.nameRange);
                }
            }
        }
    }
};

/** A funding line from an actor to itself moves nothing: funder and recipient contradict each other. */
export const selfFunding: RuleDefinition = {
    code: 'SK-REF-002', area: 'REF', defaultSeverity: 'error', scope: 'model',
    summary: 'A funding line does not go from a party to itself.',
    check({ model, index }, report) {
        for (const fundingLine of model.funding) {
            if (fundingLine.from === fundingLine.to) {
                report(hit(`${index.title(fundingLine.from)} funds itself; a funding line goes from the funder to another party. Correct the funder or the recipient.`, fundingLine.range));
            }
        }
    }
};

/** Statements the model allows once (governance, anchoring, country, period, claimed form): only the first counts. */
export const repeatedStatement: RuleDefinition = {
    code: 'SK-REF-003', area: 'REF', defaultSeverity: 'warning', scope: 'model',
    summary: 'A statement the model allows once (governance, anchoring, country, municipality, period, claim form) is written again.',
    check({ model }, report) {
        for (const repeated of model.repeated) {
            report(hit(`\`${repeated.statement}\` is stated more than once; only the first one counts. Merge them into one statement.`, repeated.range, { fix: 'remove-statement' }));
        }
    }
};

/** The same organisation declared twice under two names splits its facts between two actors. */
export const sameTitleTwice: RuleDefinition = {
    code: 'SK-REF-004', area: 'REF', defaultSeverity: 'warning', scope: 'model',
    summary: 'Two actors of one model carry the same title (the same organisation under two names?).',
    check({ model }, report) {
        const first = new Map<string, { id: string; range: SourceRange }>();
        for (const actor of model.actors) {
            // A title that is only the name repeats nothing: such an actor is neither reported nor remembered.
            if (actor.title === actor.name) continue;
            const key = normaliseTitle(actor.title);
            const earlier = first.get(key);
            if (earlier && earlier.id !== actor.id) {
                report(hit(`"${actor.title}" is declared both as ${earlier.id} and as ${actor.id}; if it is one organisation, keep one actor and refer to it everywhere.`, actor.nameRange));
            } else if (!earlier) {
                first.set(key, { id: actor.id, range: actor.nameRange });
            }
        }
    }
};

/**
 * Normalised titles by title. Every actor's title is normalised by SK-REF-004 at each
 * validation and again by the workspace rule SK-WS-001; titles rarely change between
 * keystrokes, so both read one cache. Cleared when it grows past a workspace's worth.
 */
const normalisedTitles = new Map<string, string>();
const NORMALISED_TITLES_KEPT = 50_000;

/** Titles compared without case, spacing and punctuation differences. */
export function normaliseTitle(title: string): string {
    let normalised = normalisedTitles.get(title);
    if (normalised === undefined) {
        normalised = title.normalize('NFC').toLowerCase().replace(/[\s.,\-–]+/g, ' ').trim();
        if (normalisedTitles.size >= NORMALISED_TITLES_KEPT) normalisedTitles.clear();
        normalisedTitles.set(title, normalised);
    }
    return normalised;
}

/**
 * A title written but left empty (`actor a "" is municipality`) shows nothing where the model is
 * drawn or listed; the name is shown instead, and the author is told.
 */
export const blankTitle: RuleDefinition = {
    code: 'SK-REF-005', area: 'REF', defaultSeverity: 'warning', scope: 'model',
    summary: 'A declaration with a title in quotes does not leave it empty.',
    check({ model }, report) {
        for (const blank of model.blankTitles ?? []) {
            report(hit(`"${blank.name}" has an empty title; write its title between the quotes, or leave the quotes out (its name "${blank.name}" is shown instead).`, blank.range));
        }
    }
};

export const REFERENCE_RULES: readonly RuleDefinition[] = [duplicateNames, selfFunding, repeatedStatement, sameTitleTwice, blankTitle];

export type { RuleHit };
