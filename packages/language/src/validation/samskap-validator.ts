import { AstUtils, CstUtils, DocumentCache, DocumentState, GrammarUtils, WorkspaceCache, type LangiumDocument, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';
import type { SourceRange } from '../model/partnership-model.js';
import type { SamskapServices } from '../samskap-module.js';
import { ruleDocAnchor, type Finding, type FixData } from './finding.js';
import { severityOf } from './rule-config.js';
import { messageIn } from './rule-message.js';
import { runRules } from './run-rules.js';
import { runWorkspaceRules, type LibraryInfo } from './workspace-rules.js';
import { sameProject } from '../workspace/projects.js';

/** What a Samskap diagnostic carries in `data`: its rule code and what a quick fix needs. */
export type SamskapDiagnosticData = { readonly code: string } & Partial<FixData>;

/** Where `codeDescription.href` points; the language server sets the file URI of the rule catalogue it finds. */
export const RULES_DOCUMENTATION = { base: 'docs/rules.md' };

/**
 * Registers Samskap's rules with Langium: one `fast` check per `model` that runs every model rule
 * over the cached PartnershipModel and Classification, and one `slow` check per document for the
 * workspace-wide rules (run by the language server once typing pauses, see
 * packages/cli/src/server/workspace-checks.ts, and by the CLI; never per keystroke).
 */
export function registerSamskapValidationChecks(services: SamskapServices): void {
    // Created now, not on first use, so it hears the settings the client sends at start-up.
    void services.analysis.Configuration;
    const validator = new SamskapValidator(services);
    const fast: ValidationChecks<ast.SamskapAstType> = { Model: (node, accept) => validator.checkModel(node, accept) };
    const slow: ValidationChecks<ast.SamskapAstType> = { Document: (node, accept) => validator.checkWorkspace(node, accept) };
    services.validation.ValidationRegistry.register(fast, validator, 'fast');
    services.validation.ValidationRegistry.register(slow, validator, 'slow');
}

export class SamskapValidator {
    /** Workspace findings by the URI of the file they are in, computed once per workspace state (not once per document validated). */
    private readonly workspaceFindings: WorkspaceCache<string, ReadonlyMap<string, readonly Finding[]>>;
    /** Per document, what every model's check needs from the whole document, found once (not once per model). */
    private readonly documentPlaces: DocumentCache<string, DocumentPlaces>;

    constructor(private readonly services: SamskapServices) {
        // Evicted whenever a build links documents, so every build validates against its own workspace.
        this.workspaceFindings = new WorkspaceCache(services.shared, DocumentState.Linked);
        this.documentPlaces = new DocumentCache(services.shared, DocumentState.Linked);
        services.analysis.Configuration.onDidChange(() => this.workspaceFindings.clear());
    }

    checkModel(node: ast.Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(node);
        const root = document.parseResult.value;
        if (!ast.isDocument(root)) return;
        // Found once per document: per model, searching the document's elements, errors and
        // references made a file of 20,000 small models quadratic (minutes).
        const places = this.documentPlaces.get(document.uri, 'places', () => documentPlaces(document, root));
        const position = places.position.get(node) ?? -1;
        const model = this.services.analysis.PartnershipModelProvider.getModels(document)[position];
        if (!model) return;
        this.checkDuplicateActors(node, accept);
        // A model with a syntax error is being typed: its facts are incomplete, and rules would
        // only flood the editor with findings that vanish at the next keystroke.
        if (places.withSyntaxError.has(node)) return;
        const classification = this.services.analysis.ClassificationProvider.getClassifications(document)[position];
        const settings = this.services.analysis.Configuration.settings;
        const unresolved = places.unresolved;
        for (const finding of runRules(model, classification, settings)) {
            if (unresolved.length > 0 && aboutUnresolved(document, finding, unresolved)) continue;
            report(accept, node, document, finding, model.nameRange);
        }
    }

    /** Two actors with one name: the PartnershipModel keeps only the first, so this is read from the syntax tree. */
    private checkDuplicateActors(node: ast.Model, accept: ValidationAcceptor): void {
        const severity = severityOf(this.services.analysis.Configuration.config, 'SK-REF-001');
        if (severity === 'off') return;
        const seen = new Map<string, ast.Actor>();
        for (const actor of node.actors) {
            // A nameless actor is a syntax error the parser reports; it has no name to repeat.
            if (actor.name === undefined) continue;
            const first = seen.get(actor.name);
            if (!first) {
                seen.set(actor.name, actor);
                continue;
            }
            const line = (first.$cstNode?.range.start.line ?? 0) + 1;
            const name = actor.name;
            // The same words as SK-REF-001's rule (reference-rules.ts) says about other names.
            const message = messageIn({
                en: `The name "${name}" is already used by another party on line ${line}; rename one of them so references are unambiguous.`,
                nb: `Navnet "${name}" er allerede brukt av en annen part på linje ${line}; gi en av dem et nytt navn, så referansene blir entydige.`,
                da: `Navnet "${name}" er allerede brugt af en anden part på linje ${line}; omdøb en af dem, så referencerne bliver entydige.`
            }, this.services.analysis.Configuration.config.display.language);
            accept(severity, message, {
                node: actor, property: 'name', code: 'SK-REF-001', codeDescription: { href: href('SK-REF-001') }, data: { code: 'SK-REF-001' }
            });
        }
    }

    checkWorkspace(node: ast.Document, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(node);
        const uri = document.uri.toString();
        // Per project: a file's workspace findings never depend on another project's files.
        const project = this.services.workspace.Projects.projectOf(document.uri);
        const findingsByFile = this.workspaceFindings.get(project === undefined ? 'findings' : `findings:${project}`, () => {
            const { models, libraries } = collectWorkspace(this.services, project);
            return groupByFile(runWorkspaceRules(models, libraries, this.services.analysis.Configuration.settings));
        });
        for (const finding of findingsByFile.get(uri) ?? []) {
            report(accept, node, document, finding, finding.range);
        }
    }
}

interface DocumentPlaces {
    /** Each model's index among the document's models. */
    readonly position: ReadonlyMap<ast.Model, number>;
    readonly withSyntaxError: ReadonlySet<ast.Model>;
    readonly unresolved: readonly number[];
}

function documentPlaces(document: LangiumDocument, root: ast.Document): DocumentPlaces {
    const position = new Map<ast.Model, number>();
    root.elements.filter(ast.isModel).forEach((model, index) => position.set(model, index));
    return { position, withSyntaxError: modelsWithSyntaxErrors(document, root), unresolved: unresolvedOffsets(document) };
}

/**
 * The models a lexer or parser error belongs to: it lies in the model, or after it and before
 * the next top-level element (recovery often ends the model early), or at the end of the input
 * (no offset) and the model is the last element. One pass over the errors, each placed by a
 * binary search among the elements' start offsets.
 */
function modelsWithSyntaxErrors(document: LangiumDocument, root: ast.Document): Set<ast.Model> {
    const result = new Set<ast.Model>();
    const { parserErrors, lexerErrors } = document.parseResult;
    if (parserErrors.length === 0 && lexerErrors.length === 0) return result;
    const modelsAt = new Map<number, ast.Model[]>();
    const startSet = new Set<number>();
    for (const element of root.elements) {
        const offset = element.$cstNode?.offset;
        if (offset === undefined) continue;
        startSet.add(offset);
        if (ast.isModel(element)) modelsAt.set(offset, [...(modelsAt.get(offset) ?? []), element]);
    }
    const starts = [...startSet].sort((a, b) => a - b);
    if (starts.length === 0) return result;
    const mark = (start: number): void => modelsAt.get(start)?.forEach(model => result.add(model));
    const place = (offset: number): void => {
        if (Number.isNaN(offset) || offset < 0) {
            mark(starts[starts.length - 1]);
            return;
        }
        // The last element starting at or before the offset.
        let low = -1;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset) low = middle;
            else high = middle - 1;
        }
        if (low >= 0) mark(starts[low]);
    };
    parserErrors.forEach(error => place(error.token.startOffset));
    lexerErrors.forEach(error => place(error.offset));
    return result;
}

