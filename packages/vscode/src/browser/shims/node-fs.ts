/**
 * `node:fs` for the extension's browser bundle (scripts/build.mjs points the import here). Only the
 * timings writer imports it, and only when the end-to-end suite names a file for it, which a
 * browser never does (the build defines that setting as unset); should it still be called, it
 * fails as a disk write without a disk would, and the writer ignores the failure.
 */
export function appendFileSync(path: string): never {
    throw new Error(`VS Code for the Web has no file system to append to ${path}`);
}
