import type { ArnsteinRung, DecisionLocus, Iap2Level, PartnershipDecision } from '../../model/partnership-model.js';
import type { ModelIndex } from '../../analysis/model-index.js';
import { displayVocabulary } from '../../analysis/labels.js';
import { hit, type RuleDefinition } from '../rule.js';
import type { MessageLanguage, RuleMessage } from '../rule-message.js';

/**
 * Who decides is part of every decision's rights (decision rights, RAPID: Rogers & Blenko 2006).
 * A decision without a decider is incomplete, not contradictory: a warning.
 */
export const noDecisionLocus: RuleDefinition = {
    code: 'SK-DEC-001', area: 'DEC', defaultSeverity: 'warning', scope: 'model',
    summary: 'A decision names who decides.',
    check({ model }, report) {
        for (const decision of model.decisions) {
            if (decision.loci.length === 0) {
                const title = decision.title;
                report(hit({
                    en: `"${title}" does not say who decides, so the participation levels in it cannot be read; add \`decide <actor or body>\` or \`decide joint(a, b) by consensus\`.`,
                    nb: `"${title}" sier ikke hvem som beslutter, så deltakelsesnivåene i den kan ikke leses; legg til \`decide <aktør eller organ>\` eller \`decide joint(a, b) by consensus\`.`,
                    da: `"${title}" siger ikke, hvem der beslutter, så deltagelsesniveauerne i den kan ikke aflæses; tilføj \`decide <aktør eller organ>\` eller \`decide joint(a, b) by consensus\`.`
                }, decision.nameRange));
            }
        }
    }
};

/** Two loci leave open who decides: a contradiction (the model says two different things). */
export const manyDecisionLoci: RuleDefinition = {
    code: 'SK-DEC-002', area: 'DEC', defaultSeverity: 'error', scope: 'model',
    summary: 'A decision has only one decision locus.',
    check({ model }, report) {
        for (const decision of model.decisions) {
            for (const extra of decision.loci.slice(1)) {
                const title = decision.title;
                report(hit({
                    en: `"${title}" has more than one \`decide\`; keep one, or make it one joint locus: \`decide joint(a, b) by majority\` or a body.`,
                    nb: `"${title}" har mer enn én \`decide\`; behold én, eller gjør dem til ett felles beslutningssted: \`decide joint(a, b) by majority\` eller et organ.`,
                    da: `"${title}" har mere end én \`decide\`; behold én, eller gør dem til ét fælles beslutningssted: \`decide joint(a, b) by majority\` eller et organ.`
                }, extra.range));
            }
        }
    }
};

function locusParties(index: ModelIndex, locus: DecisionLocus): { actors: readonly string[]; body?: string; rule?: string } {
    if (locus.kind === 'joint') {
        return { actors: [...new Set(locus.parties)], rule: locus.rule };
    }
    const body = index.bodies.get(locus.party);
    return body ? { actors: [...new Set(body.members)], body: body.id, rule: body.rule } : { actors: [locus.party], rule: 'single' };
}

/** A joint locus with fewer than two distinct actors contradicts itself: it is not joint. */
export const jointLocusTooSmall: RuleDefinition = {
    code: 'SK-DEC-003', area: 'DEC', defaultSeverity: 'error', scope: 'model',
    summary: 'A joint decision locus (joint(...) or a body) has at least two distinct actors.',
    check({ model, index }, report) {
        for (const decision of model.decisions) {
            for (const locus of decision.loci) {
                const { actors, body } = locusParties(index, locus);
                if ((locus.kind === 'joint' || body) && actors.length < 2) {
                    const title = decision.title;
                    report(hit(body
                        ? {
                            en: `The body "${index.title(body)}" deciding "${title}" has fewer than two members; add its members or let the actor decide alone.`,
                            nb: `Organet "${index.title(body)}", som beslutter "${title}", har færre enn to medlemmer; legg til medlemmene, eller la aktøren beslutte alene.`,
                            da: `Organet "${index.title(body)}", der beslutter "${title}", har færre end to medlemmer; tilføj medlemmerne, eller lad aktøren beslutte alene.`
                        }
                        : {
                            en: `\`joint(...)\` in "${title}" names fewer than two distinct actors; name every party that decides, or use \`decide <actor>\`.`,
                            nb: `\`joint(...)\` i "${title}" nevner færre enn to ulike aktører; nevn hver part som beslutter, eller bruk \`decide <aktør>\`.`,
                            da: `\`joint(...)\` i "${title}" nævner færre end to forskellige aktører; nævn hver part, der beslutter, eller brug \`decide <aktør>\`.`
                        }, locus.range));
                }
            }
        }
    }
};

/**
 * A joint locus states how it decides (consensus, majority, unanimity): who can be outvoted is
 * Arnstein's partnership versus placation. Missing information, not a contradiction: a warning.
 */