/** Offsets of the references the linker could not resolve (it reports them itself). */
function unresolvedOffsets(document: LangiumDocument): number[] {
    return document.references.filter(reference => reference.error !== undefined && reference.$refNode).map(reference => reference.$refNode?.offset ?? -1);
}

/**
 * The builder drops unresolved references, so a statement with one looks incomplete to the rules
 * ("nobody decides", "a role held by nobody"). Such a finding only repeats the linker's error:
 * it is left out when the statement it is about (not the whole model) holds an unresolved reference.
 */
function aboutUnresolved(document: LangiumDocument, finding: Finding, unresolved: readonly number[]): boolean {
    const root = document.parseResult.value.$cstNode;
    if (!root || finding.range.uri !== document.uri.toString()) return false;
    const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(finding.range.start));
    const statement = leaf?.astNode;
    const cst = statement?.$cstNode;
    if (!statement || !cst || ast.isModel(statement) || ast.isDocument(statement)) return false;
    return unresolved.some(offset => offset >= cst.offset && offset < cst.end);
}

/** Each document takes its own findings: scanning all of them per document was quadratic in a large workspace. */
function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
    const byFile = new Map<string, Finding[]>();
    for (const finding of findings) {
        const list = byFile.get(finding.range.uri);
        if (list) list.push(finding);
        else byFile.set(finding.range.uri, [finding]);
    }
    return byFile;
}

