import { CompositeCstNodeImpl, type AstNode, type CstNode } from 'langium';
import { SyntaxMemo } from './syntax-memo.js';

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
function tokenFields(node: CstNode): TokenFields | undefined {
    const fields = node as unknown as Partial<TokenFields>;
    return fields._startLine === undefined ? undefined : fields as TokenFields;
}

/**
 * The first (or last) token of a CST node that is not a comment, as Langium's composite `range`
 * finds it level by level; undefined where a level is empty (error recovery), which Langium's
 * own `range` then handles.
 */
function edgeToken(cst: CstNode, last: boolean): CstNode | undefined {
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

/** The first and last tokens of an AST node's text that are not comments. */
export interface EdgeTokens {
    readonly first: TokenFields;
    readonly last: TokenFields;
}

/** Each AST node's edge tokens, found once (see edgeTokensOf). */
const EDGE_TOKENS = new SyntaxMemo<EdgeTokens | undefined>('edge tokens');

/**
 * The node's edge tokens, found once per node: the incremental parse moves a kept statement's
 * tokens but never replaces them (a statement it re-parses is a new node), and forgets what the
 * element it splices into and the nodes above it kept (parser/syntax-memo.ts). Descending the
 * syntax tree of every statement again after each keystroke was a third of building the
 * 5,000-line model; source ranges and the keys of reused facts both read them.
 */
export function edgeTokensOf(node: AstNode): EdgeTokens | undefined {
    return EDGE_TOKENS.of(node, findEdgeTokens);
}

function findEdgeTokens(node: AstNode): EdgeTokens | undefined {
    const cst = node.$cstNode;
    const first = cst && edgeToken(cst, false);
    const last = first && cst && edgeToken(cst, true);
    const start = first && tokenFields(first);
    const end = last && tokenFields(last);
    return start && end ? { first: start, last: end } : undefined;
}
