import type { DecisionLevel, FundingKind, Instrument, PartnershipModel, ResourceCategory, SourceRange } from '../model/partnership-model.js';
import type { Evidence, LorentzenPart, LorentzenProfile } from './classification.js';
import { displayVocabulary, formatDisplayNumber } from './labels.js';
import { inEachLanguage, type LocalText, type TextLanguage } from './local-text.js';
import { indexOf, type ModelIndex } from './model-index.js';
import { REFERENCES } from './references.js';

/** Where Lorentzen's categories come from, in every language (classification-sources.ts). */
export const LORENTZEN_SOURCE: LocalText = {
    en: `${REFERENCES.lorentzen2010.short}, as cited in ${REFERENCES.eimhjellenLoga2017.short} (categories); criteria [derived] (docs/classifications.md)`,
    nb: `${REFERENCES.lorentzen2010.short}, sitert etter ${REFERENCES.eimhjellenLoga2017.short} (kategoriene); kriteriene [utledet] (docs/classifications.md)`,
    da: `${REFERENCES.lorentzen2010.short}, citeret efter ${REFERENCES.eimhjellenLoga2017.short} (kategorierne); kriterierne [udledt] (docs/classifications.md)`
};
const SOURCE = LORENTZEN_SOURCE.en;

/** The evidence detail names the first few findings; the ranges keep every one. */
const NAMED_FINDINGS = 3;

/**
 * Lorentzen's three kinds of municipality–voluntary interaction (Lorentzen 2010, as cited in
 * Eimhjellen & Loga 2017): economic support, interest representation and institutional
 * collaboration. The categories are the source's; the criteria below are our operationalisation
 * ([derived], stated in docs/classifications.md and docs/research.md). They are not exclusive.
 */
export function classifyLorentzen(model: PartnershipModel): LorentzenProfile {
    const index = indexOf(model);
    const parts: LorentzenPart[] = [economicSupport(index), interestRepresentation(index), institutionalCollaboration(index)];
    return { categories: parts.filter(part => part.holds).map(part => part.code), parts };
}

function part(code: LorentzenPart['code'], label: string, criterion: Evidence['criterion'], holds: boolean, detail: LocalText, ranges: readonly SourceRange[]): LorentzenPart {
    return { code, label, source: SOURCE, holds, evidence: [{ criterion, holds, detail: detail.en, details: detail, ranges }] };
}


/** "; and 2 more" after the findings named. */
function andMore(count: number, language: TextLanguage): string {
    const figure = formatDisplayNumber(count, language);
    return { en: `; and ${figure} more`, nb: `; og ${figure} til`, da: `; og ${figure} mere` }[language];
}

/**
 * What a criterion found: every finding's range once (a statement naming several actors is
 * one finding), the text of the first few only.
 */
class Findings {
    readonly named: LocalText[] = [];
    readonly ranges: SourceRange[] = [];
    private readonly seen = new Set<string>();

    get count(): number {
        return this.ranges.length;
    }

    /** Records one finding at `range` unless that range was recorded; `text` is called only while naming. */
    add(text: () => LocalText, range: SourceRange): void {
        const key = rangeKey(range);
        if (this.seen.has(key)) return;
        this.seen.add(key);
        if (this.named.length < NAMED_FINDINGS) this.named.push(text());
        this.ranges.push(range);
    }

    detail(): LocalText {
        const more = this.count - this.named.length;
        return inEachLanguage(language => `${this.named.map(text => text[language]).join('; ')}${more > 0 ? andMore(more, language) : ''}`);
    }
}

function rangeKey(range: SourceRange): string {
    return `${range.uri}:${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}`;
}

/** Notes on facts that come close to a criterion but do not meet it, named in the detail of a criterion that fails. */
function notCounted(notes: readonly LocalText[]): LocalText {
    if (notes.length === 0) return { en: '', nb: '', da: '' };
    const shown = notes.slice(0, NAMED_FINDINGS);
    const rest = notes.length - shown.length;
    const heading: LocalText = { en: 'not counted', nb: 'ikke regnet med', da: 'ikke medregnet' };
    return inEachLanguage(language => ` (${heading[language]}: ${shown.map(note => note[language]).join('; ')}${rest > 0 ? andMore(rest, language) : ''})`);
}

/** A funding kind or instrument in a detail: as prose in English, the display word in Norwegian and Danish. */
function kindWord(kind: FundingKind, language: TextLanguage): string {
    return language === 'en' ? words(kind) : displayVocabulary(language).fundingKinds[kind];
}

