import type { PartnershipActor, PartnershipModel, SourceRange } from '../model/partnership-model.js';
import type { PestoffPart, PestoffResult } from './classification.js';
import { displayVocabulary, formatDisplayNumber } from './labels.js';
import type { LocalText, TextLanguage } from './local-text.js';
import { indexOf, type ModelIndex } from './model-index.js';
import { REFERENCES } from './references.js';

/** Where the triad comes from, in every language (classification-sources.ts). */
export const PESTOFF_SOURCE: LocalText = {
    en: `${REFERENCES.brandsenPestoff2006.short} (the triad); co-production as users' input: ${REFERENCES.brandsenHoningh2016.short}; criteria [derived] (docs/classifications.md)`,
    nb: `${REFERENCES.brandsenPestoff2006.short} (triaden); samproduksjon som brukernes bidrag: ${REFERENCES.brandsenHoningh2016.short}; kriteriene [utledet] (docs/classifications.md)`,
    da: `${REFERENCES.brandsenPestoff2006.short} (triaden); samproduktion som brugernes bidrag: ${REFERENCES.brandsenHoningh2016.short}; kriterierne [udledt] (docs/classifications.md)`
};
const SOURCE = PESTOFF_SOURCE.en;

/** The detail names the first findings; the ranges keep every one. */
const NAMED_FINDINGS = 2;

/**
 * Brandsen & Pestoff's (2006) co-governance, co-management and co-production for every
 * non-public actor. Co-governance and co-management describe organisations working with the
 * public side; co-production describes users and citizens taking part in producing the
 * service they receive (Brandsen & Honingh 2016). Individuals (sector `citizens`) are never
 * organisations; volunteers (kind `volunteers`) are not the service's users.
 */
export function classifyPestoff(model: PartnershipModel): PestoffResult[] {
    const index = indexOf(model);
    return index.nonPublicActors().map(actor => {
        const parts = [coGovernance(index, actor), coManagement(index, actor), coProduction(index, actor)];
        return { actor: actor.id, codes: parts.filter(part => part.holds).map(part => part.code), parts };
    });
}

function part(code: PestoffPart['code'], label: string, holds: boolean, criterion: PestoffPart['evidence'][number]['criterion'], detail: LocalText, ranges: readonly SourceRange[]): PestoffPart {
    return { code, label, source: SOURCE, holds, evidence: [{ criterion, holds, detail: detail.en, details: detail, ranges }] };
}

/** Individual citizens or volunteers rather than an organisation. */
function isIndividuals(actor: PartnershipActor): boolean {
    return actor.sector === 'citizens' || actor.kind === 'citizens' || actor.kind === 'volunteers';
}

/** A text in every language that starts with the actor's title: "Laget decides …". */
function about(actor: PartnershipActor, text: LocalText): LocalText {
    return { en: `${actor.title} ${text.en}`, nb: `${actor.title} ${text.nb}`, da: `${actor.title} ${text.da}` };
}

/** Ranges in first-seen order, each once; texts for the first few findings. */
class Found {
    readonly named: LocalText[] = [];
    readonly ranges: SourceRange[] = [];
    private readonly seen = new Set<string>();
    count = 0;

    add(text: () => LocalText, ranges: readonly SourceRange[]): void {
        if (this.count++ < NAMED_FINDINGS) this.named.push(text());
        for (const range of ranges) {
            const key = `${range.uri}:${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}`;
            if (this.seen.has(key)) continue;
            this.seen.add(key);
            this.ranges.push(range);
        }
    }

    detail(): LocalText {
        const more = this.count - this.named.length;
        const join = (language: TextLanguage): string => this.named.map(text => text[language]).join('; ');
        return more > 0
            ? { en: `${join('en')}; and ${formatDisplayNumber(more, 'en')} more`, nb: `${join('nb')}; og ${formatDisplayNumber(more, 'nb')} til`, da: `${join('da')}; og ${formatDisplayNumber(more, 'da')} mere` }
            : { en: join('en'), nb: join('nb'), da: join('da') };
    }
}

