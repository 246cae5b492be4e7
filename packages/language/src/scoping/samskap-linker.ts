import { Cancellation, DefaultLinker, interruptAndCheck, type AstNodeDescription, type LangiumDocument, type LinkingError, type ReferenceInfo } from 'langium';
import { allNodes, forEachReference } from './ast-walk.js';

/** Nodes linked between two checks for cancellation (and yields to the event loop). */
const NODES_PER_CHECK = 256;

/** How each reference target is called in messages, with what the user can write to declare it. */
const TARGETS: Record<string, { readonly noun: string; readonly declare: string }> = {
    Party: { noun: 'actor or body', declare: 'declare it with `actor NAME "Title" is KIND` or `body NAME members …`, or bring a library into scope with `uses LIBRARY`' },
    Actor: { noun: 'actor', declare: 'declare it with `actor NAME "Title" is KIND`, or bring a library into scope with `uses LIBRARY`' },
    Budget: { noun: 'budget', declare: 'declare it with `budget NAME "Title" AMOUNT CURRENCY per year`' },
    Library: { noun: 'actor library', declare: 'check the name after `library` in the library file; libraries are found only inside the workspace folder' }
};

/** Unresolved names reported in the user's terms, saying how to fix them. */
export class SamskapLinker extends DefaultLinker {
    /**
     * Links every reference in the order Langium does, with plain loops instead of streams and
     * a cancellation check every few hundred nodes instead of an await per node: the walk, not
     * name resolution, was two thirds of linking the 5,000-line benchmark model.
     */
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const nodes = allNodes(document.parseResult.value);
        for (let i = 0; i < nodes.length; i++) {
            if (i % NODES_PER_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            forEachReference(nodes[i], info => this.doLink(info, document));
        }
    }

    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const target = TARGETS[this.reflection.getReferenceType(refInfo)];
        if (!target) {
            return error;
        }
        return { ...error, message: `No ${target.noun} named '${refInfo.reference.$refText}': ${target.declare}.` };
    }
}
