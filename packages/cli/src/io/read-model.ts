import { hash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/**
 * The largest model file Samskap reads (20 MB). The largest real model we know of is under
 * 100 kB; a file beyond this is almost always a mistake (a log, a dump, a device), and text of
 * that size would only make the parser and the editor crawl. docs/cli.md states the limit.
 */
export const MAX_MODEL_FILE_BYTES = 20 * 1024 * 1024;

/**
 * A file read as model text, or why it was refused (a sentence that follows the file's name).
 * With `digest`, the SHA-256 of the file's bytes (hex), the same for the same text: hashed from
 * the bytes as read, it costs a tenth of hashing the text again (which must be encoded first).
 */
export type ModelFileRead = { readonly text: string; readonly digest?: string } | { readonly reason: string };

const NO_BLOCK = constants.O_NONBLOCK ?? 0;

/**
 * Reads a model file (or samskap.json) as UTF-8 text, refusing anything that is not a regular
 * file of at most `limit` bytes holding valid UTF-8 without NUL bytes. Never blocks on a FIFO and
 * never reads a device: both are refused before they are opened. A UTF-8 byte order mark is kept
 * in the text (the formatter writes it back).
 */
export function readModelFile(file: string, limit: number = MAX_MODEL_FILE_BYTES, options: { readonly digest?: boolean } = {}): ModelFileRead {
    let stat: Stats;
    try {
        stat = statSync(file);
    } catch (error) {
        return { reason: `cannot be read (${codeOf(error)})` };
    }
    const refused = refuseStat(stat, limit);
    if (refused) {
        return { reason: refused };
    }
    let bytes: Buffer;
    let fd: number | undefined;
    try {
        // Non-blocking, in case the path was swapped for a FIFO since the check above.
        fd = openSync(file, constants.O_RDONLY | NO_BLOCK);
        const openedStat = fstatSync(fd);
        const opened = refuseStat(openedStat, limit);
        if (opened) {
            return { reason: opened };
        }
        bytes = readUpTo(fd, limit + 1, openedStat.size);
    } catch (error) {
        return { reason: `cannot be read (${codeOf(error)})` };
    } finally {
        if (fd !== undefined) {
            closeSync(fd);
        }
    }
    if (bytes.length > limit) {
        return { reason: tooLarge(bytes.length, limit) };
    }
    const read = decodeModelBytes(bytes);
    return options.digest && 'text' in read ? { text: read.text, digest: hash('sha256', bytes, 'hex') } : read;
}

// fatal: any invalid byte throws instead of becoming U+FFFD; ignoreBOM: the BOM stays in the text.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Model text from bytes: refused when binary (NUL bytes, UTF-16) or not valid UTF-8. */
export function decodeModelBytes(bytes: Uint8Array): ModelFileRead {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return { reason: 'is UTF-16 text; Samskap reads only UTF-8: save the file as UTF-8 and run again' };
    }
    if (bytes.includes(0)) {
        return { reason: 'is a binary file, not a Samskap model (it contains NUL bytes); name only .samskap text files' };
    }
    try {
        return { text: UTF8.decode(bytes) };
    } catch {
        const offset = firstInvalidUtf8(bytes);
        return { reason: invalidUtf8Reason(bytes, offset < 0 ? 0 : offset) };
    }
}