/** "the strategic decision" / "den strategiske beslutningen", and a body of that level, in each language. */
const LEVELLED: Record<'policy' | 'strategic', { readonly decision: LocalText; readonly body: LocalText }> = {
    policy: {
        decision: { en: 'the policy decision', nb: 'den politiske beslutningen', da: 'den politiske beslutning' },
        body: { en: 'the policy body', nb: 'det politiske organet', da: 'det politiske organ' }
    },
    strategic: {
        decision: { en: 'the strategic decision', nb: 'den strategiske beslutningen', da: 'den strategiske beslutning' },
        body: { en: 'the strategic body', nb: 'det strategiske organet', da: 'det strategiske organ' }
    }
};

/**
 * Co-governance: the organisation takes part in planning public services — it decides or holds
 * a veto (`agree`) on a policy- or strategic-level public decision (a public actor decides it,
 * sits in its deciding body or owns it), or is a member of a policy- or strategic-level body of both sides that decides by a rule.
 */
function coGovernance(index: ModelIndex, actor: PartnershipActor): PestoffPart {
    const found = new Found();
    if (!isIndividuals(actor)) {
        const facts = index.factsOf(actor.id);
        for (const { decision, held } of facts.decisions) {
            const level = index.levelOf(decision);
            if (level !== 'policy' && level !== 'strategic') continue;
            if (!index.isPublicDecision(decision)) continue;
            const rights = held.filter(h => h.right === 'decide' || h.right === 'agree');
            if (rights.length === 0) continue;
            const decides = rights[0].right === 'decide';
            const which = LEVELLED[level].decision;
            found.add(() => ({
                en: `${decides ? 'decides' : 'must agree to'} the ${level} decision "${decision.title}"`,
                nb: `${decides ? 'tar' : 'må samtykke til'} ${which.nb} "${decision.title}"`,
                da: `${decides ? 'træffer' : 'skal godkende'} ${which.da} "${decision.title}"`
            }), rights.map(h => h.range));
        }
        for (const body of facts.bodies) {
            const level = body.level;
            const rule = body.rule;
            if ((level === 'policy' || level === 'strategic') && rule && index.sideOf(body.members) === 'joint') {
                const which = LEVELLED[level].body;
                found.add(() => ({
                    en: `is a member of the ${level} body "${body.title}" deciding by ${rule}`,
                    nb: `er medlem av ${which.nb} "${body.title}", som beslutter ved ${displayVocabulary('nb').rules[rule]}`,
                    da: `er medlem af ${which.da} "${body.title}", der beslutter ved ${displayVocabulary('da').rules[rule]}`
                }), [body.range]);
            }
        }
    }
    const holds = found.count > 0;
    return part('co_governance', 'Co-governance', holds, 'decides-on-policy-or-planning',
        isIndividuals(actor)
            ? about(actor, { en: 'are individuals; co-governance describes organisations', nb: 'er enkeltpersoner; samstyring beskriver organisasjoner', da: 'er enkeltpersoner; samstyring beskriver organisationer' })
            : holds
                ? about(actor, found.detail())
                : about(actor, {
                    en: 'decides or holds a veto on no policy- or strategic-level public decision and sits in no such body of both sides with a decision rule',
                    nb: 'tar ingen offentlig beslutning på politisk eller strategisk nivå og har ikke vetorett i noen, og sitter ikke i noe slikt organ med begge sider og en beslutningsregel',
                    da: 'træffer ingen offentlig beslutning på politisk eller strategisk niveau og har ikke vetoret i nogen, og sidder ikke i noget sådant organ med begge sider og en beslutningsregel'
                }),
        found.ranges);
}

/**
 * Co-management: the organisation delivers a service together with the public side — it
 * performs, with a public actor and not `separately`, an activity in the delivery phase or
 * one without phases. Planning or design together is not co-management.
 */
