import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import { isPassedBy, MODEL_EXTENSION, PROJECT_FILE } from '../workspace/projects.js';

/** What one run of a watched command gives back: its exit code, and every file its result depends on. */
export interface WatchedRun {
    readonly exitCode: number;
    /** The model and library files read (for compare and docs, every model file of the projects) and the projects' samskap.json. */
    readonly sources: readonly string[];
}

export interface WatchOptions {
    /** The files and folders named on the command line: a model added in a named folder is picked up. */
    readonly inputs: readonly string[];
    /** What the command writes (a file or a folder): its writes are never taken for an edit. */
    readonly output: string;
    /**
     * Told of each run that ended: its exit code, whether it stopped before writing (it threw), how
     * long it took, the file whose change started it, and how many folders are watched now.
     */
    readonly onRun: (run: { exitCode: number; failed: boolean; milliseconds: number; changed?: string; folders: number }) => void;
    /** Turns a run that threw (a usage error, a bug) into its exit code, having said what happened. */
    readonly onFailure: (error: unknown) => number;
    /** How long a burst of changes (an editor saving in several steps) is waited out before the run. */
    readonly settleMs?: number;
}

/** How many folders a watch takes on at most: beyond that, a named folder is a whole disk, not a corpus. */
const MAX_FOLDERS = 2_000;

/** A named folder and every folder below it that a run would walk (findModelFiles skips the same). */
function foldersBelow(folder: string, into: Set<string>): void {
    if (into.size >= MAX_FOLDERS) return;
    into.add(folder);
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch {
        return;
    }
    for (const entry of entries) {
        if (entry.isDirectory() && !isPassedBy(entry.name)) foldersBelow(path.join(folder, entry.name), into);
    }
}

function isFolder(file: string): boolean {
    try {
        return statSync(file).isDirectory();
    } catch {
        return false;
    }
}

/**
 * Runs a command, then again whenever a file it depends on changes, until the process is stopped
 * (`tsc --watch`, `mkdocs serve`): a researcher edits a model and finds the matrix or the site
 * already written. The folders holding the run's sources are watched (not the files: an editor
 * that saves by writing a new file and renaming it over the old one would end a file's watch), and
 * so is every folder of a named folder, for models added there; after each run the watched
 * folders follow what the run read. Only `.samskap` files, `samskap.json` and new folders start a
 * run; a run that fails (no model left, a file that cannot be read) is reported and the watch goes
 * on. One run at a time: changes during a run start one more run after it.
 */
export async function watchRuns(run: () => Promise<WatchedRun>, options: WatchOptions): Promise<void> {
    const output = path.resolve(options.output);
    const watchers = new Map<string, FSWatcher>();
    let running = false;
    let pending: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let warned = false;

    // What each file was like at its last event that counted: an editor's save gives several
    // events (truncate, write, change of times), and one that finds the file as before starts nothing.
    const seen = new Map<string, string>();
    const signature = (file: string): string => {
        try {
            const stat = statSync(file);
            return `${stat.size} ${stat.mtimeMs} ${stat.ctimeMs} ${stat.ino}`;
        } catch {
            return 'gone';
        }
    };
    const isOutput = (file: string): boolean => file === output || file.startsWith(output + path.sep);
    const relevant = (folder: string, name: string | null): string | undefined => {
        // Some platforms name no file: anything in the folder may have changed.
        if (name === null) return folder;
        const file = path.join(folder, name);
        if (isOutput(file) || isPassedBy(path.basename(name))) return undefined;
        if (name.endsWith(MODEL_EXTENSION) || path.basename(name) === PROJECT_FILE) {
            const now = signature(file);
            if (seen.get(file) === now) return undefined;
            seen.set(file, now);
            return file;
        }
        return isFolder(file) ? file : undefined;
    };
    let ended = false;
    const schedule = (changed: string): void => {
        if (ended) return;
        pending ??= changed;
        if (running) return;
        clearTimeout(timer);
        timer = setTimeout(() => void once(), options.settleMs ?? 40);
    };
    const follow = (sources: readonly string[]): void => {
        const folders = new Set<string>();
        for (const input of options.inputs) {
            const resolved = path.resolve(input);
            if (isFolder(resolved)) foldersBelow(resolved, folders);
            else folders.add(path.dirname(resolved));
        }
        for (const source of sources) {
            if (folders.size >= MAX_FOLDERS) break;
            folders.add(path.dirname(source));
        }
        if (folders.size >= MAX_FOLDERS && !warned) {
            warned = true;
            process.stderr.write(`samskap: warning: watching the first ${MAX_FOLDERS.toLocaleString('en')} folders only; name the folders of the corpus rather than one above them\n`);
        }
        for (const [folder, watcher] of watchers) {
            if (!folders.has(folder)) {
                watcher.close();
                watchers.delete(folder);
            }
        }
        for (const folder of folders) {
            if (watchers.has(folder) || isOutput(folder)) continue;
            try {
                const watcher = watch(folder, { persistent: true }, (_event, name) => {
                    const changed = relevant(folder, typeof name === 'string' ? name : null);
                    if (changed !== undefined) schedule(changed);
                });
                // A watched folder that goes away (deleted, unmounted) ends its watch; the next run re-reads the inputs.
                watcher.on('error', () => {
                    watcher.close();
                    watchers.delete(folder);
                    schedule(folder);
                });
                watchers.set(folder, watcher);
            } catch {
                // A folder that vanished between the run and now: the run it triggers will say so.
            }
        }
    };
    // Ctrl+C between runs ends the watch, with the last run's exit code. During a run the watch
    // does not listen, so Ctrl+C does what it does to a single run: it ends the process at once,
    // or, once the run has begun writing, the writes' own guard (atomic-write.ts) removes what they
    // left half done and ends it by the signal. Node hands a listener a signal only between two
    // turns of the event loop, which a run's reading, computing and writing never yield, so a
    // listener of ours during a run would keep a long first run going after Ctrl+C.
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>(resolve => {
        stop = (): void => {
            ended = true;
            listen(false);
            clearTimeout(timer);
            watchers.forEach(watcher => watcher.close());
            resolve();
        };
    });
    const listen = (on: boolean): void => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) {
            if (on) process.on(signal, stop);
            else process.removeListener(signal, stop);
        }
    };

    const once = async (): Promise<void> => {
        listen(false);
        running = true;
        const changed = pending;
        pending = undefined;
        const started = performance.now();
        let result: WatchedRun;
        let failed = false;
        try {
            result = await run();
        } catch (error) {
            result = { exitCode: options.onFailure(error), sources: [] };
            failed = true;
        }
        const milliseconds = performance.now() - started;
        follow(result.sources);
        options.onRun({ exitCode: result.exitCode, failed, milliseconds, changed, folders: watchers.size });
        running = false;
        listen(true);
        if (pending !== undefined) schedule(pending);
    };

    await once();
    await stopped;
}
