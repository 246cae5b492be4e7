/// <reference lib="dom" />
import { LSPPlugin, Workspace, type LSPClient, type WorkspaceFile } from '@codemirror/lsp-client';
import type { Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

/** One open file: the editor that holds it and the text the server last received. */
class PlaygroundFile implements WorkspaceFile {
    constructor(readonly uri: string, readonly languageId: string, public version: number, public doc: Text, readonly view: EditorView) {}

    getView(): EditorView {
        return this.view;
    }
}

/**
 * The client's workspace for the playground's files: one editor per file, as the client package's
 * default workspace keeps them, but a file the client wants to show (a reference chosen in the
 * Shift+F12 list that lies in another file, a rename's edits) is brought into view by the page:
 * `show` switches to its tab and returns its editor. The default workspace returns the editor
 * without showing it, so the cursor moved inside a hidden file and the list seemed to do nothing.
 */
export class PlaygroundWorkspace extends Workspace {
    files: PlaygroundFile[] = [];
    private readonly versions = new Map<string, number>();

    constructor(client: LSPClient, private readonly show: (uri: string) => EditorView | undefined) {
        super(client);
    }

    private nextVersion(uri: string): number {
        const version = (this.versions.get(uri) ?? -1) + 1;
        this.versions.set(uri, version);
        return version;
    }

    syncFiles(): { file: WorkspaceFile; prevDoc: Text; changes: LSPPlugin['unsyncedChanges'] }[] {
        const updates = [];
        for (const file of this.files) {
            const plugin = LSPPlugin.get(file.view);
            if (!plugin || plugin.unsyncedChanges.empty) {
                continue;
            }
            updates.push({ file, prevDoc: file.doc, changes: plugin.unsyncedChanges });
            file.doc = file.view.state.doc;
            file.version = this.nextVersion(file.uri);
            plugin.clear();
        }
        return updates;
    }

    openFile(uri: string, languageId: string, view: EditorView): void {
        if (this.getFile(uri)) {
            throw new Error(`${uri} is already open in another editor`);
        }
        const file = new PlaygroundFile(uri, languageId, this.nextVersion(uri), view.state.doc, view);
        this.files.push(file);
        this.client.didOpen(file);
    }

    closeFile(uri: string): void {
        if (this.getFile(uri)) {
            this.files = this.files.filter(file => file.uri !== uri);
            this.client.didClose(uri);
        }
    }

    override displayFile(uri: string): Promise<EditorView | null> {
        return Promise.resolve(this.getFile(uri) ? this.show(uri) ?? null : null);
    }
}
