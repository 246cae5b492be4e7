import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';

// `compare --watch` and `docs --watch` as a researcher uses them: the command left running in a
// terminal while models are edited, added, broken and fixed, then stopped with Ctrl+C.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'packages/cli/dist/cli.cjs');

function write(file: string, text: string): void {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
}

const model = (name: string, title: string, actorTitle = 'Eksempel kommune'): string => `model ${name} "${title}" {
    country NO
    uses lokalt
    actor kommune "${actorTitle}" is municipality
    actor lag "Idrettslaget" is voluntary_organisation
    decision plan { decide kommune consulted lag with feedback "møte" }
}
`;
const library = (title: string): string => `library lokalt "Lokalt" {
    actor fond "${title}" is foundation
}
`;

/** A project (samskap.json and the library `lokalt`) in a new folder, with the given model files; its folder. */
function project(models: Readonly<Record<string, string>>, libraryFile = 'lokalt.samskap'): string {
    const root = mkdtempSync(path.join(tmpdir(), 'samskap-watch-'));
    write(path.join(root, 'samskap.json'), '{}\n');
    write(path.join(root, libraryFile), library('Sparebankstiftelsen'));
    for (const [file, text] of Object.entries(models)) write(path.join(root, file), text);
    return root;
}

/** `count` models named M0, M1, … with titles `Sak 0`, `Sak 1`, … (and `suffix`), by file name. */
const numberedModels = (count: number, suffix = ''): Record<string, string> =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`m${i}.samskap`, model(`M${i}`, `Sak ${i}${suffix}`)]));

/** A running `samskap … --watch`, and the lines it has written to standard error so far. */
class Watching {
    readonly child: ChildProcess;
    /** How the process ended: its exit code, or the signal that ended it. */
    readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
    private stderr = '';

    constructor(args: readonly string[], cwd: string) {
        this.child = spawn(process.execPath, [cli, ...args], {
            cwd, env: { ...process.env, NO_COLOR: '1', SAMSKAP_CACHE_DIR: path.join(cwd, '.cache') }, stdio: ['ignore', 'ignore', 'pipe']
        });
        this.exited = new Promise(resolve => this.child.once('exit', (code, signal) => resolve({ code, signal })));
        this.child.stderr?.on('data', (chunk: Buffer) => {
            this.stderr += chunk.toString('utf8');
        });
    }

    /** How many runs have ended (each ends with the line saying what is watched). */
    get runs(): number {
        return this.stderr.split('\n').filter(line => line.includes('for changes (Ctrl+C stops)')).length;
    }

    get output(): string {
        return this.stderr;
    }

    /** Waits until `count` runs have ended. */
    run(count: number): Promise<void> {
        return this.until(() => this.runs >= count, `run ${count}`);
    }

    /**
     * Waits until what a user would look for holds (a line on standard error, text in the output
     * written), asked on every line written and every 25 ms: the runs an edit starts are counted
     * by what they did, not by how many events the file system gave.
     */
    async until(condition: () => boolean, what: string): Promise<void> {
        if (condition()) return;
        await new Promise<void>((resolve, reject) => {
            const started = Date.now();
            const timer = setInterval(() => {
                if (condition()) {
                    clearInterval(timer);
                    resolve();
                } else if (Date.now() - started > 30_000) {
                    clearInterval(timer);
                    reject(new Error(`not within 30 s: ${what}; standard error:\n${this.stderr}`));
                }
            }, 25);
        });
    }

    /** Ctrl+C, and the exit code. */
    async stop(): Promise<number | null> {
        this.child.kill('SIGINT');
        return (await this.exited).code;
    }
}

const running: Watching[] = [];
afterEach(() => {
    running.splice(0).forEach(watching => watching.child.kill('SIGKILL'));
});

function watch(args: readonly string[], cwd: string): Watching {
    const watching = new Watching(args, cwd);
    running.push(watching);
    return watching;
}

/** Lets the file system's timestamps move on, so that two writes in a row are two changes. */
const pause = (): Promise<void> => new Promise(resolve => setTimeout(resolve, 50));

