import type {
    ArnsteinRung, Iap2Level, PartnershipDecision, PartnershipModel, RightKind, SourceRange
} from '../model/partnership-model.js';
import { ARNSTEIN_RUNGS, IAP2_LEVELS } from '../model/partnership-model.js';
import type { Evidence, ParticipationResult, ScaleReading } from './classification.js';
import { displayVocabulary } from './labels.js';
import type { LocalText, TextLanguage } from './local-text.js';
import { sameParts } from '../model/built-facts.js';
import { indexOf, type HeldRight, type ModelIndex } from './model-index.js';

/**
 * IAP2 level and Arnstein rung of every non-public actor in every public decision it takes part
 * in (ModelIndex.isPublicDecision): the scales describe how far non-public actors share public
 * decisions, so a recipient deciding how to spend its own grant is read on neither.
 *
 * The two scales are different instruments (IAP2 Spectrum of Public Participation; Arnstein
 * 1969): each is derived from the actor's rights on its own terms and never converted into the
 * other. Derivations (our operationalisation, documented in docs/classifications.md):
 *
 * IAP2 (what the public side promises the participant):
 *   decide alone → empower; decide together with others, or agree (veto) → collaborate;
 *   recommend → involve; consulted → consult; informed → inform; perform only → no level.
 * Arnstein (how much power the participant actually holds):
 *   decide alone, or agree (a veto: Arnstein places it under delegated power) → delegated power;
 *   decide together by consensus/unanimity → partnership; decide together by majority where the public side has more votes, or
 *   recommend → placation; consulted → consultation; informed → informing. Manipulation,
 *   therapy and citizen control describe intent and whole programmes and are never derived:
 *   only an author's declaration (`arnstein ...`) can state them.
 */
export function classifyParticipation(model: PartnershipModel): ParticipationResult[] {
    const index = indexOf(model);
    const results: ParticipationResult[] = [];
    const order = new Map(model.actors.map((actor, position) => [actor.id, position]));
    for (const decision of model.decisions) {
        if (!index.isPublicDecision(decision)) continue;
        const inputs = inputsOf(index, decision, order);
        const kept = participationOfDecision.get(decision);
        if (kept !== undefined && sameParts(kept.inputs, inputs)) {
            results.push(...kept.results);
            continue;
        }
        const own: ParticipationResult[] = [];
        const actors = [...index.rightsByActor(decision).entries()]
            .filter(([actor, held]) => held.length > 0 && order.has(actor) && !index.isPublic(actor))
            .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
        for (const [actor, held] of actors) {
            own.push(participationOf(index, decision, actor, held));
        }
        participationOfDecision.set(decision, { inputs, results: own });
        results.push(...own);
    }
    return results;
}

/**
 * The readings of a decision, kept for the next classification. After an edit the model keeps
 * the fact objects of unchanged statements (model/built-facts.ts), so a decision that is the same
 * object, whose bodies are the same facts and whose actors are on the same sides at the same
 * places in the model, reads the same: its readings are reused instead of derived again.
 */
const participationOfDecision = new WeakMap<PartnershipDecision, { readonly inputs: readonly unknown[]; readonly results: readonly ParticipationResult[] }>();

/** Everything a decision's readings are derived from besides the decision: its bodies' facts, its actors' sides and places in the model. */
function inputsOf(index: ModelIndex, decision: PartnershipDecision, order: ReadonlyMap<string, number>): unknown[] {
    const inputs: unknown[] = [];
    const addParty = (party: string): void => {
        // A body and an actor with one name: the body counts, as in ModelIndex.actorsOf.
        const body = index.bodies.get(party);
        if (body) {
            inputs.push(body);
            for (const member of body.members) inputs.push(member, index.actors.get(member)?.isPublic, order.get(member));
        } else {
            // Of an actor only its side and place count (its title is in no reading).
            inputs.push(party, index.actors.get(party)?.isPublic, order.get(party));
        }
    };
    for (const locus of decision.loci) {
        if (locus.kind === 'party') addParty(locus.party);
        else locus.parties.forEach(addParty);
    }
    for (const right of decision.rights) addParty(right.party);
    return inputs;
}

