import { GrammarUtils, interruptAndCheck, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { FuzzyMatcher, NodeKindProvider, WorkspaceSymbolProvider } from 'langium/lsp';
import { CancellationToken, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** What `samskap-workspace-symbols` needs from the shared services. */
export interface WorkspaceSymbolServices {
    readonly workspace: { readonly LangiumDocuments: LangiumDocuments };
    readonly lsp: { readonly NodeKindProvider: NodeKindProvider; readonly FuzzyMatcher: FuzzyMatcher };
}

/** A declaration found in a document: what the user may look for by name. */
export interface Declaration {
    readonly node: AstNode;
    /** The name as written where it is referred to: `norway.redcross` for a library actor, `arendal` in a model. */
    readonly name: string;
    /** The model or library it belongs to (shown beside the name; searchable as `container.name`). */
    readonly container?: string;
    readonly title?: string;
}

/**
 * "Go to symbol in workspace": every model and library, each library actor under its qualified
 * name, and the actors, bodies, roles, decisions, activities, budgets, agreements and sources
 * declared inside models (which other files cannot refer to, but a researcher looks for). A query
 * matches any part of a qualified name (`redcross` finds `norway.redcross`, `arendal.mhfa` finds the
 * body `mhfa` of the model `arendal`) and the display title (`røde kors`). Langium's own provider
 * only knows the exported names and matches from the start of the whole name.
 */
export class SamskapWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly kinds: NodeKindProvider;
    private readonly fuzzy: FuzzyMatcher;

    constructor(services: WorkspaceSymbolServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.kinds = services.lsp.NodeKindProvider;
        this.fuzzy = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken: CancellationToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = (params.query ?? '').trim();
        const symbols: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            for (const declaration of declarationsOf(document)) {
                if (!this.matches(query, declaration)) continue;
                const symbol = this.symbolOf(document, declaration);
                if (symbol) symbols.push(symbol);
            }
        }
        return symbols;
    }

    private matches(query: string, declaration: Declaration): boolean {
        if (query.length === 0) return true;
        const qualified = declaration.container !== undefined && !declaration.name.includes('.')
            ? `${declaration.container}.${declaration.name}` : declaration.name;
        const lower = query.toLowerCase();
        if (qualified.toLowerCase().includes(lower) || declaration.title?.toLowerCase().includes(lower)) return true;
        // Fuzzy (`rdcrs`, `redCross`) on the whole name and on each of its parts: Langium's matcher
        // starts a match only at the beginning of a word, and a `.` does not begin one.
        return [qualified, ...qualified.split('.')].some(part => this.fuzzy.match(query, part));
    }

    private symbolOf(document: LangiumDocument, declaration: Declaration): WorkspaceSymbol | undefined {
        const nameNode = GrammarUtils.findNodeForProperty(declaration.node.$cstNode, 'name') ?? declaration.node.$cstNode;
        if (!nameNode) return undefined;
        return {
            name: declaration.name,
            kind: this.kinds.getSymbolKind(declaration.node),
            containerName: declaration.container,
            location: { uri: document.uri.toString(), range: nameNode.range }
        };
    }
}

/** The named declarations of a document, in the order they are written. */
export function declarationsOf(document: LangiumDocument): Declaration[] {
    const root = document.parseResult.value;
    if (!ast.isDocument(root)) return [];
    const found: Declaration[] = [];
    for (const element of root.elements) {
        if (!element.name) continue;
        found.push({ node: element, name: element.name, title: element.title });
        if (ast.isLibrary(element)) {
            for (const actor of element.actors) {
                if (actor.name) found.push({ node: actor, name: `${element.name}.${actor.name}`, container: element.name, title: actor.title });
            }
            continue;
        }
        const named: Array<AstNode & { name?: string; title?: string }> = [
            ...element.actors, ...element.bodies, ...element.roles, ...element.decisions, ...element.activities,
            ...element.budgets, ...element.agreements, ...element.context.filter(ast.isSourceStatement)
        ];
        // In the order written, as an editor lists them when the query is empty.
        named.sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        for (const node of named) {
            if (node.name) found.push({ node, name: node.name, container: element.name, title: ast.isSourceStatement(node) ? node.description : node.title });
        }
    }
    return found;
}
