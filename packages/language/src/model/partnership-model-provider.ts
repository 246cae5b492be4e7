import {
    DefaultCommentProvider, DocumentCache, DocumentState, isLeafCstNode, type AstNode, type CstNode, type LangiumCoreServices,
    type LangiumDocument
} from 'langium';
import { isDocument, isModel } from '../generated/ast.js';
import { buildPartnershipModel } from './build-model.js';
import { BuiltFacts } from './built-facts.js';
import type { PartnershipModel } from './partnership-model.js';

/**
 * Gives every consumer the same PartnershipModel objects for a document version. The cache is
 * evicted when the document is linked anew, which also happens when a library it uses changes.
 */
export class PartnershipModelProvider {
    private readonly cache: DocumentCache<string, readonly PartnershipModel[]>;
    private readonly services: LangiumCoreServices;
    /** Facts of unchanged statements, reused by the next build after an edit (built-facts.ts). */
    private readonly facts = new BuiltFacts();

    constructor(services: LangiumCoreServices) {
        this.services = services;
        this.cache = new DocumentCache(services.shared, DocumentState.Linked);
        // Also as soon as the text changes: a request between the change and the next link must
        // never be answered with the models of the text before.
        services.shared.workspace.DocumentBuilder.onUpdate((changed, deleted) => {
            for (const uri of [...changed, ...deleted]) this.cache.clear(uri.toString());
        });
    }

    /** All models declared in the document, in source order (usually one). */
    getModels(document: LangiumDocument): readonly PartnershipModel[] {
        return this.cache.get(document.uri, 'models', () => this.build(document));
    }

    private build(document: LangiumDocument): readonly PartnershipModel[] {
        const root = document.parseResult.value;
        if (!isDocument(root)) {
            return [];
        }
        const comment = commentLookup(this.services);
        const uri = document.uri.toString();
        return root.elements
            .filter(isModel)
            .map(model => buildPartnershipModel(model, uri, node => stripComment(comment(node)), this.facts));
    }
}

/** Above this many children, a CST node's children are indexed instead of searched. */
const INDEXED_CHILDREN = 32;

/**
 * Langium's default `CommentProvider.getComment`, with the previous CST node found through an
 * index of each parent's children. The default looks the node up with `content.indexOf` in its
 * parent, and every actor is a child of the model's CST node: one linear search per actor made
 * reading doc comments quadratic in the size of a model. Any other comment provider is asked
 * as it is; so is the root node, whose comment the default looks for among its own children.
 */
function commentLookup(services: LangiumCoreServices): (node: AstNode) => string | undefined {
    const provider = services.documentation.CommentProvider;
    // Exactly Langium's default, not a subclass that may read comments its own way.
    if (Object.getPrototypeOf(provider) !== DefaultCommentProvider.prototype) {
        return node => provider.getComment(node);
    }
    const commentRules = services.parser.GrammarConfig.multilineCommentRules;
    const childIndexes = new Map<CstNode, Map<CstNode, number>>();
    const indexIn = (parent: CstNode & { readonly content: readonly CstNode[] }, child: CstNode): number => {
        if (parent.content.length <= INDEXED_CHILDREN) {
            return parent.content.indexOf(child);
        }
        let indexes = childIndexes.get(parent);
        if (!indexes) {
            indexes = new Map();
            parent.content.forEach((node, index) => {
                if (!indexes!.has(node)) indexes!.set(node, index);
            });
            childIndexes.set(parent, indexes);
        }
        return indexes.get(child) ?? -1;
    };
    return node => {
        const ownComment = (node as { readonly $comment?: unknown }).$comment;
        if (typeof ownComment === 'string') {
            return ownComment;
        }
        const cstNode = node.$cstNode;
        if (!cstNode?.container) {
            return provider.getComment(node);
        }
        // CstUtils.getPreviousNode(cstNode, true): the sibling before, else the one before the parent.
        let previous: CstNode | undefined;
        for (let current: CstNode = cstNode; current.container && !previous; current = current.container) {
            const index = indexIn(current.container, current);
            if (index > 0) previous = current.container.content[index - 1];
        }
        return previous && isLeafCstNode(previous) && commentRules.includes(previous.tokenType.name) ? previous.text : undefined;
    };
}

/** Turns a `/** ... *\/` block into the plain text a hover or a document shows. */
export function stripComment(comment: string | undefined): string | undefined {
    if (!comment || !comment.startsWith('/**')) {
        return undefined;
    }
    const text = comment
        .replace(/^\/\*\*/, '')
        .replace(/\*\/$/, '')
        .split(/\r?\n/)
        .map(line => line.replace(/^\s*\*\s?/, '').trimEnd())
        .join('\n')
        .trim();
    return text.length > 0 ? text : undefined;
}
