import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../usage-error.js';
import { isRunning, trackTemporary, writeError, writeFileAtomically } from './atomic-write.js';

/** The file in a site folder that lists what `samskap docs` wrote there (and may replace). */
export const SITE_MANIFEST = '.samskap-docs.json';

export interface SiteFile {
    /** Relative, with `/` between folders. */
    readonly path: string;
    /**
     * The text, or a function that renders it when the file is written: a large site is written
     * one file after the other and never held whole (20,000 models: 900 MB of pages).
     */
    readonly content: string | Uint8Array | (() => string | Uint8Array);
}

function contentOf(file: SiteFile): string | Uint8Array {
    return typeof file.content === 'function' ? file.content() : file.content;
}

export interface SiteWriteOptions {
    /** Replace files in the folder that samskap docs did not write. */
    readonly force?: boolean;
    /** The folder as the user named it, for messages. */
    readonly display?: string;
}

export interface SiteWriteResult {
    /** `swap`: the whole folder was replaced at once; `in-place`: file by file, beside files of the user's. */
    readonly mode: 'swap' | 'in-place';
    /** Files of an earlier run that the new site no longer has, removed. */
    readonly removed: readonly string[];
}

/** `.samskap-docs.json`: each file written, with the SHA-256 of what was written. */
interface Manifest {
    readonly generator: 'samskap docs';
    readonly version: 1;
    readonly files: Readonly<Record<string, string>>;
}

