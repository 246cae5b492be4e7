import * as vscode from 'vscode';

const EXAMPLE_NAME = 'samskap-getting-started.samskap';

/**
 * Opens the getting-started example: copied into the workspace folder (never over an existing
 * file) so the user can edit and keep it, or as an untitled model when no folder is open.
 */
export async function openExample(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
    const source = vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', 'example.samskap');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
        const document = await vscode.workspace.openTextDocument({ language: 'samskap', content: text });
        return vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    }
    const target = vscode.Uri.joinPath(folder.uri, EXAMPLE_NAME);
    try {
        await vscode.workspace.fs.stat(target);
    } catch {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    }
    const document = await vscode.workspace.openTextDocument(target);
    return vscode.window.showTextDocument(document, vscode.ViewColumn.One);
}
