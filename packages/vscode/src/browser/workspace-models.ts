import * as vscode from 'vscode';
import { samskapFilesIn } from '../compare/model-files.js';

/** More models than this are not loaded into the web worker's server; the rest stay unchecked until opened. */
export const MAX_LOADED_MODELS = 500;

/**
 * Hands the workspace's `.samskap` files to the language server of VS Code for the Web, which
 * reads no files itself: each is opened as a document (no editor), which the client passes on
 * as the desktop server would read it from disk. Then `uses` finds its libraries, the Problems
 * panel lists every model, and the comparison has the whole workspace. Files are read through
 * VS Code (GitHub for github.dev), never by the server.
 */
export async function loadWorkspaceModels(output: vscode.OutputChannel, roots?: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
    let found: vscode.Uri[];
    try {
        found = roots
            ? await samskapFilesIn(roots)
            : await vscode.workspace.findFiles('**/*.samskap', '**/{node_modules,.git}/**', MAX_LOADED_MODELS + 1);
    } catch (error) {
        // A file system without search: the models open in editors are still checked.
        output.appendLine(`[web] the workspace's .samskap files could not be listed (${describe(error)}); open a model to check it.`);
        return [];
    }
    if (found.length > MAX_LOADED_MODELS) {
        output.appendLine(`[web] more than ${MAX_LOADED_MODELS} .samskap files: the first ${MAX_LOADED_MODELS} are checked; another is checked when you open it.`);
    }
    const files = found.slice(0, MAX_LOADED_MODELS);
    const loaded: vscode.Uri[] = [];
    for (const uri of files) {
        try {
            await vscode.workspace.openTextDocument(uri);
            loaded.push(uri);
        } catch (error) {
            output.appendLine(`[web] ${vscode.workspace.asRelativePath(uri)} could not be read: ${describe(error)}`);
        }
    }
    return loaded;
}

/** The Samskap documents VS Code holds now (open in an editor or loaded above) that the server knows. */
export function openModels(): vscode.Uri[] {
    const schemes = modelSchemes();
    return vscode.workspace.textDocuments
        .filter(document => document.languageId === 'samskap' && !document.isClosed && schemes.includes(document.uri.scheme))
        .map(document => document.uri);
}

/**
 * Where models live: the workspace folders' schemes (vscode.dev and github.dev name files
 * `vscode-vfs:`, a remote window `vscode-remote:`), files on disk and untitled editors. Not every
 * scheme: the originals of a diff or the timeline are Samskap text too, and would be checked as
 * models of their own.
 */
export function modelSchemes(): string[] {
    return [...new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map(folder => folder.uri.scheme)])];
}

function describe(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
