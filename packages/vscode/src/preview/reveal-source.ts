import * as vscode from 'vscode';
import type { SourceLocation } from './preview-messages.js';

/**
 * Shows the source of a clicked diagram element: the editor already showing the document if
 * there is one (so the preview stays where it is), else the document opened beside the preview.
 */
export async function revealSource(location: SourceLocation, fallbackUri: vscode.Uri, previewColumn: vscode.ViewColumn | undefined): Promise<vscode.TextEditor> {
    const uri = location.uri ? vscode.Uri.parse(location.uri) : fallbackUri;
    const start = new vscode.Position(Math.max(0, location.line), Math.max(0, location.character));
    const end = location.endLine !== undefined
        ? new vscode.Position(Math.max(0, location.endLine), Math.max(0, location.endCharacter ?? 0))
        : start;
    const range = new vscode.Range(start, end);
    const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
    const column = visible?.viewColumn ?? (previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const document = visible?.document ?? await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false, selection: new vscode.Range(start, start) });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
}
