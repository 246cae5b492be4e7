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
    /** Each model's position among its document's models (by the list the model provider gives), so that looking one up is not a search of them all. */
    private readonly positions = new WeakMap<readonly PartnershipModel[], ReadonlyMap<PartnershipModel, number>>();

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

    /**
     * The classification of one model of the document. Found by a map of positions, built once
     * per document: an `indexOf` per call made classifying every model of a file of 20,000
     * models quadratic.
     */
    getClassification(document: LangiumDocument, model: PartnershipModel): Classification | undefined {
        const models = this.models.getModels(document);
        let positions = this.positions.get(models);
        if (!positions) {
            positions = new Map(models.map((m, i) => [m, i]));
            this.positions.set(models, positions);
        }
        const index = positions.get(model);
        return index !== undefined ? this.getClassifications(document)[index] : undefined;
    }
}
