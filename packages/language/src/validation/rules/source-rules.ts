import { provenanceIndexOf, sourcedStatements } from '../../analysis/provenance.js';
import type { PartnershipModel, Provenance, SourceRange } from '../../model/partnership-model.js';
import { hit, type RuleDefinition } from '../rule.js';
import type { RuleMessage } from '../rule-message.js';

/*
 * Provenance: where each fact comes from (`source` declarations, `[…]` citations and certainties,
 * analysis/provenance.ts). A citation of a source the model does not declare is the linker's to
 * report (it does not resolve); these rules report what resolves but says less than it seems.
 */

/** Every provenance the model states: its statements' and its context statements'. */
function statedProvenances(model: PartnershipModel): Provenance[] {
    const stated: Provenance[] = [];
    for (const statement of sourcedStatements(model)) {
        if (statement.provenance) stated.push(statement.provenance);
    }
    // Each context statement's own provenance; a model built without them keeps the first of each kind.
    const context = model.context.statements?.map(statement => statement.provenance) ?? Object.values(model.context.provenance ?? {});
    for (const provenance of context) {
        if (provenance) stated.push(provenance);
    }
    return stated;
}

const cited = new WeakMap<PartnershipModel, ReadonlySet<string>>();

/** The ids of the sources the model cites somewhere; read by two rules, collected once per model. */
function citedSources(model: PartnershipModel): ReadonlySet<string> {
    let ids = cited.get(model);
    if (!ids) {
        ids = new Set(statedProvenances(model).flatMap(provenance => provenance.citations.map(citation => citation.source)));
        cited.set(model, ids);
    }
    return ids;
}

/** The first source a statement can cite, if the model declares one with an id. */
export function firstCitableSource(model: PartnershipModel): string | undefined {
    return model.context.sources.find(source => source.id !== undefined)?.id;
}

/** A declared source nobody cites: dead weight, or statements that should cite it and do not. */
export const unusedSource: RuleDefinition = {
    code: 'SK-SRC-001', area: 'SRC', defaultSeverity: 'hint', scope: 'model',
    summary: 'Hint: a source declared with an id is cited by no statement.',
    check({ model }, report) {
        if (!model.context.sources.some(source => source.id !== undefined)) return;
        const ids = citedSources(model);
        for (const source of model.context.sources) {
            if (source.id !== undefined && !ids.has(source.id)) {
                const id = source.id;
                report(hit({
                    en: `The source "${id}" is cited by no statement. Cite it where a statement rests on it (\`[${id}]\`, with a page: \`[${id} "p. 12"]\`), or remove it.`,
                    nb: `Kilden "${id}" siteres ikke av noe utsagn. Siter den der et utsagn bygger på den (\`[${id}]\`, med side: \`[${id} "s. 12"]\`), eller fjern den.`,
                    da: `Kilden "${id}" citeres ikke af noget udsagn. Citér den, hvor et udsagn bygger på den (\`[${id}]\`, med side: \`[${id} "s. 12"]\`), eller fjern den.`
                }, source.range));
            }
        }
    }
};

/**
 * A researcher's "fully sourced" mode (`"provenance": { "required": true }`): every statement
 * cites a source or states its certainty, context statements (country, municipality, period,
 * fields, purpose) included. The statements of a library (declared in another file) are the
 * library's, and a decision is reported on its header, not on its whole block.
 */
export const unsourcedStatement: RuleDefinition = {
    code: 'SK-SRC-002', area: 'SRC', defaultSeverity: 'warning', scope: 'model',
    summary: 'With `"provenance": { "required": true }`: every statement cites a source or states its certainty.',
    check({ model, config }, report) {
        if (!config.provenance.required) return;
        const source = firstCitableSource(model);
        const remedy: RuleMessage = source !== undefined
            ? {
                en: `Cite a source (\`[${source}]\`, with a page: \`[${source} "p. 12"]\`) or state the certainty (\`[assumed]\`, \`[illustrative]\`).`,
                nb: `Siter en kilde (\`[${source}]\`, med side: \`[${source} "s. 12"]\`), eller oppgi hvor sikkert det er (\`[assumed]\`, \`[illustrative]\`).`,
                da: `Citér en kilde (\`[${source}]\`, med side: \`[${source} "s. 12"]\`), eller angiv, hvor sikkert det er (\`[assumed]\`, \`[illustrative]\`).`
            }
            : {
                en: 'The model declares no source with an id: declare one (`source id is report "…"`) and cite it, or state the certainty (`[assumed]`, `[illustrative]`).',
                nb: 'Modellen oppgir ingen kilde med id: oppgi en (`source id is report "…"`) og siter den, eller oppgi hvor sikkert det er (`[assumed]`, `[illustrative]`).',
                da: 'Modellen angiver ingen kilde med id: angiv en (`source id is report "…"`), og citér den, eller angiv, hvor sikkert det er (`[assumed]`, `[illustrative]`).'
            };
        const headers = new Map<SourceRange, SourceRange>(model.decisions.map(decision => [decision.range, { ...decision.range, end: decision.nameRange.end }]));
        for (const statement of provenanceIndexOf(model).unsourced) {
            if (statement.range.uri !== model.uri) continue;
            const range = headers.get(statement.range) ?? statement.range;
            report(hit({
                en: `This statement cites no source and states no certainty; with "provenance": { "required": true } every statement must. ${remedy.en}`,
                nb: `Dette utsagnet siterer ingen kilde og oppgir ikke hvor sikkert det er; med "provenance": { "required": true } må hvert utsagn gjøre det. ${remedy.nb}`,
                da: `Dette udsagn citerer ingen kilde og angiver ikke, hvor sikkert det er; med "provenance": { "required": true } skal hvert udsagn gøre det. ${remedy.da}`
            }, range, { fix: 'add-citation', source }));
        }
    }
};

/**
 * A source without an id (`source report "…"`, the form from before citations) cannot be cited.
 * Reported only where citing is what the model does: when it cites another source, or in the
 * fully sourced mode. A model that cites nothing is not told about it on every source.
 */
export const anonymousSource: RuleDefinition = {
    code: 'SK-SRC-003', area: 'SRC', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a source without an id cannot be cited (reported when the model cites another source, or with `"provenance": { "required": true }`).',
    check({ model, config }, report) {
        const anonymous = model.context.sources.filter(source => source.id === undefined);
        if (anonymous.length === 0) return;
        if (!config.provenance.required && citedSources(model).size === 0) return;
        for (const source of anonymous) {
            report(hit({
                en: `This source has no id, so no statement can cite it. Give it one (\`source id is ${source.kind} "…"\`) and cite it as \`[id]\`.`,
                nb: `Denne kilden har ingen id, så ingen utsagn kan sitere den. Gi den en (\`source id is ${source.kind} "…"\`), og siter den som \`[id]\`.`,
                da: `Denne kilde har intet id, så intet udsagn kan citere den. Giv den et (\`source id is ${source.kind} "…"\`), og citér den som \`[id]\`.`
            }, source.range));
        }
    }
};

export const SOURCE_RULES: readonly RuleDefinition[] = [unusedSource, unsourcedStatement, anonymousSource];
