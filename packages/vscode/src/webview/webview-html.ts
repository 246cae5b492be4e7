import * as vscode from 'vscode';

/**
 * The HTML shell of a Samskap webview: a strict Content Security Policy with a fresh nonce, one
 * shared stylesheet (media/webview.css), the panel's own and one script from the extension's own dist/ and media/ folders, nothing remote.
 * Model content is never put into this HTML; it arrives later by postMessage and is inserted as
 * sanitised DOM.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, options: { title: string; script: string; style: string; body: string }): string {
    // Web Crypto: the same in the desktop extension host (Node) and the web worker one.
    const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', options.script));
    const sharedStyleUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'webview.css'));
    const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', options.style));
    const csp = [
        "default-src 'none'",
        `img-src ${webview.cspSource} data:`,
        `style-src ${webview.cspSource} 'nonce-${nonce}'`,
        `font-src ${webview.cspSource}`,
        `script-src 'nonce-${nonce}'`
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${sharedStyleUri.toString()}">
<link rel="stylesheet" href="${styleUri.toString()}">
<title>${escapeHtml(options.title)}</title>
</head>
<body>
${options.body}
<script nonce="${nonce}" src="${scriptUri.toString()}"></script>
</body>
</html>`;
}

/** Webview options: scripts on, and only the extension's own folders readable. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
        retainContextWhenHidden: false
    };
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
}