export const jointLocusWithoutRule: RuleDefinition = {
    code: 'SK-DEC-004', area: 'DEC', defaultSeverity: 'warning', scope: 'model',
    summary: 'A joint decision locus states its decision rule (consensus, majority or unanimity).',
    check({ model, index }, report) {
        for (const decision of model.decisions) {
            for (const locus of decision.loci) {
                const { actors, body, rule } = locusParties(index, locus);
                if ((locus.kind === 'joint' || body) && actors.length >= 2 && rule === undefined) {
                    const title = decision.title;
                    report(hit(body
                        ? {
                            en: `The body "${index.title(body)}" decides "${title}" but the model does not say how (consensus, majority or unanimity), so who can be outvoted is unknown; add \`decides by consensus\` (or majority, unanimity) to the body.`,
                            nb: `Organet "${index.title(body)}" beslutter "${title}", men modellen sier ikke hvordan (konsensus, flertall eller enstemmighet), så det er ukjent hvem som kan bli nedstemt; legg til \`decides by consensus\` (eller majority, unanimity) på organet.`,
                            da: `Organet "${index.title(body)}" beslutter "${title}", men modellen siger ikke hvordan (konsensus, flertal eller enstemmighed), så det er ukendt, hvem der kan stemmes ned; tilføj \`decides by consensus\` (eller majority, unanimity) til organet.`
                        }
                        : {
                            en: `\`joint(...)\` in "${title}" does not say how the parties decide, so who can be outvoted is unknown; add \`by consensus\`, \`by majority\` or \`by unanimity\`.`,
                            nb: `\`joint(...)\` i "${title}" sier ikke hvordan partene beslutter, så det er ukjent hvem som kan bli nedstemt; legg til \`by consensus\`, \`by majority\` eller \`by unanimity\`.`,
                            da: `\`joint(...)\` i "${title}" siger ikke, hvordan parterne beslutter, så det er ukendt, hvem der kan stemmes ned; tilføj \`by consensus\`, \`by majority\` eller \`by unanimity\`.`
                        },
                    locus.range, { fix: 'add-decision-rule', decision: decision.id, body }));
                }
            }
        }
    }
};

/** The parties named in a decision's loci as written: actors or bodies, not expanded to members. */
function namedDeciders(decision: PartnershipDecision): ReadonlySet<string> {
    const named = new Set<string>();
    for (const locus of decision.loci) {
        if (locus.kind === 'party') named.add(locus.party);
        else for (const party of locus.parties) named.add(party);
    }
    return named;
}

/**
 * A party cannot decide and be consulted on the same decision: being consulted is advice to the
 * decider. Only a party named directly in both places is a contradiction: a member of a deciding
 * body who is also consulted in its own name (a municipality heard as an administration while its
 * representative sits on the board) is a legitimate, common arrangement.
 */
export const deciderConsulted: RuleDefinition = {
    code: 'SK-DEC-005', area: 'DEC', defaultSeverity: 'error', scope: 'model',
    summary: 'A party named as decider (directly, or in `joint(...)`) is not also named as only consulted on the same decision.',
    check({ model, index }, report) {
        for (const decision of model.decisions) {
            const named = namedDeciders(decision);
            const reported = new Set<string>();
            for (const right of decision.rights) {
                if (right.right !== 'consulted' || !named.has(right.party) || reported.has(right.party)) continue;
                reported.add(right.party);
                const [party, title] = [index.title(right.party), decision.title];
                report(hit({
                    en: `${party} decides "${title}" and is also named as consulted on it; a decider is not consulted on its own decision. Remove one of the two rights.`,
                    nb: `${party} beslutter "${title}" og er også oppført som konsultert om den; den som beslutter, blir ikke konsultert om sin egen beslutning. Fjern én av de to rettighetene.`,
                    da: `${party} beslutter "${title}" og er også angivet som hørt om den; den, der beslutter, bliver ikke hørt om sin egen beslutning. Fjern en af de to rettigheder.`
                }, right.range));
            }
        }
    }
};

