import * as vscode from 'vscode';
import { writeAtomically } from '../io/write-atomically.js';

/** Asks where to save an exported diagram (next to the model by default) and writes it atomically. */
export async function saveExport(model: vscode.Uri, view: string | undefined, format: 'svg' | 'png', content: Uint8Array | string): Promise<vscode.Uri | undefined> {
    const base = (model.path.split('/').pop() ?? 'diagram').replace(/\.samskap$/, '');
    // Beside the model wherever it lives (a disk, vscode.dev's virtual folders, a remote), but an unsaved file has no folder.
    const suggested = model.scheme !== 'untitled'
        ? vscode.Uri.joinPath(model, '..', `${base}${view ? `-${view}` : ''}.${format}`)
        : undefined;
    const target = await vscode.window.showSaveDialog({
        defaultUri: suggested,
        filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
        title: `Export the diagram as ${format.toUpperCase()}`
    });
    if (!target) {
        return undefined;
    }
    await writeAtomically(target, content);
    return target;
}