/** The text of a site's manifest: each file's SHA-256 by path, in path order (also what `samskap docs` compares a re-run with). */
export function siteManifest(hashes: Iterable<readonly [file: string, hash: string]>): string {
    const files: Record<string, string> = {};
    [...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).forEach(([file, hash]) => (files[file] = hash));
    const manifest: Manifest = { generator: 'samskap docs', version: 1, files };
    return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Writes a generated site into a folder without ever losing a file the user put there:
 * - the folder gets a manifest (`.samskap-docs.json`) of the files written and their SHA-256; a
 *   file of the new site that is already there but not in the manifest (or changed since) is the
 *   user's, and the write is refused, naming it, unless `force`;
 * - when the folder holds nothing but an earlier site (or does not exist), the new site is built
 *   in a sibling folder and swapped in by two renames: a kill at any moment leaves the old site
 *   or the new one whole (an interrupted swap is undone by the next run);
 * - when the user keeps files of their own in the folder, those stay: the site is built in a
 *   hidden folder inside it and each file renamed into place, so every file is whole.
 */
export function writeSite(folder: string, files: readonly SiteFile[], options: SiteWriteOptions = {}): SiteWriteResult {
    const display = options.display ?? folder;
    try {
        return writeSiteInto(folder, files, options, display);
    } catch (error) {
        if (error instanceof UsageError || (error as NodeJS.ErrnoException).code === undefined) {
            throw error;
        }
        throw writeError(display, error, { what: 'the site', hint: 'choose a writable folder with -o' });
    }
}

function writeSiteInto(folder: string, files: readonly SiteFile[], options: SiteWriteOptions, display: string): SiteWriteResult {
    const root = siteRoot(path.resolve(folder), display);
    recoverInterruptedRuns(root);
    const exists = statOrUndefined(root) !== undefined;
    const manifest = exists ? readManifest(root) : undefined;
    // The files of the earlier site still as docs wrote them: only these may be replaced or removed.
    const owned = new Set(Object.entries(manifest?.files ?? {}).filter(([file, hash]) => hashOf(path.join(root, file)) === hash).map(([file]) => file));
    const paths = files.map(file => checkedPath(file.path));
    const conflicts = exists ? findConflicts(root, [...paths, SITE_MANIFEST], manifest, owned) : [];
    const folderInTheWay = conflicts.find(conflict => conflict.folder);
    if (folderInTheWay) {
        // Not even with --force: replacing a folder would delete everything in it.
        throw new UsageError(`${path.join(display, folderInTheWay.path)}: ${folderInTheWay.why}; nothing was written: move it away or choose another folder with -o`);
    }
    if (conflicts.length > 0 && !options.force) {
        const [first, ...more] = conflicts;
        const others = more.length === 0 ? '' : ` (and ${more.length} more: ${more.slice(0, 5).map(conflict => conflict.path).join(', ')}${more.length > 5 ? ', …' : ''})`;
        throw new UsageError(`${path.join(display, first.path)}: ${first.why}${others}; nothing was written: `
            + 'move it away, choose another folder with -o, or pass --force to replace it');
    }
    // A set, not paths.includes: a search per owned file made a second run over a site of 60,000 files quadratic.
    const sitePaths = new Set(paths);
    const stale = [...owned].filter(file => !sitePaths.has(file) && file !== SITE_MANIFEST);
    const keepsUserFiles = exists && holdsOtherFiles(root, new Set([...owned, ...paths, SITE_MANIFEST]));
    // Each file is hashed as it is written, and the manifest, written last, lists them all.
    const written = new Map<string, string>();
    const manifestText = (): string => siteManifest(written);
    const all: SiteFile[] = [...files.map((file, index) => ({
        path: paths[index],
        content: () => {
            const content = contentOf(file);
            written.set(paths[index], sha256(content));
            return content;
        }
    })), { path: SITE_MANIFEST, content: manifestText }];
    if (!keepsUserFiles) {
        try {
            swapIn(root, all);
            return { mode: 'swap', removed: stale };
        } catch (error) {
            // The parent folder cannot take a sibling (not writable, a mount point): file by file.
            if (!isSwapRefused(error) || !exists) {
                throw error;
            }
        }
    }
    writeInPlace(root, all, stale);
    return { mode: 'in-place', removed: stale };
}

/** The real folder to write (a symbolic link to a folder stays a link); refuses a file in its place. */
function siteRoot(resolved: string, display: string): string {
    let root = resolved;
    try {
        if (lstatSync(resolved).isSymbolicLink()) {
            root = realpathSync(resolved);
        }
    } catch {
        // Missing, or a dangling link: created below as a folder.
    }
    const stat = statOrUndefined(root);
    if (stat && !stat.isDirectory()) {
        throw new UsageError(`${display}: exists and is not a folder; name a folder for the site with -o`);
    }
    return root;
}

/** A site path that stays inside the folder. */
function checkedPath(file: string): string {
    const normal = path.posix.normalize(file.replace(/\\/g, '/'));
    if (normal.startsWith('../') || normal === '..' || path.posix.isAbsolute(normal) || normal === SITE_MANIFEST) {
        throw new Error(`internal: the site file ${file} would be written outside its folder`);
    }
    return normal;
}

function readManifest(root: string): Manifest | undefined {
    try {
        const parsed = JSON.parse(readFileSync(path.join(root, SITE_MANIFEST), 'utf8')) as Partial<Manifest>;
        const files = parsed.files;
        if (parsed.generator === 'samskap docs' && typeof files === 'object' && files !== null && !Array.isArray(files)
            && Object.values(files).every(hash => typeof hash === 'string')) {
            const normal: Record<string, string> = {};
            for (const [file, hash] of Object.entries(files)) {
                // Only paths inside the folder: a manifest is never a way to reach other files.
                const inside = path.posix.normalize(file);
                if (inside !== '.' && inside !== '..' && !inside.startsWith('../') && !path.posix.isAbsolute(inside) && !path.win32.isAbsolute(inside)
                    && !inside.includes('\\') && !inside.includes('\0')) {
                    normal[inside] = hash;
                }
            }
            return { generator: 'samskap docs', version: 1, files: normal };
        }
    } catch {
        // No manifest, or not ours: every file in the folder counts as the user's.
    }
    return undefined;
}

/**
 * Paths the site would write over that are not what samskap docs wrote there: files it did not
 * write or that were changed since, links, folders where a file goes, files where a folder goes.
 */
function findConflicts(root: string, paths: readonly string[], manifest: Manifest | undefined, intact: ReadonlySet<string>): Array<{ path: string; why: string; folder: boolean }> {
    const owned = manifest?.files ?? {};
    const conflicts = new Map<string, string>();
    const folders = new Set<string>();
    for (const file of paths) {
        const parts = file.split('/');
        // A folder of the site (models/) where the user has a file.
        for (let i = 1; i < parts.length; i++) {
            const prefix = parts.slice(0, i).join('/');
            const stat = lstatOrUndefined(path.join(root, prefix));
            if (stat && !stat.isDirectory()) {
                conflicts.set(prefix, 'is a file where the site needs a folder');
            }
        }
        const stat = lstatOrUndefined(path.join(root, file));
        if (!stat) {
            continue;
        }
        if (stat.isDirectory()) {
            conflicts.set(file, 'is a folder where the site writes a file');
            folders.add(file);
        } else if (file === SITE_MANIFEST) {
            if (!manifest) {
                conflicts.set(file, 'exists and is not a samskap docs manifest');
            }
        } else if (!stat.isFile()) {
            conflicts.set(file, 'exists (not a regular file) and was not written by samskap docs');
        } else if (owned[file] === undefined) {
            conflicts.set(file, 'exists and was not written by samskap docs');
        } else if (!intact.has(file)) {
            conflicts.set(file, 'was changed since samskap docs wrote it');
        }
    }
    return [...conflicts].map(([conflict, why]) => ({ path: conflict, why, folder: folders.has(conflict) }));
}

/** Whether the folder holds anything besides the given site files and the folders on their way. */
function holdsOtherFiles(root: string, site: ReadonlySet<string>): boolean {
    const folders = new Set<string>();
    for (const file of site) {
        const parts = file.split('/');
        for (let i = 1; i < parts.length; i++) {
            folders.add(parts.slice(0, i).join('/'));
        }
    }
    const visit = (relative: string): boolean => {
        for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
            const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (relative === '' && isOurTemporary(entry.name)) {
                continue;
            }
            if (entry.isDirectory() && folders.has(name)) {
                if (visit(name)) {
                    return true;
                }
            } else if (entry.isDirectory() || !site.has(name)) {
                return true;
            }
        }
        return false;
    };
    return visit('');
}

