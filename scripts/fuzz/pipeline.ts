import {
    comparisonByRow, comparisonMatrix, decisionMatrix, diagramDot, diagramMermaid, diagramSvg, documentationSite, fundingMatrix, MATRIX_FORMATS,
    renderMatrix, renderSiteDiagrams, viewsWorthDrawing, type DiagramOptions, type GraphView, type ModelReport, type PageDiagrams
} from '@samskap/generators';
import {
    collectWorkspace, createSamskapServices, runRules, runWorkspaceRules, type Classification, type PartnershipModel
} from '@samskap/language';
import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { findingsInModel, reportedFinding } from '../../packages/cli/src/workspace/reported-finding.js';
import type { CaseOptions, CorpusFile } from './mutate.js';

/**
 * One fuzz case through everything Samskap does with a model file: lexer, parser, linker (against
 * the example libraries, as in a workspace), validation (every rule, workspace rules too), the
 * PartnershipModel, classification, the rules called directly on every model (also the models of
 * text with syntax errors, which the validator skips), the editor's services (symbols, semantic
 * tokens, folding, hover, completion, definition, references, code actions, code lenses), every
 * generator (each view as DOT, Mermaid and SVG, the decision matrix as SVG, the decision, funding
 * and comparison matrices in every format, the documentation site in HTML and Markdown) and
 * the formatter. Runs inside the fuzz worker; nothing here catches more than one stage.
 */

export interface Failure {
    /** The stage that failed: `build`, `model`, `rules`, `diagram`, `site`, `format`, … */
    readonly stage: string;
    readonly message: string;
    readonly stack?: string;
}

export interface CaseResult {
    readonly failures: readonly Failure[];
    /** Whether the text had lexer or parser errors (the CLI then draws nothing of it). */
    readonly syntaxErrors: boolean;
    readonly models: number;
    /** Milliseconds per stage (diagram and matrix stages summed by kind). */
    readonly stageMs: Readonly<Record<string, number>>;
}

/**
 * What Graphviz's C code prints before a layout fails ("splines.c:1277: claimed unreachable code
 * was reached", "Aborted()"): the failure itself is the exception, which counts.
 */
const GRAPHVIZ_NATIVE = /^(\S+\.c:\d+: |Aborted\(\))/;

/** What Langium writes into a diagnostic or a reference error when a service threw. */
const SWALLOWED_EXCEPTION = /An (unexpected )?error occurred/i;

/** The models of one case handed to the comparison matrix and the site (each diagram: the first three). */
const MAX_REPORTS = 8;

export class Pipeline {
    private readonly services = createSamskapServices(EmptyFileSystem);
    private counter = 0;

    /** Loads the libraries every case is linked against. */
    async init(libraries: readonly CorpusFile[]): Promise<void> {
        const { shared } = this.services;
        const documents = libraries.map(library => shared.workspace.LangiumDocumentFactory.fromString(library.text, URI.file(`/fuzz/${library.name}`)));
        documents.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    }

