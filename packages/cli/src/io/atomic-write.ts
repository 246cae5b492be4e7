import {
    closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync,
    statSync, unlinkSync, writeSync, type Stats
} from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../usage-error.js';
import { kindOf } from './read-model.js';

export interface WriteOptions {
    /** How the target is named in messages (default: the path as given). */
    readonly display?: string;
    /** What the target is, for messages: "the output file" unless said otherwise. */
    readonly what?: string;
    /** The advice after an error (default: choose another place with -o). */
    readonly hint?: string;
}

/**
 * Writes a command's output to a path as a Unix tool would, never replacing what the path is:
 * - a regular file or a path where nothing is yet: atomically, through a temporary file beside
 *   the target renamed over it, so readers see the old or the complete new content, never a
 *   part; the file keeps its permission bits (and, for root, its owner);
 * - a symbolic link: the file it points to is written as above, and the link stays a link;
 * - a character device or a FIFO (`/dev/null`, a named pipe): straight through;
 * - `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` (or a link to them): this process's descriptor,
 *   whatever it is (a pipe, a socket, a file the shell opened for appending).
 * Full disks, missing permissions and the like become one-line usage errors.
 */
export function writeFileAtomically(target: string, content: Content, options: WriteOptions = {}): void {
    const bytes = byteChunks(content);
    const standard = standardDescriptor(target);
    try {
        if (standard !== undefined) {
            writeDescriptor(standard, bytes);
            return;
        }
        const resolved = resolveLinks(path.resolve(target));
        if (resolved.descriptor !== undefined) {
            writeDescriptor(resolved.descriptor, bytes);
            return;
        }
        const stat = statOrUndefined(resolved.path);
        if (stat?.isDirectory()) {
            throw new UsageError(`${options.display ?? target}: is a folder; ${options.hint ?? 'name a file with -o'}`);
        }
        if (stat && (stat.isCharacterDevice() || stat.isFIFO() || (resolved.throughProc && stat.isFile()))) {
            writeThrough(resolved.path, bytes);
        } else if (stat && !stat.isFile()) {
            throw new UsageError(`${options.display ?? target}: is ${kindOf(stat)}; Samskap writes only to a regular file, a character device or a FIFO`);
        } else {
            replaceFile(resolved.path, bytes, stat);
        }
    } catch (error) {
        if (error instanceof UsageError) {
            throw error;
        }
        throw writeError(target, error, options);
    }
}

/**
 * What is written: text, bytes, or text in pieces (a large document as it is produced, see
 * json-chunks.ts), never held whole in memory.
 */
export type Content = string | Uint8Array | Iterable<string>;

/** The content as UTF-8 pieces of about a megabyte (small pieces are gathered, so that each write is worth its system call). */
export function* byteChunks(content: Content): Generator<Uint8Array> {
    if (typeof content === 'string') {
        yield Buffer.from(content, 'utf8');
        return;
    }
    if (content instanceof Uint8Array) {
        yield content;
        return;
    }
    let pending: string[] = [];
    let size = 0;
    for (const piece of content) {
        pending.push(piece);
        size += piece.length;
        if (size >= 1 << 20) {
            yield Buffer.from(pending.join(''), 'utf8');
            pending = [];
            size = 0;
        }
    }
    if (size > 0) {
        yield Buffer.from(pending.join(''), 'utf8');
    }
}

/** The one-line message for a failed write: what, where, why in words, and the error code. */
export function writeError(target: string, error: unknown, options: WriteOptions = {}): UsageError {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code ? `${REASONS[code] ?? 'failed'} (${code})` : String((error as Error).message ?? error);
    return new UsageError(`${options.display ?? target}: cannot write ${options.what ?? 'the output file'}: ${why}; ${options.hint ?? 'choose a writable place with -o'}`);
}

const REASONS: Readonly<Record<string, string>> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'the file is too large for the file system',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    ENOENT: 'a part of the path does not exist',
    ELOOP: 'too many levels of symbolic links',
    EPIPE: 'the reader closed the pipe',
    ENXIO: 'no device or reader at the other end',
    EBUSY: 'the file is busy',
    ETXTBSY: 'the file is busy',
    EIO: 'input/output error',
    EXDEV: 'the target is on another file system'
};

/** fd 1 or 2 for the paths that name this process's own standard output or error. */
function standardDescriptor(target: string): number | undefined {
    if (process.platform === 'win32') {
        return undefined;
    }
    const match = /^\/(?:dev\/(std(out|err)|fd\/([12]))|proc\/self\/fd\/([12]))$/.exec(path.normalize(target));
    if (!match) {
        return undefined;
    }
    return match[2] === 'out' || match[3] === '1' || match[4] === '1' ? 1 : 2;
}

/**
 * Follows symbolic links to the file they finally name (which need not exist yet). A link into
 * `/proc` is not a path: one to a descriptor of this process (`/dev/fd/3`, `/proc/self/fd/1`) is
 * that descriptor, any other is opened as it is, never resolved.
 */
function resolveLinks(start: string): { path: string; throughProc: boolean; descriptor?: number } {
    let current = start;
    for (let hops = 0; hops < 40; hops++) {
        current = withRealFolder(current);
        if (process.platform === 'linux' && (current === '/proc' || current.startsWith('/proc/'))) {
            const own = /^\/proc\/(\d+|self|thread-self)\/(?:task\/\d+\/)?fd\/(\d+)$/.exec(current);
            if (own && (own[1] === 'self' || own[1] === 'thread-self' || Number(own[1]) === process.pid)) {
                return { path: current, throughProc: true, descriptor: Number(own[2]) };
            }
            return { path: current, throughProc: true };
        }
        let stat: Stats;
        try {
            stat = lstatSync(current);
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
                return { path: current, throughProc: false };
            }
            throw error;
        }
        if (!stat.isSymbolicLink()) {
            return { path: current, throughProc: false };
        }
        current = path.resolve(path.dirname(current), readlinkSync(current));
    }
    throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/** The path with its folder's links resolved (`/dev/fd/1` is `/proc/<pid>/fd/1`); as it is when the folder does not exist yet. */
