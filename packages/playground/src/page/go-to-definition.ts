/// <reference lib="dom" />
import { LSPPlugin } from '@codemirror/lsp-client';
import type { EditorView } from '@codemirror/view';
import type { DefinitionParams, Location, LocationLink, Range } from 'vscode-languageserver';

/**
 * F12: go to the declaration of the name under the cursor, in this file or another (a library's
 * actor). The client package's own command reads only `Location` answers, while Langium servers
 * answer with `LocationLink`s; this reads both, and opens the target file through the page.
 */
export function goToDefinition(open: (uri: string, range: Range) => void): (view: EditorView) => boolean {
    return view => {
        const plugin = LSPPlugin.get(view);
        if (!plugin || !plugin.client.serverCapabilities?.definitionProvider) {
            return false;
        }
        plugin.client.sync();
        const params: DefinitionParams = { textDocument: { uri: plugin.uri }, position: plugin.toPosition(view.state.selection.main.head) };
        plugin.client.request<DefinitionParams, Location | Location[] | LocationLink[] | null>('textDocument/definition', params).then(answer => {
            const first = Array.isArray(answer) ? answer[0] : answer;
            if (!first) {
                return;
            }
            if ('targetUri' in first) {
                open(first.targetUri, first.targetSelectionRange);
            } else {
                open(first.uri, first.range);
            }
        }, error => plugin.reportError('Go to definition failed', error));
        return true;
    };
}
