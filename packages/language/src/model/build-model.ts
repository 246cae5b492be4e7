import { AstUtils, GrammarAST, isCompositeCstNode, isReference, type AstNode, type CstNode, type Reference } from 'langium';
import * as ast from '../generated/ast.js';
import type {
    Certainty, Citation, Provenance, ContextStatement, ContextStatementKind,
    ActorKind, CountryCode, Currency, DecisionLocus, DecisionRight, FundingKind, FundingLine, ModelContext,
    PartnershipActor, PartnershipModel, Quantity, Rate, RepeatedStatement, ResourceCategory, SourceRange, Unit,
    YearPeriod, ClaimFacts, CoCreationForm, DecisionRule
} from './partnership-model.js';
import { edgeTokensOf } from '../parser/cst-tokens.js';
import { extentKey, type BuiltFacts } from './built-facts.js';
import { sectorOf } from './sectors.js';
import { referencesIn } from '../scoping/ast-walk.js';

/** Supplies doc comments (`/** ... *\/`) for declarations; the language services pass theirs. */
export type DocumentationLookup = (node: AstNode) => string | undefined;

const CURRENCY_OF_COUNTRY: Partial<Record<CountryCode, Currency>> = { NO: 'NOK', DK: 'DKK', SE: 'SEK', FI: 'EUR' };
const CURRENCIES: ReadonlySet<string> = new Set<Currency>(['NOK', 'DKK', 'SEK', 'EUR']);

const CATEGORY_OF_KIND: Record<FundingKind, ResourceCategory> = {
    operating_grant: 'money',
    project_grant: 'money',
    volunteer_centre_grant: 'money',
    procurement_contract: 'money',
    contract_payment: 'money',
    donation: 'money',
    sponsorship: 'money',
    premises: 'premises',
    position: 'position',
    in_kind: 'in_kind',
    volunteer_hours: 'volunteer_hours',
    knowledge: 'knowledge'
};

/** The id a party is known by in the model: its name, or `library.name` for library actors. */
export function partyId(party: ast.Party): string {
    if (ast.isActor(party) && ast.isLibrary(party.$container)) {
        return `${party.$container.name}.${party.name}`;
    }
    return party.name;
}

/**
 * The range of an AST node's text, equal to `node.$cstNode.range`, read from its first and last
 * tokens directly (parser/cst-tokens.ts, edgeTokensOf). Langium's composite range caches one
 * object per CST level, and an edit resets those caches for everything after it: the model
 * build of a large file spent a third of its time there after every keystroke (bench/edit-loop.ts).
 */
export function rangeOf(node: AstNode, uri: string): SourceRange {
    const edges = edgeTokensOf(node);
    if (edges) {
        const { first, last } = edges;
        const start = { line: first._startLine, character: first._startColumn };
        return {
            uri,
            start,
            end: last._endLine < first._startLine ? { line: start.line, character: start.character } : { line: last._endLine, character: last._endColumn }
        };
    }
    const range = node.$cstNode?.range;
    return {
        uri,
        start: { line: range?.start.line ?? 0, character: range?.start.character ?? 0 },
        end: { line: range?.end.line ?? 0, character: range?.end.character ?? 0 }
    };
}

/** The feature each grammar element assigns to (`name` in `name=ID`), looked up once per element. */
const assignedFeature = new WeakMap<GrammarAST.AbstractElement, string | null>();

function featureOf(element: GrammarAST.AbstractElement | undefined): string | undefined {
    if (!element) {
        return undefined;
    }
    let feature = assignedFeature.get(element);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(element, GrammarAST.isAssignment)?.feature ?? null;
        assignedFeature.set(element, feature);
    }
    return feature ?? undefined;
}

/**
 * The first CST node assigning `property` of the node's own AST node: what
 * `GrammarUtils.findNodeForProperty(cst, property)` returns, found depth first with an early
 * exit and a cached grammar lookup instead of collecting every match of the whole subtree
 * (a quarter of building the model of the 5,000-line benchmark).
 */
function firstNodeForProperty(cst: CstNode, property: string, element: AstNode, first: boolean): CstNode | undefined {
    if (!first && featureOf(cst.grammarSource) === property) {
        return cst;
    }
    if (isCompositeCstNode(cst) && cst.astNode === element) {
        for (const child of cst.content) {
            const found = firstNodeForProperty(child, property, element, false);
            if (found) {
                return found;
            }
        }
    }
    return undefined;
}