function href(code: string): string {
    return `${RULES_DOCUMENTATION.base}#${ruleDocAnchor(code)}`;
}

function report(accept: ValidationAcceptor, node: ast.Model | ast.Document, document: LangiumDocument, finding: Finding, fallback: SourceRange): void {
    // A finding about a library actor lies in another file: show it on the model instead.
    const range = finding.range.uri === document.uri.toString() ? finding.range : fallback;
    const data: SamskapDiagnosticData = { code: finding.code, ...finding.data };
    accept(finding.severity, finding.message, {
        node, range: toLspRange(range), code: finding.code, codeDescription: { href: href(finding.code) }, data
    });
}

export function toLspRange(range: SourceRange): Range {
    return { start: { ...range.start }, end: { ...range.end } };
}

/**
 * Every model and every actor library of the workspace (of one project when `project` is given),
 * from the cached PartnershipModels and the libraries' syntax.
 */
export function collectWorkspace(services: SamskapServices, project?: string): { models: ReturnType<SamskapServices['analysis']['PartnershipModelProvider']['getModels']>[number][]; libraries: LibraryInfo[] } {
    const models = [];
    const libraries: LibraryInfo[] = [];
    // In path order, not in the order documents were loaded: which of two declarations of one
    // organisation is reported depends on it, and an editor opening a file while the workspace is
    // still loading would otherwise report it in the other file from one start to the next.
    const projects = services.workspace.Projects;
    const documents = services.shared.workspace.LangiumDocuments.all
        .filter(document => sameProject(project, projects.projectOf(document.uri)))
        .toArray()
        .sort((a, b) => (a.uri.path < b.uri.path ? -1 : a.uri.path > b.uri.path ? 1 : 0));
    for (const document of documents) {
        const root = document.parseResult.value;
        if (!ast.isDocument(root)) continue;
        models.push(...services.analysis.PartnershipModelProvider.getModels(document));
        libraries.push(...librariesOf(root, document.uri.toString()));
    }
    return { models, libraries };
}

export function librariesOf(root: ast.Document, uri: string): LibraryInfo[] {
    return root.elements.filter(ast.isLibrary).map(library => ({
        name: library.name,
        uri,
        actors: library.actors.map(actor => {
            const nameNode = actor.$cstNode ? GrammarUtils.findNodeForProperty(actor.$cstNode, 'name') : undefined;
            const range = nameNode?.range ?? actor.$cstNode?.range;
            return {
                id: `${library.name}.${actor.name}`,
                name: actor.name,
                title: actor.title ?? actor.name,
                nameRange: {
                    uri,
                    start: { line: range?.start.line ?? 0, character: range?.start.character ?? 0 },
                    end: { line: range?.end.line ?? 0, character: range?.end.character ?? 0 }
                }
            };
        })
    }));
}
