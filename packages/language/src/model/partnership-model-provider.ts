import { DocumentCache, DocumentState, type LangiumCoreServices, type LangiumDocument } from 'langium';
import { isDocument, isModel } from '../generated/ast.js';
import { buildPartnershipModel } from './build-model.js';
import type { PartnershipModel } from './partnership-model.js';

/**
 * Gives every consumer the same PartnershipModel objects for a document version. The cache is
 * evicted when the document is linked anew, which also happens when a library it uses changes.
 */
export class PartnershipModelProvider {
    private readonly cache: DocumentCache<string, readonly PartnershipModel[]>;
    private readonly services: LangiumCoreServices;

    constructor(services: LangiumCoreServices) {
        this.services = services;
        this.cache = new DocumentCache(services.shared, DocumentState.Linked);
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
        const comments = this.services.documentation.CommentProvider;
        const uri = document.uri.toString();
        return root.elements
            .filter(isModel)
            .map(model => buildPartnershipModel(model, uri, node => stripComment(comments.getComment(node))));
    }
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
