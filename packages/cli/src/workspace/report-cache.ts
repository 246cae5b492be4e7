import type { LibraryInfo, SourceRange } from '@samskap/language';
import { hash } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { readFileShared } from '../io/read-model.js';
import type { ReportedFinding } from './reported-finding.js';

declare const SAMSKAP_VERSION: string;

/**
 * A model as the workspace rules read it (runWorkspaceRules: each model's name and its actors'
 * names, titles, libraries and positions), with what places the model in its file. A test
 * (cache-workspace-view.test.ts) watches which properties the rules read, so that a rule reading
 * more fails there and not silently here.
 */
export interface ModelOutline {
    readonly name: string;
    readonly title: string;
    readonly range: SourceRange;
    readonly actors: ReadonlyArray<{ readonly id: string; readonly name: string; readonly title: string; readonly library?: string; readonly nameRange: SourceRange }>;
}

/**
 * What one model file yields that every run needs, small enough to read back for hundreds of
 * files at once: whether it parses, the outline of each model and the actor libraries it
 * declares. Its own findings (syntax, references and the model rules) are kept in an entry of
 * their own (`findingsKey`), read only for a file whose outputs must be computed again or that
 * is reported for its syntax errors: with their messages they were two thirds of a yield, and
 * reading them for 500 unchanged files was a third of a re-run. The whole PartnershipModels are
 * kept apart too (`modelsKey`); the outputs themselves (matrix columns, documentation pages) are
 * kept under keys that add what else they depend on (corpus.ts).
 */
export interface FileYield {
    readonly syntaxErrors: boolean;
    readonly models: readonly ModelOutline[];
    readonly libraries: readonly LibraryInfo[];
}

/** Everything a file's yield depends on besides its own text. */
export interface ProjectIdentity {
    /** Samskap's version and the identity of the running program (a rebuilt bundle is another program). */
    readonly version: string;
    /** The project's samskap.json as written (empty without one). */
    readonly settings: string;
    /** The display language the findings are written in. */
    readonly language: string;
    /** The project's library files (path and text): a model's facts depend on the libraries it uses. */
    readonly libraries: ReadonlyArray<{ readonly path: string; readonly text: string }>;
}

const DAY = 24 * 60 * 60 * 1000;
/** How long an entry that no run reads or writes is kept (sweep). */
const ENTRY_LIFETIME = 30 * DAY;
const SWEEP_MARKER = 'last-sweep';

// crypto.hash: a third of createHash's time for the thousands of small digests of a run.
export const sha256 = (text: string | Uint8Array): string => hash('sha256', text, 'hex');

/** The project's identity as one digest, computed once per project (not once per file). */
const projectDigests = new WeakMap<ProjectIdentity, string>();

function projectDigest(project: ProjectIdentity): string {
    let digest = projectDigests.get(project);
    if (digest === undefined) {
        const libraries = [...project.libraries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
            .map(library => `${library.path}\u0000${sha256(library.text)}`);
        digest = sha256([project.version, project.settings, project.language, ...libraries].join('\u0001'));
        projectDigests.set(project, digest);
    }
    return digest;
}

/** The key of one file's yield: its path (the model's ranges name it), its content (the SHA-256 of its bytes, readModelFile), and its project's identity. */
export function yieldKey(project: ProjectIdentity, file: string, contentDigest: string): string {
    return sha256(['samskap-yield-5', projectDigest(project), file, contentDigest].join('\u0001'));
}

/** The key of an entry derived from others: a kind (what it holds) and everything it depends on. */
export function derivedKey(kind: string, ...parts: readonly string[]): string {
    return sha256([kind, ...parts].join('\u0001'));
}

/** The key of the entry holding the whole PartnershipModels of the file whose yield has `key`. */
export const modelsKey = (key: string): string => derivedKey('models', key);

/** A file's own findings as kept: ReportedFindings without the path, which the reader adds (it is shown relative to the current folder). */
export type KeptFinding = Omit<ReportedFinding, 'file'>;

/** The key of the entry holding the own findings of the file whose yield has `key`. */
export const findingsKey = (key: string): string => derivedKey('findings', key);

/** Samskap's version, and the size and time of the running bundle: a development build changes without a version bump. */
export function programIdentity(): string {
    const version = typeof SAMSKAP_VERSION === 'string' ? SAMSKAP_VERSION : '0.0.0-dev';
    try {
        const stat = statSync(__filename);
        return `${version} ${stat.size} ${stat.mtimeMs}`;
    } catch {
        return version;
    }
}

/**
 * Where the entries are kept: `SAMSKAP_CACHE_DIR` when set; else `node_modules/.cache/samskap` in
 * the project when it has a `node_modules` folder (as Babel, ESLint and webpack keep theirs); else
 * the system's cache folder (`$XDG_CACHE_HOME` or `~/.cache` on Linux, `~/Library/Caches` on macOS,
 * `%LOCALAPPDATA%` on Windows).
 */
export function cacheFolder(projectRoot: string, exists: (folder: string) => boolean): string {
    const configured = process.env.SAMSKAP_CACHE_DIR;
    if (configured) return path.resolve(configured);
    const modules = path.join(projectRoot, 'node_modules');
    if (exists(modules)) return path.join(modules, '.cache', 'samskap');
    if (process.platform === 'darwin') return path.join(homedir(), 'Library', 'Caches', 'samskap');
    if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA ?? path.join(homedir(), 'AppData', 'Local'), 'samskap', 'Cache');
    return path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'samskap');
}