function nameRangeOf(node: AstNode, uri: string): SourceRange {
    const nameNode = node.$cstNode ? firstNodeForProperty(node.$cstNode, 'name', node.$cstNode.astNode, true) : undefined;
    if (!nameNode) {
        return rangeOf(node, uri);
    }
    // A leaf's `range` is a new object per read: read it once.
    const { start, end } = nameNode.range;
    return { uri, start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } };
}

/** Appends what each reference resolves to ('' when unresolved), then a separator. */
function addTargets(key: unknown[], references: ReadonlyArray<Reference<ast.Party> | undefined> | undefined): unknown[] {
    for (const reference of references ?? []) {
        const target = reference?.ref;
        key.push(target && isCompleteParty(target) ? partyId(target) : '');
    }
    key.push('|');
    return key;
}

function decisionKey(decision: ast.Decision): unknown[] {
    const key = extentKey(decision);
    addTargets(key, [decision.owner]);
    for (const locus of decision.loci) {
        if (locus.joint) {
            key.push('joint');
            addTargets(key, locus.joint.parties);
        } else {
            key.push('party');
            addTargets(key, [locus.party]);
        }
    }
    for (const right of decision.rights) {
        key.push('right');
        addTargets(key, right.parties);
    }
    return key;
}

function periodOf(period: ast.Period | undefined): YearPeriod | undefined {
    // A start refused by the parser (a fractional year, samskap-value-converter.ts) leaves none.
    if (!period || period.start === undefined) {
        return undefined;
    }
    return period.end === undefined ? { start: period.start } : { start: period.start, end: period.end };
}

function rateOf(rate: string | undefined): Rate | undefined {
    switch (rate) {
        case undefined: return undefined;
        case 'once': return 'once';
        default: return rate.includes('month') ? 'per_month' : 'per_year';
    }
}

function quantityOf(amount: ast.Amount): Quantity {
    return { value: amount.value, unit: amount.unit as Unit | undefined, rate: rateOf(amount.rate) };
}

/** An amount with a value: the parser refuses numbers beyond a double and leaves the value unset. */
function hasValue(amount: ast.Amount | undefined): amount is ast.Amount {
    return amount !== undefined && typeof amount.value === 'number';
}

/** Blank titles (`actor a "" is …`) show as the name: a label, heading or message needs text. */
function titleOf(node: { readonly title?: string; readonly name: string }): string {
    return node.title !== undefined && node.title.trim().length > 0 ? node.title : node.name;
}

/** How a model the parser could not name is shown (it has a syntax error already). */
export const UNNAMED_MODEL = '(unnamed model)';

/**
 * Whether a declaration is complete enough to be a fact. While the user types, the parser
 * recovers with nodes that lack mandatory parts (`actor a "A" is` has no kind); such a node
 * is reported as a syntax error and left out of the model, with every reference to it.
 */
export function isCompleteParty(party: ast.Party): boolean {
    return party.name !== undefined && (!ast.isActor(party) || (party.kind !== undefined && (!ast.isLibrary(party.$container) || party.$container.name !== undefined)));
}

/**
 * Resolved targets only: unresolved references are reported by the linker already, and a fact
 * about a party that does not exist would only repeat that error in every rule downstream.
 */
function resolvedIds(references: ReadonlyArray<Reference<ast.Party> | undefined> | undefined): string[] {
    const ids: string[] = [];
    for (const reference of references ?? []) {
        const target = reference?.ref;
        if (target && isCompleteParty(target)) {
            ids.push(partyId(target));
        }
    }
    return ids;
}

function resolvedId(reference: Reference<ast.Party> | undefined): string | undefined {
    const target = reference?.ref;
    return target && isCompleteParty(target) ? partyId(target) : undefined;
}

/** Money in the model's currency, per year or once; undefined when it cannot be known honestly. */
function moneyOf(quantity: Quantity | undefined, currency: Currency | undefined): { yearly?: number; once?: number } {
    if (!quantity || !currency || quantity.unit !== currency) {
        return {};
    }
    switch (quantity.rate) {
        case 'per_year': return { yearly: quantity.value };
        case 'per_month': return { yearly: quantity.value * 12 };
        // A sum without a rate is read as one sum for the whole line, as a grant letter would state it.
        case 'once':
        case undefined: return { once: quantity.value };
    }
}