describe('samskap compare --watch', () => {
    test('writes the matrix again after each edit, added model, broken and fixed file, and library change; Ctrl+C ends it', async () => {
        const root = project({ 'cases/a.samskap': model('Alfa', 'Alfa-saken'), 'cases/b.samskap': model('Beta', 'Beta-saken') }, 'lib/lokalt.samskap');
        const matrix = path.join(root, 'out/matrix.md');
        const watching = watch(['compare', 'cases', '--format', 'md', '-o', matrix, '--watch'], root);
        await watching.run(1);
        expect(readFileSync(matrix, 'utf8')).toContain('Alfa-saken');
        expect(watching.output).toMatch(/watching \d+ folders? for changes/);

        const matrixHas = (text: string): boolean => readFileSync(matrix, 'utf8').includes(text);
        const saidChanged = (file: string, outcome = 'done in'): boolean => watching.output.includes(`${file} changed; ${outcome}`);

        // An edit: the new title is in the matrix.
        write(path.join(root, 'cases/a.samskap'), model('Alfa', 'Alfa-saken, revidert'));
        await watching.until(() => saidChanged(path.join('cases', 'a.samskap')) && matrixHas('Alfa-saken, revidert'), 'the edited title in the matrix');

        // A model added in a new subfolder of the named folder gets its column.
        await pause();
        write(path.join(root, 'cases/2025/c.samskap'), model('Gamma', 'Gamma-saken'));
        await watching.until(() => matrixHas('Gamma-saken'), 'the added model in the matrix');

        // A file broken mid-edit is reported where it is broken, and left out; the watch goes on.
        await pause();
        write(path.join(root, 'cases/b.samskap'), 'model Beta "Beta-saken" {\n    actor kommune "K" is\n');
        await watching.until(() => /b\.samskap changed; done in [\d.]+ s, files with errors or unreadable left out; watching/.test(watching.output), 'the broken file reported');
        expect(watching.output).toMatch(/cases[/\\]b\.samskap:\d+:\d+/);
        expect(matrixHas('Beta-saken')).toBe(false);
        await pause();
        write(path.join(root, 'cases/b.samskap'), model('Beta', 'Beta-saken'));
        await watching.until(() => matrixHas('Beta-saken'), 'the fixed model back in the matrix');

        // A library outside the named folder, but in the project, is watched too (its new actor
        // title changes nothing in these models' matrix, none uses the actor, but the run happens).
        write(path.join(root, 'lib/lokalt.samskap'), library('Stiftelsen Dam'));
        await watching.until(() => saidChanged(path.join('lib', 'lokalt.samskap')), 'a run after the library changed');

        // The last run had no errors: Ctrl+C ends the watch with its exit code.
        expect(await watching.stop()).toBe(0);
        expect(watching.output).not.toMatch(/internal error|at .*\.cjs:\d+/);
    }, 90_000);

    test('--watch without -o is refused: there would be nowhere to write the runs after the first', () => {
        const root = mkdtempSync(path.join(tmpdir(), 'samskap-watch-'));
        write(path.join(root, 'a.samskap'), model('Alfa', 'Alfa-saken'));
        const result = spawnSync(process.execPath, [cli, 'compare', 'a.samskap', '--watch'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('--watch writes its result again after every change: name the file or folder to write with -o');
    });
});

describe('samskap docs --watch', () => {
    test('rewrites the edited model\'s page in the same folder, and ends with the last run\'s exit code', async () => {
        const root = project({ 'a.samskap': model('Alfa', 'Alfa-saken'), 'b.samskap': model('Beta', 'Beta-saken') });
        const site = path.join(root, 'site');
        const watching = watch(['docs', '.', '-o', site, '--watch'], root);
        await watching.run(1);
        const index = readFileSync(path.join(site, 'index.html'), 'utf8');
        expect(index).toContain('Alfa-saken');
        const folder = statSync(site).ino;

        write(path.join(root, 'a.samskap'), model('Alfa', 'Alfa-saken', 'Nytt kommunenavn'));
        await watching.until(() => watching.output.includes('a.samskap changed; done in'), 'a run after the edit');
        expect(watching.runs).toBe(2);
        // The site's own files (written into a folder below the watched one) start no run of their own.
        await new Promise(resolve => setTimeout(resolve, 500));
        expect(watching.runs).toBe(2);
        const manifest = JSON.parse(readFileSync(path.join(site, '.samskap-docs.json'), 'utf8')) as { files: Record<string, string> };
        const alfaPage = Object.keys(manifest.files).find(file => file.endsWith('.html') && /alfa/i.test(file));
        expect(alfaPage, `a page of Alfa among ${Object.keys(manifest.files).join(', ')}`).toBeDefined();
        expect(readFileSync(path.join(site, alfaPage as string), 'utf8')).toContain('Nytt kommunenavn');
        // Updated in place, file by file: a web server started in the folder keeps serving it (a swap would leave it a deleted folder).
        expect(statSync(site).ino).toBe(folder);

        // A model with a syntax error: the run reports it and exits 1; Ctrl+C then ends the watch with that code.
        write(path.join(root, 'b.samskap'), 'model Beta "Beta-saken" {\n    actor\n');
        await watching.until(() => watching.output.includes('b.samskap changed; done in'), 'a run after the file broke');
        expect(watching.output).toMatch(/b\.samskap:2:\d+ error/);
        expect(existsSync(path.join(site, 'index.html'))).toBe(true);
        expect(await watching.stop()).toBe(1);
    }, 90_000);
});

describe('Ctrl+C in the middle of a watched run', () => {
    test('never leaves the site half written: no staging files, every file of the manifest whole, and the next run carries on', async () => {
        const root = project(numberedModels(40));
        const site = path.join(root, 'site');
        const watching = watch(['docs', '.', '-o', site, '--watch'], root);
        await watching.run(1);
        for (const [file, text] of Object.entries(numberedModels(40, ', revidert'))) write(path.join(root, file), text);
        // One Ctrl+C while the run the edits started parses and draws 40 models (it waits 40 ms for the edits to settle).
        await new Promise(resolve => setTimeout(resolve, 250));
        watching.child.kill('SIGINT');
        const { code, signal } = await watching.exited;
        // Ended by the signal while the run read or computed, or after the run when it came during the writes.
        expect(signal === 'SIGINT' || code === 0, `exit ${code}, signal ${signal}`).toBe(true);
        expect(readdirSync(site).filter(name => name.startsWith('.samskap-docs-new-'))).toEqual([]);
        expect(readdirSync(root).filter(name => name.includes('.samskap-new-') || name.includes('.samskap-old-'))).toEqual([]);
        const manifest = JSON.parse(readFileSync(path.join(site, '.samskap-docs.json'), 'utf8')) as { files: Record<string, string> };
        for (const file of Object.keys(manifest.files)) expect(existsSync(path.join(site, file)), file).toBe(true);
        // The next run finds the folder as docs left it and brings it up to date.
        const next = spawnSync(process.execPath, [cli, 'docs', '.', '-o', site], { cwd: root, encoding: 'utf8', env: { ...process.env, SAMSKAP_CACHE_DIR: path.join(root, '.cache') }, timeout: 60_000 });
        expect(next.status, next.stderr).toBe(0);
        expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('Sak 39, revidert');
    }, 90_000);
});

describe('Ctrl+C during the first, long run of a watch', () => {
    test('ends the process at once, as it ends a single run, not after the run', async () => {
        const root = project(numberedModels(40));
        const site = path.join(root, 'site');
        const watching = watch(['docs', '.', '-o', site, '--watch'], root);
        // Parsing, checking and drawing 40 models takes seconds: the run is still reading and computing.
        await new Promise(resolve => setTimeout(resolve, 600));
        watching.child.kill('SIGINT');
        expect(await watching.exited).toEqual({ code: null, signal: 'SIGINT' });
        expect(watching.runs).toBe(0);
        // Nothing half written: no site, or a whole one.
        if (existsSync(site)) expect(existsSync(path.join(site, '.samskap-docs.json'))).toBe(true);
    }, 90_000);
});

describe('samskap diagram --watch', () => {
    test('draws the diagram again when the model or the library it uses changes', async () => {
        const root = project({}, 'lib/lokalt.samskap');
        // The library's foundation funds the model's voluntary organisation, so it is drawn in the network.
        const withFunder = (title: string): string => `model Alfa "Alfa-saken" {
    country NO
    uses lokalt
    actor egen "${title}" is municipality
    actor lag "Idrettslaget" is voluntary_organisation
    funding {
        fond -> lag donation 100000 NOK per year
    }
    decision plan { decide egen consulted lag with feedback "møte" }
}
`;
        write(path.join(root, 'case/a.samskap'), withFunder('Første tittel'));
        const svg = path.join(root, 'out/network.svg');
        const watching = watch(['diagram', 'case/a.samskap', '-o', svg, '--watch'], root);
        await watching.run(1);
        expect(readFileSync(svg, 'utf8')).toContain('Første tittel');

        write(path.join(root, 'case/a.samskap'), withFunder('Andre tittel'));
        await watching.until(() => readFileSync(svg, 'utf8').includes('Andre tittel'), 'the new title in the diagram');
        // The library the model uses lies in another folder of the project: it is watched too.
        write(path.join(root, 'lib/lokalt.samskap'), library('Stiftelsen Dam'));
        await watching.until(() => readFileSync(svg, 'utf8').includes('Stiftelsen Dam'), 'the library actor\'s new title in the diagram');
        expect(await watching.stop()).toBe(0);
    }, 90_000);
});

describe('samskap matrix --watch and samskap export --watch', () => {
    test('write the decision matrix and the JSON again after an edit', async () => {
        const root = project({ 'a.samskap': model('Alfa', 'Alfa-saken') });
        const matrix = path.join(root, 'out/decisions.md');
        const json = path.join(root, 'out/alfa.json');
        const matrixWatch = watch(['matrix', 'a.samskap', '--kind', 'decisions', '--format', 'md', '-o', matrix, '--watch'], root);
        const exportWatch = watch(['export', 'a.samskap', '-o', json, '--watch'], root);
        await matrixWatch.run(1);
        await exportWatch.run(1);
        expect(readFileSync(matrix, 'utf8')).toContain('Eksempel kommune');

        write(path.join(root, 'a.samskap'), model('Alfa', 'Alfa-saken, revidert', 'Ny kommune'));
        await matrixWatch.until(() => readFileSync(matrix, 'utf8').includes('Ny kommune'), 'the renamed actor in the decision matrix');
        const title = (): string => (JSON.parse(readFileSync(json, 'utf8')) as { models: Array<{ model: { title: string } }> }).models[0].model.title;
        await exportWatch.until(() => title() === 'Alfa-saken, revidert', 'the new title in the JSON');
        expect(await matrixWatch.stop()).toBe(0);
        expect(await exportWatch.stop()).toBe(0);
    }, 90_000);
});
