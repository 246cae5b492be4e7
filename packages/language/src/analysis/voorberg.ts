import type { PartnershipActor, PartnershipModel, SourceRange } from '../model/partnership-model.js';
import type { VoorbergPart, VoorbergResult, VoorbergRole } from './classification.js';
import { indexOf, type ModelIndex } from './model-index.js';

const SOURCE = 'Voorberg, Bekkers & Tummers 2015, Public Management Review 17(9)';

/**
 * Voorberg et al.'s roles of citizens and their organisations: co-implementer (carries out
 * services), co-designer (shapes content and process), initiator (starts it). Most real cases
 * stop at co-implementer (DOMAIN.md §3).
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

function part(code: VoorbergRole, label: string, criterion: VoorbergPart['evidence'][number]['criterion'], found: readonly string[], ranges: readonly SourceRange[], none: string): VoorbergPart {
    const holds = found.length > 0;
    return { code, label, source: SOURCE, holds, evidence: [{ criterion, holds, detail: holds ? found.slice(0, 3).join('; ') : none, ranges }] };
}

function initiator(index: ModelIndex, actor: PartnershipActor): VoorbergPart {
    const initiatives = index.factsOf(actor.id).initiatives;
    return part('initiator', 'Initiator', 'takes-initiative',
        initiatives.map(initiative => `${actor.title} took the initiative${initiative.year ? ` in ${initiative.year}` : ''}`),
        initiatives.map(initiative => initiative.range), `${actor.title} is not named as an initiator`);
}

/** Shapes the design: defines goals or content, performs a design-phase activity, or is involved from design or earlier. */
function coDesigner(index: ModelIndex, actor: PartnershipActor): VoorbergPart {
    const found: string[] = [];
    const ranges: SourceRange[] = [];
    const facts = index.factsOf(actor.id);
    for (const definition of facts.definitions) {
        found.push(`${actor.title} defines the ${definition.aspect}`);
        ranges.push(definition.range);
    }
    for (const activity of facts.activities) {
        if (activity.phases.includes('design')) {
            found.push(`${actor.title} takes part in the design of "${activity.title}"`);
            ranges.push(activity.range);
        }
    }
    for (const involvement of facts.involvements) {
        if (['initiation', 'commissioning', 'design'].includes(involvement.phase)) {
            found.push(`${actor.title} is involved from ${involvement.phase}`);
            ranges.push(involvement.range);
        }
    }
    return part('co_designer', 'Co-designer', 'shapes-design', found, ranges, `${actor.title} neither defines goals or content nor takes part in design`);
}

/** Carries out the service: performs a delivery activity (or one without phases), a decision's work, or gives volunteer hours or in-kind help. */
function coImplementer(index: ModelIndex, actor: PartnershipActor): VoorbergPart {
    const found: string[] = [];
    const ranges: SourceRange[] = [];
    const facts = index.factsOf(actor.id);
    for (const activity of facts.activities) {
        if (activity.phases.length === 0 || activity.phases.includes('delivery')) {
            found.push(`${actor.title} delivers "${activity.title}"`);
            ranges.push(activity.range);
        }
    }
    for (const { decision, held } of facts.decisions) {
        for (const right of held) {
            if (right.right === 'perform') {
                found.push(`${actor.title} performs the work of "${decision.title}"`);
                ranges.push(right.range);
            }
        }
    }
    for (const line of facts.fundingFrom) {
        if (line.kind === 'volunteer_hours' || line.kind === 'in_kind') {
            found.push(`${actor.title} contributes ${line.kind.replace(/_/g, ' ')}`);
            ranges.push(line.range);
        }
    }
    return part('co_implementer', 'Co-implementer', 'implements', found, ranges, `${actor.title} carries out no stated part of the service`);
}
