import type { PartnershipModel, RightKind } from '@samskap/language';
import { labelsFor, type Language } from '../i18n/index.js';
import { sourcePosition } from '../source-link.js';
import { EMPTY_CELL, type MatrixCell, type MatrixRow, type MatrixTable } from './matrix-table.js';

export type LetterScheme = 'rapid' | 'raci';

/** RAPID (Rogers & Blenko 2006): Input is being consulted; "i" marks the informed, which RAPID lacks. */
const RAPID: Record<RightKind, string> = { decide: 'D', agree: 'A', recommend: 'R', consulted: 'I', perform: 'P', informed: 'i' };
/** RACI: the decider is accountable, the performer responsible; agreeing and recommending are consulting. */
const RACI: Record<RightKind, string> = { decide: 'A', perform: 'R', agree: 'C', recommend: 'C', consulted: 'C', informed: 'I' };
const ORDER: readonly RightKind[] = ['decide', 'agree', 'recommend', 'consulted', 'perform', 'informed'];

export interface DecisionMatrixOptions {
    readonly language?: Language;
    readonly letters?: LetterScheme;
}

/** Each party's rights per decision, its own (from the loci and rights) and those it holds through a body. */
export function rightsByParty(model: PartnershipModel): Map<string, Map<string, { own: Set<RightKind>; viaBody: Set<RightKind>; notes: string[] }>> {
    const result = new Map<string, Map<string, { own: Set<RightKind>; viaBody: Set<RightKind>; notes: string[] }>>();
    const entry = (party: string, decision: string): { own: Set<RightKind>; viaBody: Set<RightKind>; notes: string[] } => {
        const byDecision = result.get(party) ?? new Map();
        result.set(party, byDecision);
        const found = byDecision.get(decision) ?? { own: new Set<RightKind>(), viaBody: new Set<RightKind>(), notes: [] };
        byDecision.set(decision, found);
        return found;
    };
    const bodies = new Map(model.bodies.map(body => [body.id, body]));
    const add = (party: string, decision: string, right: RightKind, note: string): void => {
        const own = entry(party, decision);
        own.own.add(right);
        if (note) {
            own.notes.push(note);
        }
        for (const member of bodies.get(party)?.members ?? []) {
            entry(member, decision).viaBody.add(right);
        }
    };
    for (const decision of model.decisions) {
        for (const locus of decision.loci) {
            const parties = locus.kind === 'party' ? [locus.party] : locus.parties;
            parties.forEach(party => add(party, decision.id, 'decide', locus.kind === 'joint' && locus.rule ? locus.rule : ''));
        }
        for (const right of decision.rights) {
            const note = [right.iap2 ? `IAP2 ${right.iap2}` : '', right.arnstein ? `Arnstein ${right.arnstein}` : '', right.feedback ?? '']
                .filter(text => text.length > 0).join(', ');
            add(right.party, decision.id, right.right, note);
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
    const rights = rightsByParty(model);
    const parties = [
        ...model.actors.filter(actor => rights.has(actor.id)).map(actor => ({ id: actor.id, title: actor.title })),
        ...model.bodies.filter(body => rights.has(body.id)).map(body => ({ id: body.id, title: body.title }))
    ];
    const rows: MatrixRow[] = parties.map(party => ({
        key: party.id,
        label: party.title,
        coded: true,
        cells: model.decisions.map((decision): MatrixCell => {
            const found = rights.get(party.id)?.get(decision.id);
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
            return { text, value, title };
        })
    }));
    return {
        id: `decisions-${model.name}`,
        caption: `${model.title} — ${labels.text.decisionMatrix}`,
        corner: `${labels.text.actor} \\ ${labels.text.decision}`,
        columns: model.decisions.map(decision => ({
            key: decision.id,
            label: decision.level ? `${decision.title} (${labels.levels[decision.level]})` : decision.title
        })),
        rows,
        notes: [options.letters === 'raci' ? labels.text.lettersRaci : labels.text.lettersRapid,
            ...model.decisions.map(decision => `${decision.title}: ${sourcePosition(decision.nameRange)}`)]
    };
}
