import { DefaultLanguageServer } from 'langium/lsp';
import { CodeActionKind, type InitializeParams, type InitializeResult } from 'vscode-languageserver';

/**
 * Langium's language server, telling the editor which kinds of code actions there are: quick
 * fixes, and `source.fixAll`, which applies the safe fixes of a file at once (VS Code offers it on
 * save with `"editor.codeActionsOnSave": { "source.fixAll": "explicit" }`).
 */
export class SamskapLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        if (result.capabilities.codeActionProvider) {
            result.capabilities.codeActionProvider = { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] };
        }
        return result;
    }
}
