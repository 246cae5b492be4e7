import type { ModelReport, ReportedFindingSummary } from '@samskap/generators';
import {
    ast, classify, createSamskapServices, librariesOf, parseSamskapConfig, resolveConfig, runWorkspaceRules, type DisplayLanguage,
    type LibraryInfo, type PartnershipModel, type SamskapConfig
} from '@samskap/language';
import { DocumentState, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { readModelFile } from '../io/read-model.js';
import { EXIT_FINDINGS, EXIT_USAGE, UsageError } from '../usage-error.js';
import { expandInputs } from './load-workspace.js';
import { FileSystemProjects, FolderUnreadable, PROJECT_FILE, ProjectFinder, projectFiles, type Project } from './projects.js';
import { findingsByModel, reportedFinding, type ReportedFinding } from './reported-finding.js';
import {
    cacheFolder, derivedKey, findingsKey, modelsKey, programIdentity, ReportCache, yieldKey, type FileYield, type KeptFinding, type ModelOutline,
    type ProjectIdentity
} from './report-cache.js';

/**
 * One model of the corpus before anything is computed from it: what every output needs to place
 * it (its name, title and file), the key of everything its outputs depend on, and the way to its
 * ModelReport when an output must be computed again.
 */
export interface CorpusModel {
    /** The path shown to readers (relative to the current folder). */
    readonly file: string;
    readonly name: string;
    readonly title: string;
    /**
     * What the model's outputs depend on, as one key: its file's yield key (text, libraries,
     * settings, language, version, and so its own findings), its place in the file, the path
     * shown and the workspace rules' findings about the file (which depend on the other files of
     * the project).
     */
    readonly key: string;
    /** The cache the outputs are kept in, or undefined with `--no-cache`. */
    readonly cache: ReportCache | undefined;
    /** Its ModelReport: the PartnershipModel (kept or parsed again), classified, with its findings. */
    report(): Promise<ModelReport>;
}

/** The models of many files, and what kept some files out. */
export interface Corpus {
    /** Every model of the named files that parse, in path order. */
    readonly models: readonly CorpusModel[];
    /** Files left out because they do not parse (each with its errors) or cannot be read. */
    readonly rejected: readonly ReportedFinding[];
    /** 0, or the exit code the rejected files call for (1 syntax errors, 2 unreadable). */
    readonly exitCode: number;
    /** How many files were read from the cache and how many were parsed (for progress and tests). */
    readonly counts: { readonly cached: number; readonly parsed: number };
    /** The caches of the run's projects (one per cache folder), or none with `--no-cache`. */
    readonly caches: readonly ReportCache[];
    /**
     * Every file the result depends on: the model files of each project (those named and the rest,
     * whose libraries and models the workspace rules read) and the projects' samskap.json. What
     * `--watch` watches.
     */
    readonly sources: readonly string[];
}

export interface CorpusOptions {
    /** The findings' language, over the settings' `display.language`. */
    readonly language?: DisplayLanguage;
    /** Keep and reuse what each file yields (report-cache.ts); `--no-cache` turns it off. */
    readonly cache: boolean;
    /** Told how far the run is: files read, models built. */
    readonly onProgress?: (message: string) => void;
}

/** LSP's severities, as the validator reports the workspace rules' findings. */
const SEVERITIES = { error: 1, warning: 2, info: 3, hint: 4 } as const;

const display = (file: string): string => path.relative(process.cwd(), file) || file;
const byPath = <T extends { readonly path: string }>(a: T, b: T): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Only a file that says `library` outside strings and comments can declare a library (a reserved
 * keyword). Most files never say it at all, and blanking strings and comments (which end in a
 * quote, a slash or before a newline) cannot make the word appear: those files are answered
 * without the blanking.
 */
function mayDeclareLibrary(text: string): boolean {
    return /\blibrary\b/.test(text) && /\blibrary\b/.test(text.replace(/"(?:\\.|[^"\\\r\n])*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' '));
}

/** The parts of a model the workspace rules read (report-cache.ts, ModelOutline). */
export function outline(model: PartnershipModel): ModelOutline {
    return {
        name: model.name, title: model.title, range: model.range,
        actors: model.actors.map(actor => ({ id: actor.id, name: actor.name, title: actor.title, library: actor.library, nameRange: actor.nameRange }))
    };
}

