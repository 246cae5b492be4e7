import { CstUtils, isReference, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import type { CancellationToken, RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** The identifier syntax of the grammar (terminal ID): a rename to anything else would not parse. */
const NAME = /^[_a-zA-Z\u00C0-\u024F][\w\u00C0-\u024F]*$/;

/**
 * Renames across files without breaking qualified references. Langium's default rename replaces
 * the whole reference text, which would turn `norway.redcross` into a bare `rode_kors`; here
 * only the segment that names the renamed element changes: the last one for an actor, the
 * qualifier for a library.
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
        if (ast.isLibrary(target)) {
            this.renameQualifiers(target, params.newName, add);
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

    /** `norway.redcross` refers to the actor, not the library: its qualifier is renamed here. */
    private renameQualifiers(library: ast.Library, newName: string, add: (uri: string, edit: TextEdit) => void): void {
        for (const document of this.documents.all) {
            for (const reference of document.references) {
                if (!isReference(reference) || !reference.$refNode) {
                    continue;
                }
                const target = reference.ref;
                if (!ast.isActor(target) || target.$container !== library) {
                    continue;
                }
                const text = reference.$refNode.text;
                const lastDot = text.lastIndexOf('.');
                if (lastDot < 0) {
                    continue;
                }
                const offset = reference.$refNode.offset;
                add(document.uri.toString(), {
                    range: {
                        start: document.textDocument.positionAt(offset),
                        end: document.textDocument.positionAt(offset + trailingQualifierEnd(text, lastDot))
                    },
                    newText: newName
                });
            }
        }
    }
}

function leadingSpace(text: string): number {
    return text.length - text.trimStart().length;
}

/** The end of the library name in `library . actor`: before the dot and any space before it. */
function trailingQualifierEnd(text: string, lastDot: number): number {
    return text.slice(0, lastDot).trimEnd().length;
}

