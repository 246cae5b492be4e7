import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode, type MaybePromise } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { provenanceIndexOf, type ProvenanceIndex } from '../analysis/provenance.js';
import { partyId, rangeOf } from '../model/build-model.js';
import type { ActorKind, PartnershipModel, Provenance } from '../model/partnership-model.js';
import { sectorOf } from '../model/sectors.js';
import type { SamskapServices } from '../samskap-module.js';
import { actorHoverMarkdown, bodyHoverMarkdown, budgetHoverMarkdown, decisionHoverMarkdown, modelHoverMarkdown } from './classification-markdown.js';
import { keywordDocFor, keywordHoverMarkdown, languageDocLink } from './keyword-docs.js';
import { VALUE_SETS } from './samskap-completion.js';
import { citationCount, citationMarkdown, provenanceMarkdown, sourceMarkdown } from './provenance-markdown.js';

/**
 * Langium's hover (doc comments) plus the computed classifications with their evidence for a
 * model's name, an actor, a body, a decision and a budget, and where facts come from: on a
 * statement its citations with the sources' full references and its certainty, on a citation or
 * a source declaration the source. Reads the cached PartnershipModel and Classification.
 */
export class SamskapHoverProvider extends MultilineCommentHoverProvider {
    private readonly samskap: SamskapServices;

    constructor(services: SamskapServices) {
        super(services);
        this.samskap = services;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const base = await super.getHoverContent(document, params);
        const keyword = this.keywordContent(document, params);
        const sourced = this.provenanceContent(document, params);
        const extra = await this.classificationContent(document, params);
        if (!extra && !sourced && !keyword) {
            return base;
        }
        const contents = base?.contents;
        const baseText = typeof contents === 'object' && contents !== null && 'value' in contents && !Array.isArray(contents) ? contents.value : '';
        return { contents: { kind: 'markdown', value: [baseText, sourced ?? '', extra ?? '', keyword ?? ''].filter(text => text.length > 0).join('\n\n---\n\n') } };
    }

