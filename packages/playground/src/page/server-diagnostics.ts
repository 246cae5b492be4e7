/// <reference lib="dom" />
import { LSPPlugin, type LSPClient, type LSPClientExtension } from '@codemirror/lsp-client';
import { setDiagnostics, type Action, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { ViewPlugin, type EditorView } from '@codemirror/view';
import type { CodeAction, CodeActionParams, Command, Diagnostic, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver';

/** How long typing must pause before the editor sends its changes to the server (the client's own default is 500 ms). */
export const SYNC_DELAY_MS = 80;

/** What the page learns when the server has checked a file's newest text. */
export interface CheckedFile {
    readonly uri: string;
    readonly view: EditorView;
    readonly diagnostics: readonly Diagnostic[];
}

const SEVERITIES = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

/**
 * Diagnostics from the server, with their quick fixes as buttons in the editor's tooltip and
 * lint panel. The client package shows diagnostics but asks for no code actions, so this takes
 * over `textDocument/publishDiagnostics`: one `textDocument/codeAction` request per published set
 * (only for the diagnostics the server attached fix data to), then the editor's lint state. It
 * also sends changes sooner than the client's default, so diagrams follow typing closely.
 */
export function serverDiagnosticsWithFixes(onChecked: (file: CheckedFile) => void): LSPClientExtension {
    return {
        clientCapabilities: {
            textDocument: {
                publishDiagnostics: { versionSupport: true },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } }
            }
        },
        notificationHandlers: {
            'textDocument/publishDiagnostics': (client, params: PublishDiagnosticsParams) => {
                const file = client.workspace.getFile(params.uri);
                if (!file || (params.version !== undefined && params.version !== null && params.version !== file.version)) {
                    return false;
                }
                const view = file.getView();
                const plugin = view && LSPPlugin.get(view);
                if (!view || !plugin) {
                    return false;
                }
                void showDiagnostics(client, plugin, params).then(() => onChecked({ uri: params.uri, view, diagnostics: params.diagnostics }));
                return true;
            }
        },
        editorExtension: syncSoon
    };
}

async function showDiagnostics(client: LSPClient, plugin: LSPPlugin, params: PublishDiagnosticsParams): Promise<void> {
    const checked = plugin.syncedDoc;
    const fixes = await quickFixes(client, plugin, params.uri, params.diagnostics, checked);
    const view = plugin.view;
    // Typing went on while the fixes were asked for: positions of that older text no longer apply.
    if (plugin.syncedDoc !== checked) {
        return;
    }
    const at = (position: Diagnostic['range']['start']): number => plugin.unsyncedChanges.mapPos(plugin.fromPosition(position, checked));
    const diagnostics: EditorDiagnostic[] = params.diagnostics.map(item => ({
        from: at(item.range.start),
        to: at(item.range.end),
        severity: SEVERITIES[item.severity ?? 1] ?? 'error',
        message: messageText(item),
        source: item.code === undefined ? undefined : String(item.code),
        actions: fixes.filter(fix => fix.diagnostics?.some(d => sameDiagnostic(d, item))).map(fix => fixAction(plugin, params.uri, fix, checked))
    }));
    // The workspace-wide checks publish again once typing pauses, mostly the same set: redrawing
    // it would close a diagnostic's tooltip under the reader's pointer.
    const key = JSON.stringify(diagnostics.map(d => [d.from, d.to, d.severity, d.message, d.actions?.map(a => a.name)]));
    const shown = lastShown.get(view);
    if (shown && shown.doc === view.state.doc && shown.key === key) {
        return;
    }
    lastShown.set(view, { doc: view.state.doc, key });
    view.dispatch(setDiagnostics(view.state, diagnostics));
}

/** What each editor last showed, to skip a publication that changes nothing. */
const lastShown = new WeakMap<EditorView, { doc: Text; key: string }>();

/** The server's quick fixes for the diagnostics that carry fix data (the others have none to offer). */
async function quickFixes(client: LSPClient, plugin: LSPPlugin, uri: string, diagnostics: readonly Diagnostic[], doc: Text): Promise<CodeAction[]> {
    const fixable = diagnostics.filter(d => d.data !== undefined);
    if (fixable.length === 0 || !client.serverCapabilities?.codeActionProvider) {
        return [];
    }
    const params: CodeActionParams = {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: plugin.toPosition(doc.length, doc) },
        context: { diagnostics: fixable, only: ['quickfix'] }
    };
    try {
        const answer = await client.request<CodeActionParams, Array<CodeAction | Command> | null>('textDocument/codeAction', params);
        return (answer ?? []).filter((item): item is CodeAction => 'edit' in item && item.edit !== undefined);
    } catch (error) {
        plugin.reportError('The server could not offer quick fixes', error);
        return [];
    }
}

/** A diagnostic's message as plain text (LSP 3.18 allows Markdown there too). */
export function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
    return a.message === b.message && a.code === b.code &&
        a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character &&
        a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

/** A quick fix as a button: applies the fix's edits to the text it was computed for (a stale fix does nothing). */
function fixAction(plugin: LSPPlugin, uri: string, fix: CodeAction, checked: Text): Action {
    return {
        name: fix.title,
        apply: view => {
            if (!view.state.doc.eq(checked)) {
                return;
            }
            const edits: TextEdit[] = fix.edit?.changes?.[uri] ?? [];
            view.dispatch({
                changes: edits.map(edit => ({ from: plugin.fromPosition(edit.range.start, checked), to: plugin.fromPosition(edit.range.end, checked), insert: edit.newText })),
                userEvent: 'quickfix'
            });
        }
    };
}

/** Sends the editor's changes to the server once typing pauses for SYNC_DELAY_MS. */
const syncSoon = ViewPlugin.fromClass(class {
    private pending: ReturnType<typeof setTimeout> | undefined;
    update(update: { docChanged: boolean; view: EditorView }): void {
        if (update.docChanged) {
            clearTimeout(this.pending);
            this.pending = setTimeout(() => LSPPlugin.get(update.view)?.client.sync(), SYNC_DELAY_MS);
        }
    }
    destroy(): void {
        clearTimeout(this.pending);
    }
});
