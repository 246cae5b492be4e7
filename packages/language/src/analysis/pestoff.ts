import type { PartnershipActor, PartnershipModel, SourceRange } from '../model/partnership-model.js';
import type { PestoffPart, PestoffResult } from './classification.js';
import { indexOf, type ModelIndex } from './model-index.js';
import { REFERENCES } from './references.js';

const SOURCE = `${REFERENCES.brandsenPestoff2006.short} (the triad); co-production as users' input: ${REFERENCES.brandsenHoningh2016.short}; criteria [derived] (docs/classifications.md)`;

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

function part(code: PestoffPart['code'], label: string, holds: boolean, criterion: PestoffPart['evidence'][number]['criterion'], detail: string, ranges: readonly SourceRange[]): PestoffPart {
    return { code, label, source: SOURCE, holds, evidence: [{ criterion, holds, detail, ranges }] };
}

/** Individual citizens or volunteers rather than an organisation. */
function isIndividuals(actor: PartnershipActor): boolean {
    return actor.sector === 'citizens' || actor.kind === 'citizens' || actor.kind === 'volunteers';
}

/** Ranges in first-seen order, each once; texts for the first few findings. */
class Found {
    readonly named: string[] = [];
    readonly ranges: SourceRange[] = [];
    private readonly seen = new Set<string>();
    count = 0;

    add(text: () => string, ranges: readonly SourceRange[]): void {
        if (this.count++ < NAMED_FINDINGS) this.named.push(text());
        for (const range of ranges) {
            const key = `${range.uri}:${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}`;
            if (this.seen.has(key)) continue;
            this.seen.add(key);
            this.ranges.push(range);
        }
    }

    detail(): string {
        const more = this.count - this.named.length;
        return more > 0 ? `${this.named.join('; ')}; and ${more} more` : this.named.join('; ');
    }
}

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
            const first = rights[0];
            found.add(() => `${first.right === 'decide' ? 'decides' : 'must agree to'} the ${level} decision "${decision.title}"`, rights.map(h => h.range));
        }
        for (const body of facts.bodies) {
            if ((body.level === 'policy' || body.level === 'strategic') && body.rule && index.sideOf(body.members) === 'joint') {
                found.add(() => `is a member of the ${body.level} body "${body.title}" deciding by ${body.rule}`, [body.range]);
            }
        }
    }
    const holds = found.count > 0;
    return part('co_governance', 'Co-governance', holds, 'decides-on-policy-or-planning',
        isIndividuals(actor)
            ? `${actor.title} are individuals; co-governance describes organisations`
            : holds
                ? `${actor.title} ${found.detail()}`
                : `${actor.title} decides or holds a veto on no policy- or strategic-level public decision and sits in no such body of both sides with a decision rule`,
        found.ranges);
}

/**
 * Co-management: the organisation delivers a service together with the public side — it
 * performs, with a public actor and not `separately`, an activity in the delivery phase or
 * one without phases. Planning or design together is not co-management.
 */
function coManagement(index: ModelIndex, actor: PartnershipActor): PestoffPart {
    const found = new Found();
    const planning: string[] = [];
    if (!isIndividuals(actor)) {
        for (const activity of index.factsOf(actor.id).activities) {
            if (activity.mode === 'separately') continue;
            if (!activity.performers.some(party => index.actorsOf(party).some(member => index.isPublic(member)))) continue;
            if (activity.phases.length === 0 || activity.phases.includes('delivery')) {
                found.add(() => `"${activity.title}"`, [activity.range]);
            } else {
                planning.push(`"${activity.title}" (${activity.phases.join(', ')})`);
            }
        }
    }
    const holds = found.count > 0;
    return part('co_management', 'Co-management', holds, 'delivers-jointly-with-public',
        isIndividuals(actor)
            ? `${actor.title} are individuals; co-management describes organisations`
            : holds
                ? `${actor.title} delivers ${found.detail()} together with the public side`
                : `${actor.title} delivers no activity together with a public actor${planning.length > 0 ? `; working with it on ${planning.join(', ')} is planning, not delivery` : ''}`,
        found.ranges);
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
            found.add(() => `take part in "${activity.title}"`, [activity.range]);
        }
        for (const { decision, held } of facts.decisions) {
            const performs = held.filter(h => h.right === 'perform');
            if (performs.length > 0) found.add(() => `perform the work of "${decision.title}"`, performs.map(h => h.range));
        }
    }
    const holds = found.count > 0;
    let detail: string;
    if (actor.kind === 'volunteers') {
        detail = `${actor.title} are volunteers, not the service's users; co-production describes users or citizens producing the service they receive`;
    } else if (actor.kind !== 'citizens') {
        detail = `${actor.title} is an organisation; co-production describes users or citizens producing the service they receive`;
    } else {
        detail = holds ? `${actor.title} ${found.detail()}` : `${actor.title} perform no stated work in the service`;
    }
    return part('co_production', 'Co-production', holds, 'individuals-contribute', detail, found.ranges);
}
