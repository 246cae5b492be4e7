import type { ILexerErrorMessageProvider, IToken } from 'chevrotain';

/** Lexer messages in the user's terms; the commonest cause by far is a quote left open. */
export class SamskapLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        if (text.startsWith('"')) {
            return 'Unterminated text: a quoted text must end with " on the same line.';
        }
        const shown = [...text].map(ch => (ch.charCodeAt(0) < 32 || ch === '\u007f' ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch)).join('');
        return `Unexpected character${length > 1 ? 's' : ''} '${shown}': not part of the Samskap language (names use letters, digits and _).`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `Unexpected '${token.image}'.`;
    }
}