const STAGING_INSIDE = /^\.samskap-docs-new-(\d+)$/;

function isOurTemporary(name: string): boolean {
    return STAGING_INSIDE.test(name);
}

/** Names of the sibling folders of a swap: `.site.samskap-new-<pid>` and `.site.samskap-old-<pid>`. */
function siblingName(root: string, kind: 'new' | 'old', pid: number = process.pid): string {
    return path.join(path.dirname(root), `.${path.basename(root)}.samskap-${kind}-${pid}`);
}

/**
 * Undoes what a killed run left: a swap cut between its two renames (the old site is put back
 * when no site is in place), the staging folders of runs that no longer run.
 */
function recoverInterruptedRuns(root: string): void {
    const parent = path.dirname(root);
    const base = path.basename(root);
    let siblings: string[];
    try {
        siblings = readdirSync(parent);
    } catch {
        return;
    }
    const pattern = new RegExp(`^\\.${escapeRegExp(base)}\\.samskap-(new|old)-(\\d+)$`);
    for (const name of siblings.sort()) {
        const match = pattern.exec(name);
        if (!match || isRunning(Number(match[2]))) {
            continue;
        }
        const full = path.join(parent, name);
        if (match[1] === 'old' && statOrUndefined(root) === undefined) {
            renameSync(full, root);
        } else {
            removeTree(full);
        }
    }
    if (statOrUndefined(root)?.isDirectory()) {
        for (const name of readdirSync(root)) {
            const match = STAGING_INSIDE.exec(name);
            if (match && !isRunning(Number(match[1]))) {
                removeTree(path.join(root, name));
            }
        }
    }
}

