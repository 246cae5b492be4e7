import type { Certainty, ModelSource, PartnershipModel, Provenance, SourceRange } from '../model/partnership-model.js';

/**
 * Where the facts behind a result come from. Every fact keeps the provenance its statement states
 * (`[guribye "p. 23"; inferred]`); evidence keeps the ranges of the statements it read. This index
 * joins the two, so hover, `--explain`, the site and the matrices can say "goals defined jointly —
 * interview 2 (stated), agreement § 3 (stated)" without any classification knowing of sources.
 */
export interface SourcedStatement {
    readonly range: SourceRange;
    readonly provenance?: Provenance;
}

/** The statements of a model that can carry a provenance, each with its range. */
export function sourcedStatements(model: PartnershipModel): SourcedStatement[] {
    const statements: SourcedStatement[] = [];
    const add = (fact: SourcedStatement): void => {
        statements.push(fact);
    };
    model.context.goals.forEach(add);
    model.actors.forEach(add);
    model.roles.forEach(add);
    model.bodies.forEach(add);
    model.initiatives.forEach(add);
    model.involvements.forEach(add);
    model.definitions.forEach(add);
    model.activities.forEach(add);
    for (const decision of model.decisions) {
        add(decision);
        decision.loci.forEach(add);
        // `decide` rights repeat their locus's range and provenance: the loci stand for them.
        decision.rights.filter(right => right.right !== 'decide').forEach(add);
    }
    model.budgets.forEach(add);
    model.funding.forEach(add);
    if (model.governance) add(model.governance);
    if (model.anchoring) add(model.anchoring);
    model.agreements.forEach(add);
    if (model.claims.form) add(model.claims.form);
    if (model.claims.partnership) add(model.claims.partnership);
    return statements;
}

function keyOf(range: SourceRange): string {
    return `${range.uri}#${range.start.line}:${range.start.character}`;
}

/** One statement's provenance as read for a piece of evidence. */
export interface EvidenceProvenance {
    readonly range: SourceRange;
    /** Undefined when the statement states none (neither a citation nor a certainty). */
    readonly provenance?: Provenance;
}

export class ProvenanceIndex {
    private readonly byStart = new Map<string, Provenance | undefined>();
    readonly sources: ReadonlyMap<string, ModelSource>;
    /** Every statement stating `assumed` or `illustrative`, in model order. */
    readonly uncertain: readonly SourcedStatement[];
    /** Statements that state no provenance at all, context statements (country, period, …) included, in model order. */
    readonly unsourced: readonly SourcedStatement[];

    constructor(readonly model: PartnershipModel) {
        const statements = sourcedStatements(model);
        // Context statements: asked for by the fully sourced mode and the hover, but kept out of
        // `uncertain`, which the documents complete with the context's own provenance.
        const context = model.context.statements ?? [];
        for (const statement of context) {
            const key = keyOf(statement.range);
            if (!this.byStart.has(key) || statement.provenance) this.byStart.set(key, statement.provenance);
        }
        for (const statement of statements) {
            // Declarations are also pointed at by their name (evidence naming an actor does).
            const named = (statement as { readonly nameRange?: SourceRange }).nameRange;
            for (const range of named ? [statement.range, named] : [statement.range]) {
                const key = keyOf(range);
                if (!this.byStart.has(key) || statement.provenance) this.byStart.set(key, statement.provenance);
            }
        }
        this.sources = new Map(model.context.sources.filter(source => source.id !== undefined).map(source => [source.id!, source]));
        this.uncertain = statements.filter(statement => isUncertain(statement.provenance?.certainty));
        this.unsourced = [...context, ...statements].filter(statement => !statement.provenance);
    }

    /** The provenance of the statement starting where `range` starts, if that statement states one. */
    of(range: SourceRange): Provenance | undefined {
        return this.byStart.get(keyOf(range));
    }

    /** The statements behind a piece of evidence, each once, in the order of the ranges. */
    behind(ranges: readonly SourceRange[]): EvidenceProvenance[] {
        const seen = new Set<string>();
        const result: EvidenceProvenance[] = [];
        for (const range of ranges) {
            const key = keyOf(range);
            if (seen.has(key)) continue;
            seen.add(key);
            result.push({ range, provenance: this.byStart.get(key) });
        }
        return result;
    }

    /** True when any statement behind the ranges is only assumed or illustrative. */
    restsOnUncertain(ranges: readonly SourceRange[]): boolean {
        return ranges.some(range => isUncertain(this.byStart.get(keyOf(range))?.certainty));
    }
}

const indexes = new WeakMap<PartnershipModel, ProvenanceIndex>();

/** The provenance index of a model, built once per model object. */
export function provenanceIndexOf(model: PartnershipModel): ProvenanceIndex {
    let index = indexes.get(model);
    if (!index) {
        index = new ProvenanceIndex(model);
        indexes.set(model, index);
    }
    return index;
}

/** Assumed and illustrative facts are not findings: every output marks them. */
export function isUncertain(certainty: Certainty | undefined): boolean {
    return certainty === 'assumed' || certainty === 'illustrative';
}

/** "guribye p. 23, koordinator (inferred)"; "(illustrative)" alone when nothing is cited. English; the site translates the certainty. */
export function provenanceText(provenance: Provenance, certaintyLabel: (certainty: Certainty) => string = certainty => certainty): string {
    const cited = provenance.citations.map(citation => citation.locator ? `${citation.source} ${citation.locator}` : citation.source).join(', ');
    return cited ? `${cited} (${certaintyLabel(provenance.certainty)})` : `(${certaintyLabel(provenance.certainty)})`;
}
