import { CompositeCstNodeImpl, type CstNode } from 'langium';
import type { Position } from 'vscode-languageserver-types';

/**
 * The fields Langium's LeafCstNodeImpl keeps a token's place in. Its `range` getter builds three
 * objects per read and `hidden` is a getter on two node classes; the hot paths that read token
 * positions (model source ranges, keys of reused facts) and the incremental parse, which moves
 * tokens, use the fields directly. This is the one place that knows them.
 */
export interface TokenFields {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
    readonly _hidden?: boolean;
}

/** The fields of a token, or undefined for a CST node of another kind. */
export function tokenFields(node: CstNode): TokenFields | undefined {
    const fields = node as unknown as Partial<TokenFields>;
    return fields._startLine === undefined ? undefined : fields as TokenFields;
}

/**
 * The first (or last) token of a CST node that is not a comment, as Langium's composite `range`
 * finds it level by level; undefined where a level is empty (error recovery), which Langium's
 * own `range` then handles.
 */
export function edgeToken(cst: CstNode, last: boolean): CstNode | undefined {
    let current: CstNode = cst;
    // `instanceof` and the `_hidden` field (absent on composites, which are never hidden) instead
    // of `isCompositeCstNode` and the `hidden` getter: polymorphic calls were most of this search.
    while (current instanceof CompositeCstNodeImpl) {
        const content = current.content;
        if (content.length === 0) {
            return undefined;
        }
        let next: CstNode | undefined;
        if (last) {
            for (let i = content.length - 1; i >= 0 && !next; i--) {
                if ((content[i] as unknown as Partial<TokenFields>)._hidden !== true) next = content[i];
            }
            next ??= content[content.length - 1];
        } else {
            for (let i = 0; i < content.length && !next; i++) {
                if ((content[i] as unknown as Partial<TokenFields>)._hidden !== true) next = content[i];
            }
            next ??= content[0];
        }
        current = next;
    }
    return current;
}

export function tokenStart(token: CstNode): Position {
    const fields = tokenFields(token);
    return fields ? { line: fields._startLine, character: fields._startColumn } : token.range.start;
}

export function tokenEnd(token: CstNode): Position {
    const fields = tokenFields(token);
    return fields ? { line: fields._endLine, character: fields._endColumn } : token.range.end;
}