    async run(text: string, options: CaseOptions): Promise<CaseResult> {
        const failures: Failure[] = [];
        const logged: string[] = [];
        const restore = captureConsole(logged);
        const { shared, Samskap } = this.services;
        const uri = URI.file(`/fuzz/case-${this.counter++}.samskap`);
        let document: LangiumDocument | undefined;
        let syntaxErrors = false;
        let models: readonly PartnershipModel[] = [];
        const stageMs: Record<string, number> = {};
        const stage = async (name: string, work: () => unknown): Promise<void> => {
            const start = performance.now();
            try {
                await work();
            } catch (error) {
                failures.push(failureOf(name, error));
            }
            const kind = name.replace(/ .*/, '');
            stageMs[kind] = (stageMs[kind] ?? 0) + performance.now() - start;
        };
        try {
            await stage('build', async () => {
                document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
                shared.workspace.LangiumDocuments.addDocument(document);
                await shared.workspace.DocumentBuilder.build([document], { validation: true });
            });
            if (!document) return { failures, syntaxErrors, models: 0, stageMs };
            const doc = document;
            syntaxErrors = doc.parseResult.lexerErrors.length > 0 || doc.parseResult.parserErrors.length > 0;
            for (const diagnostic of doc.diagnostics ?? []) {
                const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
                if (SWALLOWED_EXCEPTION.test(message)) failures.push({ stage: 'validation', message });
            }
            for (const reference of doc.references) {
                if (reference.error && SWALLOWED_EXCEPTION.test(reference.error.message)) failures.push({ stage: 'linking', message: reference.error.message });
            }
            await stage('model', () => {
                models = Samskap.analysis.PartnershipModelProvider.getModels(doc);
                JSON.stringify(models);
            });
            let classifications: readonly Classification[] = [];
            await stage('classification', () => {
                classifications = Samskap.analysis.ClassificationProvider.getClassifications(doc);
            });
            await stage('rules', () => {
                for (const [index, model] of models.entries()) runRules(model, classifications[index]);
                const workspace = collectWorkspace(Samskap);
                runWorkspaceRules(workspace.models, workspace.libraries);
            });
            await this.editorServices(doc, options, stage);
            const findings = (doc.diagnostics ?? []).map(diagnostic => reportedFinding('case.samskap', diagnostic));
            const reports: ModelReport[] = models.map((model, index) => ({
                model, classification: classifications[index], findings: findingsInModel(findings, model.range), file: `case ${index}.samskap`
            }));
            await this.generators(reports, options, stage);
            await stage('format', async () => {
                const edits = await Samskap.lsp.Formatter!.formatDocument(doc, { options: { tabSize: 4, insertSpaces: true }, textDocument: { uri: uri.toString() } });
                const formatted = TextDocument.applyEdits(doc.textDocument, edits);
                if (!syntaxErrors && formatted !== text) {
                    // Formatting text that parses gives text that parses.
                    const again = Samskap.parser.LangiumParser.parse(formatted);
                    if (again.lexerErrors.length > 0 || again.parserErrors.length > 0) {
                        throw new Error(`the formatted text has syntax errors: ${[...again.lexerErrors, ...again.parserErrors][0].message}`);
                    }
                }
            });
        } finally {
            restore();
            if (document) {
                await shared.workspace.DocumentBuilder.update([], [uri]).catch((error: unknown) => failures.push(failureOf('cleanup', error)));
            }
        }
        for (const message of logged) {
            if (!GRAPHVIZ_NATIVE.test(message)) failures.push({ stage: 'console', message });
        }
        return { failures, syntaxErrors, models: models.length, stageMs };
    }