    /**
     * On a keyword, after what is said about the statement itself, what the construct it belongs to is, with its syntax and a link to its section
     * of the language reference; on a value of a value set (`municipality` after `is`), which set
     * it is from. Names that happen to be soft keywords are names, not keywords.
     */
    private keywordContent(document: LangiumDocument, params: HoverParams): string | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && leafAt(root, document.textDocument.offsetAt(params.position));
        if (!leaf || !GrammarAST.isKeyword(leaf.grammarSource) || !/^([A-Za-z_0-9]+|->)$/.test(leaf.text)) return undefined;
        const rule = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule);
        // A certainty's own hover (the provenance's) says what it means for this statement.
        if (!rule || NAME_RULES.has(rule.name) || rule.name === 'Certainty') return undefined;
        const valueSet = rule && VALUE_SETS[rule.name];
        if (valueSet) {
            const detail = rule.name === 'ActorKind' ? `${valueSet}, ${sectorOf(leaf.text as ActorKind).replace('_', ' ')} sector` : valueSet;
            return `\`${leaf.text}\`: a value of the ${detail}.\n\n[Language reference: value sets](${languageDocLink('value-sets')})`;
        }
        const doc = keywordDocFor(leaf.astNode);
        return doc && keywordHoverMarkdown(doc);
    }

    /**
     * Where the fact under the cursor comes from: on a citation, the cited source; on a source
     * declaration, the source and how often it is cited; on any other part of a statement but a
     * reference (which shows what it refers to), the statement's citations and certainty.
     */
    private provenanceContent(document: LangiumDocument, params: HoverParams): string | undefined {
        const root = document.parseResult.value;
        if (!ast.isDocument(root) || !root.$cstNode) return undefined;
        const leaf = leafAt(root.$cstNode, document.textDocument.offsetAt(params.position));
        const modelNode = leaf && AstUtils.getContainerOfType(leaf.astNode, ast.isModel);
        if (!leaf || !modelNode) return undefined;
        const model = this.samskap.analysis.PartnershipModelProvider.getModels(document)[root.elements.filter(ast.isModel).indexOf(modelNode)];
        if (!model) return undefined;
        const language = this.samskap.analysis.Configuration.config.display.language;
        const index = provenanceIndexOf(model);
        const uri = document.uri.toString();
        const citation = AstUtils.getContainerOfType(leaf.astNode, ast.isCitation);
        if (citation) {
            const provenance = statementProvenance(model, index, citation.$container.$container, uri);
            const cited = provenance?.citations[citation.$containerIndex ?? -1] ?? { source: citation.source.$refText, locator: citation.locator };
            return citationMarkdown(cited, index.sources.get(cited.source), provenance?.certainty, language);
        }
        if (ast.isSourceStatement(leaf.astNode)) {
            const start = rangeOf(leaf.astNode, uri).start;
            const source = model.context.sources.find(candidate => candidate.range.start.line === start.line && candidate.range.start.character === start.character);
            return source && sourceMarkdown(source, language, source.id !== undefined ? citationCount(model, source.id) : 0);
        }
        if (GrammarAST.isCrossReference(GrammarUtils.findAssignment(leaf)?.terminal)) return undefined;
        const statement = ast.isProvenance(leaf.astNode) ? leaf.astNode.$container : statementOf(leaf.astNode);
        const provenance = statement && statementProvenance(model, index, statement, uri);
        return provenance && provenanceMarkdown(provenance, index.sources, language);
    }

    private classificationContent(document: LangiumDocument, params: HoverParams): MaybePromise<string | undefined> {
        const root = document.parseResult.value;
        if (!ast.isDocument(root) || !root.$cstNode) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const cstNode = CstUtils.findDeclarationNodeAtOffset(root.$cstNode, offset, this.grammarConfig.nameRegexp);
        if (!cstNode || cstNode.offset + cstNode.length <= offset) return undefined;
        const target = this.references.findDeclarations(cstNode)[0];
        const modelNode = AstUtils.getContainerOfType(cstNode.astNode, ast.isModel);
        if (!target || !modelNode) return undefined;
        const position = root.elements.filter(ast.isModel).indexOf(modelNode);
        const model = this.samskap.analysis.PartnershipModelProvider.getModels(document)[position];
        const classification = this.samskap.analysis.ClassificationProvider.getClassifications(document)[position];
        if (!model || !classification) return undefined;
        const language = this.samskap.analysis.Configuration.config.display.language;
        if (target === modelNode) return modelHoverMarkdown(model, classification, language);
        if (ast.isActor(target)) return actorHoverMarkdown(model, classification, partyId(target), language);
        if (ast.isDecision(target)) return decisionHoverMarkdown(model, classification, target.name, language);
        if (ast.isBudget(target)) return budgetHoverMarkdown(model, classification, target.name, language);
        if (ast.isBody(target)) return bodyHoverMarkdown(model, classification, target.name, language);
        return undefined;
    }
}

/** The rules of names: a soft keyword written as a name (a body called `board`) is a name there. */
const NAME_RULES = new Set(['Name', 'SoftKeyword', 'QualifiedName']);

/** The visible token under the cursor, or the one just before it (the cursor at the end of a word). */
function leafAt(root: CstNode, offset: number): LeafCstNode | undefined {
    for (const at of [offset, offset - 1]) {
        const leaf = at >= 0 ? CstUtils.findLeafNodeAtOffset(root, at) : undefined;
        if (leaf && !leaf.hidden && leaf.offset <= at && at < leaf.end) return leaf;
    }
    return undefined;
}

/** The statement a node belongs to that can carry a provenance (`[…]`), if any. */
function statementOf(node: AstNode): AstNode | undefined {
    let current: AstNode | undefined = node;
    while (current && ast.reflection.getTypeMetaData(current.$type).properties.provenance === undefined) {
        current = current.$container;
    }
    return current;
}

/** What the model keeps of a statement's provenance: the context's for a context statement, else the index's by the statement's start. */
function statementProvenance(model: PartnershipModel, index: ProvenanceIndex, statement: AstNode, uri: string): Provenance | undefined {
    const context = model.context.provenance;
    // The context keeps one provenance per kind of statement: a statement stating none shows none.
    if ('provenance' in statement && statement.provenance === undefined) return undefined;
    if (ast.isCountryStatement(statement)) return context?.country;
    if (ast.isMunicipalityStatement(statement)) return context?.municipality;
    if (ast.isPeriodStatement(statement)) return context?.period;
    if (ast.isFieldsStatement(statement)) return context?.fields;
    if (ast.isPurposeStatement(statement)) return context?.purposes;
    return index.of(rangeOf(statement, uri));
}
