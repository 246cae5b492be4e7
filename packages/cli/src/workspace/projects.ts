import type { ProjectLocator } from '@samskap/language';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';

export const MODEL_EXTENSION = '.samskap';
export const PROJECT_FILE = 'samskap.json';

/** What made a folder a project's root. */
export type ProjectKind = 'samskap.json' | '.git' | 'folder';

/**
 * A project: the files that are linked together (libraries resolve, workspace rules compare)
 * and share one `samskap.json`. The way TypeScript finds a file's tsconfig and ESLint its flat
 * config: the nearest folder upward from the file holding `samskap.json`, else the nearest
 * holding `.git`, else the file's own folder. Nothing else decides (not the current folder,
 * not the other files named on the command line), so a file always gives the same findings.
 */
export interface Project {
    readonly root: string;
    readonly kind: ProjectKind;
}

/** The project in the user's words, for messages. */
export function projectText(project: Project): string {
    switch (project.kind) {
        case 'samskap.json':
            return `the project ${project.root} (its samskap.json)`;
        case '.git':
            return `the project ${project.root} (a Git repository without samskap.json)`;
        case 'folder':
            return `the folder ${project.root} (no samskap.json or .git above it)`;
    }
}

/**
 * Finds projects on the file system, remembering each folder's answer (a command asks for
 * hundreds of files of a few folders). `forget` drops what it knows, for a long-running server
 * whose folders may gain or lose a `samskap.json`.
 */
export class ProjectFinder {
    private readonly byFolder = new Map<string, Project>();
    private readonly nearestCache = new Map<string, string | null>();

    /** The project of a file (a path). */
    projectOfFile(file: string): Project {
        return this.projectOfFolder(path.dirname(path.resolve(file)));
    }

    /** The project a file lying in `folder` belongs to. */
    projectOfFolder(folder: string): Project {
        const known = this.byFolder.get(folder);
        if (known) return known;
        const config = this.nearest(folder, PROJECT_FILE);
        const git = config === undefined ? this.nearest(folder, '.git') : undefined;
        const project: Project = config !== undefined ? { root: config, kind: 'samskap.json' }
            : git !== undefined ? { root: git, kind: '.git' }
                : { root: folder, kind: 'folder' };
        this.byFolder.set(folder, project);
        return project;
    }

    forget(): void {
        this.byFolder.clear();
        this.nearestCache.clear();
    }

    /** The nearest folder from `folder` upward (itself included) holding `marker`. */
    private nearest(folder: string, marker: string): string | undefined {
        const key = `${marker}\u0000${folder}`;
        const known = this.nearestCache.get(key);
        if (known !== undefined) return known ?? undefined;
        let found: string | undefined;
        if (existsSync(path.join(folder, marker))) {
            found = folder;
        } else {
            const parent = path.dirname(folder);
            found = parent === folder ? undefined : this.nearest(parent, marker);
        }
        this.nearestCache.set(key, found ?? null);
        return found;
    }
}

/** Folders already reported as unreadable in this process (a folder is walked more than once). */
const reportedFolders = new Set<string>();

function display(folder: string): string {
    return path.relative(process.cwd(), folder) || folder;
}

/** Whether a walk for models passes this entry by: dependency folders and hidden entries (editors' swap files, staging folders). */
export function isPassedBy(name: string): boolean {
    return name === 'node_modules' || name.startsWith('.');
}

/**
 * Collects `.samskap` files under a folder, skipping dependency and output folders. A subfolder
 * that cannot be read (no permission, removed meanwhile) is skipped with a warning on standard
 * error, and the rest is collected; the folder itself must be readable. `enter` decides which
 * subfolders are walked (a project's walk stops at another project's root).
 */
export function findModelFiles(folder: string, enter: (subfolder: string) => boolean = () => true): string[] {
    const found: string[] = [];
    const walk = (dir: string): void => {
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code ?? String(error);
            if (dir === folder) {
                throw new FolderUnreadable(`${display(dir)}: the folder cannot be read (${code})`);
            }
            if (!reportedFolders.has(dir)) {
                reportedFolders.add(dir);
                process.stderr.write(`samskap: warning: ${display(dir)}: the folder cannot be read (${code}); skipped, the rest is checked\n`);
            }
            return;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (isPassedBy(entry.name)) {
                continue;
            }
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (enter(full)) walk(full);
            } else if (entry.isFile() && entry.name.endsWith(MODEL_EXTENSION)) {
                found.push(full);
            }
        }
    };
    walk(folder);
    return found;
}

/** A folder named as input that cannot be read. */
export class FolderUnreadable extends Error {
    override readonly name = 'FolderUnreadable';
}

/**
 * Every model file of a project: the files whose project it is. The walk never enters a folder
 * that is a project of its own (holding `samskap.json`, or `.git` inside a Git project), and a
 * project that is only a folder has no subfolders (each of them is its own project).
 */
export function projectFiles(project: Project): string[] {
    if (project.kind === 'folder') {
        return findModelFiles(project.root, () => false);
    }
    const markers = project.kind === 'samskap.json' ? [PROJECT_FILE] : [PROJECT_FILE, '.git'];
    return findModelFiles(project.root, folder => !markers.some(marker => existsSync(path.join(folder, marker))));
}

/**
 * The language server's and the CLI's ProjectLocator: file URIs by their folder on disk; other
 * schemes (an unsaved buffer) stand outside every project. Answers are remembered per URI until
 * `forget` (the server calls it on every workspace update).
 */
export class FileSystemProjects implements ProjectLocator {
    private readonly byUri = new Map<string, Project | null>();

    constructor(readonly finder: ProjectFinder = new ProjectFinder()) {}

    project(uri: { readonly scheme: string; readonly fsPath: string; toString(): string }): Project | undefined {
        const key = uri.toString();
        const known = this.byUri.get(key);
        if (known !== undefined) return known ?? undefined;
        const project = uri.scheme === 'file' ? this.finder.projectOfFile(uri.fsPath) : undefined;
        this.byUri.set(key, project ?? null);
        return project;
    }

    projectOf(uri: URI): string | undefined {
        return this.project(uri)?.root;
    }

    describe(uri: URI): string | undefined {
        const project = this.project(uri);
        return project ? projectText(project) : undefined;
    }

    forget(): void {
        this.byUri.clear();
        this.finder.forget();
    }
}
