import {
    DefaultIndexManager, UriUtils, isMultiReference, isReference, type AstNode, type LangiumDocument, type MultiReference, type Reference,
    type ReferenceDescription, type Stream, type URI
} from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { ImmediateReferenceDescriptionProvider } from './immediate-reference-descriptions.js';

/**
 * The reference index, filled when someone asks for it instead of after every build.
 *
 * Langium describes every reference of a document after linking it (source path, target path,
 * ranges), on every keystroke, although only find references, rename and the question "does
 * this edit affect that other file" ever read those descriptions. On the 5,000-line benchmark
 * model that was about a seventh of the edit-to-diagnostics time plus the garbage it left
 * (bench/language.mjs). Here a linked document is only remembered; its descriptions are made,
 * by Langium's own ReferenceDescriptionProvider and in the same order, the first time
 * `findAllReferences` runs, so find references and rename see exactly what they saw before.
 * `isAffected` answers from the document's linked references directly.
 */
export class LazyReferenceIndexManager extends DefaultIndexManager {
    /** Linked documents whose reference descriptions have not been made yet. */
    private readonly pendingReferences = new Map<string, LangiumDocument>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async updateReferences(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<void> {
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.pendingReferences.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.pendingReferences.delete(uri.toString());
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        this.describePendingReferences();
        return super.findAllReferences(targetNode, astNodePath);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const uri = document.uri.toString();
        if (!this.pendingReferences.has(uri)) {
            return super.isAffected(document, changedUris);
        }
        // The same question the default asks of the descriptions: does a resolved reference
        // (no error, with text in the file) point into one of the changed documents?
        return document.references.some(reference => !reference.error && reference.$refNode !== undefined
            && targetUris(reference).some(target => !UriUtils.equals(target, document.uri) && changedUris.has(target.toString())));
    }

    private describePendingReferences(): void {
        for (const [uri, document] of this.pendingReferences) {
            const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
            if (!(provider instanceof ImmediateReferenceDescriptionProvider)) {
                throw new Error('LazyReferenceIndexManager needs the ImmediateReferenceDescriptionProvider (samskap-module.ts)');
            }
            this.referenceIndex.set(uri, provider.createDescriptionsNow(document));
        }
        this.pendingReferences.clear();
    }
}

function targetUris(reference: Reference | MultiReference): URI[] {
    if (isReference(reference)) {
        return reference.$nodeDescription ? [reference.$nodeDescription.documentUri] : [];
    }
    if (isMultiReference(reference)) {
        return reference.items.flatMap(item => item.$nodeDescription ? [item.$nodeDescription.documentUri] : []);
    }
    return [];
}
