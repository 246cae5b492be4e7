import { CstUtils, type AstNode, type AstNodeDescription, type AstNodeLocator, type DocumentSegment, type NameProvider, type URI } from 'langium';

/**
 * What Langium's description provider gives for a node of the open document, with the path and
 * the segments computed on each read instead of once for every name. Linking reads only `node`
 * and `name` of most descriptions; eager segments were a tenth of the allocation of a keystroke
 * in a 5,000-line model. Nothing is cached, so a description kept across an edit (samskap-linker.ts
 * keeps resolved references whose target did not change) still answers for the current text.
 */
export class LazyNodeDescription implements AstNodeDescription {
    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly documentUri: URI,
        private readonly locator: AstNodeLocator,
        private readonly names: NameProvider
    ) {}

    get type(): string {
        return this.node.$type;
    }

    get path(): string {
        return this.locator.getAstNodePath(this.node);
    }

    get nameSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}
