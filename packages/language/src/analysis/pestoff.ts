import type { PartnershipActor, PartnershipModel, SourceRange } from '../model/partnership-model.js';
import type { PestoffPart, PestoffResult } from './classification.js';
import { indexOf, type HeldRight, type ModelIndex } from './model-index.js';

const SOURCE = 'Pestoff 2006, Public Management Review 8(4); Brandsen & Honingh 2016';

/**
 * Pestoff's co-governance, co-management and co-production for every non-public actor.
 * Co-governance and co-management describe organisations, co-production individuals
 * (DOMAIN.md §3): the sector `citizens` (citizens, volunteers) is the individuals' side.
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

/** The organisation decides (or holds a veto) on a policy- or strategic-level decision, or sits in such a deciding body. */
function coGovernance(index: ModelIndex, actor: PartnershipActor): PestoffPart {
    // The detail names the first two findings; the ranges keep every one.
    const found: string[] = [];
    let foundCount = 0;
    const ranges: SourceRange[] = [];
    if (actor.sector !== 'citizens') {
        const facts = index.factsOf(actor.id);
        for (const { decision, held } of facts.decisions) {
            const level = index.levelOf(decision);
            if (level !== 'policy' && level !== 'strategic') continue;
            let first: HeldRight | undefined;
            for (const h of held) {
                if (h.right !== 'decide' && h.right !== 'agree') continue;
                first ??= h;
                ranges.push(h.range);
            }
            if (first) {
                if (foundCount++ < 2) found.push(`${first.right}s on the ${level} decision "${decision.title}"`);
            }
        }
        for (const body of facts.bodies) {
            if ((body.level === 'policy' || body.level === 'strategic') && body.rule) {
                if (foundCount++ < 2) found.push(`member of the ${body.level} body "${body.title}" deciding by ${body.rule}`);
                ranges.push(body.range);
            }
        }
    }
    return part('co_governance', 'Co-governance', foundCount > 0, 'decides-on-policy-or-planning',
        actor.sector === 'citizens'
            ? `${actor.title} are individuals; co-governance describes organisations`
            : foundCount > 0 ? `${actor.title} ${found.join('; ')}` : `${actor.title} takes part in no policy- or strategic-level decision`,
        ranges);
}

/** The organisation delivers an activity together with a public actor. */
function coManagement(index: ModelIndex, actor: PartnershipActor): PestoffPart {
    const activities = actor.sector === 'citizens' ? [] : index.factsOf(actor.id).activities.filter(activity =>
        activity.mode !== 'separately'
        && activity.performers.some(party => index.actorsOf(party).some(member => index.isPublic(member))));
    return part('co_management', 'Co-management', activities.length > 0, 'delivers-jointly-with-public',
        actor.sector === 'citizens'
            ? `${actor.title} are individuals; co-management describes organisations`
            : activities.length > 0
                ? `${actor.title} delivers "${activities[0].title}" together with the public side`
                : `${actor.title} delivers no activity together with a public actor`,
        activities.map(activity => activity.range));
}

/** Individuals contribute to their own services: they perform an activity or a decision's work, or give volunteer hours. */
function coProduction(index: ModelIndex, actor: PartnershipActor): PestoffPart {
    const ranges: SourceRange[] = [];
    if (actor.sector === 'citizens') {
        const facts = index.factsOf(actor.id);
        ranges.push(...facts.activities.map(activity => activity.range));
        ranges.push(...facts.decisions.flatMap(({ held }) => held.filter(h => h.right === 'perform').map(h => h.range)));
        ranges.push(...facts.fundingFrom.filter(line => line.kind === 'volunteer_hours').map(line => line.range));
    }
    return part('co_production', 'Co-production', ranges.length > 0, 'individuals-contribute',
        actor.sector !== 'citizens'
            ? `${actor.title} is an organisation; co-production describes individuals contributing to their own services`
            : ranges.length > 0 ? `${actor.title} contribute work to the service` : `${actor.title} contribute no stated work`,
        ranges);
}
