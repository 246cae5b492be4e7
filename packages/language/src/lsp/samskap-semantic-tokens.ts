import {
    AstUtils, GrammarAST, GrammarUtils, isReference, type AstNode, type CstNode, type Reference
} from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { visibleLeaves } from './visible-leaves.js';

/**
 * Data type rules whose words are structure rather than a value the author chose: they stay
 * keywords. Every other keyword-only data type rule is a value set (actor kinds, phases, …).
 */
const STRUCTURAL_RULES: ReadonlySet<string> = new Set(['Name', 'QualifiedName', 'SoftKeyword', 'DefinedAspect', 'RightKind']);

/** How a declared element is shown: the kind of thing its name introduces. */
function declarationType(node: AstNode): string | undefined {
    if (ast.isModel(node) || ast.isLibrary(node)) return SemanticTokenTypes.namespace;
    if (ast.isActor(node)) return SemanticTokenTypes.variable;
    if (ast.isBody(node)) return SemanticTokenTypes.class;
    if (ast.isRole(node)) return SemanticTokenTypes.type;
    if (ast.isDecision(node)) return SemanticTokenTypes.function;
    if (ast.isActivity(node)) return SemanticTokenTypes.event;
    if (ast.isBudget(node)) return SemanticTokenTypes.property;
    if (ast.isAgreement(node)) return SemanticTokenTypes.struct;
    // A source, and a citation of it, as a decorator: it annotates the statement it ends.
    if (ast.isSourceStatement(node)) return SemanticTokenTypes.decorator;
    return undefined;
}

/** How a reference is shown: by what it resolved to. Unresolved references get no colour. */
function referenceType(target: AstNode | undefined): string | undefined {
    if (ast.isActor(target)) return SemanticTokenTypes.variable;
    if (ast.isBody(target)) return SemanticTokenTypes.class;
    if (ast.isBudget(target)) return SemanticTokenTypes.property;
    if (ast.isLibrary(target)) return SemanticTokenTypes.namespace;
    if (ast.isSourceStatement(target)) return SemanticTokenTypes.decorator;
    return undefined;
}

/**
 * Semantic highlighting: declared names, references coloured by what they resolve to (the
 * library part of `norway.redcross` as a namespace; a citation like its source, as a decorator),
 * value-set words (actor kinds, phases, rules, certainties, …) as enum members, numbers and
 * strings. Keywords are left to the TextMate grammar.
 */
export class SamskapSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const cst = node.$cstNode;
        if (!cst) {
            return;
        }
        const references = AstUtils.streamReferences(node).map(info => info.reference).filter(isReference).toArray();
        // The node's own tokens: nested AST nodes highlight theirs when they are visited.
        for (const leaf of visibleLeaves(cst, nested => nested.astNode === node)) {
            this.highlightLeaf(node, leaf, references, acceptor);
        }
    }

    private highlightLeaf(node: AstNode, leaf: CstNode, references: readonly Reference[], acceptor: SemanticTokenAcceptor): void {
        const assignment = GrammarUtils.findAssignment(leaf);
        const terminal = assignment?.terminal;
        if (assignment && GrammarAST.isCrossReference(terminal)) {
            this.highlightReferenceLeaf(leaf, references, acceptor);
            return;
        }
        if (assignment?.feature === 'name') {
            const type = declarationType(node);
            if (type) {
                acceptor({ cst: leaf, type, modifier: SemanticTokenModifiers.declaration });
            }
            return;
        }
        const ruleName = GrammarAST.isRuleCall(terminal) ? terminal.rule.ref?.name : undefined;
        if (ruleName === 'NUMBER') {
            acceptor({ cst: leaf, type: SemanticTokenTypes.number });
        } else if (ruleName === 'STRING') {
            acceptor({ cst: leaf, type: SemanticTokenTypes.string });
        } else if (assignment && assignment.operator !== '?=' && isValueSet(terminal, ruleName)) {
            acceptor({ cst: leaf, type: SemanticTokenTypes.enumMember });
        }
    }

    /** `lib.actor`: the qualifier as a namespace, the last name by its target; dots stay plain. */
    private highlightReferenceLeaf(leaf: CstNode, references: readonly Reference[], acceptor: SemanticTokenAcceptor): void {
        if (leaf.text === '.') {
            return;
        }
        const reference = references.find(candidate => {
            const refNode = candidate.$refNode;
            return refNode !== undefined && refNode.offset <= leaf.offset && leaf.end <= refNode.end;
        });
        const refNode = reference?.$refNode;
        if (!reference || !refNode) {
            return;
        }
        const isLastSegment = leaf.end === refNode.end;
        if (!isLastSegment) {
            if (reference.ref) {
                acceptor({ cst: leaf, type: SemanticTokenTypes.namespace });
            }
            return;
        }
        const type = referenceType(reference.ref);
        if (type) {
            acceptor({ cst: leaf, type });
        }
    }
}

/** A keyword, keywords, or a data type rule made of keywords only, that is not structural. */
function isValueSet(terminal: GrammarAST.AbstractElement | undefined, ruleName: string | undefined): boolean {
    if (GrammarAST.isKeyword(terminal) || GrammarAST.isAlternatives(terminal)) {
        return true;
    }
    if (!GrammarAST.isRuleCall(terminal) || ruleName === undefined || STRUCTURAL_RULES.has(ruleName)) {
        return false;
    }
    const rule = terminal.rule.ref;
    return GrammarAST.isParserRule(rule) && rule.dataType !== undefined;
}

