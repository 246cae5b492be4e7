/// <reference lib="dom" />
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { tags } from '@lezer/highlight';

interface LexState {
    inBlockComment: boolean;
}

/**
 * The colours VS Code gets from the grammar's TextMate file (keywords, comments, strings,
 * numbers), from the same keyword list (the build reads it from the generated TextMate grammar):
 * the text is coloured from the first keystroke, before the server's semantic tokens arrive and
 * where they say nothing (keywords). The semantic tokens, drawn over these, name what a word is.
 */
export function samskapLexicalHighlighting(keywords: readonly string[]): Extension {
    const keywordSet = new Set(keywords);
    const language = StreamLanguage.define<LexState>({
        name: 'samskap',
        startState: () => ({ inBlockComment: false }),
        copyState: state => ({ ...state }),
        token: (stream, state) => {
            if (state.inBlockComment) {
                if (stream.skipTo('*/')) {
                    stream.pos += 2;
                    state.inBlockComment = false;
                } else {
                    stream.skipToEnd();
                }
                return 'comment';
            }
            if (stream.match('//')) {
                stream.skipToEnd();
                return 'comment';
            }
            if (stream.match('/*')) {
                state.inBlockComment = true;
                return 'comment';
            }
            if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) {
                return 'string';
            }
            if (stream.match(/^\d[\d_]*(?:\.\d+)?/)) {
                return 'number';
            }
            if (stream.match(/^[\p{L}_][\p{L}\p{N}_]*/u)) {
                return keywordSet.has(stream.current()) ? 'keyword' : null;
            }
            stream.next();
            return null;
        }
    });
    const style = HighlightStyle.define([
        { tag: tags.keyword, color: '#7b2b9e' },
        { tag: tags.comment, color: '#6a737d', fontStyle: 'italic' },
        { tag: tags.string, color: '#a3410b' },
        { tag: tags.number, color: '#0b5cad' }
    ]);
    return [language, syntaxHighlighting(style)];
}
