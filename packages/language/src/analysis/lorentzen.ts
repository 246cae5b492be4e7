import type { FundingKind, Instrument, PartnershipModel, ResourceCategory, SourceRange } from '../model/partnership-model.js';
import type { Evidence, LorentzenPart, LorentzenProfile } from './classification.js';
import { indexOf, type ModelIndex } from './model-index.js';
import { REFERENCES } from './references.js';

const SOURCE = `${REFERENCES.lorentzen2010.short}, as cited in ${REFERENCES.eimhjellenLoga2017.short} (categories); criteria [derived] (docs/classifications.md)`;

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

function part(code: LorentzenPart['code'], label: string, evidence: Evidence): LorentzenPart {
    return { code, label, source: SOURCE, holds: evidence.holds, evidence: [evidence] };
}

/**
 * What a criterion found: every finding's range once (a statement naming several actors is
 * one finding), the text of the first few only.
 */
class Findings {
    readonly named: string[] = [];
    readonly ranges: SourceRange[] = [];
    private readonly seen = new Set<string>();

    get count(): number {
        return this.ranges.length;
    }

    /** Records one finding at `range` unless that range was recorded; `text` is called only while naming. */
    add(text: () => string, range: SourceRange): void {
        const key = rangeKey(range);
        if (this.seen.has(key)) return;
        this.seen.add(key);
        if (this.named.length < NAMED_FINDINGS) this.named.push(text());
        this.ranges.push(range);
    }

    detail(): string {
        const more = this.count - this.named.length;
        return more > 0 ? `${this.named.join('; ')}; and ${more} more` : this.named.join('; ');
    }
}

function rangeKey(range: SourceRange): string {
    return `${range.uri}:${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}`;
}

/** Notes on facts that come close to a criterion but do not meet it, named in the detail of a criterion that fails. */
function notCounted(notes: readonly string[]): string {
    if (notes.length === 0) return '';
    const shown = notes.slice(0, NAMED_FINDINGS);
    return ` (not counted: ${shown.join('; ')}${notes.length > shown.length ? `; and ${notes.length - shown.length} more` : ''})`;
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
    const purchases: string[] = [];
    for (const line of index.publicToNonPublicLines()) {
        if (!ECONOMIC.has(line.category)) continue;
        if (PURCHASE.has(line.kind)) {
            purchases.push(`${index.title(line.from)} → ${index.title(line.to)} is a ${words(line.kind)}, a purchase`);
            continue;
        }
        found.add(() => `${index.title(line.from)} → ${index.title(line.to)} (${words(line.kind)})`, line.range);
    }
    const detail = found.count > 0
        ? `${found.count} resource flow(s) from the public to the non-public side: ${found.detail()}`
        : `no money or in-kind resources flow from a public to a non-public actor outside a procurement contract${notCounted(purchases)}`;
    return part('economic_support', 'Economic support', {
        criterion: 'public-to-non-public-resources', holds: found.count > 0, detail, ranges: found.ranges
    });
}

// ---- Interest representation -------------------------------------------------------------------

/** A non-public organisation: not public, and not individual citizens or volunteers (sector `citizens`). */
function isOrganisation(index: ModelIndex, actor: string): boolean {
    const found = index.actors.get(actor);
    return found !== undefined && !found.isPublic && found.sector !== 'citizens';
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
    const near: string[] = [];
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
        for (const { right, range, parties } of byStatement.values()) {
            const verb = right === 'consulted' ? 'consulted on' : 'recommending in';
            if (level !== 'policy') {
                near.push(`${index.titles(parties)} ${verb} the ${level ?? 'unlevelled'} decision "${decision.title}"`);
            } else if (!isPublic) {
                near.push(`${index.titles(parties)} ${verb} "${decision.title}", which no public actor decides or owns`);
            } else {
                const one = parties.length === 1;
                const says = right === 'consulted' ? (one ? 'is consulted on' : 'are consulted on') : (one ? 'recommends in' : 'recommend in');
                found.add(() => `${index.titles(parties)} ${says} the policy decision "${decision.title}"`, range);
            }
        }
    }
    for (const body of index.model.bodies) {
        const organisations = body.members.filter(member => isOrganisation(index, member));
        if (organisations.length === 0) continue;
        if (body.level === 'policy') {
            found.add(() => `${index.titles(organisations)} ${organisations.length === 1 ? 'sits' : 'sit'} in the policy-level body "${body.title}"`, body.range);
        } else if (body.members.some(member => index.isPublic(member))) {
            near.push(`the ${body.level ?? 'unlevelled'} body "${body.title}"`);
        }
    }
    return part('interest_representation', 'Interest representation', {
        criterion: 'non-public-consulted-or-in-policy-body',
        holds: found.count > 0,
        detail: found.count > 0
            ? found.detail()
            : `no non-public organisation is consulted on or recommends in a policy-level public decision, or sits in a policy-level body${notCounted(near)}`,
        ranges: found.ranges
    });
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
    const near: string[] = [];
    for (const activity of index.model.activities) {
        const side = index.sideOf(activity.performers);
        if (side === 'joint' && activity.mode !== 'separately') {
            found.add(() => `activity "${activity.title}" is done by ${index.titles(activity.performers)}, public and non-public together`, activity.range);
        } else if (side === 'joint') {
            near.push(`activity "${activity.title}" is done separately`);
        } else if (activity.performers.length > 1 && side === 'non_public') {
            near.push(`activity "${activity.title}" has no public performer`);
        }
    }
    for (const body of index.model.bodies) {
        const noun = body.kind === 'platform' ? 'platform' : 'body';
        if (index.sideOf(body.members) === 'joint') {
            found.add(() => `${noun} "${body.title}" has public and non-public members`, body.range);
        } else if (body.members.length > 1 || body.kind === 'platform') {
            near.push(`${noun} "${body.title}" has members of one side only`);
        }
    }
    for (const agreement of index.model.agreements) {
        if (index.sideOf(agreement.parties) !== 'joint') {
            if (agreement.parties.length > 1) near.push(`agreement "${agreement.title}" has parties of one side only`);
        } else if (agreement.instrument && NOT_COLLABORATION.has(agreement.instrument)) {
            near.push(`agreement "${agreement.title}" is a ${words(agreement.instrument)}`);
        } else {
            found.add(() => `agreement "${agreement.title}"${agreement.instrument ? ` (${words(agreement.instrument)})` : ''} between ${index.titles(agreement.parties)}`, agreement.range);
        }
    }
    return part('institutional_collaboration', 'Institutional collaboration', {
        criterion: 'joint-activity-body-or-agreement',
        holds: found.count > 0,
        detail: found.count > 0
            ? found.detail()
            : `no activity done by both sides together, no body with members of both sides, no cross-sector agreement other than a procurement contract or grant${notCounted(near)}`,
        ranges: found.ranges
    });
}

function words(code: string): string {
    return code.replace(/_/g, ' ');
}
