import {
    classificationSource, evidenceDetail, locationsText, missingFacts, scaleReadingText, whyNotOtherForms, type Classification, type Evidence, type PartnershipModel, type SourceRange
} from '@samskap/language';
import type { Labels } from '../i18n/index.js';
import type { DocBlock } from './doc-blocks.js';
import { evidenceSourcesText, restsOnUncertain, UNCERTAIN_MARK, withCitation } from './provenance-text.js';

/**
 * Each criterion with whether it holds (✓/✗ in Markdown, a class in HTML), every place it was
 * read, once, and the sources behind it; a criterion resting on an assumed or illustrative
 * statement starts with the mark †.
 */
function evidenceList(model: PartnershipModel, evidence: readonly Evidence[], labels: Labels): DocBlock {
    return {
        kind: 'list',
        items: evidence.map(item => {
            const places = locationsText(item);
            const sources = evidenceSourcesText(model, item.ranges, labels);
            return {
                tone: item.holds ? 'holds' : 'fails',
                text: `${marked(model, item.ranges)}${labels.criteria[item.criterion]} (${item.holds ? labels.text.holds : labels.text.fails}): ${evidenceDetail(item, labels.language)}` +
                    `${places ? ` — ${places}` : ''}${sources ? ` — ${labels.text.sources}: ${sources}` : ''}`
            };
        })
    };
}

/** "† " before what rests on an assumed or illustrative statement. */
function marked(model: PartnershipModel, ranges: readonly SourceRange[]): string {
    return restsOnUncertain(model, ranges) ? `${UNCERTAIN_MARK} ` : '';
}

const rangesOf = (evidence: readonly Evidence[]): SourceRange[] => evidence.flatMap(item => item.ranges);

function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Every classification with the evidence behind it: the result, the publication it comes from,
 * each criterion that holds or fails, and for the co-creation form why each other form does not
 * hold (the formulation `samskap validate --explain` and the hovers share) or which facts an
 * undetermined form lacks.
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
    const missing = missingFacts(form);
    blocks.push({
        kind: 'heading', level: 3,
        text: `${marked(model, rangesOf(form.evidence))}${t.coCreationForm}: ${labels.forms[form.code]}` +
            `${missing.length > 0 ? ` — ${t.missing}: ${missing.map(m => labels.missingFacts[m.fact]).join('; ')}` : ''}`
    });
    const claim = model.claims.form;
    const claimed = claim
        ? `${withCitation(`${t.claimedForm}: ${labels.forms[claim.value]} (${claim.value === form.code ? t.claimGiven : t.claimNotGiven})`, claim.provenance, labels)}. `
        : '';
    blocks.push({ kind: 'paragraph', text: `${claimed}${t.source}: ${classificationSource(form.source, labels.language)}`, muted: true });
    if (missing.length > 0) {
        blocks.push({ kind: 'list', items: missing.map(m => ({ text: `${t.toState} ${labels.missingFacts[m.fact]}, ${t.write}: ${m.write}` })) });
    }
    blocks.push(evidenceList(model, form.evidence, labels));
    const rejections = whyNotOtherForms(form);
    if (rejections.length > 0) {
        blocks.push({ kind: 'paragraph', text: `${t.whyNotOtherForms}:` });
        for (const rejection of rejections) {
            blocks.push({ kind: 'paragraph', text: `${capitalised(labels.forms[rejection.form])} ${t.needs} ${labels.formRequirements[rejection.form]}.` });
            blocks.push(evidenceList(model, rejection.failing, labels));
        }
    }

    const lorentzen = classification.lorentzen;
    const categories = lorentzen.categories.map(code => labels.lorentzen[code]).join(', ') || t.none;
    blocks.push({ kind: 'heading', level: 3, text: `${marked(model, rangesOf(lorentzen.parts.flatMap(part => part.evidence)))}${t.lorentzenProfile}: ${categories}` });
    blocks.push({ kind: 'paragraph', text: `${t.source}: ${classificationSource(lorentzen.parts[0]?.source ?? '', labels.language)}`, muted: true });
    blocks.push(evidenceList(model, lorentzen.parts.flatMap(part => part.evidence), labels));

    const governance = classification.governance;
    blocks.push({
        kind: 'heading', level: 3,
        text: `${marked(model, rangesOf(governance.evidence))}${t.governanceMode}: ${labels.governanceModes[governance.code]} — ${t.governanceFit}: ${labels.governanceFit[governance.fit]}`
    });
    blocks.push({ kind: 'paragraph', text: `${t.source}: ${classificationSource(governance.source, labels.language)}`, muted: true });
    blocks.push(evidenceList(model, governance.evidence, labels));

    if (classification.pestoff.length > 0) {
        blocks.push({ kind: 'heading', level: 3, text: t.pestoff });
        blocks.push({
            kind: 'list',
            items: classification.pestoff.map(result => ({
                text: `${marked(model, rangesOf(result.parts.flatMap(p => p.evidence)))}${title(result.actor)}: ${result.codes.map(code => labels.pestoff[code]).join(', ') || t.none}` +
                    (result.parts.length > 0 ? ` — ${result.parts.flatMap(p => p.evidence).map(e => `${e.holds ? '✓' : '✗'} ${marked(model, e.ranges)}${evidenceDetail(e, labels.language)}`).join('; ')}` : '')
            }))
        });
    }
    if (classification.voorberg.length > 0) {
        blocks.push({ kind: 'heading', level: 3, text: t.voorberg });
        blocks.push({
            kind: 'list',
            items: classification.voorberg.map(result => ({
                text: `${marked(model, rangesOf(result.parts.flatMap(p => p.evidence)))}${title(result.actor)}: ${result.highest ? labels.voorberg[result.highest] : t.none}`
            }))
        });
    }
    if (classification.participation.length > 0) {
        blocks.push({ kind: 'heading', level: 3, text: t.participation });
        const decisions = new Map(model.decisions.map(d => [d.id, d.title]));
        const words = { declared: t.declared, derivedFromRights: t.derivedFromRights, none: t.none, level: (code: string) => ({ ...labels.iap2, ...labels.arnstein } as Record<string, string>)[code] ?? code };
        blocks.push({
            kind: 'list',
            items: classification.participation.map(result => ({
                text: `${marked(model, rangesOf([...result.iap2.evidence, ...result.arnstein.evidence]))}${decisions.get(result.decision) ?? result.decision} — ${title(result.actor)}: ` +
                    `IAP2 ${scaleReadingText(result.iap2, words)}, Arnstein ${scaleReadingText(result.arnstein, words)}`,
                tone: result.hasVoice ? undefined : 'warning'
            }))
        });
    }
    const overall = classification.funding.overall;
    if (overall) {
        blocks.push({ kind: 'heading', level: 3, text: `${marked(model, rangesOf(overall.evidence))}${t.funding}: ${t.concentration}` });
        blocks.push(evidenceList(model, overall.evidence, labels));
    }
    return blocks;
}