function instrumentWord(instrument: Instrument, language: TextLanguage): string {
    return language === 'en' ? words(instrument) : displayVocabulary(language).instruments[instrument];
}

// ---- Economic support -------------------------------------------------------------------------

/** Resources that support: money, premises, paid positions, goods. Knowledge and volunteer hours are not economic support. */
const ECONOMIC: ReadonlySet<ResourceCategory> = new Set(['money', 'premises', 'position', 'in_kind']);
/** Payments under a procurement contract are purchase, not support. */
const PURCHASE: ReadonlySet<FundingKind> = new Set(['procurement_contract', 'contract_payment']);

/**
 * Money or in-kind resources (premises, paid positions, goods) from a public to a non-public
 * actor, not paid under a procurement contract or as a contract payment (that is purchase).
 */
function economicSupport(index: ModelIndex): LorentzenPart {
    const found = new Findings();
    const purchases: LocalText[] = [];
    for (const line of index.publicToNonPublicLines()) {
        if (!ECONOMIC.has(line.category)) continue;
        const flow = `${index.title(line.from)} → ${index.title(line.to)}`;
        if (PURCHASE.has(line.kind)) {
            purchases.push({
                en: `${flow} is a ${kindWord(line.kind, 'en')}, a purchase`,
                nb: `${flow} er ${kindWord(line.kind, 'nb')}, et kjøp`,
                da: `${flow} er ${kindWord(line.kind, 'da')}, et køb`
            });
            continue;
        }
        found.add(() => inEachLanguage(language => `${flow} (${kindWord(line.kind, language)})`), line.range);
    }
    const count = found.count;
    let detail: LocalText;
    if (count > 0) {
        const named = found.detail();
        detail = {
            en: `${formatDisplayNumber(count, 'en')} resource flow(s) from the public to the non-public side: ${named.en}`,
            nb: `${formatDisplayNumber(count, 'nb')} ${count === 1 ? 'ressursstrøm' : 'ressursstrømmer'} fra offentlig til ikke-offentlig side: ${named.nb}`,
            da: `${formatDisplayNumber(count, 'da')} ${count === 1 ? 'ressourcestrøm' : 'ressourcestrømme'} fra offentlig til ikke-offentlig side: ${named.da}`
        };
    } else {
        const note = notCounted(purchases);
        detail = {
            en: `no money or in-kind resources flow from a public to a non-public actor outside a procurement contract${note.en}`,
            nb: `ingen penger eller naturalytelser går fra en offentlig til en ikke-offentlig aktør utenfor en anskaffelseskontrakt${note.nb}`,
            da: `ingen penge eller naturalieydelser går fra en offentlig til en ikke-offentlig aktør uden for en udbudskontrakt${note.da}`
        };
    }
    return part('economic_support', 'Economic support', 'public-to-non-public-resources', count > 0, detail, found.ranges);
}

// ---- Interest representation -------------------------------------------------------------------

/** A non-public organisation: not public, and not individual citizens or volunteers (sector `citizens`). */
function isOrganisation(index: ModelIndex, actor: string): boolean {
    const found = index.actors.get(actor);
    return found !== undefined && !found.isPublic && found.sector !== 'citizens';
}

/** A decision or body level in a note: "strategic", "unlevelled"; in Norwegian and Danish after the noun. */
function levelNote(level: DecisionLevel | undefined): LocalText {
    return {
        en: level ?? 'unlevelled',
        nb: level ? `nivå: ${displayVocabulary('nb').levels[level]}` : 'uten nivå',
        da: level ? `niveau: ${displayVocabulary('da').levels[level]}` : 'uden niveau'
    };
}

/**
 * Organisations speaking for their members or cause towards public authorities on policy: a
 * non-public organisation (not individual citizens or volunteers) is consulted on or recommends
 * in a policy-level public decision (its own level, else the level of the body deciding it; public:
 * a public actor decides it, sits in its deciding body or owns it), or is a member of a
 * policy-level body. Consultation on strategic, operational or unlevelled decisions is not
 * interest representation.
 */
