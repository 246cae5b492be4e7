import { isCompositeCstNode, isLeafCstNode, type CompositeCstNode, type CstNode } from 'langium';

/**
 * The visible (non-hidden) tokens under `cst`, in source order, entering a nested composite node
 * only where `enter` allows: the formatter spaces a statement's own tokens, semantic highlighting
 * colours each node's own tokens, and they differ only in which nested nodes count as "own".
 */
export function visibleLeaves(cst: CstNode, enter: (nested: CompositeCstNode) => boolean): CstNode[] {
    const leaves: CstNode[] = [];
    const visit = (node: CstNode, root: boolean): void => {
        if (isLeafCstNode(node)) {
            if (!node.hidden) {
                leaves.push(node);
            }
        } else if (isCompositeCstNode(node) && (root || enter(node))) {
            for (const child of node.content) {
                visit(child, false);
            }
        }
    };
    visit(cst, true);
    return leaves;
}