/**
 * What a statement says of its own provenance: the sources it cites (by id, as written: an id that
 * resolves to no source is a linking error) and its certainty, `stated` when it only cites.
 */
export function provenanceOf(node: ast.Provenance | undefined): Provenance | undefined {
    if (!node) return undefined;
    const citations: Citation[] = [];
    for (const citation of node.citations) {
        const source = citation.source?.$refText;
        if (!source) continue;
        citations.push(citation.locator !== undefined ? { source, locator: citation.locator } : { source });
    }
    const certainty = (node.certainty as Certainty | undefined) ?? (citations.length > 0 ? 'stated' : undefined);
    return certainty ? { citations, certainty } : undefined;
}

function contextProvenance(nodes: Record<'country' | 'municipality' | 'period' | 'fields' | 'purposes', ast.Provenance | undefined>): ModelContext['provenance'] {
    const result: NonNullable<ModelContext['provenance']> = {};
    let any = false;
    for (const [key, node] of Object.entries(nodes) as Array<[keyof typeof nodes, ast.Provenance | undefined]>) {
        const provenance = provenanceOf(node);
        if (provenance) {
            result[key] = provenance;
            any = true;
        }
    }
    return any ? result : undefined;
}

class PartnershipModelBuilder {
    private readonly actorsById = new Map<string, PartnershipActor>();
    private readonly repeated: RepeatedStatement[] = [];

    constructor(
        private readonly model: ast.Model,
        private readonly uri: string,
        private readonly documentation: DocumentationLookup,
        private readonly facts: BuiltFacts | undefined
    ) {}

    /** The fact kept for the node under this key, else built (and kept, when there is a store). */
    private reused<T>(node: AstNode, key: readonly unknown[], build: () => T): T {
        return this.facts ? this.facts.reused(node, key, build) : build();
    }

