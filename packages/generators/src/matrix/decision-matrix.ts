import type { PartnershipModel, RightKind, SourceRange } from '@samskap/language';
import { citationText, restsOnUncertain, UNCERTAIN_MARK } from '../docs/provenance-text.js';
import { labelsFor, type Language } from '../i18n/index.js';
import { sourcePosition } from '../source-link.js';
import { listedNote, type MatrixLimitOptions } from './funding-matrix.js';
import { EMPTY_CELL, hasUncertainCells, markUncertain, textCell, type MatrixCell, type MatrixRow, type MatrixTable } from './matrix-table.js';

export type LetterScheme = 'rapid' | 'raci';

/**
 * RAPID (Rogers & Blenko 2006): Input is being consulted. RAPID has no letter for the informed:
 * ours is N (notified). It was "i", which differed from the consulted "I" only by case.
 */
const RAPID: Record<RightKind, string> = { decide: 'D', agree: 'A', recommend: 'R', consulted: 'I', perform: 'P', informed: 'N' };
/** RACI: the decider is accountable, the performer responsible; agreeing and recommending are consulting. */
const RACI: Record<RightKind, string> = { decide: 'A', perform: 'R', agree: 'C', recommend: 'C', consulted: 'C', informed: 'I' };
const ORDER: readonly RightKind[] = ['decide', 'agree', 'recommend', 'consulted', 'perform', 'informed'];

/** The legend of the letters, from the letters themselves and the rights' own words: "RAPID: D decides, …, N is informed". */
function letterLegend(scheme: string, letters: Record<RightKind, string>, labels: ReturnType<typeof labelsFor>): string {
    const byLetter = new Map<string, string[]>();
    for (const right of ORDER) byLetter.set(letters[right], [...(byLetter.get(letters[right]) ?? []), labels.rights[right]]);
    return `${scheme}: ${[...byLetter].map(([letter, rights]) => `${letter} ${rights.join(', ')}`).join('; ')}`;
}

export interface DecisionMatrixOptions extends MatrixLimitOptions {
    readonly language?: Language;
    readonly letters?: LetterScheme;
}

/** One party's rights in one decision, and the statements they were written in (the loci and rights, directly or through a body). */
export interface RightsInDecision {
    readonly own: Set<RightKind>;
    readonly viaBody: Set<RightKind>;
    readonly notes: string[];
    readonly ranges: SourceRange[];
}

/** Each party's rights per decision, its own (from the loci and rights) and those it holds through a body. */
export function rightsByParty(model: PartnershipModel, labels = labelsFor('en')): Map<string, Map<string, RightsInDecision>> {
    const result = new Map<string, Map<string, RightsInDecision>>();
    const entry = (party: string, decision: string): RightsInDecision => {
        const byDecision = result.get(party) ?? new Map();
        result.set(party, byDecision);
        const found = byDecision.get(decision) ?? { own: new Set<RightKind>(), viaBody: new Set<RightKind>(), notes: [], ranges: [] };
        byDecision.set(decision, found);
        return found;
    };
    const bodies = new Map(model.bodies.map(body => [body.id, body]));
    const add = (party: string, decision: string, right: RightKind, note: string, range: SourceRange): void => {
        const own = entry(party, decision);
        own.own.add(right);
        own.ranges.push(range);
        if (note) {
            own.notes.push(note);
        }
        const body = bodies.get(party);
        for (const member of body ? body.members : []) {
            const via = entry(member, decision);
            via.viaBody.add(right);
            // Held through the body: the body's statement (its members) stands behind it too.
            via.ranges.push(range, ...(body ? [body.range] : []));
        }
    };
    for (const decision of model.decisions) {
        for (const locus of decision.loci) {
            const parties = locus.kind === 'party' ? [locus.party] : locus.parties;
            parties.forEach(party => add(party, decision.id, 'decide', locus.kind === 'joint' && locus.rule ? labels.rules[locus.rule] : '', locus.range));
        }
        for (const right of decision.rights) {
            const note = [right.iap2 ? `IAP2 ${labels.iap2[right.iap2]}` : '', right.arnstein ? `Arnstein ${labels.arnstein[right.arnstein]}` : '', right.feedback ?? '']
                .filter(text => text.length > 0).join(', ');
            add(right.party, decision.id, right.right, note, right.range);
        }
    }
    return result;
}

