import type { PartnershipActor, PartnershipModel } from '../model/partnership-model.js';
import type { VoorbergPart, VoorbergResult, VoorbergRole } from './classification.js';
import { displayVocabulary } from './labels.js';
import type { LocalText } from './local-text.js';
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

function part(code: VoorbergRole, label: string, criterion: VoorbergPart['evidence'][number]['criterion'], found: NamedFindings, none: LocalText): VoorbergPart {
    const holds = found.count > 0;
    const detail = holds ? found.detail() : none;
    return { code, label, source: SOURCE, holds, evidence: [{ criterion, holds, detail: detail.en, details: detail, ranges: found.ranges }] };
}

function initiator(index: ModelIndex, actor: PartnershipActor): VoorbergPart {
    const found = new NamedFindings(NAMED_FINDINGS);
    for (const initiative of index.factsOf(actor.id).initiatives) {
        const year = initiative.year;
        found.add(() => ({
            en: `${actor.title} took the initiative${year ? ` in ${year}` : ''}`,
            nb: `${actor.title} tok initiativet${year ? ` i ${year}` : ''}`,
            da: `${actor.title} tog initiativet${year ? ` i ${year}` : ''}`
        }), initiative.range);
    }
    return part('initiator', 'Initiator', 'takes-initiative', found, {
        en: `${actor.title} is not named as an initiator`, nb: `${actor.title} er ikke oppgitt som initiativtaker`, da: `${actor.title} er ikke angivet som initiativtager`
    });
}

/** Shapes the design: defines goals or content, performs a design-phase activity, or is involved from design or earlier. */
function coDesigner(index: ModelIndex, actor: PartnershipActor): VoorbergPart {
    const found = new NamedFindings(NAMED_FINDINGS);
    const facts = index.factsOf(actor.id);
    for (const definition of facts.definitions) {
        const aspect: LocalText = definition.aspect === 'goals'
            ? { en: 'goals', nb: 'målene', da: 'målene' }
            : { en: 'content', nb: 'innholdet', da: 'indholdet' };
        found.add(() => ({
            en: `${actor.title} defines the ${definition.aspect}`, nb: `${actor.title} definerer ${aspect.nb}`, da: `${actor.title} fastlægger ${aspect.da}`
        }), definition.range);
    }
    for (const activity of facts.activities) {
        if (activity.phases.includes('design')) {
            found.add(() => ({
                en: `${actor.title} takes part in the design of "${activity.title}"`,
                nb: `${actor.title} deltar i utformingen av "${activity.title}"`,
                da: `${actor.title} deltager i udformningen af "${activity.title}"`
            }), activity.range);
        }
    }
    for (const involvement of facts.involvements) {
        if (['initiation', 'commissioning', 'design'].includes(involvement.phase)) {
            found.add(() => ({
                en: `${actor.title} is involved from ${involvement.phase}`,
                nb: `${actor.title} er involvert fra ${displayVocabulary('nb').phases[involvement.phase]}`,
                da: `${actor.title} er inddraget fra ${displayVocabulary('da').phases[involvement.phase]}`
            }), involvement.range);
        }
    }
    return part('co_designer', 'Co-designer', 'shapes-design', found, {
        en: `${actor.title} neither defines goals or content nor takes part in design`,
        nb: `${actor.title} verken definerer mål eller innhold eller deltar i utformingen`,
        da: `${actor.title} hverken fastlægger mål eller indhold eller deltager i udformningen`
    });
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
            found.add(() => ({
                en: `${actor.title} delivers "${activity.title}"`, nb: `${actor.title} gjennomfører "${activity.title}"`, da: `${actor.title} gennemfører "${activity.title}"`
            }), activity.range);
        }
    }
    for (const { decision, held } of facts.decisions) {
        for (const right of held) {
            if (right.right === 'perform') {
                found.add(() => ({
                    en: `${actor.title} performs the work of "${decision.title}"`,
                    nb: `${actor.title} utfører arbeidet i "${decision.title}"`,
                    da: `${actor.title} udfører arbejdet i "${decision.title}"`
                }), right.range);
            }
        }
    }
    for (const line of facts.fundingFrom) {
        if (line.kind === 'volunteer_hours') {
            found.add(() => ({
                en: `${actor.title} contributes ${line.kind.replace(/_/g, ' ')}`,
                nb: `${actor.title} bidrar med ${displayVocabulary('nb').fundingKinds[line.kind]}`,
                da: `${actor.title} bidrager med ${displayVocabulary('da').fundingKinds[line.kind]}`
            }), line.range);
        }
    }
    return part('co_implementer', 'Co-implementer', 'implements', found, {
        en: `${actor.title} carries out no stated part of the service`,
        nb: `${actor.title} utfører ingen oppgitt del av tjenesten`,
        da: `${actor.title} udfører ingen angivet del af ydelsen`
    });
}