    build(): PartnershipModel {
        const { model, uri } = this;
        for (const actor of model.actors.filter(isCompleteParty)) {
            this.addActor(actor);
        }
        // Library actors become participants as soon as the model refers to them, in statement
        // order. Most models refer to none: the references the linker walked (kept on the tree)
        // tell at a glance, and the ordered walk runs only when one does.
        if (referencesIn(model).some(info => isReference(info.reference) && isLibraryActor(info.reference.ref))) {
            this.forEachPartyReference(reference => {
                // Half-typed statements (`a ->` with no target) leave the reference itself missing.
                const target = reference?.ref;
                if (isLibraryActor(target) && isCompleteParty(target)) {
                    this.addActor(target);
                }
            });
        }
        const context = this.buildContext();
        const budgets = model.budgets.filter(budget => budget.name !== undefined && hasValue(budget.amount)).map(budget => ({
            id: budget.name,
            title: titleOf(budget),
            amount: quantityOf(budget.amount),
            period: periodOf(budget.period),
            provenance: provenanceOf(budget.provenance),
            range: rangeOf(budget, uri),
            nameRange: nameRangeOf(budget, uri)
        }));
        const governance = this.single(model.governance.filter(g => g.mode !== undefined), 'governance');
        const anchoring = this.single(model.anchorings, 'anchoring');
        // Parse recovery can leave a model without a name: never "undefined" in a message.
        const name = model.name ?? '';
        return {
            name,
            title: model.title !== undefined && model.title.trim().length > 0 ? model.title : model.name ?? UNNAMED_MODEL,
            uri,
            documentation: this.documentation(model),
            context,
            actors: [...this.actorsById.values()],
            roles: model.roles.filter(named).map(role => ({
                id: role.name,
                title: titleOf(role),
                kind: role.kind as PartnershipModel['roles'][number]['kind'],
                holders: resolvedIds(role.holders),
                provenance: provenanceOf(role.provenance),
                range: rangeOf(role, uri),
                nameRange: nameRangeOf(role, uri)
            })),
            bodies: model.bodies.filter(named).map(body => this.reused(body, addTargets(addTargets(addTargets(extentKey(body), body.members), body.observers), [body.chair]), () => ({
                id: body.name,
                title: titleOf(body),
                kind: body.kind as PartnershipModel['bodies'][number]['kind'],
                members: resolvedIds(body.members),
                observers: resolvedIds(body.observers),
                rule: body.rule as PartnershipModel['bodies'][number]['rule'],
                level: body.level as PartnershipModel['bodies'][number]['level'],
                chair: resolvedId(body.chair),
                documentation: this.documentation(body),
                provenance: provenanceOf(body.provenance),
                range: rangeOf(body, uri),
                nameRange: nameRangeOf(body, uri)
            }))),
            initiatives: model.initiatives.map(initiative => ({
                initiators: resolvedIds(initiative.initiators),
                year: initiative.year,
                provenance: provenanceOf(initiative.provenance),
                range: rangeOf(initiative, uri)
            })),
            involvements: model.involvements.flatMap(involvement => {
                const party = resolvedId(involvement.party);
                return party && involvement.phase
                    ? [{ party, phase: involvement.phase as PartnershipModel['involvements'][number]['phase'], provenance: provenanceOf(involvement.provenance), range: rangeOf(involvement, uri) }]
                    : [];
            }),
            definitions: model.definitions.map(definition => ({
                aspect: definition.aspect as 'goals' | 'content',
                definers: resolvedIds(definition.definers),
                rule: definition.rule as PartnershipModel['definitions'][number]['rule'],
                provenance: provenanceOf(definition.provenance),
                range: rangeOf(definition, uri)
            })),
            activities: model.activities.filter(named).map(activity => this.reused(activity, addTargets(extentKey(activity), activity.performers), () => ({
                id: activity.name,
                title: titleOf(activity),
                phases: activity.phases as PartnershipModel['activities'][number]['phases'],
                mode: activity.mode === 'jointly' || activity.mode === 'separately' ? activity.mode : 'unspecified',
                performers: resolvedIds(activity.performers),
                provenance: provenanceOf(activity.provenance),
                range: rangeOf(activity, uri),
                nameRange: nameRangeOf(activity, uri)
            }))),
            decisions: model.decisions.filter(named).map(decision => this.reused(decision, decisionKey(decision), () => this.buildDecision(decision))),
            budgets,
            funding: this.buildFunding(context.currency, budgets),
            governance: governance && {
                mode: governance.mode as 'shared' | 'lead' | 'nao',
                organisation: resolvedId(governance.organisation),
                trust: governance.trust as 'low' | 'medium' | 'high' | undefined,
                goalConsensus: governance.goalConsensus as 'low' | 'medium' | 'high' | undefined,
                provenance: provenanceOf(governance.provenance),
                range: rangeOf(governance, uri)
            },
            anchoring: anchoring && {
                unit: anchoring.unit,
                decisionReference: anchoring.decisionReference,
                budgetLine: anchoring.budgetLine,
                provenance: provenanceOf(anchoring.provenance),
                range: rangeOf(anchoring, uri)
            },
            agreements: model.agreements.filter(named).map(agreement => ({
                id: agreement.name,
                title: titleOf(agreement),
                instrument: agreement.instrument as PartnershipModel['agreements'][number]['instrument'],
                parties: resolvedIds(agreement.parties),
                period: periodOf(agreement.period),
                evaluation: agreement.evaluation as PartnershipModel['agreements'][number]['evaluation'],
                termination: agreement.termination,
                pilot: agreement.pilot,
                continuation: agreement.continuation,
                provenance: provenanceOf(agreement.provenance),
                range: rangeOf(agreement, uri),
                nameRange: nameRangeOf(agreement, uri)
            })),
            claims: this.buildClaims(),
            repeated: this.repeated,
            blankTitles: this.blankTitles(),
            // `uses` with no name yet (parse recovery) has no reference at all.
            uses: model.uses.flatMap(use => {
                const library = use.library?.ref;
                return library?.name !== undefined ? [library.name] : [];
            }),
            range: rangeOf(model, uri),
            nameRange: nameRangeOf(model, uri)
        };
    }

    private addActor(actor: ast.Actor): void {
        const id = partyId(actor);
        if (this.actorsById.has(id)) {
            return;
        }
        const documentUri = ast.isLibrary(actor.$container) ? uriOfNode(actor) ?? this.uri : this.uri;
        // The owner's kind decides the side: an owner whose kind changes must rebuild the actor.
        const key = actor.owner ? [...addTargets(extentKey(actor), [actor.owner]), actor.owner.ref?.kind, actor.owner.ref?.sector] : extentKey(actor);
        this.actorsById.set(id, this.reused(actor, key, () => this.buildActor(actor, id, documentUri)));
    }

