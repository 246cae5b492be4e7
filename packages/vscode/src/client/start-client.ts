import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { DiagnosticsTracker } from '../status/diagnostics-tracker.js';
import { referenceLink, ruleLink, SHOW_REFERENCE_COMMAND } from '../rules/rule-page.js';
import { readSettings } from './settings.js';

/**
 * Creates the client for the bundled language server (dist/server.cjs, the same server as
 * `samskap lsp --stdio`), talking over Node IPC, which needs no stdio framing and no port.
 */
export function createSamskapClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, tracker: DiagnosticsTracker): LanguageClient {
    const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    // Node's compile cache in the extension's storage: server starts after the first skip
    // compiling the 1.7 MB bundle (as the `samskap` command does, packages/cli/bin).
    const env = { ...process.env, NODE_COMPILE_CACHE: vscode.Uri.joinPath(context.globalStorageUri, 'node-compile-cache').fsPath };
    const serverOptions: ServerOptions = {
        // The Node flag of the `samskap` command (packages/cli/bin): fewer young-generation collections while the workspace is built.
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=32'], env } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=32', '--nolazy', '--inspect=6009'], env } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { language: 'samskap', scheme: 'file' },
            { language: 'samskap', scheme: 'untitled' }
        ],
        outputChannel: output,
        initializationOptions: { settings: readSettings() },
        middleware: {
            async provideHover(document, position, token, next) {
                const hover = await next(document, position, token);
                return hover ? linkReferencePages(hover) : hover;
            },
            handleDiagnostics(uri, diagnostics, next) {
                next(uri, diagnostics.map(linkRulePage));
                tracker.received(uri);
            }
        }
    };
    return new LanguageClient('samskap', 'Samskap Language Server', serverOptions, clientOptions);
}

/**
 * A rule code's link opens the rule's own page (rules/rule-page.ts) instead of the raw catalogue,
 * which an editor opens as text at its first line whatever the `#anchor`. VS Code opens a code's
 * `command:` link from the Problems panel, the hover and the peek view.
 */
function linkRulePage(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
    const code = diagnostic.code;
    if (typeof code === 'object' && code.target.path.endsWith('rules.md') && /^SK-[A-Z]+-\d+$/.test(String(code.value))) {
        diagnostic.code = { value: code.value, target: ruleLink(String(code.value)) };
    }
    return diagnostic;
}

/**
 * A keyword hover's "Language reference" link (to docs/language.md#section, shipped as
 * dist/docs/language.md) opens that section rendered, as a rule code does, instead of the
 * reference as text at its first line. Only that command is trusted in the hover.
 */
function linkReferencePages(hover: vscode.Hover): vscode.Hover {
    const contents = hover.contents.map(content => {
        if (!(content instanceof vscode.MarkdownString) || !/language\.md#/.test(content.value)) return content;
        const value = content.value.replace(/\]\(([^()\s]*\/)?language\.md#([a-z0-9_-]+)\)/g, (_link, _folder: string | undefined, anchor: string) => `](${referenceLink(anchor)})`);
        const linked = new vscode.MarkdownString(value, content.supportThemeIcons);
        linked.isTrusted = { enabledCommands: [SHOW_REFERENCE_COMMAND] };
        linked.supportHtml = content.supportHtml;
        linked.baseUri = content.baseUri;
        return linked;
    });
    return new vscode.Hover(contents, hover.range);
}