    private async editorServices(document: LangiumDocument, options: CaseOptions, stage: (name: string, work: () => unknown) => Promise<void>): Promise<void> {
        const lsp = this.services.Samskap.lsp;
        const textDocument = { uri: document.uri.toString() };
        const text = document.textDocument.getText();
        const position = document.textDocument.positionAt(Math.floor(options.at * text.length));
        const token = CancellationToken.None;
        await stage('symbols', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }, token));
        await stage('semantic-tokens', () => lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument }, token));
        await stage('folding', () => lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument }, token));
        await stage('hover', () => lsp.HoverProvider?.getHoverContent(document, { textDocument, position }, token));
        // Completion parses the text up to the cursor again: only on files an editor would type in.
        if (text.length < 200_000) await stage('completion', () => lsp.CompletionProvider?.getCompletion(document, { textDocument, position }, token));
        await stage('definition', () => lsp.DefinitionProvider?.getDefinition(document, { textDocument, position }, token));
        await stage('references', () => lsp.ReferencesProvider?.findReferences(document, { textDocument, position, context: { includeDeclaration: true } }, token));
        await stage('code-lens', () => lsp.CodeLensProvider?.provideCodeLens(document, { textDocument }, token));
        await stage('code-actions', () => {
            const diagnostics = (document.diagnostics ?? []).slice(0, 50);
            const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
            return lsp.CodeActionProvider?.getCodeActions(document, { textDocument, range: whole, context: { diagnostics } }, token);
        });
    }

    private async generators(all: readonly ModelReport[], options: CaseOptions, stage: (name: string, work: () => unknown) => Promise<void>): Promise<void> {
        const language = options.language;
        // Parse recovery can make thousands of models of one file; the generators are linear in
        // them, and a site of 4,000 pages finds nothing 8 pages do not, in a hundred times the time.
        const reports = all.slice(0, MAX_REPORTS);
        const diagramOptions: DiagramOptions = { language, theme: options.theme, layout: options.engine, aggregateAbove: options.aggregateAbove };
        const views: GraphView[] = ['network', 'funding', 'governance'];
        for (const { model } of reports.slice(0, 3)) {
            for (const view of views) {
                await stage(`diagram ${view} dot`, () => diagramDot(model, view, diagramOptions));
                await stage(`diagram ${view} mermaid`, () => diagramMermaid(model, view, diagramOptions));
                if (options.layout) {
                    await stage(`diagram ${view} svg`, () => diagramSvg(model, view, diagramOptions));
                }
            }
            await stage('diagram decisions svg', () => diagramSvg(model, 'decisions', { ...diagramOptions, literalColours: options.theme === 'light' }));
            await stage('matrix decisions', () => {
                const table = decisionMatrix(model, { language, letters: options.letters });
                for (const format of MATRIX_FORMATS) checkOutput(format, renderMatrix(table, format, language));
            });
            await stage('matrix funding', () => {
                const table = fundingMatrix(model, { language });
                for (const format of MATRIX_FORMATS) checkOutput(format, renderMatrix(table, format, language));
            });
        }
        await stage('matrix comparison', () => {
            const table = comparisonMatrix(reports, { language });
            for (const format of MATRIX_FORMATS) checkOutput(format, renderMatrix(table, format, language, format === 'html' ? comparisonByRow(language) : undefined));
        });
        if (reports.length === 0) return;
        let diagrams: PageDiagrams[] = [];
        await stage('site diagrams', async () => {
            diagrams = options.layout
                ? await renderSiteDiagrams(reports, language)
                // Without layout: the pages' Mermaid source, no SVG (a page then shows no drawing).
                : reports.map(({ model }) => ({
                    svg: {},
                    mermaid: Object.fromEntries(viewsWorthDrawing(model).map(view => [view, diagramMermaid(model, view, { language })]))
                }));
        });
        if (diagrams.length !== reports.length) return;
        await stage('site', () => {
            for (const file of documentationSite(reports, { language, diagrams })) checkOutput(file.path.slice(file.path.lastIndexOf('.') + 1), file.content);
        });
    }
}

/** A generator's output is text, and its JSON is JSON. */
function checkOutput(format: string, content: unknown): void {
    if (typeof content !== 'string') throw new Error(`the ${format} output is a ${typeof content}, not text`);
    if (format === 'json') JSON.parse(content);
}

function failureOf(stage: string, error: unknown): Failure {
    if (error instanceof Error) return { stage, message: `${error.name}: ${error.message}`, stack: error.stack };
    return { stage, message: String(error) };
}

/** Langium logs what it catches (a validation check that threw, a failed build) with console.error. */
function captureConsole(logged: string[]): () => void {
    const saved = { error: console.error, warn: console.warn };
    const keep = (...args: unknown[]): void => {
        logged.push(args.map(arg => arg instanceof Error ? (arg.stack ?? arg.message) : String(arg)).join(' ').slice(0, 4_000));
    };
    console.error = keep;
    console.warn = keep;
    return () => {
        console.error = saved.error;
        console.warn = saved.warn;
    };
}
