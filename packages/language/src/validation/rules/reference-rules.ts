import type { SourceRange } from '../../model/partnership-model.js';
import { hit, type RuleDefinition, type RuleHit } from '../rule.js';
import type { RuleMessage } from '../rule-message.js';

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
        // `another`: "another party", with the article each language's noun takes.
        const groups: Array<{ another: RuleMessage; items: ReadonlyArray<{ id: string; nameRange: SourceRange }> }> = [
            { another: { en: 'another party', nb: 'en annen part', da: 'en anden part' }, items: [...model.actors.filter(actor => !actor.library), ...model.bodies] },
            { another: { en: 'another role', nb: 'en annen rolle', da: 'en anden rolle' }, items: model.roles },
            { another: { en: 'another activity', nb: 'en annen aktivitet', da: 'en anden aktivitet' }, items: model.activities },
            { another: { en: 'another decision', nb: 'en annen beslutning', da: 'en anden beslutning' }, items: model.decisions },
            { another: { en: 'another budget', nb: 'et annet budsjett', da: 'et andet budget' }, items: model.budgets },
            { another: { en: 'another agreement', nb: 'en annen avtale', da: 'en anden aftale' }, items: model.agreements },
            {
                another: { en: 'another source', nb: 'en annen kilde', da: 'en anden kilde' },
                items: model.context.sources.flatMap(source => source.id !== undefined ? [{ id: source.id, nameRange: source.range }] : [])
            }
        ];
        for (const group of groups) {
            const first = new Map<string, SourceRange>();
            for (const item of group.items) {
                const earlier = first.get(item.id);
                if (earlier) {
                    const [name, another, at] = [item.id, group.another, line(earlier)];
                    report(hit({
                        en: `The name "${name}" is already used by ${another.en} on line ${at}; rename one of them so references are unambiguous.`,
                        nb: `Navnet "${name}" er allerede brukt av ${another.nb} på linje ${at}; gi en av dem et nytt navn, så referansene blir entydige.`,
                        da: `Navnet "${name}" er allerede brugt af ${another.da} på linje ${at}; omdøb en af dem, så referencerne bliver entydige.`
                    }, item.nameRange));
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
                const funder = index.title(fundingLine.from);
                report(hit({
                    en: `${funder} funds itself; a funding line goes from the funder to another party. Correct the funder or the recipient.`,
                    nb: `${funder} finansierer seg selv; en finansieringslinje går fra finansiøren til en annen part. Rett finansiøren eller mottakeren.`,
                    da: `${funder} finansierer sig selv; en finansieringslinje går fra finansieringskilden til en anden part. Ret finansieringskilden eller modtageren.`
                }, fundingLine.range));
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
            const statement = repeated.statement;
            report(hit({
                en: `\`${statement}\` is stated more than once; only the first one counts. Merge them into one statement.`,
                nb: `\`${statement}\` er oppgitt mer enn én gang; bare den første teller. Slå dem sammen til ett utsagn.`,
                da: `\`${statement}\` er angivet mere end én gang; kun den første tæller. Slå dem sammen til ét udsagn.`
            }, repeated.range, { fix: 'remove-statement' }));
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
                const [title, first, second] = [actor.title, earlier.id, actor.id];
                report(hit({
                    en: `"${title}" is declared both as ${first} and as ${second}; if it is one organisation, keep one actor and refer to it everywhere.`,
                    nb: `"${title}" er oppført både som ${first} og som ${second}; hvis det er én organisasjon, behold én aktør og vis til den overalt.`,
                    da: `"${title}" er angivet både som ${first} og som ${second}; hvis det er én organisation, så behold én aktør, og henvis til den overalt.`
                }, actor.nameRange));
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
            const name = blank.name;
            report(hit({
                en: `"${name}" has an empty title; write its title between the quotes, or leave the quotes out (its name "${name}" is shown instead).`,
                nb: `"${name}" har en tom tittel; skriv tittelen mellom anførselstegnene, eller ta dem bort (navnet "${name}" vises i stedet).`,
                da: `"${name}" har en tom titel; skriv titlen mellem anførselstegnene, eller udelad dem (navnet "${name}" vises i stedet).`
            }, blank.range));
        }
    }
};

export const REFERENCE_RULES: readonly RuleDefinition[] = [duplicateNames, selfFunding, repeatedStatement, sameTitleTwice, blankTitle];

export type { RuleHit };
