import * as vscode from 'vscode';
import { escapeHtml } from '../webview/webview-html.js';
import { headingSection, markdownToHtml, ruleSection } from './rule-section.js';

/** The command a diagnostic's rule code links to (the client rewrites the link, see start-client.ts). */
export const SHOW_RULE_COMMAND = 'samskap.rules.show';
const OPEN_CATALOGUE_COMMAND = 'samskap.rules.openCatalogue';
/** The command a keyword hover's "Language reference" link runs (the client rewrites the link, see start-client.ts). */
export const SHOW_REFERENCE_COMMAND = 'samskap.docs.showReference';

/** A `command:` link that opens the page of a rule, for a diagnostic's code. */
export function ruleLink(code: string): vscode.Uri {
    return vscode.Uri.parse(`command:${SHOW_RULE_COMMAND}?${encodeURIComponent(JSON.stringify([code]))}`);
}

/** A `command:` link that opens a section of the language reference. */
export function referenceLink(anchor: string): string {
    return `command:${SHOW_REFERENCE_COMMAND}?${encodeURIComponent(JSON.stringify([anchor]))}`;
}

/**
 * A rule's own page: its entry of the rule catalogue rendered (what it checks, why, the source and
 * an example), in one panel beside the editor that each rule link reuses. A diagnostic's code used
 * to open the raw catalogue at its first line, leaving the user to search for the rule.
 */
export class RulePages implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;

    constructor(private readonly extensionUri: vscode.Uri) {}

    register(): vscode.Disposable[] {
        return [
            vscode.commands.registerCommand(SHOW_RULE_COMMAND, (code?: unknown) => this.show(typeof code === 'string' ? code : undefined)),
            vscode.commands.registerCommand(OPEN_CATALOGUE_COMMAND, (code?: unknown) => this.openCatalogue(typeof code === 'string' ? code : undefined)),
            vscode.commands.registerCommand(SHOW_REFERENCE_COMMAND, (anchor?: unknown) => this.showReference(typeof anchor === 'string' ? anchor : 'the-samskap-language-reference'))
        ];
    }

    dispose(): void {
        this.panel?.dispose();
    }

    async show(code?: string): Promise<void> {
        const catalogue = await this.catalogue();
        const chosen = code ?? await vscode.window.showQuickPick([...catalogue.matchAll(/^### (SK-[A-Z]+-\d+)\s*$/gm)].map(match => match[1]), { title: 'Show a Samskap rule' });
        if (!chosen) return;
        const section = ruleSection(catalogue, chosen);
        const body = section
            ? `${markdownToHtml(section.markdown)}\n<p class="catalogue"><a href="command:${OPEN_CATALOGUE_COMMAND}?${encodeURIComponent(JSON.stringify([chosen]))}">Show in the rule catalogue</a></p>`
            : `<h3>${escapeHtml(chosen)}</h3><p>This rule is not in the rule catalogue of this version of the extension.</p>`;
        this.showPage(`Rule ${chosen}`, body);
    }

    /** A section of the language reference (docs/language.md, shipped beside the catalogue), by its heading's anchor. */
    async showReference(anchor: string): Promise<void> {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'docs', 'language.md'));
        const section = headingSection(new TextDecoder().decode(bytes), anchor);
        const title = section ? /^#+ (.*)$/m.exec(section.markdown)?.[1]?.replace(/`/g, '') ?? anchor : anchor;
        this.showPage(`Samskap: ${title}`, section
            ? markdownToHtml(section.markdown)
            : `<p>The language reference of this version of the extension has no section "${escapeHtml(anchor)}".</p>`);
    }

    /** One panel beside the editor for rule and reference pages; each link replaces its content. */
    private showPage(title: string, body: string): void {
        if (!this.panel) {
            this.panel = vscode.window.createWebviewPanel('samskap.rule', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
                enableScripts: false,
                enableCommandUris: [OPEN_CATALOGUE_COMMAND],
                localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')]
            });
            this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'file-icon.svg');
            this.panel.onDidDispose(() => {
                this.panel = undefined;
            });
        } else {
            this.panel.reveal(vscode.ViewColumn.Beside, true);
        }
        this.panel.title = title;
        this.panel.webview.html = rulePageHtml(this.panel.webview, this.extensionUri, title, body);
    }

    /** The catalogue itself, as text, at the rule's heading. */
    private async openCatalogue(code?: string): Promise<void> {
        const uri = vscode.Uri.joinPath(this.extensionUri, 'dist', 'docs', 'rules.md');
        const line = code ? ruleSection(await this.catalogue(), code)?.line ?? 0 : 0;
        const position = new vscode.Position(line, 0);
        await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.Active });
    }

    private async catalogue(): Promise<string> {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'docs', 'rules.md'));
        return new TextDecoder().decode(bytes);
    }
}

/** A page with no script at all: the content is our own catalogue's, rendered and escaped on this side. */
function rulePageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string, body: string): string {
    const sharedStyle = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'webview.css'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'rule.css'));
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${sharedStyle.toString()}">
<link rel="stylesheet" href="${style.toString()}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main class="rule" aria-label="${escapeHtml(title)}">
${body}
</main>
</body>
</html>`;
}
