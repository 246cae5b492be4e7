import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/**
 * The outline shows each element's display title next to its name ("arendal — Arendal
 * kommune"), and an actor's kind, so a researcher recognises the organisations at a glance.
 */
export class SamskapDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const detail = detailOf(astNode);
        return detail ? { ...symbol, detail } : symbol;
    }
}

function detailOf(node: AstNode): string | undefined {
    const title = 'title' in node && typeof node.title === 'string' ? node.title : undefined;
    if (ast.isActor(node)) {
        return title ? `${title} (${node.kind})` : node.kind;
    }
    if (ast.isSourceStatement(node)) {
        return node.description !== undefined ? `${node.description} (${node.kind})` : node.kind;
    }
    return title;
}
