import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** The kinds the outline and completion show, matching the colours of semantic highlighting. */
const KINDS: Record<string, readonly [SymbolKind, CompletionItemKind]> = {
    [ast.Model.$type]: [SymbolKind.Namespace, CompletionItemKind.Module],
    [ast.Library.$type]: [SymbolKind.Package, CompletionItemKind.Module],
    [ast.Actor.$type]: [SymbolKind.Variable, CompletionItemKind.Variable],
    [ast.Body.$type]: [SymbolKind.Class, CompletionItemKind.Class],
    [ast.Role.$type]: [SymbolKind.Interface, CompletionItemKind.Interface],
    [ast.Decision.$type]: [SymbolKind.Function, CompletionItemKind.Function],
    [ast.Activity.$type]: [SymbolKind.Event, CompletionItemKind.Event],
    [ast.Budget.$type]: [SymbolKind.Property, CompletionItemKind.Property],
    [ast.Agreement.$type]: [SymbolKind.Struct, CompletionItemKind.Struct],
    // A source is a bibliographic reference: the outline shows it as a document.
    [ast.SourceStatement.$type]: [SymbolKind.File, CompletionItemKind.Reference]
};

export class SamskapNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.[0] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.[1] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
