import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isOperationCancelled, type AstNode, type AstReflection,
    type Grammar, type LangiumCoreServices, type LangiumDocument, type ValidationAcceptor, type ValidationCheck, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { forEachChild } from '../scoping/ast-walk.js';
import { typesThatMayContain } from './check-containers.js';
import { SamskapValidationRegistry } from './samskap-validation-registry.js';

/** Nodes validated between two checks for cancellation (and yields to the event loop). */
const NODES_PER_CHECK = 256;

/**
 * Langium's validation of every AST node, with the same checks in the same order, but walked
 * with plain loops, asking the registry once per node type, checking for cancellation every
 * few hundred nodes instead of awaiting per node, and descending only into node types whose
 * subtree can hold a checked node (read from the grammar). Samskap registers checks on two node
 * types only, so the default per-node stream, lookup and await were most of the validation walk
 * on the 5,000-line benchmark model (bench/language.mjs).
 */
export class WalkingDocumentValidator extends DefaultDocumentValidator {
    private readonly grammar: Grammar;
    private readonly reflection: AstReflection;
    /** Per registry generation and categories: the node types worth descending into (see check-containers.ts). */
    private readonly containersByKey = new Map<string, ReadonlySet<string>>();

    constructor(services: LangiumCoreServices) {
        super(services);
        this.grammar = services.Grammar;
        this.reflection = services.shared.AstReflection;
    }

    /**
     * Node types whose subtrees may hold a node with checks in these categories, kept per
     * registry generation (a check registered later is walked to too). Deriving them asks the
     * registry once per node type: a twelfth of validating a thousand small files when it was
     * done per document.
     */
    protected containersFor(categories: ValidationOptions['categories']): ReadonlySet<string> {
        const registry = this.validationRegistry;
        const key = registry instanceof SamskapValidationRegistry ? `${registry.generation}|${categories ? [...categories].sort().join(',') : '*'}` : undefined;
        let containers = key === undefined ? undefined : this.containersByKey.get(key);
        if (!containers) {
            const checked = this.reflection.getAllTypes().filter(type => registry.getChecks(type, categories).head() !== undefined);
            containers = typesThatMayContain(this.grammar, new Set(checked));
            if (key !== undefined) this.containersByKey.set(key, containers);
        }
        return containers;
    }

    /**
     * Langium's validateDocument, with the rules' diagnostics appended in a loop: Langium spreads
     * them as call arguments (`push(...found)`), which overflows the stack at about 120,000
     * findings (a generated model of 120,000 actors that take part in nothing).
     */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {},
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const parseResult = document.parseResult;
        const diagnostics: Diagnostic[] = [];
        await interruptAndCheck(cancelToken);
        const stopped = (flag: boolean | undefined, code: string): boolean => flag === true && diagnostics.some(d => (d.data as { code?: string } | undefined)?.code === code);
        if (!options.categories || options.categories.includes('built-in')) {
            this.processLexingErrors(parseResult, diagnostics, options);
            if (stopped(options.stopAfterLexingErrors, DocumentValidator.LexingError)) return diagnostics;
            this.processParsingErrors(parseResult, diagnostics, options);
            if (stopped(options.stopAfterParsingErrors, DocumentValidator.ParsingError)) return diagnostics;
            this.processLinkingErrors(document, diagnostics, options);
            if (stopped(options.stopAfterLinkingErrors, DocumentValidator.LinkingError)) return diagnostics;
        }
        try {
            for (const diagnostic of await this.validateAst(parseResult.value, options, cancelToken)) {
                diagnostics.push(diagnostic);
            }
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            console.error('An error occurred during validation:', error);
        }
        await interruptAndCheck(cancelToken);
        return diagnostics;
    }

    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const containers = this.containersFor(options.categories);
        const checksByType = new Map<string, ValidationCheck[]>();
        const stack: AstNode[] = [rootNode];
        const pushChild = (child: AstNode): void => {
            stack.push(child);
        };
        let visited = 0;
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (visited++ % NODES_PER_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksByType.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    checksByType.set(node.$type, checks);
                }
                for (const check of checks) {
                    await check(node, acceptor, cancelToken);
                }
            }
            if (nodeOptions.validateChildren && containers.has(node.$type)) {
                // Depth first in source order, as streamAst visits: children go on the stack last
                // first, pushed in order and their segment reversed in place (no array per node).
                const first = stack.length;
                forEachChild(node, pushChild);
                for (let low = first, high = stack.length - 1; low < high; low++, high--) {
                    const child = stack[low];
                    stack[low] = stack[high];
                    stack[high] = child;
                }
            }
        }
    }
}
