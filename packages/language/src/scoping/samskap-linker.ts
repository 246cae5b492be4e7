import {
    AstUtils, Cancellation, DefaultLinker, interruptAndCheck, isAstNode, isReference, type AstNode, type AstNodeDescription,
    type LangiumCoreServices, type LangiumDocument, type LinkingError, type NameProvider, type ReferenceInfo
} from 'langium';
import * as ast from '../generated/ast.js';
import { OneProject, type ProjectLocator } from '../workspace/projects.js';
import { referencesIn } from './ast-walk.js';
import { LazyNodeDescription } from './lazy-node-description.js';

/** References linked between two checks for cancellation (and yields to the event loop). */
const REFERENCES_PER_CHECK = 256;

/** How each reference target is called in messages, with what the user can write to declare it. */
const TARGETS: Record<string, { readonly noun: string; readonly declare: string } | { readonly message: (name: string) => string }> = {
    Party: { noun: 'actor or body', declare: 'declare it with `actor NAME "Title" is KIND` or `body NAME members …`, or bring a library into scope with `uses LIBRARY`' },
    Actor: { noun: 'actor', declare: 'declare it with `actor NAME "Title" is KIND`, or bring a library into scope with `uses LIBRARY`' },
    Budget: { noun: 'budget', declare: 'declare it with `budget NAME "Title" AMOUNT CURRENCY per year`' },
    Library: { noun: 'actor library', declare: 'check the name after `library` in the library file; libraries are found only in the file\'s project (the nearest folder upward holding samskap.json, else .git, else the file\'s own folder)' },
    // A model's sources are cited only within it (the scope provider never exports them).
    SourceStatement: {
        message: name => `The source '${name}' is not declared in this model: declare it with \`source ${name} is report "full reference"\` (or article, interview, document, survey, observation, web_page, assumption), or cite one of the model's sources.`
    }
};

/**
 * The fields Langium's linker keeps a resolved reference in (DefaultLinker.doLink and unlink),
 * and what `unlink` records of them for the next linking of the same cycle.
 */
interface ResolvedState {
    _ref?: unknown;
    _nodeDescription?: AstNodeDescription;
    _previousRef?: AstNode;
    _previousDescription?: AstNodeDescription;
    _previousCycle?: number;
}

interface RelinkPlan {
    /** The linking cycle whose records the plan trusts. */
    readonly cycle: number;
    /** Declarations of the re-parsed statements: old node → the new node in its place. */
    readonly counterparts: ReadonlyMap<AstNode, AstNode>;
}

/**
 * Whether a node is still where its container says, up to the root of a document that still has
 * that root: a node of statements an edit replaced, or of a document parsed anew, is not.
 */
function isAttached(node: AstNode): boolean {
    let current = node;
    while (current.$container) {
        const container = current.$container as unknown as Record<string, unknown>;
        const slot = container[current.$containerProperty ?? ''];
        const held = Array.isArray(slot) ? slot[current.$containerIndex ?? -1] : slot;
        if (held !== current) return false;
        current = current.$container;
    }
    return (current as { $document?: LangiumDocument }).$document?.parseResult.value === current;
}

/**
 * Langium's linker over the reference lists kept on the tree (ast-walk.ts), links kept across an
 * edit for statements it did not touch (see planRelink), unlinking that keeps references fast
 * objects, and unresolved names reported in the user's terms with how to fix them.
 */
export class SamskapLinker extends DefaultLinker {
    private readonly nameProvider: NameProvider;
    /** References whose link was kept across an edit (keepOrLink); the incremental parse test checks the path is used. */
    readonly statistics = { kept: 0 };

    constructor(services: LangiumCoreServices, private readonly projects: ProjectLocator = new OneProject()) {
        super(services);
        this.nameProvider = services.references.NameProvider;
    }

    /**
     * Links every reference in the order Langium does, from the list the walk keeps on the tree
     * (ast-walk.ts, referencesIn) instead of streams, with a cancellation check every few hundred
     * references instead of an await per node: the walk, not name resolution, was two thirds of
     * linking the 5,000-line benchmark model.
     */
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        // Taken now: if this linking is cancelled, the next one links everything afresh.
        const plan = this.plans.get(document);
        this.plans.delete(document);
        this.nextCycle(document);
        const visit = plan ? (info: ReferenceInfo) => this.keepOrLink(info, document, plan) : (info: ReferenceInfo) => this.doLink(info, document);
        const references = referencesIn(document.parseResult.value);
        for (let i = 0; i < references.length; i++) {
            if (i % REFERENCES_PER_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            visit(references[i]);
        }
    }

