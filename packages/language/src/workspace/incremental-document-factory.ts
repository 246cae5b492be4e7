import { DefaultLangiumDocumentFactory, DocumentState, type AstNode, type LangiumDocument, type Mutable } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { reparseIncrementally } from './incremental-reparse.js';

/**
 * Langium's document factory, but an edit re-parses only the statements it touches
 * (incremental-reparse.ts) and falls back to Langium's full parse whenever that is not certain
 * to give the same tree. On the 5,000-line benchmark model a full parse was the largest phase
 * of the edit-to-diagnostics time (bench/edit-loop.ts).
 */
export class IncrementalDocumentFactory extends DefaultLangiumDocumentFactory {
    /** How many updates took each path; the incremental parse test checks it is exercised. */
    readonly statistics = { incremental: 0, full: 0 };

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        // As DefaultLangiumDocumentFactory.update, with the incremental attempt before the full parse.
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const text = await this.getUpdatedText(document, textDocument, cancellationToken);
        if (textDocument) {
            Object.defineProperty(document, 'textDocument', { value: textDocument });
        } else {
            Object.defineProperty(document, 'textDocument', { get: this.createTextDocumentGetter(document.uri, text) });
        }
        if (oldText !== text) {
            const services = this.serviceRegistry.getServices(document.uri);
            // The kept nodes keep their reference objects, which must be unresolved as a new parse's
            // are. The builder unlinked the document before this update; references resolved since
            // (a request answered in between) are on the document's list again.
            services.references.Linker.unlink(document);
            const incremental = oldText === undefined ? undefined
                : attemptIncremental(() => reparseIncrementally(document.parseResult, oldText, text, services.parser.LangiumParser));
            if (incremental) {
                this.statistics.incremental++;
                document.parseResult = incremental as typeof document.parseResult;
            } else {
                this.statistics.full++;
                document.parseResult = await this.parseAsync(document.uri, text, cancellationToken);
            }
            (document.parseResult.value as Mutable<AstNode>).$document = document;
        }
        document.state = DocumentState.Parsed;
        return document;
    }
}

/**
 * The incremental attempt, never fatal: an unforeseen failure (a bug, not bad input, which it
 * refuses by returning undefined) falls back to the full parse, which builds a whole new tree,
 * so a half-spliced old one is dropped with it. The language server keeps serving either way.
 */
function attemptIncremental<T>(reparse: () => T | undefined): T | undefined {
    try {
        return reparse();
    } catch (error) {
        console.error('Samskap: the incremental parse failed; parsing the whole file instead.', error);
        return undefined;
    }
}
