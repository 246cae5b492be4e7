import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { SamskapServices } from '../samskap-module.js';
import { toLspRange } from '../validation/samskap-validator.js';
import { codeLensTitle } from './classification-markdown.js';

/** Over each model: its computed co-creation form and Lorentzen profile (hover the name for the evidence). */
export class SamskapCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: SamskapServices) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        const models = this.services.analysis.PartnershipModelProvider.getModels(document);
        const classifications = this.services.analysis.ClassificationProvider.getClassifications(document);
        const language = this.services.analysis.Configuration.config.display.language;
        return models.map((model, index) => ({
            range: toLspRange(model.nameRange),
            // An empty command id: a label, not a button (nothing to run; the hover has the details).
            command: { title: codeLensTitle(classifications[index], language), command: '' }
        }));
    }
}
