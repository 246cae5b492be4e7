import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import { referenceLink, ruleLink, SHOW_REFERENCE_COMMAND } from '../rules/rule-page.js';
import type { DiagnosticsTracker } from '../status/diagnostics-tracker.js';

/**
 * What the client changes in the server's answers before VS Code shows them: rule codes and
 * keyword hovers link to the extension's own rule and reference pages, and every diagnostics
 * notification is counted for the status bar. Only imports that run in the browser as well, so
 * the web extension's client (extension-browser.ts) uses it as it is.
 */
export function samskapMiddleware(tracker: DiagnosticsTracker): Middleware {
    return {
        async provideHover(document, position, token, next) {
            const hover = await next(document, position, token);
            return hover ? linkReferencePages(hover) : hover;
        },
        handleDiagnostics(uri, diagnostics, next) {
            next(uri, diagnostics.map(linkRulePage));
            tracker.received(uri);
        }
    };
}

/**
 * A rule code's link opens the rule's own page (rules/rule-page.ts) instead of the raw catalogue,
 * which an editor opens as text at its first line whatever the `#anchor`. VS Code opens a code's
 * `command:` link from the Problems panel, the hover and the peek view.
 */
export function linkRulePage(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
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
export function linkReferencePages(hover: vscode.Hover): vscode.Hover {
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