/**
 * The offset of the first byte that does not belong to a valid UTF-8 sequence (as the WHATWG
 * decoder, which TextDecoder implements, sees it: no overlong forms, no surrogates, nothing
 * beyond U+10FFFF, no sequence cut off at the end), or -1 when every byte is valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        let needed: number;
        let lower = 0x80;
        let upper = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            needed = 1;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            needed = 2;
            if (lead === 0xe0) lower = 0xa0;
            if (lead === 0xed) upper = 0x9f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            needed = 3;
            if (lead === 0xf0) lower = 0x90;
            if (lead === 0xf4) upper = 0x8f;
        } else {
            return i;
        }
        for (let k = 1; k <= needed; k++) {
            const next = bytes[i + k];
            if (next === undefined) {
                return i;
            }
            if (next < lower || next > upper) {
                // The lead byte starts a sequence the next byte does not continue: the lead is the bad byte.
                return i;
            }
            lower = 0x80;
            upper = 0xbf;
        }
        i += needed + 1;
    }
    return -1;
}

function invalidUtf8Reason(bytes: Uint8Array, offset: number): string {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    const shown = bytes.subarray(offset, Math.min(offset + 4, bytes.length));
    const hex = [...shown].map(byte => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
    return `is not valid UTF-8: byte offset ${offset} (line ${line}, byte ${offset - lineStart + 1} of the line: ${hex}); `
        + 'Samskap reads only UTF-8 and leaves the file untouched: convert it (e.g. `iconv -f latin1 -t utf-8`) and run again';
}

function refuseStat(stat: Stats, limit: number): string | undefined {
    if (!stat.isFile()) {
        return `is ${kindOf(stat)}, not a regular file; name only .samskap text files`;
    }
    if (stat.size > limit) {
        return tooLarge(stat.size, limit);
    }
    return undefined;
}

function tooLarge(size: number, limit: number): string {
    return `is ${megabytes(size)}, over the ${megabytes(limit)} limit for one file; split the model into several files`;
}

function megabytes(bytes: number): string {
    if (bytes < 1024 * 1024) {
        return bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} kB`;
    }
    const mb = bytes / (1024 * 1024);
    return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** What a path that is not a regular file is, in words. */
export function kindOf(stat: Stats): string {
    if (stat.isDirectory()) return 'a folder';
    if (stat.isFIFO()) return 'a named pipe (FIFO)';
    if (stat.isCharacterDevice()) return 'a character device';
    if (stat.isBlockDevice()) return 'a block device';
    if (stat.isSocket()) return 'a socket';
    return 'not a regular file';
}

/** Reads at most `max` bytes (a file that grows while read is still bounded). */
/**
 * One buffer that the reads of files up to 1 MiB reuse: a corpus of 500 small models read into a
 * buffer each made V8 collect garbage every few files for the memory outside its heap (tens of
 * milliseconds of a re-run). What is read is decoded into a string at once. Larger files get a
 * buffer of their own, so that a long-running server does not hold on to megabytes.
 */
const SHARED_BUFFER_BYTES = 1 << 20;
let shared: Buffer | undefined;

/** The file's bytes up to `max`, as a view of a buffer that the next read may reuse; `size` is what fstat said. */
function readUpTo(fd: number, max: number, size: number): Buffer {
    // Sized to the file (one byte more, to meet its end at once); a file that grows reads on.
    const expected = Math.min(size + 1, max);
    let buffer = expected <= SHARED_BUFFER_BYTES ? (shared ??= Buffer.allocUnsafe(SHARED_BUFFER_BYTES)) : Buffer.allocUnsafe(expected);
    let total = 0;
    while (total < max) {
        if (total === buffer.length) {
            const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, max));
            buffer.copy(grown, 0, 0, total);
            buffer = grown;
        }
        const read = readSync(fd, buffer, total, Math.min(buffer.length, max) - total, null);
        if (read === 0) break;
        total += read;
    }
    return buffer.subarray(0, total);
}

/**
 * A whole file's bytes (the cache's entries) as a view of the buffer that reads of small files
 * share (readUpTo): decode or copy them before the next read. With the file's modification time.
 */
export function readFileShared(file: string): { readonly bytes: Buffer; readonly modified: number } {
    const fd = openSync(file, constants.O_RDONLY);
    try {
        const stat = fstatSync(fd);
        return { bytes: readUpTo(fd, Number.MAX_SAFE_INTEGER, stat.size), modified: stat.mtimeMs };
    } finally {
        closeSync(fd);
    }
}

function codeOf(error: unknown): string {
    return (error as NodeJS.ErrnoException).code ?? String(error);
}