    private buildActor(actor: ast.Actor, id: string, documentUri: string): PartnershipActor {
        const kind = actor.kind as ActorKind;
        const owner = actor.owner?.ref;
        const ownerSector = owner && isCompleteParty(owner) && owner !== actor
            ? sectorOf(owner.kind as ActorKind, owner.sector as PartnershipActor['sector'] | undefined)
            : undefined;
        const sector = sectorOf(kind, (actor.sector as PartnershipActor['sector'] | undefined) ?? ownerSector);
        return {
            id,
            name: actor.name,
            title: titleOf(actor),
            kind,
            sector,
            isPublic: sector === 'public',
            owner: owner && isCompleteParty(owner) ? partyId(owner) : undefined,
            ownershipDeclared: actor.owner !== undefined || actor.sector !== undefined,
            provenance: provenanceOf(actor.provenance),
            library: ast.isLibrary(actor.$container) ? actor.$container.name : undefined,
            documentation: this.documentation(actor),
            range: rangeOf(actor, documentUri),
            nameRange: nameRangeOf(actor, documentUri)
        };
    }

    /** Every party reference of the model, in source statement order (a callback: a generator's `yield*` per list cost more than the visit). */
    private forEachPartyReference(visit: (reference: Reference<ast.Party> | undefined) => void): void {
        const m = this.model;
        const each = (references: ReadonlyArray<Reference<ast.Party>>): void => {
            for (const reference of references) visit(reference);
        };
        for (const role of m.roles) each(role.holders);
        for (const body of m.bodies) {
            each(body.members);
            each(body.observers);
            if (body.chair) visit(body.chair);
        }
        for (const initiative of m.initiatives) each(initiative.initiators);
        for (const involvement of m.involvements) visit(involvement.party);
        for (const definition of m.definitions) each(definition.definers);
        for (const activity of m.activities) each(activity.performers);
        for (const decision of m.decisions) {
            for (const locus of decision.loci) {
                if (locus.party) visit(locus.party);
                if (locus.joint) each(locus.joint.parties);
            }
            for (const right of decision.rights) each(right.parties);
        }
        for (const block of m.fundingBlocks) {
            for (const line of block.lines) {
                visit(line.from);
                visit(line.to);
            }
        }
        for (const governance of m.governance) if (governance.organisation) visit(governance.organisation);
        for (const agreement of m.agreements) each(agreement.parties);
    }

    /** Declarations of this model whose title is written but blank, in source order; undefined when none is. */
    private blankTitles(): PartnershipModel['blankTitles'] {
        const m = this.model;
        const declarations: ReadonlyArray<{ readonly title?: string; readonly name?: string; readonly $cstNode?: CstNode } & AstNode> = [
            m, ...m.actors, ...m.roles, ...m.bodies, ...m.activities, ...m.decisions, ...m.budgets, ...m.agreements
        ];
        const blank = declarations.filter(node => node.title !== undefined && node.title.trim().length === 0);
        return blank.length === 0 ? undefined : blank.map(node => ({ name: node.name ?? UNNAMED_MODEL, range: nameRangeOf(node, this.uri) }));
    }

    private single<T extends AstNode>(nodes: readonly T[], statement: string): T | undefined {
        for (const extra of nodes.slice(1)) {
            this.repeated.push({ statement, range: rangeOf(extra, this.uri) });
        }
        return nodes[0];
    }