/** A file of a project, with its key and, once known, its yield (and its models and findings when parsed in this run or read back). */
interface ProjectFile {
    readonly path: string;
    readonly text: string;
    readonly key: string;
    yield?: FileYield;
    models?: readonly PartnershipModel[];
    findings?: readonly KeptFinding[];
}

/** A named file of a project, with the workspace rules' findings about it. */
interface NamedFile {
    readonly path: string;
    readonly file: ProjectFile;
    readonly project: ProjectRun;
    /** The workspace rules' findings about the file (its own are a function of its yield key). */
    readonly workspaceFindings: readonly ReportedFinding[];
    /** Its own findings and the workspace rules' about it, by line and column as `validate` lists them; read when first asked for. */
    findings(): Promise<readonly ReportedFinding[]>;
}

/**
 * `compare` and `docs`: every model of the named files, each file linked within its project
 * (projects.ts) as `validate` links it, with its findings. What a file yields depends only on its
 * text, its project's libraries and settings, and Samskap's version, so it is kept in a cache
 * under a key made of all of them: a re-run parses only the files whose key is new. The
 * workspace rules, which compare all models of a project, run afresh on every run over the
 * models' outlines, so an edit in one file is reflected in every other; the commands keep each
 * model's outputs under a key that adds those findings (CorpusModel.key).
 */
export async function loadCorpus(inputs: readonly string[], options: CorpusOptions): Promise<Corpus> {
    const requested = expandInputs(inputs);
    const finder = new ProjectFinder();
    const byRoot = new Map<string, { project: Project; named: string[] }>();
    for (const file of requested) {
        const project = finder.projectOfFile(file);
        const entry = byRoot.get(project.root) ?? { project, named: [] };
        entry.named.push(file);
        byRoot.set(project.root, entry);
    }
    const locator = new FileSystemProjects(finder);
    const unreadable: Array<{ path: string; reason: string }> = [];
    const named: NamedFile[] = [];
    const counts = { cached: 0, parsed: 0 };
    const caches = new Map<string, ReportCache>();
    const sources: string[] = [];
    for (const { project, named: files } of [...byRoot.values()].sort((a, b) => a.project.root.localeCompare(b.project.root))) {
        const run = new ProjectRun(project, locator, options);
        if (run.cache) caches.set(run.cache.folder, run.cache);
        named.push(...await run.load(files, unreadable, counts, sources));
    }
    named.sort(byPath);
    unreadable.sort(byPath);

    const rejected: ReportedFinding[] = unreadable.map(entry => ({
        file: display(entry.path), line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message: `${path.basename(entry.path)} ${entry.reason}`
    }));
    const models: CorpusModel[] = [];
    for (const entry of named) {
        const { file, project, workspaceFindings } = entry;
        const fileYield = file.yield as FileYield;
        if (fileYield.syntaxErrors) {
            for (const finding of await entry.findings()) {
                if (finding.severity === 'error') rejected.push(finding);
            }
            continue;
        }
        const relative = display(file.path);
        const workspace = JSON.stringify(workspaceFindings);
        let summaries: Promise<ReportedFindingSummary[][]> | undefined;
        const summariesOf = (): Promise<ReportedFindingSummary[][]> =>
            (summaries ??= entry.findings().then(findings => findingsByModel(findings, fileYield.models.map(model => model.range))));
        fileYield.models.forEach((model, index) => {
            const key = derivedKey('model', file.key, String(index), relative, workspace);
            models.push({
                file: relative, name: model.name, title: model.title, key, cache: project.cache,
                report: async () => project.report(file, index, (await summariesOf())[index], relative)
            });
        });
    }
    const exitCode = unreadable.length > 0 ? EXIT_USAGE : rejected.length > 0 ? EXIT_FINDINGS : 0;
    return { models, rejected, exitCode, counts, caches: [...caches.values()], sources };
}

/** The ModelReports of the given models, in their order. */
export async function reportsOf(models: readonly CorpusModel[]): Promise<ModelReport[]> {
    const reports: ModelReport[] = [];
    for (const model of models) reports.push(await model.report());
    return reports;
}