function coManagement(index: ModelIndex, actor: PartnershipActor): PestoffPart {
    const found = new Found();
    const planning: LocalText[] = [];
    if (!isIndividuals(actor)) {
        for (const activity of index.factsOf(actor.id).activities) {
            if (activity.mode === 'separately') continue;
            if (!activity.performers.some(party => index.actorsOf(party).some(member => index.isPublic(member)))) continue;
            const title = `"${activity.title}"`;
            if (activity.phases.length === 0 || activity.phases.includes('delivery')) {
                found.add(() => ({ en: title, nb: title, da: title }), [activity.range]);
            } else {
                const phases = (language: 'nb' | 'da'): string => activity.phases.map(phase => displayVocabulary(language).phases[phase]).join(', ');
                planning.push({ en: `${title} (${activity.phases.join(', ')})`, nb: `${title} (${phases('nb')})`, da: `${title} (${phases('da')})` });
            }
        }
    }
    const holds = found.count > 0;
    let detail: LocalText;
    if (isIndividuals(actor)) {
        detail = about(actor, { en: 'are individuals; co-management describes organisations', nb: 'er enkeltpersoner; samforvaltning beskriver organisasjoner', da: 'er enkeltpersoner; samforvaltning beskriver organisationer' });
    } else if (holds) {
        const named = found.detail();
        detail = about(actor, {
            en: `delivers ${named.en} together with the public side`, nb: `gjennomfører ${named.nb} sammen med offentlig side`, da: `gennemfører ${named.da} sammen med den offentlige side`
        });
    } else {
        const list = (language: TextLanguage): string => planning.map(text => text[language]).join(', ');
        const some = planning.length > 0;
        detail = about(actor, {
            en: `delivers no activity together with a public actor${some ? `; working with it on ${list('en')} is planning, not delivery` : ''}`,
            nb: `gjennomfører ingen aktivitet sammen med en offentlig aktør${some ? `; samarbeidet om ${list('nb')} er planlegging, ikke gjennomføring` : ''}`,
            da: `gennemfører ingen aktivitet sammen med en offentlig aktør${some ? `; samarbejdet om ${list('da')} er planlægning, ikke gennemførelse` : ''}`
        });
    }
    return part('co_management', 'Co-management', holds, 'delivers-jointly-with-public', detail, found.ranges);
}

/**
 * Co-production: users or citizens (kind `citizens`) take part in producing the service they
 * receive — they perform an activity or the work of a decision (`perform`). Volunteers' hours
 * and actors of kind `volunteers` are not co-production: volunteers are not the service's users.
 */
function coProduction(index: ModelIndex, actor: PartnershipActor): PestoffPart {
    const found = new Found();
    if (actor.kind === 'citizens') {
        const facts = index.factsOf(actor.id);
        for (const activity of facts.activities) {
            const title = activity.title;
            found.add(() => ({ en: `take part in "${title}"`, nb: `deltar i "${title}"`, da: `deltager i "${title}"` }), [activity.range]);
        }
        for (const { decision, held } of facts.decisions) {
            const performs = held.filter(h => h.right === 'perform');
            const title = decision.title;
            if (performs.length > 0) {
                found.add(() => ({ en: `perform the work of "${title}"`, nb: `utfører arbeidet i "${title}"`, da: `udfører arbejdet i "${title}"` }), performs.map(h => h.range));
            }
        }
    }
    const holds = found.count > 0;
    const users: LocalText = {
        en: 'co-production describes users or citizens producing the service they receive',
        nb: 'samproduksjon beskriver brukere eller innbyggere som er med på å produsere tjenesten de mottar',
        da: 'samproduktion beskriver brugere eller borgere, der er med til at producere den ydelse, de modtager'
    };
    let detail: LocalText;
    if (actor.kind === 'volunteers') {
        detail = about(actor, {
            en: `are volunteers, not the service's users; ${users.en}`, nb: `er frivillige, ikke brukere av tjenesten; ${users.nb}`, da: `er frivillige, ikke brugere af ydelsen; ${users.da}`
        });
    } else if (actor.kind !== 'citizens') {
        detail = about(actor, { en: `is an organisation; ${users.en}`, nb: `er en organisasjon; ${users.nb}`, da: `er en organisation; ${users.da}` });
    } else {
        detail = holds
            ? about(actor, found.detail())
            : about(actor, { en: 'perform no stated work in the service', nb: 'utfører ikke noe oppgitt arbeid i tjenesten', da: 'udfører intet angivet arbejde i ydelsen' });
    }
    return part('co_production', 'Co-production', holds, 'individuals-contribute', detail, found.ranges);
}