function interestRepresentation(index: ModelIndex): LorentzenPart {
    const found = new Findings();
    const near: LocalText[] = [];
    for (const decision of index.model.decisions) {
        // One statement (`consulted a, b`) is one finding naming all its organisations.
        const byStatement = new Map<string, { right: string; range: SourceRange; parties: string[] }>();
        for (const right of decision.rights) {
            if (right.right !== 'consulted' && right.right !== 'recommend') continue;
            if (!index.actorsOf(right.party).some(actor => isOrganisation(index, actor))) continue;
            const key = rangeKey(right.range);
            const entry = byStatement.get(key) ?? { right: right.right, range: right.range, parties: [] };
            entry.parties.push(right.party);
            byStatement.set(key, entry);
        }
        if (byStatement.size === 0) continue;
        const level = index.levelOf(decision);
        const isPublic = index.isPublicDecision(decision);
        const title = decision.title;
        for (const { right, range, parties } of byStatement.values()) {
            const who = index.titles(parties);
            const verb: LocalText = right === 'consulted'
                ? { en: 'consulted on', nb: 'konsultert om', da: 'hørt om' }
                : { en: 'recommending in', nb: 'med anbefaling i', da: 'med anbefaling i' };
            if (level !== 'policy') {
                const at = levelNote(level);
                near.push({
                    en: `${who} ${verb.en} the ${at.en} decision "${title}"`,
                    nb: `${who} ${verb.nb} beslutningen "${title}" (${at.nb})`,
                    da: `${who} ${verb.da} beslutningen "${title}" (${at.da})`
                });
            } else if (!isPublic) {
                near.push({
                    en: `${who} ${verb.en} "${title}", which no public actor decides or owns`,
                    nb: `${who} ${verb.nb} "${title}", som ingen offentlig aktør beslutter eller eier`,
                    da: `${who} ${verb.da} "${title}", som ingen offentlig aktør beslutter eller ejer`
                });
            } else {
                const one = parties.length === 1;
                const says: LocalText = right === 'consulted'
                    ? { en: one ? 'is consulted on' : 'are consulted on', nb: 'blir konsultert om', da: 'bliver hørt om' }
                    : { en: one ? 'recommends in' : 'recommend in', nb: 'gir anbefaling i', da: 'giver anbefaling i' };
                found.add(() => ({
                    en: `${who} ${says.en} the policy decision "${title}"`,
                    nb: `${who} ${says.nb} den politiske beslutningen "${title}"`,
                    da: `${who} ${says.da} den politiske beslutning "${title}"`
                }), range);
            }
        }
    }
    for (const body of index.model.bodies) {
        const organisations = body.members.filter(member => isOrganisation(index, member));
        if (organisations.length === 0) continue;
        const title = body.title;
        if (body.level === 'policy') {
            found.add(() => {
                const who = index.titles(organisations);
                return {
                    en: `${who} ${organisations.length === 1 ? 'sits' : 'sit'} in the policy-level body "${title}"`,
                    nb: `${who} sitter i det politiske organet "${title}"`,
                    da: `${who} sidder i det politiske organ "${title}"`
                };
            }, body.range);
        } else if (body.members.some(member => index.isPublic(member))) {
            const at = levelNote(body.level);
            near.push({ en: `the ${at.en} body "${title}"`, nb: `organet "${title}" (${at.nb})`, da: `organet "${title}" (${at.da})` });
        }
    }
    let detail: LocalText;
    if (found.count > 0) {
        detail = found.detail();
    } else {
        const note = notCounted(near);
        detail = {
            en: `no non-public organisation is consulted on or recommends in a policy-level public decision, or sits in a policy-level body${note.en}`,
            nb: `ingen ikke-offentlig organisasjon blir konsultert om eller gir anbefalinger i en offentlig beslutning på politisk nivå, eller sitter i et organ på politisk nivå${note.nb}`,
            da: `ingen ikke-offentlig organisation bliver hørt om eller giver anbefalinger i en offentlig beslutning på politisk niveau, eller sidder i et organ på politisk niveau${note.da}`
        };
    }
    return part('interest_representation', 'Interest representation', 'non-public-consulted-or-in-policy-body', found.count > 0, detail, found.ranges);
}

// ---- Institutional collaboration -----------------------------------------------------------------

/** A procurement contract is purchase and a grant is economic support: neither makes an agreement collaboration. */
const NOT_COLLABORATION: ReadonlySet<Instrument> = new Set(['procurement_contract', 'grant', 'volunteer_centre_grant']);

/**
 * Public and non-public actors working together: an activity performed by both sides (not
 * `separately`), a body (a platform too) with members of both sides, or an agreement between
 * both sides whose instrument is not a procurement contract or a grant. Non-public actors
 * working together without a public actor are not it.
 */
