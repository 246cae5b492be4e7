import type { PartnershipActor, PartnershipModel } from '../model/partnership-model.js';
import type { VoorbergPart, VoorbergResult, VoorbergRole } from './classification.js';
import { indexOf, type ModelIndex } from './model-index.js';
import { NamedFindings } from './named-findings.js';
import { REFERENCES } from './references.js';

const SOURCE = `${REFERENCES.voorberg2015.short}, Public Management Review 17(9)`;

/**
 * Voorberg et al.'s roles of citizens and their organisations: co-implementer (carries out
 * services), co-designer (shapes content and process), initiator (starts it). Most cases in
 * their review stop at co-implementer (Voorberg, Bekkers & Tummers 2015).
 */
export function classifyVoorberg(model: PartnershipModel): VoorbergResult[] {
    const index = indexOf(model);
    return index.nonPublicActors().map(actor => {
        const parts = [initiator(index, actor), coDesigner(index, actor), coImplementer(index, actor)];
        const order: VoorbergRole[] = ['initiator', 'co_designer', 'co_implementer'];
        const highest = order.find(role => parts.some(p => p.code === role && p.holds));
        return { actor: actor.id, highest, parts };
    });
}

/** The evidence detail names the first three findings. */
const NAMED_FINDINGS = 3;

function part(code: VoorbergRole, label: string, criterion: VoorbergPart['evidence'][number]['criterion'], found: NamedFindings, none: string): VoorbergPart {
    const holds = found.count > 0;
    return { code, label, source: SOURCE, holds, evidence: [{ criterion, holds, detail: holds ? found.detail() : none, ranges: found.ranges }] };
}

function initiator(index: ModelIndex, actor: PartnershipActor): VoorbergPart {
    const found = new NamedFindings(NAMED_FINDINGS);
    for (const initiative of index.factsOf(actor.id).initiatives) {
        found.add(() => `${actor.title} took the initiative${initiative.year ? ` in ${initiative.year}` : ''}`, initiative.range);
    }
    return part('initiator', 'Initiator', 'takes-initiative', found, `${actor.title} is not named as an initiator`);
}

/** Shapes the design: defines goals or content, performs a design-phase activity, or is involved from design or earlier. */
function coDesigner(index: ModelIndex, actor: PartnershipActor): VoorbergPart {
    const found = new NamedFindings(NAMED_FINDINGS);
    const facts = index.factsOf(actor.id);
    for (const definition of facts.definitions) {
        found.add(() => `${actor.title} defines the ${definition.aspect}`, definition.range);
    }
    for (const activity of facts.activities) {
        if (activity.phases.includes('design')) {
            found.add(() => `${actor.title} takes part in the design of "${activity.title}"`, activity.range);
        }
    }
    for (const involvement of facts.involvements) {
        if (['initiation', 'commissioning', 'design'].includes(involvement.phase)) {
            found.add(() => `${actor.title} is involved from ${involvement.phase}`, involvement.range);
        }
    }
    return part('co_designer', 'Co-designer', 'shapes-design', found, `${actor.title} neither defines goals or content nor takes part in design`);
}

/**
 * Carries out the service: performs a delivery activity (or one without phases), a decision's
 * work, or gives volunteer hours (work done in the service, also when an organisation's
 * volunteers give them). Goods or premises lent (`in_kind`) are a resource, not implementation.
 */
function coImplementer(index: ModelIndex, actor: PartnershipActor): VoorbergPart {
    const found = new NamedFindings(NAMED_FINDINGS);
    const facts = index.factsOf(actor.id);
    for (const activity of facts.activities) {
        if (activity.phases.length === 0 || activity.phases.includes('delivery')) {
            found.add(() => `${actor.title} delivers "${activity.title}"`, activity.range);
        }
    }
    for (const { decision, held } of facts.decisions) {
        for (const right of held) {
            if (right.right === 'perform') {
                found.add(() => `${actor.title} performs the work of "${decision.title}"`, right.range);
            }
        }
    }
    for (const line of facts.fundingFrom) {
        if (line.kind === 'volunteer_hours') {
            found.add(() => `${actor.title} contributes ${line.kind.replace(/_/g, ' ')}`, line.range);
        }
    }
    return part('co_implementer', 'Co-implementer', 'implements', found, `${actor.title} carries out no stated part of the service`);
}
