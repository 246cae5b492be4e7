import { createSamskapServices, parseSamskapConfig, type DisplayLanguage, type Finding, type PartnershipModel, type SamskapServices } from '@samskap/language';
import { type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { readModelFile, type ModelFileRead } from '../io/read-model.js';
import { UsageError } from '../usage-error.js';
import {
    FileSystemProjects, findModelFiles as findFiles, FolderUnreadable, MODEL_EXTENSION, PROJECT_FILE, ProjectFinder, projectFiles, type Project
} from './projects.js';

export { MODEL_EXTENSION } from './projects.js';

/** A project of the command line: its files are linked together under its own settings. */
export interface LoadedProject extends Project {
    readonly services: SamskapServices;
    /** The project's samskap.json, if there is one, and the problems found in it. */
    readonly config?: { readonly path: string; readonly findings: readonly Finding[] };
}

/** A file the user named (or that lies in a folder they named), loaded and linked within its project. */
export interface LoadedFile {
    readonly path: string;
    readonly document: LangiumDocument;
    readonly project: LoadedProject;
}

export interface LoadedWorkspace {
    /** The files the user asked about, in a stable order (sorted by path). */
    readonly files: readonly LoadedFile[];
    /** The projects of those files, sorted by root. */
    readonly projects: readonly LoadedProject[];
    /** Files that could be named but not read as model text (binary, unreadable). */
    readonly unreadable: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
}

/**
 * Every file a loaded workspace's result depends on: each project's samskap.json, and every model
 * and library file its services loaded (what `--watch` watches), and the files that could not be read.
 */
export function workspaceSources(workspace: LoadedWorkspace): string[] {
    const sources = new Set<string>();
    for (const project of workspace.projects) {
        if (project.config) sources.add(project.config.path);
        for (const document of project.services.shared.workspace.LangiumDocuments.all) {
            if (document.uri.scheme === 'file') sources.add(document.uri.fsPath);
        }
    }
    for (const file of workspace.unreadable) sources.add(file.path);
    return [...sources];
}

/** Collects `.samskap` files under a folder (every project in it), skipping dependency and hidden folders. */
export function findModelFiles(folder: string): string[] {
    try {
        return findFiles(folder);
    } catch (error) {
        if (error instanceof FolderUnreadable) throw new UsageError(error.message);
        throw error;
    }
}

/**
 * Reads a model file, refusing what is not model text so the parser never sees it and no
 * command ever writes it back: anything but a regular file, files over the size limit, binary
 * files and text that is not valid UTF-8 (read-model.ts).
 */
function readModelText(file: string): ModelFileRead {
    return readModelFile(file);
}

/**
 * Expands the paths the user gave into model files; a path that does not exist, or a file that
 * is not a `.samskap` model, is a usage error.
 */
export function expandInputs(inputs: readonly string[]): string[] {
    if (inputs.length === 0) {
        throw new UsageError('no files or folders given: name at least one .samskap file or a folder holding them');
    }
    const files = new Set<string>();
    for (const input of inputs) {
        const resolved = path.resolve(input);
        if (!existsSync(resolved)) {
            throw new UsageError(`${input}: no such file or folder; check the path (relative to ${process.cwd()})`);
        }
        if (statSync(resolved).isDirectory()) {
            const inFolder = findModelFiles(resolved);
            if (inFolder.length === 0) {
                throw new UsageError(`${input}: the folder holds no ${MODEL_EXTENSION} files`);
            }
            inFolder.forEach(file => files.add(file));
        } else if (!resolved.endsWith(MODEL_EXTENSION) && statSync(resolved).isFile()) {
            // (What is not a regular file, a device or a FIFO, is refused by the reader, which says what it is.)
            throw new UsageError(`${input}: not a Samskap model (models are ${MODEL_EXTENSION} files); name ${MODEL_EXTENSION} files or folders holding them`);
        } else {
            files.add(resolved);
        }
    }
    return [...files].sort();
}

/**
 * Loads the named files, each within its project (projects.ts): every other model file of the
 * project is loaded too, so that shared actor libraries resolve and the workspace rules compare
 * the whole project, and the project's samskap.json applies. One command may span several
 * projects; each gets its own language services, so nothing of one project (a library, a
 * setting) reaches another. Only the named files are validated.
 */
export async function loadWorkspace(inputs: readonly string[], options: LoadOptions = {}): Promise<LoadedWorkspace> {
    const requested = expandInputs(inputs);
    const finder = new ProjectFinder();
    const byRoot = new Map<string, { project: Project; files: string[] }>();
    for (const file of requested) {
        const project = finder.projectOfFile(file);
        const entry = byRoot.get(project.root) ?? { project, files: [] };
        entry.files.push(file);
        byRoot.set(project.root, entry);
    }
    const locator = new FileSystemProjects(finder);
    const unreadable: Array<{ path: string; reason: string }> = [];
    const projects: LoadedProject[] = [];
    const files: LoadedFile[] = [];
    for (const { project, files: named } of [...byRoot.values()].sort((a, b) => a.project.root.localeCompare(b.project.root))) {
        const loaded = await loadProject(project, named, locator, options, unreadable);
        projects.push(loaded.project);
        files.push(...loaded.files);
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, projects, unreadable };
}

/** `validate`: which checks run (`syntax`: Langium's built-in ones only); `language`: the findings' language, over the settings'. */
interface LoadOptions {
    readonly validate?: boolean | 'syntax';
    readonly language?: DisplayLanguage;
}

async function loadProject(
    project: Project, named: readonly string[], locator: FileSystemProjects, options: LoadOptions,
    unreadable: Array<{ path: string; reason: string }>
): Promise<{ project: LoadedProject; files: LoadedFile[] }> {
    const { Samskap, shared } = createSamskapServices({ ...NodeFileSystem, projects: locator });
    const config = project.kind === 'samskap.json' ? applyProjectConfig(Samskap, project.root, options.language) : undefined;
    if (options.language) {
        // `--lang` over samskap.json's `display.language`: the findings are written in it.
        const configuration = Samskap.analysis.Configuration;
        configuration.update({ ...configuration.settings, display: { language: options.language } }, configuration.findings);
    }
    const loadedProject: LoadedProject = { ...project, services: Samskap, config };
    const documents = shared.workspace.LangiumDocuments;
    const loaded = new Map<string, LangiumDocument>();
    const requested = new Set(named);
    // Validation needs the whole project (the workspace rules compare all its models); a drawing
    // or an export only the libraries its models use; formatting nothing but the file itself.
    const needs = options.validate === false ? 'nothing' : options.validate === 'syntax' ? 'libraries' : 'everything';
    let companions: string[] = [];
    try {
        companions = needs === 'nothing' ? [] : projectFiles(project);
    } catch (error) {
        if (!(error instanceof FolderUnreadable)) throw error;
        // The project's root cannot be listed (a file named directly in an unreadable folder): the named files alone.
    }
    for (const file of [...new Set([...named, ...companions])]) {
        const read = readModelText(file);
        if ('reason' in read) {
            if (requested.has(file)) {
                unreadable.push({ path: file, reason: read.reason });
            }
            continue;
        }
        // Only a file that mentions the word can declare a library: the rest is never parsed.
        if (needs === 'libraries' && !requested.has(file) && !read.text.includes('library')) {
            continue;
        }
        // createDocument also registers the document with the workspace in Langium 4.
        loaded.set(file, documents.createDocument(URI.file(file), read.text));
    }
    // Every file of the project parsed, indexed and linked; only the named ones validated.
    await shared.workspace.DocumentBuilder.build([...loaded.values()], { validation: false });
    const mine = named.flatMap(file => {
        const document = loaded.get(file);
        return document ? [{ path: file, document, project: loadedProject }] : [];
    });
    if (options.validate !== false) {
        // `syntax`: only Langium's built-in checks (lexing, parsing, linking), for commands that
        // draw or export a model and only need to refuse text that does not parse.
        const validation = options.validate === 'syntax' ? { categories: ['built-in' as const] } : true;
        await shared.workspace.DocumentBuilder.build(mine.map(file => file.document), { validation });
    }
    return { project: loadedProject, files: mine };
}

/**
 * Reads the project's `samskap.json` (rule severities, analysis settings) with the language
 * package's parser and hands it to the project's services before anything is validated.
 */
function applyProjectConfig(services: SamskapServices, root: string, language?: DisplayLanguage): { path: string; findings: readonly Finding[] } | undefined {
    const file = path.join(root, PROJECT_FILE);
    const read = readModelFile(file);
    if ('reason' in read) {
        throw new UsageError(`${file}: ${read.reason}`);
    }
    // Its problems in the findings' language: `--lang`, else the file's own display language.
    const parsed = parseSamskapConfig(read.text, URI.file(file).toString(), language);
    services.analysis.Configuration.update(parsed.config, parsed.findings);
    return { path: file, findings: parsed.findings };
}

/** The PartnershipModels of the loaded files, in file order. */
export function modelsOf(workspace: LoadedWorkspace): PartnershipModel[] {
    return workspace.files.flatMap(file => file.project.services.analysis.PartnershipModelProvider.getModels(file.document));
}