function participationOf(index: ModelIndex, decision: PartnershipDecision, actor: string, held: readonly HeldRight[]): ParticipationResult {
    // Distinct rights in the order first held, and every range: one pass, no intermediate Set (held is short).
    const rights: RightKind[] = [];
    const ranges: SourceRange[] = [];
    for (const h of held) {
        if (!rights.includes(h.right)) rights.push(h.right);
        ranges.push(h.range);
    }
    const deciders = index.decidersOf(decision);
    const decidesAlone = rights.includes('decide') && deciders.length === 1 && deciders[0] === actor;
    const derivedIap2 = deriveIap2(rights, decidesAlone);
    const derivedArnstein = deriveArnstein(index, decision, actor, rights, decidesAlone);
    const declared = declaredLevels(index, decision, actor);
    const rightsText: LocalText = {
        en: held.map(h => h.viaBody ? `${h.right} (as member of ${index.title(h.viaBody)})` : h.right).join(', '),
        nb: held.map(h => `${displayVocabulary('nb').rights[h.right]}${h.viaBody ? ` (som medlem av ${index.title(h.viaBody)})` : ''}`).join(', '),
        da: held.map(h => `${displayVocabulary('da').rights[h.right]}${h.viaBody ? ` (som medlem af ${index.title(h.viaBody)})` : ''}`).join(', ')
    };
    return {
        decision: decision.id,
        decisionLevel: index.levelOf(decision),
        actor,
        rights,
        hasVoice: rights.some(right => right !== 'perform'),
        iap2: reading(derivedIap2, declared.iap2, rightsText, ranges, IAP2_LEVELS, 'IAP2'),
        arnstein: reading(derivedArnstein, declared.arnstein, rightsText, ranges, ARNSTEIN_RUNGS, 'Arnstein')
    };
}

export function deriveIap2(rights: readonly RightKind[], decidesAlone: boolean): Iap2Level | undefined {
    if (rights.includes('decide')) return decidesAlone ? 'empower' : 'collaborate';
    if (rights.includes('agree')) return 'collaborate';
    if (rights.includes('recommend')) return 'involve';
    if (rights.includes('consulted')) return 'consult';
    if (rights.includes('informed')) return 'inform';
    return undefined;
}

function deriveArnstein(index: ModelIndex, decision: PartnershipDecision, actor: string, rights: readonly RightKind[], decidesAlone: boolean): ArnsteinRung | undefined {
    if (rights.includes('decide')) {
        if (decidesAlone) return 'delegated_power';
        return outvotedByPublicSide(index, decision, actor) ? 'placation' : 'partnership';
    }
    // Arnstein (1969) places a citizen veto under delegated power.
    if (rights.includes('agree')) return 'delegated_power';
    if (rights.includes('recommend')) return 'placation';
    if (rights.includes('consulted')) return 'consultation';
    if (rights.includes('informed')) return 'informing';
    return undefined;
}

/**
 * Arnstein's placation: seats on a board where the power holders can outvote the participants.
 * True when the decision is taken by majority and the public side has more votes.
 */
function outvotedByPublicSide(index: ModelIndex, decision: PartnershipDecision, actor: string): boolean {
    for (const locus of decision.loci) {
        const parties = locus.kind === 'party' ? [locus.party] : locus.parties;
        const members = parties.flatMap(party => index.actorsOf(party));
        if (!members.includes(actor)) continue;
        const rule = locus.kind === 'joint' ? locus.rule : index.bodies.get(locus.party)?.rule;
        if (rule !== 'majority') return false;
        const publicVotes = members.filter(member => index.isPublic(member)).length;
        return publicVotes > members.length - publicVotes;
    }
    return false;
}

