import type { ModelReport } from '@samskap/generators';
import {
    ast, classify, createSamskapServices, librariesOf, parseSamskapConfig, resolveConfig, runWorkspaceRules, type Classification, type DisplayLanguage,
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
import { cacheFolder, programIdentity, ReportCache, yieldKey, type FileYield, type ProjectIdentity } from './report-cache.js';

/** The models of many files, ready for the generators, and what kept some files out. */
export interface CorpusReports {
    readonly reports: ModelReport[];
    /** Files left out because they do not parse (each with its errors) or cannot be read. */
    readonly rejected: readonly ReportedFinding[];
    /** 0, or the exit code the rejected files call for (1 syntax errors, 2 unreadable). */
    readonly exitCode: number;
    /** How many files were read from the cache and how many were parsed (for progress and tests). */
    readonly counts: { readonly cached: number; readonly parsed: number };
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

/** Only a file that says `library` outside strings and comments can declare a library (a reserved keyword). */
function mayDeclareLibrary(text: string): boolean {
    return /\blibrary\b/.test(text.replace(/"(?:\\.|[^"\\\r\n])*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' '));
}

/** A file named on the command line, with what it yields and the workspace rules' findings about it. */
interface NamedFile {
    readonly path: string;
    readonly yield: FileYield;
    readonly classified: ReadonlyArray<{ readonly model: PartnershipModel; readonly classification: Classification }>;
    readonly workspace: readonly ReportedFinding[];
}

interface ProjectFile {
    readonly path: string;
    readonly text: string;
    readonly key: string;
    yield?: FileYield;
}

/**
 * `compare` and `docs`: every model of the named files, each file linked within its project
 * (projects.ts) as `validate` links it, with its findings. What a file yields depends only on its
 * text, its project's libraries and settings, and Samskap's version, so it is kept in a cache
 * under a key made of all of them: a re-run parses only the files whose key is new. The
 * workspace rules, which compare all models of a project, run afresh on every run over the
 * (cached or new) models, so an edit in one file is reflected in every other.
 */
