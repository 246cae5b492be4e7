import type { Classification, Evidence, PartnershipModel } from '@samskap/language';
import type { Labels } from '../i18n/index.js';
import { sourcePosition } from '../source-link.js';
import type { DocBlock } from './doc-blocks.js';

function evidenceList(evidence: readonly Evidence[], labels: Labels): DocBlock {
    return {
        kind: 'list',
        items: evidence.map(item => ({
            tone: item.holds ? 'holds' : 'fails',
            text: `${item.criterion} (${item.holds ? labels.text.holds : labels.text.fails}): ${item.detail}` +
                (item.ranges.length > 0 ? ` — ${item.ranges.slice(0, 3).map(sourcePosition).join(', ')}` : '')
        }))
    };
}

/**
 * Every classification with the evidence behind it (DOMAIN.md §3: "with evidence, never
 * silently"): the result, the publication it comes from, and each criterion that holds or fails.
 */
export function classificationBlocks(model: PartnershipModel, classification: Classification | undefined, labels: Labels): DocBlock[] {
    const t = labels.text;
    const blocks: DocBlock[] = [{ kind: 'heading', level: 2, text: t.classifications, anchor: 'classifications' }];
    if (!classification) {
        blocks.push({ kind: 'paragraph', text: t.notClassified, muted: true });
        return blocks;
    }
    const titleOf = new Map([...model.actors.map(a => [a.id, a.title] as const), ...model.bodies.map(b => [b.id, b.title] as const)]);
    const title = (id: string): string => titleOf.get(id) ?? id;

    const form = classification.coCreation;
    blocks.push({ kind: 'heading', level: 3, text: `${t.coCreationForm}: ${labels.forms[form.code]}` });
    const claimed = model.claims.form ? `${t.claimedForm}: ${labels.forms[model.claims.form.value]}. ` : '';
    blocks.push({ kind: 'paragraph', text: `${claimed}${t.source}: ${form.source}`, muted: true });
    blocks.push(evidenceList(form.evidence, labels));
    for (const assessment of form.assessments.filter(a => a.form !== form.code)) {
        const failing = assessment.evidence.filter(e => !e.holds);
        if (failing.length > 0) {
            blocks.push({ kind: 'paragraph', text: `${labels.forms[assessment.form]}: ${labels.text.fails}` });
            blocks.push(evidenceList(failing, labels));
        }
    }

    const lorentzen = classification.lorentzen;
    const categories = lorentzen.categories.map(code => labels.lorentzen[code]).join(', ') || t.none;
    blocks.push({ kind: 'heading', level: 3, text: `${t.lorentzenProfile}: ${categories}` });
    blocks.push({ kind: 'paragraph', text: `${t.source}: ${lorentzen.parts[0]?.source ?? ''}`, muted: true });
    blocks.push(evidenceList(lorentzen.parts.flatMap(part => part.evidence), labels));

    const governance = classification.governance;
    blocks.push({ kind: 'heading', level: 3, text: `${t.governanceMode}: ${labels.governanceModes[governance.code]} — ${t.governanceFit}: ${labels.governanceFit[governance.fit]}` });
    blocks.push({ kind: 'paragraph', text: `${t.source}: ${governance.source}`, muted: true });
    blocks.push(evidenceList(governance.evidence, labels));

    if (classification.pestoff.length > 0) {
        blocks.push({ kind: 'heading', level: 3, text: t.pestoff });
        blocks.push({
            kind: 'list',
            items: classification.pestoff.map(result => ({
                text: `${title(result.actor)}: ${result.codes.map(code => labels.pestoff[code]).join(', ') || t.none}` +
                    (result.parts.length > 0 ? ` — ${result.parts.flatMap(p => p.evidence).map(e => `${e.holds ? '✓' : '✗'} ${e.detail}`).join('; ')}` : '')
            }))
        });
    }
    if (classification.voorberg.length > 0) {
        blocks.push({ kind: 'heading', level: 3, text: t.voorberg });
        blocks.push({
            kind: 'list',
            items: classification.voorberg.map(result => ({
                text: `${title(result.actor)}: ${result.highest ? labels.voorberg[result.highest] : t.none}`
            }))
        });
    }
    if (classification.participation.length > 0) {
        blocks.push({ kind: 'heading', level: 3, text: t.participation });
        const decisions = new Map(model.decisions.map(d => [d.id, d.title]));
        blocks.push({
            kind: 'list',
            items: classification.participation.map(result => ({
                text: `${decisions.get(result.decision) ?? result.decision} — ${title(result.actor)}: IAP2 ${result.iap2.code ?? t.none}, Arnstein ${result.arnstein.code?.replace(/_/g, ' ') ?? t.none}` +
                    (result.iap2.declared && result.iap2.derived && result.iap2.declared !== result.iap2.derived ? ` (IAP2 derived from rights: ${result.iap2.derived})` : ''),
                tone: result.hasVoice ? undefined : 'warning'
            }))
        });
    }
    const overall = classification.funding.overall;
    if (overall) {
        blocks.push({ kind: 'heading', level: 3, text: `${t.funding}: ${t.concentration}` });
        blocks.push(evidenceList(overall.evidence, labels));
    }
    return blocks;
}
