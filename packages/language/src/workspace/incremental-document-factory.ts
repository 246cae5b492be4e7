import { DefaultLangiumDocumentFactory, DocumentState, type AstNode, type LangiumDocument, type Mutable } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { allNodes } from '../scoping/ast-walk.js';
import { SamskapLinker } from '../scoping/samskap-linker.js';
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
            const linker = services.references.Linker;
            linker.unlink(document);
            let counterparts: ReadonlyMap<AstNode, AstNode> | undefined;
            const incremental = oldText === undefined ? undefined
                : attemptIncremental(() => reparseIncrementally(document.parseResult, oldText, text, services.parser.LangiumParser,
                    (removed, added) => (counterparts = sameDeclarations(removed, added))));
            if (incremental) {
                this.statistics.incremental++;
                document.parseResult = incremental as typeof document.parseResult;
            } else {
                this.statistics.full++;
                document.parseResult = await this.parseAsync(document.uri, text, cancellationToken);
            }
            if (linker instanceof SamskapLinker) {
                if (incremental && counterparts) {
                    linker.planRelink(document, counterparts);
                } else {
                    linker.forgetPreviousLinks(document);
                }
            }
            (document.parseResult.value as Mutable<AstNode>).$document = document;
        }
        document.state = DocumentState.Parsed;
        return document;
    }
}

/**
 * When the re-parsed statements declare exactly what the old ones did (same kinds and names in
 * the same order, `uses` included), the old declarations paired with their new counterparts;
 * otherwise undefined. Names outside the statements then resolve as before (samskap-linker.ts).
 */
function sameDeclarations(removed: readonly AstNode[], added: readonly AstNode[]): ReadonlyMap<AstNode, AstNode> | undefined {
    const before = removed.flatMap(declarationsIn);
    const after = added.flatMap(declarationsIn);
    if (before.length !== after.length) return undefined;
    const counterparts = new Map<AstNode, AstNode>();
    for (let i = 0; i < before.length; i++) {
        if (before[i].key !== after[i].key) return undefined;
        counterparts.set(before[i].node, after[i].node);
    }
    return counterparts;
}

/** Every node of a statement that declares a name, or brings names into scope (`uses`), with what it declares. */
function declarationsIn(statement: AstNode): Array<{ node: AstNode; key: string }> {
    const found: Array<{ node: AstNode; key: string }> = [];
    for (const node of allNodes(statement)) {
        if (ast.isUses(node)) {
            found.push({ node, key: `uses ${node.library?.$refText}` });
        } else {
            const name = (node as { name?: unknown }).name;
            if (typeof name === 'string') found.push({ node, key: `${node.$type} ${name}` });
        }
    }
    return found;
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