/**
 * Entries by key, one file per key. An entry holds its key and a checksum of its content: a
 * truncated, half-written or altered entry, or one of another key, is read as missing and
 * computed again, never used. Entries are written to a temporary file and renamed, so that a run
 * killed while writing leaves no half entry under the key's name. A cache that cannot be written
 * (read-only folder, full disk) is no failure: the run goes on without it.
 */
export class ReportCache {
    private writable = true;
    /**
     * The entries this process has read or stored, by folder and key, once `rememberEntries` is
     * called (`--watch`): a process that runs again after every edit reads each entry from disk
     * once. A key names its content (the keys above), so what it held once it holds for good; a
     * slot that each run replaces (the last site written) is forgotten when written. Two
     * generations: what the current run used, and what the run before used; an entry no run has
     * used since the one before is forgotten when a run starts (`nextRun`), so a watch left
     * running all day keeps one run's worth, not one entry per edit ever made.
     */
    private static remembered: { current: Map<string, unknown>; previous: Map<string, unknown> } | undefined;

    constructor(readonly folder: string) {}

    /** From now on, entries read or stored are kept in memory too (a watching process). */
    static rememberEntries(): void {
        ReportCache.remembered ??= { current: new Map(), previous: new Map() };
    }

    /** A watched run starts: what the run before did not use is forgotten. */
    static nextRun(): void {
        const remembered = ReportCache.remembered;
        if (remembered) ReportCache.remembered = { current: new Map(), previous: remembered.current };
    }

    private static recall(file: string): unknown {
        const remembered = ReportCache.remembered;
        if (!remembered) return undefined;
        let value = remembered.current.get(file);
        if (value === undefined) {
            value = remembered.previous.get(file);
            if (value !== undefined) remembered.current.set(file, value);
        }
        return value;
    }

    private static remember(file: string, value: unknown): void {
        ReportCache.remembered?.current.set(file, value);
    }

    private static forget(file: string): void {
        ReportCache.remembered?.current.delete(file);
        ReportCache.remembered?.previous.delete(file);
    }

    private entryPath(key: string): string {
        return path.join(this.folder, key.slice(0, 2), `${key}.json`);
    }

    /** The entry's value, or undefined when it is missing, damaged or not valid JSON. */
    read<T>(key: string): T | undefined {
        const file = this.entryPath(key);
        const remembered = ReportCache.recall(file);
        if (remembered !== undefined) return remembered as T;
        const payload = this.payload(key, '');
        if (payload === undefined) return undefined;
        try {
            const value = JSON.parse(payload.toString('utf8')) as T;
            ReportCache.remember(file, value);
            return value;
        } catch {
            return undefined;
        }
    }

    /**
     * The entry's payload as written (write), as bytes, or undefined when it is missing or damaged,
     * or when it does not start with `prefix` (ASCII): an entry replaced on every change (the last
     * matrix written) says in its first line what it was made from, so that a stale one is told
     * from its first bytes and not after reading and checking megabytes. A payload that starts
     * with `prefix` is still checked whole.
     */
    readBytes(key: string, prefix = ''): Buffer | undefined {
        const payload = this.payload(key, prefix);
        return payload && Buffer.from(payload);
    }

