import type { AstNode } from 'langium';
import { edgeTokensOf } from '../parser/cst-tokens.js';

/**
 * Facts built from AST nodes (actors, bodies, activities, decisions, funding lines), kept with
 * the nodes for the next build of their model; the PartnershipModelProvider holds one store, so
 * the doc comment lookup is always the same. After an edit the incremental parse keeps every
 * statement outside the edited ones (the same node objects); their facts are reused when nothing
 * they were built from has changed: the node's first and last token positions (which carry every
 * position inside it, as tokens move together) and what its references resolve to. Rebuilding
 * the facts of a thousand unchanged statements was most of building the 5,000-line model after a
 * keystroke.
 */
export class BuiltFacts {
    /**
     * Each store keeps its facts on the nodes themselves, under a symbol of its own (invisible to
     * JSON, `for…in` and Object.keys); a WeakMap lookup per statement cost more than it saved.
     */
    private readonly slot: symbol = Symbol('Samskap facts');

    /** The fact kept for the node under an equal key, else a new one, kept for next time. */
    reused<T>(node: AstNode, key: readonly unknown[], build: () => T): T {
        const store = node as unknown as Record<symbol, KeptFact | undefined>;
        const kept = store[this.slot];
        if (kept !== undefined && sameParts(kept.key, key)) {
            return kept.fact as T;
        }
        const fact = build();
        store[this.slot] = { key, fact };
        return fact;
    }
}

interface KeptFact {
    readonly key: readonly unknown[];
    readonly fact: unknown;
}

/** Keys are arrays of numbers, strings and objects, compared part by part: no key string is built. */
export function sameParts(before: readonly unknown[], now: readonly unknown[]): boolean {
    if (before.length !== now.length) return false;
    for (let i = 0; i < now.length; i++) {
        if (before[i] !== now[i]) return false;
    }
    return true;
}

/** A key starting with where a node's text starts and ends (a node never moves to another document). */
export function extentKey(node: AstNode): unknown[] {
    const edges = edgeTokensOf(node);
    return edges ? [edges.first._startLine, edges.first._startColumn, edges.last._endLine, edges.last._endColumn] : [undefined];
}
