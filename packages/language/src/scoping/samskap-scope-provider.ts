import {
    AstUtils, DefaultScopeProvider, MapScope, MultiMapScope, WorkspaceCache, type AstNode, type AstNodeDescription, type AstNodeLocator,
    type ReferenceInfo, type Scope
} from 'langium';
import type { LangiumCoreServices } from 'langium';
import * as ast from '../generated/ast.js';
import { sameProject, type ProjectLocator } from '../workspace/projects.js';
import { LazyNodeDescription } from './lazy-node-description.js';

/**
 * Resolves names inside a model: its own actors, bodies, budgets and sources first, then the actors of
 * the libraries it `uses` (unqualified), then everything its project exports (qualified
 * `library.actor`). Libraries of another project are never seen (workspace/projects.ts).
 *
 * The local part is one map per model and reference type, kept in a workspace cache: rebuilding
 * it per lookup made linking a 25,000-line model ten times slower (measured with bench/edit-loop.ts).
 */
export class SamskapScopeProvider extends DefaultScopeProvider {
    private readonly modelScopes: WorkspaceCache<ast.Model, Map<string, Scope>>;

    private readonly astNodeLocator: AstNodeLocator;

    /** What each project exports, by project and reference type; emptied by every build like Langium's global scope. */
    private readonly projectScopes: WorkspaceCache<string, Scope>;

    constructor(services: LangiumCoreServices, private readonly projects: ProjectLocator) {
        super(services);
        this.modelScopes = new WorkspaceCache(services.shared);
        this.projectScopes = new WorkspaceCache(services.shared);
        this.astNodeLocator = services.workspace.AstNodeLocator;
    }

    /** The exported names of the referring document's project only. */
    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const project = this.projects.projectOf(AstUtils.getDocument(context.container).uri);
        if (project === undefined) {
            return super.getGlobalScope(referenceType, context);
        }
        return this.projectScopes.get(`${referenceType}\u0000${project}`, () => new MultiMapScope(
            this.indexManager.allElements(referenceType).filter(description => sameProject(project, this.projects.projectOf(description.documentUri)))
        ));
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const global = this.getGlobalScope(referenceType, context);
        if (referenceType === ast.Library.$type) {
            return global;
        }
        const model = AstUtils.getContainerOfType(context.container, ast.isModel);
        if (!model) {
            return global;
        }
        let byType = this.modelScopes.get(model);
        if (!byType) {
            byType = new Map();
            this.modelScopes.set(model, byType);
        }
        let scope = byType.get(referenceType);
        if (!scope) {
            scope = this.createModelScope(model, referenceType, global);
            byType.set(referenceType, scope);
        }
        return scope;
    }

    private localDescription(node: AstNode, name: string): AstNodeDescription {
        return new LazyNodeDescription(node, name, AstUtils.getDocument(node).uri, this.astNodeLocator, this.nameProvider);
    }

    private createModelScope(model: ast.Model, referenceType: string, global: Scope): Scope {
        const libraryActors: AstNodeDescription[] = [];
        if (this.reflection.isSubtype(ast.Actor.$type, referenceType)) {
            for (const use of model.uses) {
                // `uses` with no name yet (parse recovery) has no reference to resolve.
                const library = use.library?.ref;
                for (const actor of library?.actors ?? []) {
                    if (actor.name) {
                        libraryActors.push(this.localDescription(actor, actor.name));
                    }
                }
            }
        }
        const local: AstNodeDescription[] = [];
        // A model's sources are cited only within it: they are never exported.
        const sources = referenceType === ast.SourceStatement.$type ? model.context.filter(ast.isSourceStatement) : [];
        const candidates: ReadonlyArray<ast.Actor | ast.Body | ast.Budget | ast.SourceStatement> = [...model.actors, ...model.bodies, ...model.budgets, ...sources];
        for (const node of candidates) {
            if (node.name && this.reflection.isSubtype(node.$type, referenceType)) {
                local.push(this.localDescription(node, node.name));
            }
        }
        return new MapScope(local, new MapScope(libraryActors, global));
    }
}