/** The project's settings as the CLI applies them: samskap.json, with `--lang` over its display language. */
function projectSettings(project: Project, language: DisplayLanguage | undefined): { text: string; settings: SamskapConfig } {
    let text = '';
    let settings: SamskapConfig = {};
    if (project.kind === 'samskap.json') {
        const file = path.join(project.root, PROJECT_FILE);
        const read = readModelFile(file);
        if ('reason' in read) throw new UsageError(`${file}: ${read.reason}`);
        text = read.text;
        settings = parseSamskapConfig(read.text, URI.file(file).toString()).config;
    }
    if (language) settings = { ...settings, display: { language } };
    return { text, settings };
}

/** One project of the run: its files, settings and cache, and the models parsed so far. */
class ProjectRun {
    private libraries: ReadonlyArray<{ path: string; text: string }> = [];
    private settings: SamskapConfig = {};
    readonly cache: ReportCache | undefined;
    private analysis?: ReturnType<typeof resolveConfig>['analysis'];

    constructor(readonly project: Project, private readonly locator: FileSystemProjects, private readonly options: CorpusOptions) {
        this.cache = options.cache ? new ReportCache(cacheFolder(project.root, existsSync)) : undefined;
    }

    async load(
        named: readonly string[], unreadable: Array<{ path: string; reason: string }>, counts: { cached: number; parsed: number }, sources: string[]
    ): Promise<NamedFile[]> {
        const { project, options, cache } = this;
        const requested = new Set(named);
        let companions: string[] = [];
        try {
            companions = projectFiles(project);
        } catch (error) {
            if (!(error instanceof FolderUnreadable)) throw error;
        }
        const texts: Array<{ path: string; text: string; digest: string }> = [];
        if (project.kind === 'samskap.json') sources.push(path.join(project.root, PROJECT_FILE));
        for (const file of [...new Set([...named, ...companions])].sort()) {
            sources.push(file);
            const read = readModelFile(file, undefined, { digest: true });
            if ('reason' in read) {
                if (requested.has(file)) unreadable.push({ path: file, reason: read.reason });
                continue;
            }
            texts.push({ path: file, text: read.text, digest: read.digest as string });
        }
        options.onProgress?.(`samskap: read ${texts.length} files of ${display(project.root)}`);
        const { text: settingsText, settings } = projectSettings(project, options.language);
        this.settings = settings;
        this.libraries = texts.filter(file => mayDeclareLibrary(file.text));
        const identity: ProjectIdentity = { version: programIdentity(), settings: settingsText, language: options.language ?? '', libraries: this.libraries };
        const files: ProjectFile[] = texts.map(file => ({ path: file.path, text: file.text, key: yieldKey(identity, file.path, file.digest) }));
        for (const file of files) {
            file.yield = cache?.read<FileYield>(file.key);
            if (file.yield) counts.cached++;
        }
        const missing = files.filter(file => !file.yield);
        if (cache) options.onProgress?.(`samskap: ${files.length - missing.length} of ${files.length} files unchanged since the last run`);
        if (missing.length > 0) {
            await this.parse(missing);
            counts.parsed += missing.length;
        }
        // The workspace rules over every model and library of the project, in path order as the editor runs them.
        const outlines: ModelOutline[] = [];
        const declared: LibraryInfo[] = [];
        for (const file of files) {
            for (const model of file.yield?.models ?? []) outlines.push(model);
            for (const library of file.yield?.libraries ?? []) declared.push(library);
        }
        const byUri = new Map<string, ReportedFinding[]>();
        // The rules read only what an outline holds (cache-workspace-view.test.ts watches this).
        for (const finding of runWorkspaceRules(outlines as unknown as PartnershipModel[], declared, settings)) {
            const list = byUri.get(finding.range.uri) ?? [];
            list.push(reportedFinding('', {
                range: finding.range, severity: SEVERITIES[finding.severity], code: finding.code, message: finding.message
            }));
            byUri.set(finding.range.uri, list);
        }
        return files.filter(file => requested.has(file.path) && file.yield).map(file => {
            const relative = display(file.path);
            const workspaceFindings = (byUri.get(URI.file(file.path).toString()) ?? []).map(finding => ({ ...finding, file: relative }));
            const findings = async (): Promise<ReportedFinding[]> => {
                const own: ReportedFinding[] = (await this.ownFindings(file)).map(finding => ({ file: relative, ...finding }));
                for (const finding of workspaceFindings) own.push(finding);
                return own.sort((a, b) => a.line - b.line || a.column - b.column);
            };
            return { path: file.path, file, project: this, workspaceFindings, findings };
        });
    }