    /**
     * The context statements with their ranges: the counted country, municipality and period (a
     * repeat is SK-REF-003's), and every `fields` and `purpose` statement (they add up).
     */
    private contextStatements(single: ReadonlyArray<ast.CountryStatement | ast.MunicipalityStatement | ast.PeriodStatement | undefined>): ContextStatement[] {
        const kindOf = (node: ast.ContextStatement): ContextStatementKind | undefined => {
            if (ast.isCountryStatement(node)) return 'country';
            if (ast.isMunicipalityStatement(node)) return 'municipality';
            if (ast.isPeriodStatement(node)) return 'period';
            if (ast.isFieldsStatement(node)) return 'fields';
            if (ast.isPurposeStatement(node)) return 'purposes';
            return undefined;
        };
        const counted = new Set<ast.ContextStatement>(single.filter(node => node !== undefined));
        const result: ContextStatement[] = [];
        for (const node of this.model.context) {
            const kind = kindOf(node);
            if (!kind || ((kind === 'country' || kind === 'municipality' || kind === 'period') && !counted.has(node))) continue;
            const provenance = 'provenance' in node ? provenanceOf(node.provenance) : undefined;
            result.push(provenance ? { kind, range: rangeOf(node, this.uri), provenance } : { kind, range: rangeOf(node, this.uri) });
        }
        return result;
    }

    private buildContext(): ModelContext {
        const statements = this.model.context;
        const country = this.single(statements.filter(ast.isCountryStatement), 'country');
        const municipality = this.single(statements.filter(ast.isMunicipalityStatement), 'municipality');
        const period = this.single(statements.filter(ast.isPeriodStatement), 'period');
        const countryCode = country?.country as CountryCode | undefined;
        return {
            country: countryCode,
            municipality: municipality?.municipality,
            period: periodOf(period?.period),
            periodRange: period ? rangeOf(period, this.uri) : undefined,
            fields: [...new Set(statements.filter(ast.isFieldsStatement).flatMap(s => s.fields))] as ModelContext['fields'],
            purposes: [...new Set(statements.filter(ast.isPurposeStatement).flatMap(s => s.values))] as ModelContext['purposes'],
            sources: statements.filter(ast.isSourceStatement).filter(s => s.kind !== undefined && s.description !== undefined).map(s => ({
                id: s.name,
                kind: s.kind as ModelContext['sources'][number]['kind'],
                description: s.description,
                date: s.date,
                url: s.url,
                range: rangeOf(s, this.uri)
            })),
            goals: statements.filter(ast.isGoalStatement).filter(s => s.text !== undefined)
                .map(s => ({ text: s.text, provenance: provenanceOf(s.provenance), range: rangeOf(s, this.uri) })),
            provenance: contextProvenance({
                country: country?.provenance,
                municipality: municipality?.provenance,
                period: period?.provenance,
                fields: statements.filter(ast.isFieldsStatement).find(s => s.provenance)?.provenance,
                purposes: statements.filter(ast.isPurposeStatement).find(s => s.provenance)?.provenance
            }),
            statements: this.contextStatements([country, municipality, period]),
            currency: (countryCode && CURRENCY_OF_COUNTRY[countryCode]) ?? this.firstCurrency()
        };
    }

    private firstCurrency(): Currency | undefined {
        const amounts = [
            ...this.model.budgets.map(b => b.amount),
            ...this.model.fundingBlocks.flatMap(block => block.lines.map(line => line.amount))
        ];
        const unit = amounts.find(amount => amount?.unit !== undefined && CURRENCIES.has(amount.unit))?.unit;
        return unit as Currency | undefined;
    }

    private buildDecision(decision: ast.Decision): PartnershipModel['decisions'][number] {
        const uri = this.uri;
        const loci: DecisionLocus[] = [];
        const rights: DecisionRight[] = [];
        for (const locus of decision.loci) {
            const range = rangeOf(locus, uri);
            const provenance = provenanceOf(locus.provenance);
            if (locus.joint) {
                const parties = resolvedIds(locus.joint.parties);
                loci.push({ kind: 'joint', parties, rule: locus.joint.rule as DecisionRule | undefined, range, provenance });
                for (const party of parties) rights.push({ party, right: 'decide', range, provenance });
            } else {
                const party = resolvedId(locus.party);
                if (party) {
                    loci.push({ kind: 'party', party, range, provenance });
                    rights.push({ party, right: 'decide', range, provenance });
                }
            }
        }
        for (const assignment of decision.rights) {
            const range = rangeOf(assignment, uri);
            for (const party of resolvedIds(assignment.parties)) {
                rights.push({
                    party,
                    right: assignment.right as DecisionRight['right'],
                    iap2: assignment.iap2 as DecisionRight['iap2'],
                    arnstein: assignment.arnstein as DecisionRight['arnstein'],
                    feedback: assignment.feedback,
                    provenance: provenanceOf(assignment.provenance),
                    range
                });
            }
        }
        return {
            id: decision.name,
            title: titleOf(decision),
            owner: resolvedId(decision.owner),
            level: decision.level as PartnershipModel['decisions'][number]['level'],
            provenance: provenanceOf(decision.provenance),
            loci,
            rights,
            range: rangeOf(decision, uri),
            nameRange: nameRangeOf(decision, uri)
        };
    }

