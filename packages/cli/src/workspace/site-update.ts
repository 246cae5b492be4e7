import {
    chmodSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync, type Stats
} from 'node:fs';
import * as path from 'node:path';
import { trackTemporary, writeFileAtomically } from '../io/atomic-write.js';
import { removeStale, SITE_MANIFEST, siteManifest, writeSite } from '../io/site-writer.js';
import { derivedKey, type ReportCache } from './report-cache.js';

/** A file of the site by its content's SHA-256, its content given only when it must be written. */
export interface PlannedFile {
    readonly path: string;
    readonly hash: string;
    /** As bytes when the caller has them (it hashed them): a page is encoded once, not again to be written. */
    readonly content?: string | Uint8Array;
    /** For a diagram's SVG: the digest of what it was drawn from, kept so that a later run can take the file instead of drawing it again. */
    readonly drawing?: string;
}

/**
 * What a run of `samskap docs` left in a folder, as kept in the cache: each file's hash and what
 * `stat` said of it after writing, and for a diagram's SVG the digest of what it was drawn from.
 */
interface SiteState {
    readonly files: Readonly<Record<string, readonly [hash: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, drawing?: string]>>;
}

const stateKey = (root: string): string => derivedKey('site-state', root);

/**
 * The files of an earlier site that are still as `samskap docs` wrote them, with their hashes,
 * known without reading them: the folder's manifest (site-writer.ts) lists each file's hash, and
 * the cache what `stat` said of it after writing (size, modification and change times, inode; a
 * change to the file changes them, as Git's index relies on). Undefined when the folder is not
 * such a site, or is one a run left half done: then the site is written whole (writeSite).
 */
export class EarlierSite {
    /** What `stat` said of each path asked about in this run (a path is asked about more than once). */
    private readonly stats = new Map<string, Stats | undefined>();

    private constructor(
        readonly root: string, private readonly manifest: Readonly<Record<string, string>>, private readonly manifestText: string, private readonly state: SiteState
    ) {}

    private stat(file: string): Stats | undefined {
        if (!this.stats.has(file)) this.stats.set(file, lstatOrUndefined(path.join(this.root, file)));
        return this.stats.get(file);
    }

    static open(folder: string, cache: ReportCache | undefined): EarlierSite | undefined {
        if (!cache) return undefined;
        let root: string;
        try {
            root = realpathSync(folder);
            if (!statSync(root).isDirectory()) return undefined;
            // What an interrupted run left (a staging folder inside or beside) is for writeSite to clear.
            if (readdirSync(root).some(name => name.startsWith('.samskap-docs-new-'))) return undefined;
            const base = `.${path.basename(root)}.samskap-`;
            if (readdirSync(path.dirname(root)).some(name => name.startsWith(base))) return undefined;
        } catch {
            return undefined;
        }
        const manifest = readManifest(root);
        const state = cache.read<SiteState>(stateKey(root));
        if (!manifest || !state || typeof state.files !== 'object' || state.files === null) return undefined;
        return new EarlierSite(root, manifest.files, manifest.text, state);
    }

    /** The hash of a file of the site that is as `samskap docs` wrote it; undefined for anything else. */
    intact(file: string): string | undefined {
        const hash = this.manifest[file];
        const known = Object.hasOwn(this.state.files, file) ? this.state.files[file] : undefined;
        if (hash === undefined || !Array.isArray(known) || known[0] !== hash) return undefined;
        const stat = this.stat(file);
        return stat?.isFile() && sameStat(stat, known) ? hash : undefined;
    }

    /** The digest of what a diagram's SVG file of the site was drawn from, when the file is as `samskap docs` wrote it. */
    drawingOf(file: string): string | undefined {
        if (this.intact(file) === undefined) return undefined;
        const drawing = this.state.files[file][5];
        return typeof drawing === 'string' ? drawing : undefined;
    }

