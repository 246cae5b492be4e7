import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';
import { SyntaxMemo } from '../parser/syntax-memo.js';

/**
 * The walks Langium does with `AstUtils.streamAst` and `AstUtils.streamReferences`, in the same
 * order, as plain loops. The stream versions allocate an iterator, a closure and a key array
 * per node; on the 5,000-line benchmark model the walk alone cost two thirds of linking plus
 * garbage collection (bench/language.mjs, profile in the commit message).
 */

/** Every node under `root`, `root` first, in `streamAst` order (depth first, properties in key order). */
export function allNodes(root: AstNode): AstNode[] {
    const nodes: AstNode[] = [];
    collect(root, nodes);
    return nodes;
}

function collect(node: AstNode, nodes: AstNode[]): void {
    nodes.push(node);
    forEachChild(node, child => collect(child, nodes));
}

/** The nodes `node` contains directly, in `AstUtils.streamContents` order. */
export function forEachChild(node: AstNode, accept: (child: AstNode) => void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const key in record) {
        if (key.charCodeAt(0) === 36 /* $ */ || !Object.prototype.hasOwnProperty.call(record, key)) {
            continue;
        }
        const value = record[key];
        if (Array.isArray(value)) {
            for (const element of value) {
                if (isAstNode(element)) {
                    accept(element);
                }
            }
        } else if (isAstNode(value)) {
            accept(value);
        }
    }
}

/** Each node's subtree references, once walked (see referencesIn). */
const SUBTREE_REFERENCES = new SyntaxMemo<readonly ReferenceInfo[]>('subtree references');

const NO_REFERENCES: readonly ReferenceInfo[] = Object.freeze([]);

/**
 * Every reference under `root`, in the order of `allNodes` and `forEachReference` (Langium's
 * `streamAst` and `streamReferences`), kept on each node walked. After a keystroke the incremental
 * parse keeps every statement but the edited ones (the same node objects, unchanged), so linking
 * again walks only the new statements and the nodes above them, whose lists it forgets
 * (parser/syntax-memo.ts). Walking all twenty thousand nodes of the 5,000-line benchmark model was
 * most of linking it after each keystroke.
 */
export function referencesIn(root: AstNode): readonly ReferenceInfo[] {
    return SUBTREE_REFERENCES.of(root, collectReferences);
}

function collectReferences(root: AstNode): readonly ReferenceInfo[] {
    const references: ReferenceInfo[] = [];
    forEachReference(root, info => references.push(info));
    forEachChild(root, child => {
        const below = referencesIn(child);
        for (let i = 0; i < below.length; i++) references.push(below[i]);
    });
    // Most nodes hold no reference: they share one empty list.
    return references.length === 0 ? NO_REFERENCES : references;
}

/** The references held directly by `node`, in `streamReferences` order. */
export function forEachReference(node: AstNode, accept: (info: ReferenceInfo) => void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const key in record) {
        if (key.charCodeAt(0) === 36 /* $ */ || !Object.prototype.hasOwnProperty.call(record, key)) {
            continue;
        }
        const value = record[key];
        if (isReference(value) || isMultiReference(value)) {
            accept({ reference: value, container: node, property: key });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element: unknown = value[index];
                if (isReference(element) || isMultiReference(element)) {
                    accept({ reference: element, container: node, property: key, index });
                }
            }
        }
    }
}