/**
 * Decision rights (docs/research.md D4) as a matrix: one row per actor or body holding a right, one
 * column per decision, RAPID or RACI letters in the cells. Rights held through a body a party
 * sits in are shown in parentheses.
 */
export function decisionMatrix(model: PartnershipModel, options: DecisionMatrixOptions = {}): MatrixTable {
    const labels = labelsFor(options.language ?? 'en');
    const letters = options.letters === 'raci' ? RACI : RAPID;
    const rights = rightsByParty(model, labels);
    const parties = [
        ...model.actors.filter(actor => rights.has(actor.id)).map(actor => ({ id: actor.id, title: actor.title })),
        ...model.bodies.filter(body => rights.has(body.id)).map(body => ({ id: body.id, title: body.title }))
    ];
    const cellOf = (found: RightsInDecision | undefined): MatrixCell => {
        if (!found || (found.own.size === 0 && found.viaBody.size === 0)) {
            return EMPTY_CELL;
        }
        const own = ORDER.filter(right => found.own.has(right));
        const via = ORDER.filter(right => found.viaBody.has(right) && !found.own.has(right));
        const text = [...new Set(own.map(right => letters[right]))].join('') +
            (via.length > 0 ? `(${[...new Set(via.map(right => letters[right]))].join('')})` : '');
        const value = [...own, ...via.map(right => `body:${right}`)].join(';');
        const title = [...own.map(right => labels.rights[right]), ...via.map(right => `${labels.rights[right]} (${labels.text.via} ${labels.text.bodies.toLowerCase()})`), ...found.notes]
            .join('; ');
        return markUncertain({ text, value, title }, restsOnUncertain(model, found.ranges), labels.text.restsOnUncertain);
    };
    const columnLabel = (decision: PartnershipModel['decisions'][number]): string =>
        decision.level ? `${decision.title} (${labels.levels[decision.level]})` : decision.title;
    // Past the limit, listed: one row per party and decision it holds a right in (a party × decision
    // table of 2,000 parties and 1,000 decisions had two million cells, most of them empty).
    const listed = parties.length * model.decisions.length > (options.maxCells ?? Number.POSITIVE_INFINITY);
    const decisionById = new Map(model.decisions.map(decision => [decision.id, decision]));
    const rows: MatrixRow[] = listed
        ? parties.flatMap(party => [...(rights.get(party.id) ?? new Map<string, RightsInDecision>())]
            .filter(([decision, found]) => decisionById.has(decision) && (found.own.size > 0 || found.viaBody.size > 0))
            .map(([decision, found]) => ({
                key: `${party.id}>${decision}`, label: party.title, coded: true,
                cells: [textCell(columnLabel(decisionById.get(decision) as PartnershipModel['decisions'][number])), cellOf(found)]
            })))
        : parties.map(party => ({
            key: party.id,
            label: party.title,
            coded: true,
            cells: model.decisions.map((decision): MatrixCell => cellOf(rights.get(party.id)?.get(decision.id)))
        }));
    return {
        id: `decisions-${model.name}`,
        caption: `${model.title} — ${labels.text.decisionMatrix}`,
        corner: listed ? labels.text.actor : `${labels.text.actor} \\ ${labels.text.decision}`,
        columns: listed
            ? [{ key: 'decision', label: labels.text.decision }, { key: 'rights', label: labels.text.decisionMatrix }]
            : model.decisions.map(decision => ({ key: decision.id, label: columnLabel(decision) })),
        rows,
        notes: [...(listed ? [listedNote(labels, parties.length, model.decisions.length, options.maxCells ?? 0)] : []),
            letterLegend(options.letters === 'raci' ? 'RACI' : 'RAPID', letters, labels),
            ...(hasUncertainCells({ rows }) ? [`${UNCERTAIN_MARK} ${labels.text.restsOnUncertain}`] : []),
            ...model.decisions.map(decision => {
                const cited = citationText(decision.provenance, labels);
                return `${decision.title}: ${sourcePosition(decision.nameRange)}${cited ? ` — ${cited}` : ''}`;
            })]
    };
}
