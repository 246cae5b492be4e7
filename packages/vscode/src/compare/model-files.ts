import * as vscode from 'vscode';

/** The .samskap files among the given files and folders (folders searched recursively), without duplicates. */
export async function samskapFilesIn(roots: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    for (const root of roots) {
        let type: vscode.FileType;
        try {
            type = (await vscode.workspace.fs.stat(root)).type;
        } catch {
            continue;
        }
        if (type & vscode.FileType.Directory) {
            for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.samskap'), '**/{node_modules,.git}/**')) {
                found.set(uri.toString(), uri);
            }
        } else if (root.path.endsWith('.samskap')) {
            found.set(root.toString(), root);
        }
    }
    return [...found.values()];
}
