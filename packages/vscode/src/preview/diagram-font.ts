import * as vscode from 'vscode';
import { DIAGRAM_FONT_FILES } from './diagram-font-files.js';
import type { FontFaceData } from './preview-messages.js';

/**
 * Reads the diagram font's faces (about 320 kB each) from dist/webview/fonts. Through
 * vscode.workspace.fs, so it works where the extension runs in a browser as well. Rejects
 * naming the file that is missing.
 */
export async function readDiagramFont(extensionUri: vscode.Uri): Promise<FontFaceData[]> {
    const folder = vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'fonts');
    return Promise.all(DIAGRAM_FONT_FILES.map(async ({ weight, file }) => {
        try {
            const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, file));
            // A plain Uint8Array: a Node Buffer would reach the webview as its JSON form ({ type, data }), not as bytes.
            return { weight, data: new Uint8Array(bytes) };
        } catch (error) {
            throw new Error(`the diagram font ${file} could not be read (${error instanceof Error ? error.message : String(error)})`, { cause: error });
        }
    }));
}