    /**
     * Each document's linking cycle: what `unlink` records on a reference is trusted only by the
     * plan of the same cycle, so a record left from an earlier edit is never used.
     */
    private readonly cycles = new WeakMap<LangiumDocument, number>();
    private readonly plans = new WeakMap<LangiumDocument, RelinkPlan>();

    private cycleOf(document: LangiumDocument): number {
        return this.cycles.get(document) ?? 0;
    }

    private nextCycle(document: LangiumDocument): void {
        this.cycles.set(document, this.cycleOf(document) + 1);
    }

    override unlink(document: LangiumDocument): void {
        // Recorded on the reference itself (a map entry per reference was a tenth of an edit's
        // linking). The document factory unlinks again before re-parsing, when only references
        // resolved in between (by a request) are on the list: both records count.
        const cycle = this.cycleOf(document);
        for (const reference of document.references) {
            const state = reference as unknown as ResolvedState & { _items?: unknown; _linkingError?: unknown };
            if ('_ref' in state) {
                const target = state._ref;
                if (target && isAstNode(target)) {
                    state._previousRef = target;
                    state._previousDescription = state._nodeDescription;
                    state._previousCycle = cycle;
                }
                // What Langium's unlink does, but assigning where it deletes: a deleted property
                // turns each reference into a slow dictionary object, and the model build, the
                // rules and the next linking read ten thousand of them after every keystroke.
                state._ref = undefined;
                state._nodeDescription = undefined;
            } else if ('_items' in state) {
                state._items = undefined;
                state._linkingError = undefined;
            }
        }
        document.references = [];
    }

    /**
     * After an incremental parse that left every declaration of the re-parsed statements as it was
     * (same kinds, same names, same order), every name outside them resolves as before: references
     * kept from the previous tree keep their targets (a target in the re-parsed statements becomes
     * its counterpart), and only the re-parsed statements' own references are resolved. Resolving
     * all ten thousand references of the 5,000-line benchmark model was most of linking after
     * each keystroke. test/incremental-parse.test.ts compares the result with a fresh document.
     */
    planRelink(document: LangiumDocument, counterparts: ReadonlyMap<AstNode, AstNode>): void {
        this.plans.set(document, { cycle: this.cycleOf(document), counterparts });
    }

    /** The previous links cannot be trusted (a full parse, or changed declarations): link everything. */
    forgetPreviousLinks(document: LangiumDocument): void {
        this.plans.delete(document);
        this.nextCycle(document);
    }

    private keepOrLink(info: ReferenceInfo, document: LangiumDocument, plan: RelinkPlan): void {
        const reference = info.reference;
        const state = reference as unknown as ResolvedState;
        const previous = isReference(reference) && state._ref === undefined && state._previousCycle === plan.cycle ? state._previousRef : undefined;
        const target = previous && (plan.counterparts.get(previous) ?? previous);
        if (!previous || !target || !isAttached(target)) {
            this.doLink(info, document);
            return;
        }
        const sameNode = target === previous;
        const inThisDocument = AstUtils.getDocument(target) === document;
        // A description of this document's node built eagerly (a global one) may carry old offsets.
        const description = sameNode && (!inThisDocument || state._previousDescription instanceof LazyNodeDescription)
            ? state._previousDescription
            : new LazyNodeDescription(target, reference.$refText, document.uri, this.astNodeLocator, this.nameProvider);
        state._ref = target;
        state._nodeDescription = description;
        document.references.push(reference);
        this.statistics.kept++;
    }

    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const target = TARGETS[this.reflection.getReferenceType(refInfo)];
        if (!target) {
            return error;
        }
        const name = refInfo.reference.$refText;
        if (ast.Library.$type === this.reflection.getReferenceType(refInfo)) {
            // Which project was searched, so that a library in a neighbouring folder explains itself.
            const project = this.projects.describe(AstUtils.getDocument(refInfo.container).uri);
            if (project) {
                return {
                    ...error,
                    message: `No actor library named '${name}' in ${project}: check the name after \`library\` in the library file, and put the library in this project (or a samskap.json in a folder holding both files).`
                };
            }
        }
        return { ...error, message: 'message' in target ? target.message(name) : `No ${target.noun} named '${name}': ${target.declare}.` };
    }
}
