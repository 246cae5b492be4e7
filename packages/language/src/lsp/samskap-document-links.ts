import { GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** Only addresses an editor can open safely in a browser: no `javascript:`, `file:` or `command:` links from model text. */
const WEB_ADDRESS = /^https?:\/\/[^\s"<>]+$/i;

/**
 * A source's `url "…"` is a link: Ctrl+click (or the editor's "open link") opens the page the
 * researcher cited. The link covers the address inside the quotes.
 */
export class SamskapDocumentLinkProvider implements DocumentLinkProvider {
    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): MaybePromise<DocumentLink[]> {
        const root = document.parseResult.value;
        if (!ast.isDocument(root)) return [];
        const links: DocumentLink[] = [];
        for (const model of root.elements.filter(ast.isModel)) {
            for (const source of model.context.filter(ast.isSourceStatement)) {
                const url = source.url?.trim();
                const node = GrammarUtils.findNodeForProperty(source.$cstNode, 'url');
                if (!url || !node || !WEB_ADDRESS.test(url)) continue;
                // Inside the quotes, where the address is written (it may have spaces around it).
                // An address written with escapes (`\"`) is not found as written: no link rather than a wrong one.
                const inner = node.text.indexOf(url);
                if (inner < 0) continue;
                const start = document.textDocument.positionAt(node.offset + inner);
                const end = document.textDocument.positionAt(node.offset + inner + url.length);
                links.push({ range: { start, end }, target: url, tooltip: source.description });
            }
        }
        return links;
    }
}
