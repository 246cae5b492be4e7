import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../usage-error.js';

/**
 * Writes a file so that readers only ever see the old or the complete new content: the text goes
 * to a temporary file beside the target, which is then renamed over it (atomic on one file system).
 */
export function writeFileAtomically(target: string, content: string | Uint8Array): void {
    const dir = path.dirname(path.resolve(target));
    const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temporary, content);
        renameSync(temporary, target);
    } catch (error) {
        try {
            rmSync(temporary, { force: true });
        } catch {
            // The temporary file could not even be created (e.g. the folder is a file): nothing to remove.
        }
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new UsageError(`${target}: cannot write the output file (${code}); choose a writable place with -o`);
    }
}
