import { DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription } from 'langium';
import { referencesIn } from '../scoping/ast-walk.js';

/**
 * Langium's reference descriptions, also available synchronously: the lazy reference index
 * (lazy-reference-index.ts) makes them inside `findAllReferences`, which cannot await.
 */
export class ImmediateReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    /** What `createDescriptions` yields, in the same order, without awaiting between nodes. */
    createDescriptionsNow(document: LangiumDocument): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        for (const info of referencesIn(document.parseResult.value)) {
            if (!info.reference.error) {
                descriptions.push(...this.createInfoDescriptions(info));
            }
        }
        return descriptions;
    }
}
