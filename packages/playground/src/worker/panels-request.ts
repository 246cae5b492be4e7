import { decisionMatrix, fundingMatrix, labelsFor, LANGUAGES, renderMatrix, type Language } from '@samskap/generators';
import type { SamskapServices } from '@samskap/language';
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { explainClassification } from '../../../cli/src/commands/explain.js';
import { findingsByModel, reportedFinding } from '../../../cli/src/workspace/reported-finding.js';
import { PANELS_REQUEST, type PanelsParams, type PanelsResult } from '../protocol.js';
import { syntaxErrors } from '../../../cli/src/server/syntax-errors.js';

declare const SAMSKAP_VERSION: string;

const languageOf = (value: string | undefined): Language => (LANGUAGES as readonly string[]).includes(value ?? '') ? value as Language : 'en';


/**
 * Answers `samskap/playgroundPanels` from the PartnershipModel, Classification and diagnostics the
 * server holds for the document: the same functions the CLI's `validate --explain`, `matrix` and
 * `export` call, so the page shows exactly what the command line would print. The page asks once
 * the document's diagnostics for its newest text have arrived, so the document is validated.
 */
export function registerPanelsRequest(connection: Connection, shared: LangiumSharedServices, services: SamskapServices): void {
    connection.onRequest(PANELS_REQUEST, async (params: PanelsParams): Promise<PanelsResult> => {
        const uri = URI.parse(params.uri);
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        const language = languageOf(params.language);
        const empty = { labels: { views: labelsFor(language).views }, models: [], explanation: '', decisionsHtml: '', fundingHtml: '', exportJson: '' };
        if (!document) {
            return { ...empty, errors: ['the document is not open'] };
        }
        if (document.state < DocumentState.Validated) {
            await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
        }
        const errors = syntaxErrors(document);
        const models = services.analysis.PartnershipModelProvider.getModels(document);
        if (errors.length > 0) {
            return { ...empty, models: models.map(m => ({ name: m.name, title: m.title })), errors };
        }
        if (models.length === 0) {
            // An actor library: nothing to explain or tabulate, and nothing wrong.
            return empty;
        }
        const file = decodeURIComponent(params.uri.slice(params.uri.lastIndexOf('/') + 1));
        const model = models.find(m => m.name === params.model) ?? models[0];
        const classifications = models.map(m => services.analysis.ClassificationProvider.getClassification(document, m));
        const classification = classifications[models.indexOf(model)];
        const findings = findingsByModel((document.diagnostics ?? []).map(diagnostic => reportedFinding(file, diagnostic)), models.map(m => m.range));
        const exported = {
            samskap: typeof SAMSKAP_VERSION === 'string' ? SAMSKAP_VERSION : '0.0.0-dev',
            models: models.map((m, index) => ({ model: m, classification: classifications[index] ?? null, findings: findings[index] ?? [] }))
        };
        return {
            ...empty,
            models: models.map(m => ({ name: m.name, title: m.title })),
            model: model.name,
            explanation: classification ? explainClassification(model, classification, file, false) : '',
            decisionsHtml: renderMatrix(decisionMatrix(model, { language }), 'html', language),
            fundingHtml: renderMatrix(fundingMatrix(model, { language }), 'html', language),
            exportJson: `${JSON.stringify(exported, null, 2)}\n`
        };
    });
}