    /** An entry's payload as readBytes finds it, as a view of the buffer file reads share (readFileShared). */
    private payload(key: string, prefix: string): Buffer | undefined {
        const file = this.entryPath(key);
        if (prefix !== '' && !this.startsWith(file, key, prefix)) return undefined;
        let bytes: Buffer;
        let modified: number;
        try {
            ({ bytes, modified } = readFileShared(file));
        } catch {
            return undefined;
        }
        const header = bytes.indexOf(0x0a);
        if (header < 0) return undefined;
        const [entryKey, checksum] = bytes.toString('latin1', 0, header).split(' ');
        const payload = bytes.subarray(header + 1);
        // The checksum of the bytes is that of the text written (its UTF-8): no decoding to check it.
        if (entryKey !== key || checksum !== sha256(payload) || !payload.subarray(0, prefix.length).equals(Buffer.from(prefix, 'latin1'))) return undefined;
        // An entry in use is marked as such once a day (its modification time), so that sweep keeps it.
        if (modified < Date.now() - DAY) {
            try {
                utimesSync(file, new Date(), new Date());
            } catch {
                // A folder that cannot be written: nothing is swept from it either.
            }
        }
        return payload;
    }

    /** Whether the entry's payload starts with `prefix`, reading only its header and that many bytes. */
    private startsWith(file: string, key: string, prefix: string): boolean {
        // The header is the key, a space, the 64 hex digits of the checksum and a newline (write).
        const header = key.length + 66;
        const expected = Buffer.from(`\n${prefix}`, 'latin1');
        const head = Buffer.alloc(expected.length);
        let fd: number | undefined;
        try {
            fd = openSync(file, 'r');
            if (readSync(fd, head, 0, head.length, header - 1) !== head.length) return false;
        } catch {
            return false;
        } finally {
            if (fd !== undefined) closeSync(fd);
        }
        return head.equals(expected);
    }

    /**
     * Removes the entries no run has read or written for 30 days, and the temporary files of runs
     * killed while writing: once a day at most (a marker file's time says when it last ran), after
     * a run's outputs are written. Without it the folder only grew, by the entries of every edit.
     */
    sweep(now: number = Date.now()): void {
        if (!this.writable) return;
        const marker = path.join(this.folder, SWEEP_MARKER);
        try {
            if (statSync(marker).mtimeMs > now - DAY) return;
        } catch {
            // Never swept.
        }
        try {
            mkdirSync(this.folder, { recursive: true });
            writeFileSync(marker, '');
        } catch {
            return;
        }
        const names = (folder: string): string[] => {
            try {
                return readdirSync(folder);
            } catch {
                return [];
            }
        };
        // Entries lie in folders named by the first two hex digits of their key (entryPath).
        for (const shard of names(this.folder).filter(name => /^[0-9a-f]{2}$/.test(name))) {
            for (const name of names(path.join(this.folder, shard))) {
                const file = path.join(this.folder, shard, name);
                try {
                    const age = now - lstatSync(file).mtimeMs;
                    if ((name.endsWith('.json') && age > ENTRY_LIFETIME) || (name.endsWith('.tmp') && age > DAY)) unlinkSync(file);
                } catch {
                    // Removed by another run meanwhile.
                }
            }
        }
    }

    /** Stores a payload: a value's JSON text (the caller has it already), or text read back with readBytes. */
    write(key: string, payload: string): void {
        const target = this.entryPath(key);
        // A slot replaced by every run (the last site written, the last index) holds something new.
        ReportCache.forget(target);
        if (!this.writable) return;
        const temporary = `${target}.${process.pid}.tmp`;
        try {
            mkdirSync(path.dirname(target), { recursive: true });
            // Encoded once, for the checksum and the file (a matrix entry is megabytes).
            const bytes = Buffer.from(payload, 'utf8');
            writeFileSync(temporary, Buffer.concat([Buffer.from(`${key} ${sha256(bytes)}\n`, 'latin1'), bytes]));
            renameSync(temporary, target);
        } catch {
            this.writable = false;
            try {
                unlinkSync(temporary);
            } catch {
                // Nothing was written.
            }
        }
    }

    /** Stores a value and gives back what a later run will read: the same data whichever run made it. */
    store<T>(key: string, value: T): T {
        const payload = JSON.stringify(value);
        this.write(key, payload);
        const stored = JSON.parse(payload) as T;
        ReportCache.remember(this.entryPath(key), stored);
        return stored;
    }

    /**
     * Stores a value and gives back the value itself: for the large ones (whole models, matrix
     * columns), whose reading back would cost a cold run a quarter of a second for 500 models.
     * The outputs are the same either way: `--no-cache` uses the values as computed, a re-run as
     * read back, and the tests compare the two byte for byte.
     */
    keep<T>(key: string, value: T): T {
        this.write(key, JSON.stringify(value));
        return value;
    }
}
