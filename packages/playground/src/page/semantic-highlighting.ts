/// <reference lib="dom" />
import { LSPPlugin } from '@codemirror/lsp-client';
import { RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { SemanticTokens, SemanticTokensLegend, SemanticTokensParams } from 'vscode-languageserver';

const setTokens = StateEffect.define<DecorationSet>();

/** The decorations of the last tokens, kept in place while the text changes until new ones arrive. */
const tokenField = StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update: (decorations, transaction) => {
        for (const effect of transaction.effects) {
            if (effect.is(setTokens)) {
                return effect.value;
            }
        }
        return decorations.map(transaction.changes);
    },
    provide: field => EditorView.decorations.from(field)
});

/** The editor side of semantic highlighting: colours come from `.sk-token-<type>` rules in the style sheet. */
export const semanticHighlighting: Extension = tokenField;

/**
 * Asks the server for the file's semantic tokens (`textDocument/semanticTokens/full`: the client
 * package has no such feature) and colours the text with them. Called once the server has
 * checked the newest text, so the tokens fit what the editor holds unless typing went on.
 */
export async function refreshSemanticTokens(view: EditorView): Promise<void> {
    const plugin = LSPPlugin.get(view);
    const provider = plugin?.client.serverCapabilities?.semanticTokensProvider;
    if (!plugin || !provider) {
        return;
    }
    const asked = plugin.syncedDoc;
    const tokens = await plugin.client.request<SemanticTokensParams, SemanticTokens | null>('textDocument/semanticTokens/full', { textDocument: { uri: plugin.uri } });
    if (!tokens || plugin.syncedDoc !== asked) {
        return;
    }
    // Typed since the last sync: the tokens move with the text the server has not seen yet.
    view.dispatch({ effects: setTokens.of(decorationsOf(tokens.data, provider.legend, plugin, asked).map(plugin.unsyncedChanges)) });
}

function decorationsOf(data: readonly number[], legend: SemanticTokensLegend, plugin: LSPPlugin, doc: LSPPlugin['syncedDoc']): DecorationSet {
    const builder = new RangeSetBuilder<Decoration>();
    const marks = new Map<string, Decoration>();
    let line = 0;
    let character = 0;
    for (let i = 0; i + 5 <= data.length; i += 5) {
        line += data[i];
        character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
        const length = data[i + 2];
        const type = legend.tokenTypes[data[i + 3]] ?? 'unknown';
        const modifiers = legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0);
        const className = ['sk-token', `sk-token-${type}`, ...modifiers.map(m => `sk-token-mod-${m}`)].join(' ');
        let mark = marks.get(className);
        if (!mark) {
            mark = Decoration.mark({ class: className });
            marks.set(className, mark);
        }
        if (line >= doc.lines) {
            break;
        }
        const from = plugin.fromPosition({ line, character }, doc);
        const to = Math.min(from + length, doc.line(line + 1).to);
        if (to > from) {
            builder.add(from, to, mark);
        }
    }
    return builder.finish();
}