export async function loadCorpus(inputs: readonly string[], options: CorpusOptions): Promise<CorpusReports> {
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
    for (const { project, named: files } of [...byRoot.values()].sort((a, b) => a.project.root.localeCompare(b.project.root))) {
        named.push(...await loadProject(project, files, locator, options, unreadable, counts));
    }
    named.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

    const rejected: ReportedFinding[] = unreadable.map(entry => ({
        file: display(entry.path), line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message: `${path.basename(entry.path)} ${entry.reason}`
    }));
    const reports: ModelReport[] = [];
    for (const file of named) {
        const relative = display(file.path);
        // The file's own findings and the workspace rules' about it, by line and column as `validate` lists them.
        const own: ReportedFinding[] = file.yield.findings.map(finding => ({ file: relative, ...finding }));
        for (const finding of file.workspace) own.push({ ...finding, file: relative });
        own.sort((a, b) => a.line - b.line || a.column - b.column);
        if (file.yield.syntaxErrors) {
            for (const finding of own) {
                if (finding.severity === 'error') rejected.push(finding);
            }
            continue;
        }
        const summaries = findingsByModel(own, file.classified.map(entry => entry.model.range));
        file.classified.forEach(({ model, classification }, index) => {
            reports.push({ model, classification, findings: summaries[index], file: relative });
        });
    }
    const exitCode = unreadable.length > 0 ? EXIT_USAGE : rejected.length > 0 ? EXIT_FINDINGS : 0;
    return { reports, rejected, exitCode, counts };
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

async function loadProject(
    project: Project, named: readonly string[], locator: FileSystemProjects, options: CorpusOptions,
    unreadable: Array<{ path: string; reason: string }>, counts: { cached: number; parsed: number }
): Promise<NamedFile[]> {
    const requested = new Set(named);
    let companions: string[] = [];
    try {
        companions = projectFiles(project);
    } catch (error) {
        if (!(error instanceof FolderUnreadable)) throw error;
    }
    const texts: Array<{ path: string; text: string }> = [];
    for (const file of [...new Set([...named, ...companions])].sort()) {
        const read = readModelFile(file);
        if ('reason' in read) {
            if (requested.has(file)) unreadable.push({ path: file, reason: read.reason });
            continue;
        }
        texts.push({ path: file, text: read.text });
    }
    options.onProgress?.(`samskap: read ${texts.length} files of ${display(project.root)}`);
    const { text: settingsText, settings } = projectSettings(project, options.language);
    const libraries = texts.filter(file => mayDeclareLibrary(file.text));
    const identity: ProjectIdentity = { version: programIdentity(), settings: settingsText, language: options.language ?? '', libraries };
    const cache = options.cache ? new ReportCache(cacheFolder(project.root, existsSync)) : undefined;
    const files: ProjectFile[] = texts.map(file => ({ ...file, key: yieldKey(identity, file.path, file.text) }));
    for (const file of files) {
        file.yield = cache?.read(file.key);
        if (file.yield) counts.cached++;
    }
    const missing = files.filter(file => !file.yield);
    if (cache) options.onProgress?.(`samskap: ${files.length - missing.length} of ${files.length} files unchanged since the last run`);
    if (missing.length > 0) {
        await computeYields(missing, libraries, settings, locator, cache, options);
        counts.parsed += missing.length;
    }
    // The workspace rules over every model and library of the project, in path order as the editor runs them.
    const models: PartnershipModel[] = [];
    const declared: LibraryInfo[] = [];
    for (const file of files) {
        for (const model of file.yield?.models ?? []) models.push(model);
        for (const library of file.yield?.libraries ?? []) declared.push(library);
    }
    const byUri = new Map<string, ReportedFinding[]>();
    for (const finding of runWorkspaceRules(models, declared, settings)) {
        const list = byUri.get(finding.range.uri) ?? [];
        list.push(reportedFinding('', {
            range: finding.range, severity: SEVERITIES[finding.severity], code: finding.code, message: finding.message
        }));
        byUri.set(finding.range.uri, list);
    }
    // Classified as the editor classifies them (ClassificationProvider), under the project's analysis settings.
    const analysis = resolveConfig(settings).analysis;
    return files.filter(file => requested.has(file.path) && file.yield).map(file => {
        const fileYield = file.yield as FileYield;
        return {
            path: file.path,
            yield: fileYield,
            classified: fileYield.syntaxErrors ? [] : fileYield.models.map(model => ({ model, classification: classify(model, analysis) })),
            workspace: byUri.get(URI.file(file.path).toString()) ?? []
        };
    });
}

/**
 * Parses, links and checks the files whose yield is not known, with the project's library files
 * beside them so that `uses` resolves, and stores each yield. The workspace rules are not run
 * here (the `slow` category): loadProject runs them over the whole project.
 */
async function computeYields(
    missing: ProjectFile[], libraries: ReadonlyArray<{ path: string; text: string }>, settings: SamskapConfig,
    locator: FileSystemProjects, cache: ReportCache | undefined, options: CorpusOptions
): Promise<void> {
    const { Samskap, shared } = createSamskapServices({ ...NodeFileSystem, projects: locator });
    Samskap.analysis.Configuration.update(settings);
    const documents = shared.workspace.LangiumDocuments;
    const byPath = new Map<string, LangiumDocument>();
    for (const file of [...missing, ...libraries]) {
        if (!byPath.has(file.path)) byPath.set(file.path, documents.createDocument(URI.file(file.path), file.text));
    }
    const builder = shared.workspace.DocumentBuilder;
    const counted = (state: DocumentState, verb: string, total: number): { dispose(): void } => {
        let done = 0;
        return builder.onDocumentPhase(state, () => options.onProgress?.(`samskap: ${verb} ${++done}/${total} files`));
    };
    const listeners = [counted(DocumentState.Parsed, 'parsed', byPath.size), counted(DocumentState.Linked, 'linked', byPath.size), counted(DocumentState.Validated, 'checked', missing.length)];
    await builder.build([...byPath.values()], { validation: false });
    const toCheck = missing.map(file => byPath.get(file.path) as LangiumDocument);
    await builder.build(toCheck, { validation: { categories: ['built-in', 'fast'] } });
    listeners.forEach(listener => listener.dispose());
    options.onProgress?.(`samskap: classifying ${missing.length} files`);
    const { PartnershipModelProvider } = Samskap.analysis;
    for (const file of missing) {
        const document = byPath.get(file.path) as LangiumDocument;
        const { lexerErrors, parserErrors } = document.parseResult;
        const syntaxErrors = lexerErrors.length > 0 || parserErrors.length > 0;
        const root = document.parseResult.value;
        const computed: FileYield = {
            syntaxErrors,
            findings: (document.diagnostics ?? []).map(diagnostic => {
                const { file: _file, ...finding } = reportedFinding('', diagnostic);
                return finding;
            }),
            // Also of a file that does not parse: it is left out of the reports, but the workspace
            // rules see its models as they do in `validate`.
            models: PartnershipModelProvider.getModels(document),
            libraries: ast.isDocument(root) ? librariesOf(root, document.uri.toString()) : []
        };
        if (cache) {
            // What is stored is what is used: the run that fills the cache reads the same data as the runs after it.
            const payload = JSON.stringify(computed);
            cache.write(file.key, payload);
            file.yield = JSON.parse(payload) as FileYield;
        } else {
            file.yield = computed;
        }
    }
}