function institutionalCollaboration(index: ModelIndex): LorentzenPart {
    const found = new Findings();
    const near: LocalText[] = [];
    for (const activity of index.model.activities) {
        const side = index.sideOf(activity.performers);
        const title = activity.title;
        if (side === 'joint' && activity.mode !== 'separately') {
            found.add(() => {
                const who = index.titles(activity.performers);
                return {
                    en: `activity "${title}" is done by ${who}, public and non-public together`,
                    nb: `aktiviteten "${title}" utføres av ${who}, offentlig og ikke-offentlig side sammen`,
                    da: `aktiviteten "${title}" udføres af ${who}, offentlig og ikke-offentlig side sammen`
                };
            }, activity.range);
        } else if (side === 'joint') {
            near.push({ en: `activity "${title}" is done separately`, nb: `aktiviteten "${title}" utføres hver for seg`, da: `aktiviteten "${title}" udføres hver for sig` });
        } else if (activity.performers.length > 1 && side === 'non_public') {
            near.push({ en: `activity "${title}" has no public performer`, nb: `aktiviteten "${title}" har ingen offentlig utfører`, da: `aktiviteten "${title}" har ingen offentlig udfører` });
        }
    }
    for (const body of index.model.bodies) {
        const noun: LocalText = body.kind === 'platform'
            ? { en: 'platform', nb: 'plattformen', da: 'platformen' }
            : { en: 'body', nb: 'organet', da: 'organet' };
        const title = body.title;
        if (index.sideOf(body.members) === 'joint') {
            found.add(() => ({
                en: `${noun.en} "${title}" has public and non-public members`,
                nb: `${noun.nb} "${title}" har offentlige og ikke-offentlige medlemmer`,
                da: `${noun.da} "${title}" har offentlige og ikke-offentlige medlemmer`
            }), body.range);
        } else if (body.members.length > 1 || body.kind === 'platform') {
            near.push({
                en: `${noun.en} "${title}" has members of one side only`,
                nb: `${noun.nb} "${title}" har bare medlemmer fra én side`,
                da: `${noun.da} "${title}" har kun medlemmer fra én side`
            });
        }
    }
    for (const agreement of index.model.agreements) {
        const title = agreement.title;
        const instrument = agreement.instrument;
        if (index.sideOf(agreement.parties) !== 'joint') {
            if (agreement.parties.length > 1) {
                near.push({
                    en: `agreement "${title}" has parties of one side only`,
                    nb: `avtalen "${title}" har bare parter fra én side`,
                    da: `aftalen "${title}" har kun parter fra én side`
                });
            }
        } else if (instrument && NOT_COLLABORATION.has(instrument)) {
            near.push({
                en: `agreement "${title}" is a ${instrumentWord(instrument, 'en')}`,
                nb: `avtalen "${title}" er av typen ${instrumentWord(instrument, 'nb')}`,
                da: `aftalen "${title}" er af typen ${instrumentWord(instrument, 'da')}`
            });
        } else {
            found.add(() => {
                const parties = index.titles(agreement.parties);
                const kind = (language: TextLanguage): string => (instrument ? ` (${instrumentWord(instrument, language)})` : '');
                return {
                    en: `agreement "${title}"${kind('en')} between ${parties}`,
                    nb: `avtalen "${title}"${kind('nb')} mellom ${parties}`,
                    da: `aftalen "${title}"${kind('da')} mellem ${parties}`
                };
            }, agreement.range);
        }
    }
    let detail: LocalText;
    if (found.count > 0) {
        detail = found.detail();
    } else {
        const note = notCounted(near);
        detail = {
            en: `no activity done by both sides together, no body with members of both sides, no cross-sector agreement other than a procurement contract or grant${note.en}`,
            nb: `ingen aktivitet utført av begge sider sammen, intet organ med medlemmer fra begge sider, ingen avtale på tvers av sektorene utover en anskaffelseskontrakt eller et tilskudd${note.nb}`,
            da: `ingen aktivitet udført af begge sider sammen, intet organ med medlemmer fra begge sider, ingen tværsektoriel aftale ud over en udbudskontrakt eller et tilskud${note.da}`
        };
    }
    return part('institutional_collaboration', 'Institutional collaboration', 'joint-activity-body-or-agreement', found.count > 0, detail, found.ranges);
}

function words(code: string): string {
    return code.replace(/_/g, ' ');
}
