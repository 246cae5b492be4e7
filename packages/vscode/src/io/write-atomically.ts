import * as vscode from 'vscode';

/**
 * Writes a file so that readers only ever see the old or the complete new content: the bytes go
 * to a temporary file beside the target, which is then renamed over it.
 */
export async function writeAtomically(target: vscode.Uri, content: Uint8Array | string): Promise<void> {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const folder = vscode.Uri.joinPath(target, '..');
    const name = target.path.split('/').pop() ?? 'output';
    const temporary = vscode.Uri.joinPath(folder, `.${name}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`);
    await vscode.workspace.fs.createDirectory(folder);
    try {
        await vscode.workspace.fs.writeFile(temporary, bytes);
        await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (error) {
        try {
            await vscode.workspace.fs.delete(temporary);
        } catch {
            // The temporary file may never have been created.
        }
        throw error;
    }
}