    /**
     * Brings the site up to date when that needs no decision about the user's files: every path
     * of the new site is absent or intact, with folders where folders go. Only files whose content
     * changed are written; the others are kept as they are. As writeSite does, a folder holding
     * nothing but the site gets the new site whole at once: built beside it (the unchanged files
     * hard-linked, not copied) and swapped in by two renames, so a kill leaves the old site or the
     * new one; a folder holding files of the user's is updated file by file (each staged and
     * renamed into place), the manifest last, and so is any folder with `inPlace` (`docs --watch`:
     * a web server or live-reload tool serving the folder would lose it to a swap). False when the
     * folder needs writeSite's care (conflicts, --force, a file in a folder's way, a file system
     * without hard links).
     */
    update(files: readonly PlannedFile[], cache: ReportCache, options: { readonly inPlace?: boolean } = {}): boolean {
        const paths = new Set(files.map(file => file.path));
        const changed: PlannedFile[] = [];
        const folders = new Set<string>();
        for (const file of files) {
            // Each folder on the way asked once (models/ is on the way of every page).
            for (let end = file.path.indexOf('/'); end > 0; end = file.path.indexOf('/', end + 1)) {
                const folder = file.path.slice(0, end);
                if (folders.has(folder)) continue;
                folders.add(folder);
                const stat = this.stat(folder);
                if (stat && !stat.isDirectory()) return false;
            }
            const intact = this.intact(file.path);
            if (intact === undefined && this.stat(file.path)) return false;
            if (intact !== file.hash) changed.push(file);
        }
        if (changed.some(file => file.content === undefined)) return false;
        const manifest = siteManifest(files.map(file => [file.path, file.hash] as const));
        // Every file of the site in place as this run would write it, none to remove, the same manifest: nothing to write.
        if (changed.length === 0 && manifest === this.manifestText && Object.keys(this.manifest).every(file => paths.has(file))) return true;
        const ours = new Set([...paths, SITE_MANIFEST, ...Object.keys(this.manifest).filter(file => this.intact(file) !== undefined)]);
        const done = options.inPlace || this.holdsOtherFiles(ours) ? this.updateInPlace(changed, paths, manifest) : this.swapIn(files, changed, manifest);
        if (!done) return false;
        const written = new Set(changed.map(file => file.path));
        const state: Record<string, SiteState['files'][string]> = {};
        for (const file of files) {
            const known = this.state.files[file.path];
            // A hard link changes the file's change time: every file is asked again after a swap.
            if (done === 'in-place' && known && !written.has(file.path)) state[file.path] = known;
            else state[file.path] = statOf(this.root, file.path, file.hash, file.drawing ?? (known?.[0] === file.hash ? known[5] : undefined));
        }
        // Written, not stored: the state of thousands of files is not read back in this run.
        cache.write(stateKey(this.root), JSON.stringify({ files: state } satisfies SiteState));
        return true;
    }

    /** Whether the folder holds anything but the site's files (new, or intact of the earlier site) and the folders on their way. */
    private holdsOtherFiles(ours: ReadonlySet<string>): boolean {
        const folders = new Set<string>();
        for (const file of ours) {
            for (let end = file.indexOf('/'); end > 0; end = file.indexOf('/', end + 1)) folders.add(file.slice(0, end));
        }
        const visit = (relative: string): boolean => readdirSync(path.join(this.root, relative), { withFileTypes: true }).some(entry => {
            const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (relative === '' && entry.name.startsWith('.samskap-docs-new-')) return false;
            if (entry.isDirectory()) return !folders.has(name) || visit(name);
            return !ours.has(name);
        });
        return visit('');
    }

    /** The new site built beside the folder (unchanged files linked from it) and swapped in; undefined when the file system refuses. */
    private swapIn(files: readonly PlannedFile[], changed: readonly PlannedFile[], manifest: string): 'swap' | undefined {
        const sibling = (kind: 'new' | 'old'): string => path.join(path.dirname(this.root), `.${path.basename(this.root)}.samskap-${kind}-${process.pid}`);
        const staging = sibling('new');
        const previous = sibling('old');
        const untrack = trackTemporary(staging);
        const fresh = new Set(changed.map(file => file.path));
        try {
            rmSync(staging, { recursive: true, force: true });
            mkdirSync(staging);
            chmodSync(staging, statSync(this.root).mode & 0o7777);
            // Each folder made once, not asked again for each of the thousands of files in it.
            const made = new Set<string>(['.']);
            for (const file of files) {
                const folder = path.posix.dirname(file.path);
                if (!made.has(folder)) {
                    mkdirSync(path.join(staging, folder), { recursive: true });
                    made.add(folder);
                }
                const target = path.join(staging, file.path);
                if (fresh.has(file.path)) writeFileSync(target, file.content as string | Uint8Array, { flag: 'wx' });
                else linkSync(path.join(this.root, file.path), target);
            }
            writeFileSync(path.join(staging, SITE_MANIFEST), manifest, { flag: 'wx' });
            renameSync(this.root, previous);
            try {
                renameSync(staging, this.root);
            } catch (error) {
                renameSync(previous, this.root);
                throw error;
            }
        } catch {
            rmSync(staging, { recursive: true, force: true });
            return undefined;
        } finally {
            untrack();
        }
        removeTree(previous);
        return 'swap';
    }

