import { CstUtils, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import type { CancellationToken, RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';

/** The identifier syntax of the grammar (terminal ID): a rename to anything else would not parse. */
const NAME = /^[_a-zA-Z\u00C0-\u024F][\w\u00C0-\u024F]*$/;

/**
 * Renames across files without breaking qualified references. Langium's default rename replaces
 * the whole reference text, which would turn `norway.redcross` into a bare `rode_kors`; here
 * only the segment that names the renamed element changes: the last one for an actor. For a
 * library, SamskapReferences reports the qualifier `norway` of `norway.redcross` as a
 * reference of its own, so it is renamed like `uses norway`.
 */
export class SamskapRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async rename(document: LangiumDocument, params: RenameParams, _cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        if (!NAME.test(params.newName)) {
            return undefined;
        }
        const target = this.targetAt(document, params);
        if (!target) {
            return undefined;
        }
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, edit: TextEdit): void => {
            (changes[uri] ??= []).push(edit);
        };
        for (const reference of this.references.findReferences(target, { includeDeclaration: true })) {
            const source = this.documents.getDocument(reference.sourceUri);
            const text = source?.textDocument.getText(reference.segment.range) ?? '';
            const lastDot = text.lastIndexOf('.');
            if (!source || lastDot < 0) {
                add(reference.sourceUri.toString(), { range: reference.segment.range, newText: params.newName });
                continue;
            }
            // Keep the qualifier (`norway.`) and rename only the last segment.
            const start = source.textDocument.positionAt(reference.segment.offset + lastDot + 1 + leadingSpace(text.slice(lastDot + 1)));
            add(reference.sourceUri.toString(), { range: { start, end: reference.segment.range.end }, newText: params.newName });
        }
        return { changes };
    }

    private targetAt(document: LangiumDocument, params: RenameParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }
}

function leadingSpace(text: string): number {
    return text.length - text.trimStart().length;
}