/** IAP2 "empower" places the final decision with the participant (IAP2 Spectrum): declared while another decides, a contradiction. */
export const empowerWithoutDeciding: RuleDefinition = {
    code: 'SK-DEC-006', area: 'DEC', defaultSeverity: 'error', scope: 'model',
    summary: 'IAP2 "empower" is not declared for an actor while someone else decides.',
    check({ model, index }, report) {
        for (const decision of model.decisions) {
            const deciders = index.decidersOf(decision);
            for (const right of decision.rights) {
                if (right.iap2 !== 'empower' || right.right === 'decide') continue;
                const actors = index.actorsOf(right.party);
                if (deciders.length > 0 && !actors.some(actor => deciders.includes(actor))) {
                    const [party, title, who] = [index.title(right.party), decision.title, index.titles(deciders)];
                    report(hit({
                        en: `${party} is declared "empower" in "${title}", but ${who} ${deciders.length === 1 ? 'decides' : 'decide'}; IAP2 "empower" means the final decision is theirs. Let them decide, or declare a lower level.`,
                        nb: `${party} er oppgitt med IAP2-nivået \`empower\` (myndiggjøre) i "${title}", men ${who} beslutter; \`empower\` betyr at den endelige beslutningen er deres. La dem beslutte, eller oppgi et lavere nivå.`,
                        da: `${party} er angivet med IAP2-niveauet \`empower\` (overdrage beslutningen) i "${title}", men ${who} beslutter; \`empower\` betyder, at den endelige beslutning er deres. Lad dem beslutte, eller angiv et lavere niveau.`
                    }, right.range));
                }
            }
        }
    }
};

function declaredAboveRights(scale: 'iap2' | 'arnstein'): RuleDefinition['check'] {
    return function ({ model, classification, index }, report) {
        // Built at the first mismatch: most readings have none, and this runs on every keystroke.
        let decisions: Map<string, PartnershipDecision> | undefined;
        const reported = new Set<string>();
        for (const result of classification.participation) {
            const reading = result[scale];
            if (reading.declared === undefined) continue;
            const mismatch = reading.evidence.find(e => e.criterion === 'declared-level' && !e.holds);
            if (!mismatch) continue;
            decisions ??= new Map<string, PartnershipDecision>(model.decisions.map(decision => [decision.id, decision]));
            const decision = decisions.get(result.decision);
            if (!decision) continue;
            // SK-DEC-006 already reports "empower" without deciding.
            if (scale === 'iap2' && reading.declared === 'empower' && !index.decidersOf(decision).includes(result.actor)) continue;
            const range = decision.rights.find(right => right[scale] === reading.declared && index.actorsOf(right.party).includes(result.actor))?.range ?? mismatch.ranges[0];
            if (!range) continue;
            const key = `${range.start.line}:${range.start.character}`;
            if (reported.has(key)) continue;
            reported.add(key);
            const name: RuleMessage = scale === 'iap2'
                ? { en: 'IAP2 level', nb: 'IAP2-nivået', da: 'IAP2-niveauet' }
                : { en: 'Arnstein rung', nb: 'Arnstein-trinnet', da: 'Arnstein-trinnet' };
            const level = (value: string | undefined, language: MessageLanguage): string => {
                if (value === undefined) return '';
                if (language === 'en') return value.replace(/_/g, ' ');
                const vocabulary = displayVocabulary(language);
                return scale === 'iap2' ? vocabulary.iap2[value as Iap2Level] : vocabulary.arnstein[value as ArnsteinRung];
            };
            const [actor, title] = [index.title(result.actor), decision.title];
            const derived = reading.derived;
            report(hit({
                en: `${actor} is declared ${name.en} "${level(reading.declared, 'en')}" in "${title}", but the rights only support ${derived ? `"${level(derived, 'en')}"` : 'no voice at all'}; give the rights that level means, or declare what the rights give.`,
                nb: `${actor} er oppgitt med ${name.nb} "${level(reading.declared, 'nb')}" i "${title}", men rettighetene gir bare ${derived ? `"${level(derived, 'nb')}"` : 'ingen stemme i det hele tatt'}; gi de rettighetene nivået innebærer, eller oppgi det rettighetene gir.`,
                da: `${actor} er angivet med ${name.da} "${level(reading.declared, 'da')}" i "${title}", men rettighederne giver kun ${derived ? `"${level(derived, 'da')}"` : 'ingen indflydelse overhovedet'}; giv de rettigheder, niveauet indebærer, eller angiv det, rettighederne giver.`
            }, range));
        }
    };
}

export const iap2AboveRights: RuleDefinition = {
    code: 'SK-DEC-007', area: 'DEC', defaultSeverity: 'warning', scope: 'model',
    summary: 'A declared IAP2 level is not higher than the actor\'s rights in the decision support.',
    check: declaredAboveRights('iap2')
};

export const arnsteinAboveRights: RuleDefinition = {
    code: 'SK-DEC-008', area: 'DEC', defaultSeverity: 'warning', scope: 'model',
    summary: 'A declared Arnstein rung is not higher than the actor\'s rights in the decision support.',
    check: declaredAboveRights('arnstein')
};

export const DECISION_RULES: readonly RuleDefinition[] = [
    noDecisionLocus, manyDecisionLoci, jointLocusTooSmall, jointLocusWithoutRule, deciderConsulted, empowerWithoutDeciding,
    iap2AboveRights, arnsteinAboveRights
];
