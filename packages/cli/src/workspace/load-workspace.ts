import { createSamskapServices, parseSamskapConfig, type Finding, type PartnershipModel, type SamskapServices } from '@samskap/language';
import { type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { readModelFile, type ModelFileRead } from '../io/read-model.js';
import { UsageError } from '../usage-error.js';

export const MODEL_EXTENSION = '.samskap';

/** A file the user named (or that lies in a folder they named), loaded and linked. */
export interface LoadedFile {
    readonly path: string;
    readonly document: LangiumDocument;
}

export interface LoadedWorkspace {
    readonly services: SamskapServices;
    /** The files the user asked about, in a stable order (sorted by path). */
    readonly files: readonly LoadedFile[];
    /** The workspace folder whose `.samskap` files were loaded so that references resolve. */
    readonly root?: string;
    /** Files that could be named but not read as model text (binary, unreadable). */
    readonly unreadable: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
    /** The workspace's samskap.json, if there is one, and the problems found in it. */
    readonly config?: { readonly path: string; readonly findings: readonly Finding[] };
}

/** Folders already reported as unreadable in this process (a folder is walked more than once). */
const reportedFolders = new Set<string>();

/**
 * Collects `.samskap` files under a folder, skipping dependency and output folders. A subfolder
 * that cannot be read (no permission, removed meanwhile) is skipped with a warning on standard
 * error, and the rest is collected; the folder itself must be readable.
 */
export function findModelFiles(folder: string): string[] {
    const found: string[] = [];
    const walk = (dir: string): void => {
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code ?? String(error);
            if (dir === folder) {
                throw new UsageError(`${path.relative(process.cwd(), dir) || dir}: the folder cannot be read (${code})`);
            }
            if (!reportedFolders.has(dir)) {
                reportedFolders.add(dir);
                process.stderr.write(`samskap: warning: ${path.relative(process.cwd(), dir) || dir}: the folder cannot be read (${code}); skipped, the rest is checked\n`);
            }
            return;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (entry.name === 'node_modules' || entry.name.startsWith('.')) {
                continue;
            }
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                walk(full);
            } else if (entry.isFile() && entry.name.endsWith(MODEL_EXTENSION)) {
                found.push(full);
            }
        }
    };
    walk(folder);
    return found;
}

/**
 * The folder that bounds reference resolution: the nearest ancestor holding `samskap.json`,
 * else the nearest one holding `.git` or `package.json`. Without one, only the named files are
 * loaded: libraries are looked up inside the workspace, never in arbitrary parent folders.
 */
export function findWorkspaceRoot(start: string): string | undefined {
    const begin = existsSync(start) && statSync(start).isDirectory() ? start : path.dirname(start);
    for (const marker of ['samskap.json', '.git', 'package.json']) {
        let dir = path.resolve(begin);
        for (;;) {
            if (existsSync(path.join(dir, marker))) {
                return dir;
            }
            const parent = path.dirname(dir);
            if (parent === dir) {
                break;
            }
            dir = parent;
        }
    }
    return undefined;
}

/**
 * Reads a model file, refusing what is not model text so the parser never sees it and no
 * command ever writes it back: anything but a regular file, files over the size limit, binary
 * files and text that is not valid UTF-8 (read-model.ts).
 */
function readModelText(file: string): ModelFileRead {
    return readModelFile(file);
}

/** Expands the paths the user gave into model files; a path that does not exist is a usage error. */
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
        } else {
            files.add(resolved);
        }
    }
    return [...files].sort();
}

/**
 * Loads the named files together with every other model file of their workspace folder (so that
 * shared actor libraries resolve), builds and validates them, and returns the named ones.
 */
export async function loadWorkspace(inputs: readonly string[], options: { validate?: boolean | 'syntax' } = {}): Promise<LoadedWorkspace> {
    const requested = expandInputs(inputs);
    const root = findWorkspaceRoot(requested[0]);
    const { Samskap, shared } = createSamskapServices(NodeFileSystem);
    const config = root ? applyWorkspaceConfig(Samskap, root) : undefined;
    const documents = shared.workspace.LangiumDocuments;
    const unreadable: Array<{ path: string; reason: string }> = [];
    const loaded = new Map<string, LangiumDocument>();
    const companions = root && requested.every(file => file.startsWith(root + path.sep)) ? findModelFiles(root) : [];
    for (const file of [...new Set([...requested, ...companions])]) {
        const read = readModelText(file);
        if ('reason' in read) {
            if (requested.includes(file)) {
                unreadable.push({ path: file, reason: read.reason });
            }
            continue;
        }
        // createDocument also registers the document with the workspace in Langium 4.
        loaded.set(file, documents.createDocument(URI.file(file), read.text));
    }
    // `syntax`: only Langium's built-in checks (lexing, parsing, linking), for commands that
    // draw or export a model and only need to refuse text that does not parse.
    const validation = options.validate === 'syntax' ? { categories: ['built-in' as const] } : options.validate ?? true;
    await shared.workspace.DocumentBuilder.build([...loaded.values()], { validation });
    const files = requested.flatMap(file => {
        const document = loaded.get(file);
        return document ? [{ path: file, document }] : [];
    });
    return { services: Samskap, files, root, unreadable, config };
}

/**
 * Reads `samskap.json` at the workspace root (rule severities, analysis settings) with the
 * language package's parser and hands it to the services before anything is validated.
 */
function applyWorkspaceConfig(services: SamskapServices, root: string): { path: string; findings: readonly Finding[] } | undefined {
    const file = path.join(root, 'samskap.json');
    if (!existsSync(file)) {
        return undefined;
    }
    const read = readModelFile(file);
    if ('reason' in read) {
        throw new UsageError(`${file}: ${read.reason}`);
    }
    const parsed = parseSamskapConfig(read.text, URI.file(file).toString());
    services.analysis.Configuration.update(parsed.config, parsed.findings);
    return { path: file, findings: parsed.findings };
}

/** The PartnershipModels of the loaded files, in file order. */
export function modelsOf(workspace: LoadedWorkspace): PartnershipModel[] {
    const provider = workspace.services.analysis.PartnershipModelProvider;
    return workspace.files.flatMap(file => provider.getModels(file.document));
}
