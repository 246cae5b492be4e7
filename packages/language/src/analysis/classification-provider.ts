import { DocumentCache, DocumentState, type LangiumDocument } from 'langium';
import type { PartnershipModelProvider } from '../model/partnership-model-provider.js';
import type { PartnershipModel } from '../model/partnership-model.js';
import type { SamskapConfiguration } from '../validation/configuration-service.js';
import { classify, type Classification } from './classification.js';

/**
 * The Classification of every model of a document, computed once per document version and
 * shared by validation, hover, code lens and the server's custom requests. Evicted when the
 * document is linked anew, and entirely when the settings change.
 */
export class ClassificationProvider {
    private readonly cache: DocumentCache<string, readonly Classification[]>;

    constructor(
        shared: ConstructorParameters<typeof DocumentCache>[0],
        private readonly models: PartnershipModelProvider,
        private readonly configuration: SamskapConfiguration
    ) {
        this.cache = new DocumentCache(shared, DocumentState.Linked);
        configuration.onDidChange(() => this.cache.clear());
    }

    /** Classifications in the order of `PartnershipModelProvider.getModels(document)`. */
    getClassifications(document: LangiumDocument): readonly Classification[] {
        return this.cache.get(document.uri, 'classifications', () =>
            this.models.getModels(document).map(model => classify(model, this.configuration.config.analysis)));
    }

    /** The classification of one model of the document. */
    getClassification(document: LangiumDocument, model: PartnershipModel): Classification | undefined {
        const index = this.models.getModels(document).indexOf(model);
        return index >= 0 ? this.getClassifications(document)[index] : undefined;
    }
}
