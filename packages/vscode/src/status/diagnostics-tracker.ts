import * as vscode from 'vscode';

/**
 * Remembers which documents the server has already checked, so the status bar can tell
 * "still checking" from "no problems", and the time from opening a document to its first
 * diagnostics can be measured.
 */
export class DiagnosticsTracker implements vscode.Disposable {
    private readonly checked = new Set<string>();
    private readonly openedAt = new Map<string, number>();
    private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidReceive = this.emitter.event;

    constructor(private readonly onFirst: (uri: vscode.Uri, milliseconds: number) => void) {}

    opened(uri: vscode.Uri): void {
        const key = uri.toString();
        if (!this.checked.has(key) && !this.openedAt.has(key)) {
            this.openedAt.set(key, performance.now());
        }
    }

    received(uri: vscode.Uri): void {
        const key = uri.toString();
        const opened = this.openedAt.get(key);
        if (opened !== undefined) {
            this.openedAt.delete(key);
            this.onFirst(uri, performance.now() - opened);
        }
        this.checked.add(key);
        this.emitter.fire(uri);
    }

    hasBeenChecked(uri: vscode.Uri): boolean {
        return this.checked.has(uri.toString());
    }

    forget(uri: vscode.Uri): void {
        this.checked.delete(uri.toString());
        this.openedAt.delete(uri.toString());
    }

    dispose(): void {
        this.emitter.dispose();
    }
}