    /** A file's own findings: from this run's parse, else from the cache, else parsed again. */
    private async ownFindings(file: ProjectFile): Promise<readonly KeptFinding[]> {
        if (!file.findings) {
            const kept = this.cache?.read<KeptFinding[]>(findingsKey(file.key));
            if (Array.isArray(kept)) file.findings = kept;
            // The entry is gone or damaged: the file is parsed again (its yield is the same).
            else await this.parse([file]);
        }
        return file.findings as readonly KeptFinding[];
    }

    /** A model's report: its PartnershipModel from this run's parse, else from the cache, else parsed again. */
    async report(file: ProjectFile, index: number, findings: readonly ReportedFindingSummary[], relative: string): Promise<ModelReport> {
        if (!file.models) {
            const kept = this.cache?.read<PartnershipModel[]>(modelsKey(file.key));
            if (kept && kept.length === file.yield?.models.length) {
                file.models = kept;
            } else {
                // The entry is gone or damaged: the file is parsed again (its yield is the same).
                await this.parse([file]);
            }
        }
        const model = (file.models as readonly PartnershipModel[])[index];
        // Classified as the editor classifies them (ClassificationProvider), under the project's analysis settings.
        this.analysis ??= resolveConfig(this.settings).analysis;
        return { model, classification: classify(model, this.analysis), findings, file: relative };
    }

    /**
     * Parses, links and checks the files whose yield is not known, with the project's library
     * files beside them so that `uses` resolves, and stores each yield and the file's models. The
     * workspace rules are not run here (the `slow` category): `load` runs them over the project.
     */
    private async parse(missing: ProjectFile[]): Promise<void> {
        const { options, cache } = this;
        const { Samskap, shared } = createSamskapServices({ ...NodeFileSystem, projects: this.locator });
        Samskap.analysis.Configuration.update(this.settings);
        const documents = shared.workspace.LangiumDocuments;
        const byFile = new Map<string, LangiumDocument>();
        for (const file of [...missing, ...this.libraries]) {
            if (!byFile.has(file.path)) byFile.set(file.path, documents.createDocument(URI.file(file.path), file.text));
        }
        const builder = shared.workspace.DocumentBuilder;
        const counted = (state: DocumentState, verb: string, total: number): { dispose(): void } => {
            let done = 0;
            return builder.onDocumentPhase(state, () => options.onProgress?.(`samskap: ${verb} ${++done}/${total} files`));
        };
        const listeners = [counted(DocumentState.Parsed, 'parsed', byFile.size), counted(DocumentState.Linked, 'linked', byFile.size), counted(DocumentState.Validated, 'checked', missing.length)];
        await builder.build([...byFile.values()], { validation: false });
        await builder.build(missing.map(file => byFile.get(file.path) as LangiumDocument), { validation: { categories: ['built-in', 'fast'] } });
        listeners.forEach(listener => listener.dispose());
        const { PartnershipModelProvider } = Samskap.analysis;
        for (const file of missing) {
            const document = byFile.get(file.path) as LangiumDocument;
            const { lexerErrors, parserErrors } = document.parseResult;
            const root = document.parseResult.value;
            // Also of a file that does not parse: it is left out of the reports, but the workspace
            // rules see its models as they do in `validate`.
            const models = PartnershipModelProvider.getModels(document);
            const findings: KeptFinding[] = (document.diagnostics ?? []).map(diagnostic => {
                const { file: _file, ...finding } = reportedFinding('', diagnostic);
                return finding;
            });
            file.findings = cache ? cache.store(findingsKey(file.key), findings) : findings;
            const computed: FileYield = {
                syntaxErrors: lexerErrors.length > 0 || parserErrors.length > 0,
                models: models.map(outline),
                libraries: ast.isDocument(root) ? librariesOf(root, document.uri.toString()) : []
            };
            // The whole models are needed only to compute a model's outputs again: not of a file left out.
            file.models = cache && !computed.syntaxErrors && models.length > 0 ? cache.keep(modelsKey(file.key), models) : models;
            // The yield as a later run reads it (small): what is stored is what is used.
            file.yield ??= cache ? cache.store(file.key, computed) : computed;
        }
    }
}