function withRealFolder(file: string): string {
    try {
        return path.join(realpathSync(path.dirname(file)), path.basename(file));
    } catch {
        return file;
    }
}

function statOrUndefined(file: string): Stats | undefined {
    try {
        return statSync(file);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return undefined;
        }
        throw error;
    }
}

/** Opens and writes a device, FIFO or descriptor link as it is (a FIFO waits for its reader, as with `>`). */
function writeThrough(target: string, bytes: Iterable<Uint8Array>): void {
    const fd = openSync(target, constants.O_WRONLY | constants.O_TRUNC);
    try {
        writeAll(fd, bytes);
    } finally {
        closeSync(fd);
    }
}

/** A descriptor of this process; a terminal on standard output or error through its stream, which keeps control characters off the screen (terminal.ts). */
function writeDescriptor(fd: number, bytes: Iterable<Uint8Array>): void {
    const stream = fd === 1 ? process.stdout : fd === 2 ? process.stderr : undefined;
    if (stream?.isTTY) {
        for (const chunk of bytes) stream.write(chunk);
        return;
    }
    writeAll(fd, bytes);
}

/** Writes every byte; a non-blocking descriptor (a pipe Node opened) that is full is waited for. */
function writeAll(fd: number, chunks: Iterable<Uint8Array>): void {
    for (const bytes of chunks) {
        writeChunk(fd, bytes);
    }
}

function writeChunk(fd: number, bytes: Uint8Array): void {
    let offset = 0;
    while (offset < bytes.length) {
        try {
            offset += writeSync(fd, bytes, offset, bytes.length - offset);
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
                throw error;
            }
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        }
    }
}

let counter = 0;

/**
 * Replaces (or creates) a regular file atomically: temporary file beside it, same permission
 * bits, flushed, renamed over the target. The temporary file is removed on any failure, and a
 * signal that arrives meanwhile is handled only once the write is complete or undone.
 */
function replaceFile(target: string, bytes: Iterable<Uint8Array>, existing: Stats | undefined): void {
    const dir = path.dirname(target);
    if (!existing) {
        mkdirSync(dir, { recursive: true });
    }
    removeStaleTemporaries(dir, path.basename(target));
    const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${++counter}.tmp`);
    guardAgainstSignals();
    pending.add(temporary);
    let fd: number | undefined;
    try {
        fd = openSync(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666);
        if (existing) {
            if (typeof process.getuid === 'function' && process.getuid() === 0 && (existing.uid !== 0 || existing.gid !== 0)) {
                try {
                    fchownSync(fd, existing.uid, existing.gid);
                } catch {
                    // Keeping the owner is a courtesy: the content matters more.
                }
            }
            // After fchown, which clears set-id bits; and without the umask, which open applied.
            fchmodSync(fd, existing.mode & 0o7777);
        }
        writeAll(fd, bytes);
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        renameSync(temporary, target);
    } catch (error) {
        if (fd !== undefined) {
            try {
                closeSync(fd);
            } catch {
                // Already failing: the write's error is the one to report.
            }
        }
        removeQuietly(temporary);
        throw error;
    } finally {
        pending.delete(temporary);
    }
}

/** Temporary files and folders of writes in progress, removed if a signal ends the process. */
const pending = new Set<string>();
let guarded = false;

/**
 * With a listener in place Node handles SIGINT, SIGTERM and SIGHUP between two turns of the
 * event loop, never in the middle of a synchronous write; the listener removes what a write
 * left half done and then ends the process by the same signal.
 */
export function guardAgainstSignals(): void {
    if (guarded) {
        return;
    }
    guarded = true;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        const listener = (): void => {
            for (const item of pending) {
                removeQuietly(item);
            }
            pending.clear();
            process.removeListener(signal, listener);
            if (process.listenerCount(signal) === 0) {
                process.kill(process.pid, signal);
            }
        };
        process.on(signal, listener);
    }
}

/** Registers a temporary file or folder to remove if a signal ends the process; returns the unregister function. */
export function trackTemporary(item: string): () => void {
    guardAgainstSignals();
    pending.add(item);
    return () => pending.delete(item);
}

/**
 * Removes the temporary files an earlier run left beside this target when it was killed
 * (`kill -9`, power loss): `.<name>.<pid>.<n>.tmp` of a process that no longer runs.
 */
export function removeStaleTemporaries(dir: string, name: string): void {
    let entries: string[];
    try {
        entries = readdirSync(dir);
    } catch {
        return;
    }
    const prefix = `.${name}.`;
    for (const entry of entries) {
        if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) {
            continue;
        }
        const match = /^(\d+)\.\d+\.tmp$/.exec(entry.slice(prefix.length));
        const full = path.join(dir, entry);
        if (match && !pending.has(full) && !isRunning(Number(match[1]))) {
            removeQuietly(full);
        }
    }
}

/** Whether a process with this id runs (and is not this one: a temporary of ours is never stale while pending). */
export function isRunning(pid: number): boolean {
    if (pid === process.pid) {
        return false;
    }
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

function removeQuietly(item: string): void {
    try {
        const stat = lstatSync(item);
        if (stat.isDirectory()) {
            rmSync(item, { recursive: true, force: true });
        } else {
            unlinkSync(item);
        }
    } catch {
        // Gone already, or never created.
    }
}
