import type { LangiumDocument } from 'langium';

/**
 * The syntax errors of the parse itself ("line:column message"), not of the last validation: a
 * document just parsed and linked has no diagnostics of its own text yet. Shared by the language
 * server's custom requests and the playground's worker, so both refuse a drawing for the same errors.
 */
export function syntaxErrors(document: LangiumDocument): string[] {
    const { lexerErrors, parserErrors } = document.parseResult;
    return [
        ...lexerErrors.map(error => `${error.line ?? 0}:${error.column ?? 0} ${error.message}`),
        ...parserErrors.map(error => {
            // At the end of the input Chevrotain's token has no position (NaN or -1): point at the end.
            const offset = error.token.startOffset;
            const at = document.textDocument.positionAt(Number.isNaN(offset) || offset < 0 ? document.textDocument.getText().length : offset);
            return `${at.line + 1}:${at.character + 1} ${error.message}`;
        })
    ];
}
