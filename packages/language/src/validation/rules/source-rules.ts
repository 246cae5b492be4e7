import { provenanceIndexOf, sourcedStatements } from '../../analysis/provenance.js';
import type { PartnershipModel, Provenance, SourceRange } from '../../model/partnership-model.js';
import { hit, type RuleDefinition } from '../rule.js';

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
    for (const provenance of Object.values(model.context.provenance ?? {})) {
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
                report(hit(`The source "${source.id}" is cited by no statement. Cite it where a statement rests on it (\`[${source.id}]\`, with a page: \`[${source.id} "p. 12"]\`), or remove it.`, source.range));
            }
        }
    }
};

/**
 * A researcher's "fully sourced" mode (`"provenance": { "required": true }`): every statement
 * cites a source or states its certainty. The statements of a library (declared in another file)
 * are the library's, and a decision is reported on its header, not on its whole block.
 */
export const unsourcedStatement: RuleDefinition = {
    code: 'SK-SRC-002', area: 'SRC', defaultSeverity: 'warning', scope: 'model',
    summary: 'With `"provenance": { "required": true }`: every statement cites a source or states its certainty.',
    check({ model, config }, report) {
        if (!config.provenance.required) return;
        const source = firstCitableSource(model);
        const remedy = source !== undefined
            ? `Cite a source (\`[${source}]\`, with a page: \`[${source} "p. 12"]\`) or state the certainty (\`[assumed]\`, \`[illustrative]\`).`
            : 'The model declares no source with an id: declare one (`source id is report "…"`) and cite it, or state the certainty (`[assumed]`, `[illustrative]`).';
        const headers = new Map<SourceRange, SourceRange>(model.decisions.map(decision => [decision.range, { ...decision.range, end: decision.nameRange.end }]));
        for (const statement of provenanceIndexOf(model).unsourced) {
            if (statement.range.uri !== model.uri) continue;
            const range = headers.get(statement.range) ?? statement.range;
            report(hit(`This statement cites no source and states no certainty; with "provenance": { "required": true } every statement must. ${remedy}`, range, { fix: 'add-citation', source }));
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
            report(hit(`This source has no id, so no statement can cite it. Give it one (\`source id is ${source.kind} "…"\`) and cite it as \`[id]\`.`, source.range));
        }
    }
};

export const SOURCE_RULES: readonly RuleDefinition[] = [unusedSource, unsourcedStatement, anonymousSource];
