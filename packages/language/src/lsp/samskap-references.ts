import {
    AstUtils, DefaultReferences, stream, type AstNode, type CstNode, type FindReferencesOptions, type ReferenceDescription, type Stream
} from 'langium';
import * as ast from '../generated/ast.js';

/**
 * Treats the qualifier of `norway.redcross` as a reference to the library `norway`: go to
 * definition on it opens the library, find references on a library lists its qualified uses,
 * and rename renames them (the rename provider rewrites only that segment).
 */
export class SamskapReferences extends DefaultReferences {
    override findDeclarations(sourceCstNode: CstNode): AstNode[] {
        const declarations = super.findDeclarations(sourceCstNode);
        const [target] = declarations;
        if (declarations.length === 1 && ast.isActor(target) && ast.isLibrary(target.$container)) {
            const library = target.$container;
            const refNode = referenceNodeAround(sourceCstNode);
            if (refNode && sourceCstNode.end < refNode.end && sourceCstNode.text === library.name) {
                return [library];
            }
        }
        return declarations;
    }

    override findReferences(targetNode: AstNode, options: FindReferencesOptions): Stream<ReferenceDescription> {
        const references = super.findReferences(targetNode, options);
        if (!ast.isLibrary(targetNode)) {
            return references;
        }
        const libraryPath = this.nodeLocator.getAstNodePath(targetNode);
        const qualifiers = targetNode.actors.flatMap(actor =>
            super.findReferences(actor, { ...options, includeDeclaration: false }).toArray().flatMap(reference => this.qualifierOf(reference, libraryPath)));
        return references.concat(stream(qualifiers));
    }

    /** The `norway` part of a `norway.redcross` reference, as a reference of its own. */
    private qualifierOf(reference: ReferenceDescription, libraryPath: string): ReferenceDescription[] {
        const document = this.documents.getDocument(reference.sourceUri);
        const text = document?.textDocument.getText(reference.segment.range) ?? '';
        const firstDot = text.indexOf('.');
        if (!document || firstDot < 0) {
            return [];
        }
        const length = text.slice(0, firstDot).trimEnd().length;
        const offset = reference.segment.offset;
        return [{
            ...reference,
            targetPath: libraryPath,
            segment: {
                offset,
                length,
                end: offset + length,
                range: { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + length) }
            }
        }];
    }
}

/** The CST node of the cross-reference a leaf belongs to, if any. */
function referenceNodeAround(leaf: CstNode): CstNode | undefined {
    const node = leaf.astNode;
    for (const info of AstUtils.streamReferences(node)) {
        const refNode = info.reference.$refNode;
        if (refNode && refNode.offset <= leaf.offset && leaf.end <= refNode.end) {
            return refNode;
        }
    }
    return undefined;
}