    private buildFunding(currency: Currency | undefined, budgets: PartnershipModel['budgets']): FundingLine[] {
        const budgetById = new Map(budgets.map(budget => [budget.id, budget]));
        const lines: FundingLine[] = [];
        for (const line of this.model.fundingBlocks.flatMap(block => block.lines)) {
            const from = resolvedId(line.from);
            const to = resolvedId(line.to);
            if (!from || !to || line.kind === undefined) {
                continue;
            }
            const build = (): FundingLine => this.buildFundingLine(line, from, to, lines.length, currency, budgetById);
            // A share of a budget depends on the budget's amount: only lines without one are reused.
            lines.push(line.share === undefined
                ? this.reused(line, [...extentKey(line), from, to, currency, line.item?.ref?.name, lines.length], build)
                : build());
        }
        return lines;
    }

    private buildFundingLine(
        line: ast.FundingLine, from: string, to: string, index: number, currency: Currency | undefined,
        budgetById: ReadonlyMap<string, PartnershipModel['budgets'][number]>
    ): FundingLine {
        const kind = line.kind as FundingKind;
        const amount = hasValue(line.amount) ? quantityOf(line.amount) : undefined;
        const item = line.item?.ref?.name;
        let money = moneyOf(amount, currency);
        const budget = item !== undefined ? budgetById.get(item) : undefined;
        if (!amount && line.share !== undefined && budget) {
            const budgetMoney = moneyOf(budget.amount, currency);
            money = {
                yearly: budgetMoney.yearly === undefined ? undefined : (budgetMoney.yearly * line.share) / 100,
                once: budgetMoney.once === undefined ? undefined : (budgetMoney.once * line.share) / 100
            };
        }
        return {
            index,
            from,
            to,
            kind,
            category: CATEGORY_OF_KIND[kind],
            amount,
            sharePercent: line.share,
            item,
            period: periodOf(line.period),
            requirements: line.requirements as FundingLine['requirements'],
            description: line.description,
            yearlyAmount: CATEGORY_OF_KIND[kind] === 'money' ? money.yearly : undefined,
            onceAmount: CATEGORY_OF_KIND[kind] === 'money' ? money.once : undefined,
            provenance: provenanceOf(line.provenance),
            range: rangeOf(line, this.uri)
        };
    }

    private buildClaims(): ClaimFacts {
        const formClaim = this.single(this.model.claims.filter(claim => claim.form !== undefined), 'claim form');
        const partnershipClaim = this.model.claims.find(claim => claim.partnership);
        return {
            form: formClaim && { value: formClaim.form as CoCreationForm, range: rangeOf(formClaim, this.uri), provenance: provenanceOf(formClaim.provenance) },
            partnership: partnershipClaim && { range: rangeOf(partnershipClaim, this.uri), provenance: provenanceOf(partnershipClaim.provenance) }
        };
    }
}

function isLibraryActor(node: AstNode | undefined): node is ast.Actor {
    return ast.isActor(node) && ast.isLibrary(node.$container);
}

/** Declarations whose name the user has typed; the others are syntax errors, not facts yet. */
function named(node: { readonly name?: string }): boolean {
    return node.name !== undefined;
}

function uriOfNode(node: AstNode): string | undefined {
    let current: AstNode | undefined = node;
    while (current?.$container) {
        current = current.$container;
    }
    return (current as { $document?: { uri: { toString(): string } } } | undefined)?.$document?.uri.toString();
}

/**
 * Builds the plain PartnershipModel of one `model` block. Pure: reads the linked AST only. With
 * `facts`, the facts of statements unchanged since the last build with the same store are reused.
 */
export function buildPartnershipModel(model: ast.Model, uri: string, documentation: DocumentationLookup = () => undefined, facts?: BuiltFacts): PartnershipModel {
    return new PartnershipModelBuilder(model, uri, documentation, facts).build();
}