function declaredLevels(index: ModelIndex, decision: PartnershipDecision, actor: string): { iap2?: Iap2Level; arnstein?: ArnsteinRung } {
    let iap2: Iap2Level | undefined;
    let arnstein: ArnsteinRung | undefined;
    for (const right of decision.rights) {
        if (!index.actorsOf(right.party).includes(actor)) continue;
        if (right.iap2 && (!iap2 || IAP2_LEVELS.indexOf(right.iap2) > IAP2_LEVELS.indexOf(iap2))) iap2 = right.iap2;
        if (right.arnstein && (!arnstein || ARNSTEIN_RUNGS.indexOf(right.arnstein) > ARNSTEIN_RUNGS.indexOf(arnstein))) arnstein = right.arnstein;
    }
    return { iap2, arnstein };
}

/** A level as prose ("delegated_power" → "delegated power"); the levels are few, the readings thousands. */
const spacedLevels = new Map<string, string>();

function spaced(level: string): string {
    let text = spacedLevels.get(level);
    if (text === undefined) {
        text = level.replace(/_/g, ' ');
        spacedLevels.set(level, text);
    }
    return text;
}

/** A level in a detail: as prose in English ("delegated power"), the display word in Norwegian and Danish. */
function levelWord(level: string, scale: 'IAP2' | 'Arnstein', language: Exclude<TextLanguage, 'en'>): string {
    const vocabulary = displayVocabulary(language);
    return scale === 'IAP2' ? vocabulary.iap2[level as Iap2Level] : vocabulary.arnstein[level as ArnsteinRung];
}

function reading<Level extends string>(
    derived: Level | undefined, declared: Level | undefined, rightsText: LocalText, ranges: readonly SourceRange[],
    order: readonly Level[], scale: 'IAP2' | 'Arnstein'
): ScaleReading<Level> {
    const derivedText: LocalText = derived !== undefined
        ? {
            en: `rights ${rightsText.en} give ${scale} "${spaced(derived)}"`,
            nb: `rettighetene (${rightsText.nb}) gir ${scale} "${levelWord(derived, scale, 'nb')}"`,
            da: `rettighederne (${rightsText.da}) giver ${scale} "${levelWord(derived, scale, 'da')}"`
        }
        : {
            en: `rights ${rightsText.en} give no voice in the decision, so no ${scale} level`,
            nb: `rettighetene (${rightsText.nb}) gir ingen stemme i beslutningen, altså intet nivå på ${scale}`,
            da: `rettighederne (${rightsText.da}) giver ingen indflydelse på beslutningen, altså intet niveau på ${scale}`
        };
    const evidence: Evidence[] = [{ criterion: 'derived-from-rights', holds: derived !== undefined, detail: derivedText.en, details: derivedText, ranges }];
    if (declared !== undefined) {
        const exceeds = derived === undefined || order.indexOf(declared) > order.indexOf(derived);
        const [en, nb, da] = [spaced(declared), levelWord(declared, scale, 'nb'), levelWord(declared, scale, 'da')];
        const declaredText: LocalText = exceeds
            ? {
                en: `declared ${scale} "${en}" is higher than the rights support`,
                nb: `oppgitt ${scale} "${nb}" er høyere enn rettighetene gir grunnlag for`,
                da: `angivet ${scale} "${da}" er højere, end rettighederne giver grundlag for`
            }
            : {
                en: `declared ${scale} "${en}" is consistent with the rights`,
                nb: `oppgitt ${scale} "${nb}" stemmer med rettighetene`,
                da: `angivet ${scale} "${da}" stemmer med rettighederne`
            };
        evidence.push({ criterion: 'declared-level', holds: !exceeds, detail: declaredText.en, details: declaredText, ranges });
    }
    return { code: declared ?? derived, declared, derived, evidence };
}

/** The highest IAP2 level any non-public actor reaches in any decision, if any. */
export function highestIap2(results: readonly ParticipationResult[]): Iap2Level | undefined {
    let highest: Iap2Level | undefined;
    for (const result of results) {
        const level = result.iap2.derived;
        if (level && (!highest || IAP2_LEVELS.indexOf(level) > IAP2_LEVELS.indexOf(highest))) highest = level;
    }
    return highest;
}
