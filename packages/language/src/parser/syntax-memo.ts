import type { AstNode } from 'langium';

/** What a memo stores for a computed `undefined`, so that "not computed yet" stays `undefined`. */
const NOTHING = Symbol('Samskap memo: nothing');

/** Every memo, so that one call forgets all of them for a node whose syntax changed. */
const memos: Array<SyntaxMemo<unknown>> = [];

/**
 * A value derived from an AST node's syntax (what lies under it in the tree), kept on the node
 * itself under a symbol of its own: invisible to JSON, `for…in` and Object.keys, and cheaper than
 * a WeakMap lookup on the paths that read it for every statement after each keystroke. The
 * incremental parse keeps every statement outside an edit as it was (same node, same subtree,
 * tokens only moved) and changes the syntax of one element, which it passes to
 * `forgetSyntaxMemosAbove`: nothing else ever changes a kept node's subtree.
 */
export class SyntaxMemo<T> {
    private readonly slot: symbol;

    constructor(name: string) {
        this.slot = Symbol(`Samskap ${name}`);
        memos.push(this as SyntaxMemo<unknown>);
    }

    /** The value kept for the node, else computed now and kept. */
    of(node: AstNode, compute: (node: AstNode) => T): T {
        const store = node as unknown as Record<symbol, unknown>;
        const kept = store[this.slot];
        if (kept !== undefined) {
            return (kept === NOTHING ? undefined : kept) as T;
        }
        const value = compute(node);
        store[this.slot] = value === undefined ? NOTHING : value;
        return value;
    }

    forget(node: AstNode): void {
        // Assigned, not deleted: a deleted property would make the node a slow dictionary object.
        (node as unknown as Record<symbol, unknown>)[this.slot] = undefined;
    }
}

/** After the syntax under `node` changed: every memo of it and of its containers is stale. */
export function forgetSyntaxMemosAbove(node: AstNode): void {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        for (const memo of memos) memo.forget(current);
    }
}