/** Builds the site beside the folder and swaps it in: old and new are each whole at every moment. */
function swapIn(root: string, files: readonly SiteFile[]): void {
    const staging = siblingName(root, 'new');
    const previous = siblingName(root, 'old');
    const existing = statOrUndefined(root);
    mkdirSync(path.dirname(root), { recursive: true });
    removeTree(staging);
    const untrack = trackTemporary(staging);
    try {
        mkdirSync(staging);
        if (existing) {
            chmodSync(staging, existing.mode & 0o7777);
        }
        writeTree(staging, files);
        if (existing) {
            renameSync(root, previous);
            try {
                renameSync(staging, root);
            } catch (error) {
                renameSync(previous, root);
                throw error;
            }
            removeTree(previous);
        } else {
            renameSync(staging, root);
        }
    } catch (error) {
        removeTree(staging);
        throw error;
    } finally {
        untrack();
    }
}

/** File by file, beside the user's files: each one staged in the folder, then renamed into place. */
function writeInPlace(root: string, files: readonly SiteFile[], stale: readonly string[]): void {
    mkdirSync(root, { recursive: true });
    const staging = path.join(root, `.samskap-docs-new-${process.pid}`);
    removeTree(staging);
    const untrack = trackTemporary(staging);
    try {
        mkdirSync(staging);
        // The manifest last: until it is renamed, the new files are not claimed.
        const site = files.filter(file => file.path !== SITE_MANIFEST);
        writeTree(staging, site);
        for (const file of site) {
            const target = path.join(root, file.path);
            makeFolders(root, path.posix.dirname(file.path));
            renameSync(path.join(staging, file.path), target);
        }
        for (const file of stale) {
            removeStale(root, file);
        }
        const manifest = files.find(file => file.path === SITE_MANIFEST);
        if (manifest) {
            writeFileAtomically(path.join(root, SITE_MANIFEST), contentOf(manifest));
        }
    } finally {
        removeTree(staging);
        untrack();
    }
}

/** The folders on a site path; a file in the way (refused unless --force) is replaced by the folder. */
function makeFolders(root: string, relative: string): void {
    let current = root;
    for (const part of relative === '.' ? [] : relative.split('/')) {
        current = path.join(current, part);
        const stat = lstatOrUndefined(current);
        if (stat && !stat.isDirectory()) {
            unlinkSync(current);
        }
        if (!stat || !stat.isDirectory()) {
            mkdirSync(current);
        }
    }
}

function writeTree(dir: string, files: readonly SiteFile[]): void {
    for (const file of files) {
        const target = path.join(dir, file.path);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, contentOf(file), { flag: 'wx' });
    }
}

/** Removes a file an earlier run wrote that the new site no longer has, and its folders if left empty. */
export function removeStale(root: string, file: string): void {
    try {
        unlinkSync(path.join(root, file));
    } catch {
        return;
    }
    let dir = path.dirname(file);
    while (dir !== '.' && dir !== '') {
        try {
            rmdirSync(path.join(root, dir));
        } catch {
            return;
        }
        dir = path.dirname(dir);
    }
}

function isSwapRefused(error: unknown): boolean {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' || code === 'EBUSY' || code === 'EXDEV' || code === 'EROFS';
}

function removeTree(item: string): void {
    // Recursive, and never follows a symbolic link out of the tree.
    rmSync(item, { recursive: true, force: true });
}

function statOrUndefined(item: string): Stats | undefined {
    try {
        return statSync(item);
    } catch {
        return undefined;
    }
}

function lstatOrUndefined(item: string): Stats | undefined {
    try {
        return lstatSync(item);
    } catch {
        return undefined;
    }
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The SHA-256 of a regular file (not through a link), or undefined. */
function hashOf(file: string): string | undefined {
    try {
        return lstatSync(file).isFile() ? sha256(readFileSync(file)) : undefined;
    } catch {
        return undefined;
    }
}

function sha256(content: string | Uint8Array): string {
    return createHash('sha256').update(content).digest('hex');
}
