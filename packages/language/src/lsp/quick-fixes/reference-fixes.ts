import { CstUtils, type AstNode, type LangiumDocument, type LinkingErrorData, type Reference, type ScopeProvider } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { closestNames } from './did-you-mean.js';
import { quickFix, type QuickFix } from './quick-fix.js';

/**
 * "Did you mean" for a name that resolves to nothing: the names in scope there (the model's own,
 * and the libraries' — qualified, or unqualified after `uses`) closest to what was written, or to
 * an organisation's title (`rødekors` finds `norway.redcross`, "Norges Røde Kors"). The first is
 * the preferred fix; it is safe for `source.fixAll` when it is the only close name.
 */
export function didYouMean(document: LangiumDocument, diagnostic: Diagnostic, data: LinkingErrorData, scopes: ScopeProvider): QuickFix[] {
    const written = document.textDocument.getText(diagnostic.range);
    if (written !== data.refText) return [];
    const reference = referenceAt(document, diagnostic, data);
    if (!reference) return [];
    let candidates: Array<{ name: string; title?: string }>;
    try {
        candidates = scopes.getScope(reference).getAllElements()
            .map(description => ({ name: description.name, title: titleOf(description.node) }))
            .toArray();
    } catch {
        return [];
    }
    const closest = closestNames(written, candidates, 3);
    return closest.map(({ name }, index) => quickFix(document, diagnostic, { en: `Did you mean '${name}'?`, nb: `Mente du '${name}'?`, da: `Mente du '${name}'?` },
        [{ range: diagnostic.range, newText: name }], { preferred: index === 0, safe: index === 0 && closest.length === 1 }));
}

function titleOf(node: AstNode | undefined): string | undefined {
    return node && 'title' in node && typeof node.title === 'string' ? node.title : undefined;
}

/** The reference the diagnostic is about: on the node of the linking error's type at its start. */
function referenceAt(document: LangiumDocument, diagnostic: Diagnostic, data: LinkingErrorData): { container: AstNode; property: string; reference: Reference } | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    let node: AstNode | undefined = CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
    while (node && !ast.reflection.isSubtype(node.$type, data.containerType)) node = node.$container;
    if (!node) return undefined;
    const value = (node as unknown as Record<string, unknown>)[data.property];
    const references = (Array.isArray(value) ? value : [value]) as Array<Reference | undefined>;
    const reference = references.find(candidate => candidate?.$refNode?.offset === offset) ?? references.find(candidate => candidate?.$refText === data.refText);
    return reference ? { container: node, property: data.property, reference } : undefined;
}
