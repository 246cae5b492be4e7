import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

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