    /** File by file, beside the user's files: the changed files staged in the folder and renamed into place, the stale ones removed, the manifest last. */
    private updateInPlace(changed: readonly PlannedFile[], paths: ReadonlySet<string>, manifest: string): 'in-place' {
        const stale = Object.keys(this.manifest).filter(file => !paths.has(file) && file !== SITE_MANIFEST && this.intact(file) !== undefined);
        const staging = path.join(this.root, `.samskap-docs-new-${process.pid}`);
        const untrack = trackTemporary(staging);
        try {
            rmSync(staging, { recursive: true, force: true });
            mkdirSync(staging);
            changed.forEach((file, index) => writeFileSync(path.join(staging, String(index)), file.content as string | Uint8Array, { flag: 'wx' }));
            changed.forEach((file, index) => {
                const target = path.join(this.root, file.path);
                mkdirSync(path.dirname(target), { recursive: true });
                renameSync(path.join(staging, String(index)), target);
            });
            for (const file of stale) removeStale(this.root, file);
            writeFileAtomically(path.join(this.root, SITE_MANIFEST), manifest);
        } finally {
            rmSync(staging, { recursive: true, force: true });
            untrack();
        }
        return 'in-place';
    }
}

/**
 * Writes the whole site (writeSite: conflicts, --force, swap), then keeps what `stat` says of each
 * file for the next run; gives each file's hash as the manifest lists it.
 */
export function writeWholeSite(
    folder: string, files: ReadonlyArray<{ path: string; content: string | Uint8Array | (() => string) }>, options: { force?: boolean; display: string }, cache: ReportCache,
    drawings: ReadonlyMap<string, string> = new Map()
): Readonly<Record<string, string>> | undefined {
    writeSite(folder, files, { force: options.force, display: options.display });
    let root: string;
    try {
        root = realpathSync(folder);
    } catch {
        return undefined;
    }
    const manifest = readManifest(root)?.files;
    if (!manifest) return undefined;
    const state: Record<string, SiteState['files'][string]> = {};
    for (const [file, hash] of Object.entries(manifest)) state[file] = statOf(root, file, hash, drawings.get(file));
    cache.write(stateKey(root), JSON.stringify({ files: state } satisfies SiteState));
    return manifest;
}

/** The folder's manifest: each file's hash, and the manifest as written (a run that changes nothing leaves it as it is). */
function readManifest(root: string): { readonly files: Readonly<Record<string, string>>; readonly text: string } | undefined {
    try {
        const text = readFileSync(path.join(root, SITE_MANIFEST), 'utf8');
        const parsed = JSON.parse(text) as { generator?: unknown; files?: unknown };
        const files = parsed.files;
        if (parsed.generator !== 'samskap docs' || typeof files !== 'object' || files === null || Array.isArray(files)) return undefined;
        const hashes: Record<string, string> = {};
        for (const [file, hash] of Object.entries(files)) {
            // Only plain paths inside the folder, as writeSite accepts them.
            const normal = path.posix.normalize(file);
            if (typeof hash !== 'string' || normal !== file || file.startsWith('../') || file === '..' || path.isAbsolute(file) || file.includes('\\') || file.includes('\0')) return undefined;
            hashes[file] = hash;
        }
        return { files: hashes, text };
    } catch {
        return undefined;
    }
}

function lstatOrUndefined(file: string): Stats | undefined {
    try {
        // A missing file answered without an exception: thousands are asked about in a run.
        return lstatSync(file, { throwIfNoEntry: false });
    } catch {
        return undefined;
    }
}

/**
 * Removes the folder the swap moved aside: each entry unlinked as readdir names it, where a
 * recursive rmSync asks `lstat` of each of the thousands of files first. Never follows a link
 * (readdir reports a link as a link); anything unexpected is left to rmSync.
 */
function removeTree(folder: string): void {
    try {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const item = path.join(folder, entry.name);
            if (entry.isDirectory()) removeTree(item);
            else unlinkSync(item);
        }
        rmdirSync(folder);
    } catch {
        rmSync(folder, { recursive: true, force: true });
    }
}

function sameStat(stat: Stats, known: SiteState['files'][string]): boolean {
    return stat.size === known[1] && stat.mtimeMs === known[2] && stat.ctimeMs === known[3] && stat.ino === known[4];
}

/** What `stat` says of a file just written, with its hash (and what a diagram was drawn from); a file that cannot be read is recorded as never intact. */
function statOf(root: string, file: string, hash: string, drawing?: string): SiteState['files'][string] {
    const stat = lstatOrUndefined(path.join(root, file));
    if (!stat) return ['', -1, -1, -1, -1];
    return drawing === undefined ? [hash, stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino] : [hash, stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, drawing];
}

