import type { PartnershipModel, ResourceCategory } from '../model/partnership-model.js';
import type { Evidence, LorentzenPart, LorentzenProfile } from './classification.js';
import { indexOf, type ModelIndex } from './model-index.js';
import { NamedFindings } from './named-findings.js';

const SOURCE = 'Lorentzen 2010, as cited in Eimhjellen & Loga 2017 (categories); criteria derived (DOMAIN.md §3)';

/**
 * Lorentzen's three kinds of municipality–voluntary interaction. The categories are from the
 * source; the criteria are our operationalisation (DOMAIN.md §3 [derived]) and may combine.
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
 * Money or in-kind resources (premises, paid positions, goods) flow from a public to a non-public
 * actor. Shared knowledge is not economic support; volunteer hours never come from the public side.
 */
const ECONOMIC: ReadonlySet<ResourceCategory> = new Set(['money', 'premises', 'position', 'in_kind']);

function economicSupport(index: ModelIndex): LorentzenPart {
    const lines = index.publicToNonPublicLines().filter(line => ECONOMIC.has(line.category));
    const detail = lines.length > 0
        ? `${lines.length} resource flow(s) from the public to the non-public side, e.g. ${index.title(lines[0].from)} → ${index.title(lines[0].to)} (${lines[0].kind.replace(/_/g, ' ')})`
        : 'no money or in-kind resources flow from a public to a non-public actor';
    return part('economic_support', 'Economic support', {
        criterion: 'public-to-non-public-resources', holds: lines.length > 0, detail, ranges: lines.map(line => line.range)
    });
}

/** A non-public actor is consulted on a decision or sits in a policy-level body. */
function interestRepresentation(index: ModelIndex): LorentzenPart {
    const found = new NamedFindings(3);
    for (const decision of index.model.decisions) {
        for (const right of decision.rights) {
            if ((right.right === 'consulted' || right.right === 'recommend') && index.actorsOf(right.party).some(actor => !index.isPublic(actor))) {
                found.add(() => `${index.title(right.party)} ${right.right === 'consulted' ? 'is consulted on' : 'recommends in'} "${decision.title}"`, right.range);
            }
        }
    }
    for (const body of index.model.bodies) {
        if (body.level === 'policy') {
            const nonPublic = body.members.filter(member => !index.isPublic(member));
            if (nonPublic.length > 0) {
                found.add(() => `${index.titles(nonPublic)} sit(s) in the policy-level body "${body.title}"`, body.range);
            }
        }
    }
    return part('interest_representation', 'Interest representation', {
        criterion: 'non-public-consulted-or-in-policy-body',
        holds: found.count > 0,
        detail: found.count > 0 ? found.detail() : 'no non-public actor is consulted or sits in a policy-level body',
        ranges: found.ranges
    });
}

/** A joint activity, a joint body or platform, or an agreement across the public/non-public line. */
function institutionalCollaboration(index: ModelIndex): LorentzenPart {
    const found = new NamedFindings(3);
    for (const activity of index.model.activities) {
        if (index.sideOf(activity.performers) === 'joint' || (activity.mode === 'jointly' && activity.performers.length > 1)) {
            found.add(() => `activity "${activity.title}" is done jointly by ${index.titles(activity.performers)}`, activity.range);
        }
    }
    for (const body of index.model.bodies) {
        if (index.sideOf(body.members) === 'joint' || body.kind === 'platform') {
            found.add(() => `${body.kind === 'platform' ? 'platform' : 'joint body'} "${body.title}"`, body.range);
        }
    }
    for (const agreement of index.model.agreements) {
        if (index.sideOf(agreement.parties) === 'joint') {
            found.add(() => `agreement "${agreement.title}" between ${index.titles(agreement.parties)}`, agreement.range);
        }
    }
    return part('institutional_collaboration', 'Institutional collaboration', {
        criterion: 'joint-activity-body-or-agreement',
        holds: found.count > 0,
        detail: found.count > 0 ? found.detail() : 'no joint activity, joint body, platform or cross-sector agreement',
        ranges: found.ranges
    });
}
