import type { FileSystemProvider, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { readModelFile } from './read-model.js';

/** Told when a file is refused: its path and why (a sentence that follows the path). */
export type RefusedFileListener = (path: string, reason: string) => void;

/**
 * Langium's Node file system, but model files are read as the CLI reads them (read-model.ts):
 * only regular files within the size limit, only valid UTF-8. A refused file is loaded as an
 * empty document, so that one bad file never stops the language server from loading the rest of
 * the workspace, and the listener is told the file and why (with the byte offset of the first
 * byte that is not UTF-8).
 */
export class ModelFileSystemProvider extends NodeFileSystemProvider implements FileSystemProvider {
    constructor(private readonly onRefused: RefusedFileListener) {
        super();
    }

    override readFile(uri: URI): Promise<string> {
        return Promise.resolve(this.readFileSync(uri));
    }

    override readFileSync(uri: URI): string {
        const read = readModelFile(uri.fsPath);
        if ('reason' in read) {
            this.onRefused(uri.fsPath, read.reason);
            return '';
        }
        return read.text;
    }
}

/** The module context that puts ModelFileSystemProvider in place of Langium's NodeFileSystem. */
export function modelFileSystem(onRefused: RefusedFileListener): { fileSystemProvider: () => FileSystemProvider } {
    return { fileSystemProvider: () => new ModelFileSystemProvider(onRefused) };
}

/** Minimal view of an LSP connection: where the language server tells the user about a refused file. */
interface RefusalOutlet {
    readonly console: { warn(message: string): void };
    readonly window: { showWarningMessage(message: string): unknown };
}

/**
 * The language server's listener: each refusal goes to the server log; the editor shows a
 * warning once per file (a file that stays bad is read again on every change of it).
 */
export function showRefusals(connection: RefusalOutlet): RefusedFileListener {
    const shown = new Set<string>();
    return (path, reason) => {
        connection.console.warn(`${path}: ${reason}`);
        if (!shown.has(path)) {
            shown.add(path);
            // A request: an editor that refuses it (or has no such request) leaves nothing to handle.
            Promise.resolve(connection.window.showWarningMessage(`Samskap: ${path} ${reason}`)).catch(() => undefined);
        }
    };
}
