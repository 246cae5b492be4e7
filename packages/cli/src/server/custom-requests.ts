import {
    comparisonByRow, comparisonMatrix, diagramDot, diagramMermaid, diagramSvg, documentationSite, DIAGRAM_VIEWS, LANGUAGES, renderMatrix, renderSiteDiagrams,
    type DiagramView, type Language, type ModelReport
} from '@samskap/generators';
import type { SamskapServices } from '@samskap/language';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ResponseError, type Connection } from 'vscode-languageserver/node';
import {
    COMPARE_REQUEST, DIAGRAM_REQUEST, DOCUMENTATION_REQUEST, isGroupId, type CompareParams, type CompareResult, type DiagramParams, type DiagramResult,
    type DocumentationParams, type DocumentationResult
} from './protocol.js';
import { findingsByModel, reportedFinding } from '../workspace/reported-finding.js';
import { syntaxErrors } from './syntax-errors.js';

export * from './protocol.js';



/**
 * How long a request waits for the document's newest text to be parsed and linked before answering
 * anyway. Long: a drawing of an older text under the newest title is worse than a late one, and a
 * loaded machine can take seconds to build a large model twice (a burst of edits cancels builds).
 */
const CURRENT_TEXT_TIMEOUT_MS = 15_000;

/**
 * Whether the document's syntax tree was parsed from the text the editor sent last. That text is
 * in the open text documents as soon as a change arrives, while the document keeps the text of its
 * last build until the queued update runs.
 */
function isOfCurrentText(document: LangiumDocument, editorText: string | undefined): boolean {
    const root = document.parseResult.value.$cstNode?.root;
    return !root || root.fullText === (editorText ?? document.textDocument.getText());
}

/** Resolves when the document is linked next (after a rebuild), or after `ms`. */
function linkedOrTimeout(builder: LangiumSharedServices['workspace']['DocumentBuilder'], uri: URI, ms: number): Promise<void> {
    return new Promise(resolve => {
        const done = (): void => {
            clearTimeout(timer);
            phase.dispose();
            resolve();
        };
        const phase = builder.onDocumentPhase(DocumentState.Linked, document => {
            if (document.uri.toString() === uri.toString()) {
                done();
            }
        });
        const timer = setTimeout(done, Math.max(ms, 0));
    });
}

/** An overview's group as its node names it (`sector:public`, `kind:association`); anything else is ignored. */

const language = (value: string | undefined): Language => (LANGUAGES as readonly string[]).includes(value ?? '') ? value as Language : 'en';

/**
 * Requests beyond LSP that the VS Code extension uses (diagram previews, comparison matrices,
 * documentation). They answer with exactly what the CLI would write, computed from the
 * PartnershipModels and Classifications the server already caches per document version.
 * Shapes: docs/architecture.md ("Custom requests").
 */
export function registerCustomRequests(connection: Connection, shared: LangiumSharedServices, services: SamskapServices): void {
    const builder = shared.workspace.DocumentBuilder;
    const documentOf = async (uri: string): Promise<LangiumDocument> => {
        const parsed = URI.parse(uri);
        let document = shared.workspace.LangiumDocuments.getDocument(parsed);
        if (!document) {
            document = await shared.workspace.LangiumDocuments.getOrCreateDocument(parsed);
            await builder.build([document], { validation: true });
        }
        // A request that follows an edit may arrive while the build of the previous text still
        // stands (the new build queues behind a cancelled one): wait for the text the editor sent last.
        const deadline = Date.now() + CURRENT_TEXT_TIMEOUT_MS;
        const editorText = (): string | undefined => shared.workspace.TextDocuments?.get(parsed.toString())?.getText();
        while (!(document.state >= DocumentState.Linked && isOfCurrentText(document, editorText())) && Date.now() < deadline) {
            await linkedOrTimeout(builder, parsed, deadline - Date.now());
            document = shared.workspace.LangiumDocuments.getDocument(parsed) ?? document;
        }
        if (document.state < DocumentState.Linked) {
            await builder.waitUntil(DocumentState.Linked, parsed);
            document = shared.workspace.LangiumDocuments.getDocument(parsed) ?? document;
        }
        return document;
    };
    const reportsOf = async (uris: readonly string[]): Promise<ModelReport[]> => {
        const reports: ModelReport[] = [];
        for (const uri of uris) {
            const document = await documentOf(uri);
            if (syntaxErrors(document).length > 0) {
                continue;
            }
            const models = services.analysis.PartnershipModelProvider.getModels(document);
            // Once per file, shared out by model: all diagnostics mapped and filtered per model was quadratic in a file of many models.
            const findings = document.state >= DocumentState.Validated
                ? findingsByModel((document.diagnostics ?? []).map(diagnostic => reportedFinding(uri, diagnostic)), models.map(model => model.range))
                : undefined;
            models.forEach((model, index) => {
                reports.push({
                    model,
                    classification: services.analysis.ClassificationProvider.getClassification(document, model),
                    findings: findings?.[index],
                    file: decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1))
                });
            });
        }
        return reports;
    };

    connection.onRequest(DIAGRAM_REQUEST, async (params: DiagramParams): Promise<DiagramResult> => {
        const view = (DIAGRAM_VIEWS as readonly string[]).includes(params.view ?? '') ? params.view as DiagramView : 'network';
        const document = await documentOf(params.uri);
        const errors = syntaxErrors(document);
        const models = services.analysis.PartnershipModelProvider.getModels(document);
        const model = models.find(m => m.name === params.model) ?? models[0];
        if (errors.length > 0 || !model) {
            // No syntax errors and no model (an actor library): an empty drawing, not an error.
            return { svg: '', view, views: [...DIAGRAM_VIEWS], title: '', ...(errors.length > 0 ? { errors } : {}) };
        }
        const expand = isGroupId(params.expand) ? params.expand : undefined;
        const options = { language: language(params.language), theme: params.theme ?? 'auto', ...(expand ? { expand } : {}) } as const;
        const svg = await diagramSvg(model, view, options);
        return {
            svg,
            dot: view === 'decisions' ? undefined : diagramDot(model, view, options),
            mermaid: view === 'decisions' ? undefined : diagramMermaid(model, view, options),
            view,
            views: [...DIAGRAM_VIEWS],
            title: model.title
        };
    });

    connection.onRequest(COMPARE_REQUEST, async (params: CompareParams): Promise<CompareResult> => {
        const reports = await reportsOf(params.uris);
        if (reports.length === 0) {
            throw new ResponseError(1, 'none of the given documents holds a model that parses');
        }
        const lang = language(params.language);
        const table = comparisonMatrix(reports, { language: lang });
        return {
            html: renderMatrix(table, 'html', lang, comparisonByRow(lang)),
            csv: renderMatrix(table, 'csv', lang),
            markdown: renderMatrix(table, 'md', lang),
            json: renderMatrix(table, 'json', lang)
        };
    });

    connection.onRequest(DOCUMENTATION_REQUEST, async (params: DocumentationParams): Promise<DocumentationResult> => {
        const reports = await reportsOf(params.uris);
        const lang = language(params.language);
        const diagrams = await renderSiteDiagrams(reports, lang);
        return { files: documentationSite(reports, { language: lang, diagrams }) };
    });
}
