import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateCase, loadCorpus, MAX_CASE_CHARS, type CaseOptions, type Corpus, type FuzzCase } from './mutate.js';
import type { CaseResult, Failure } from './pipeline.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

/**
 * The fuzz engine, shared by the test in `npm test` (packages/cli/test/fuzz.test.ts) and by
 * `npm run fuzz` (scripts/fuzz/run.mjs): generates seeded cases, runs each in a worker thread
 * under a watchdog, shrinks what fails to a minimal reproducer, and counts.
 */

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Up to this size a case gets the watchdog's time; a larger one gets it once per this many
 * characters. A case runs everything Samskap does with a file (some twenty commands' worth), and
 * that work is linear: a 2 MB file takes about 20 s and is no hang. What grows faster than its
 * input still runs over (the quadratic funding view took 52 s on 1.1 MB).
 */
export const WATCHDOG_STEP_CHARS = 500_000;

/** The watchdog's time for a case of `text`. */
export function watchdogMs(text: string, timeoutMs: number): number {
    return timeoutMs * Math.max(1, text.length / WATCHDOG_STEP_CHARS);
}

export interface FuzzOptions {
    readonly seed: number;
    readonly cases: number;
    /** The first case number (to resume a run, or to replay one case with `cases: 1`). */
    readonly from?: number;
    /**
     * A case running longer than this (per WATCHDOG_STEP_CHARS characters past that size) is a
     * hang: the worker is terminated and a new one started.
     */
    readonly timeoutMs?: number;
    /** Stop after this many failing cases (the rest of the run would mostly repeat them). */
    readonly maxFailures?: number;
    /** Shrink each failing case to a minimal reproducer (default true). */
    readonly minimize?: boolean;
    /** Cut every case to this many characters (default MAX_CASE_CHARS, 4 million). */
    readonly maxChars?: number;
    /** Stop starting new cases after this many milliseconds. */
    readonly timeBudgetMs?: number;
    /** Called about every `progressEveryMs` with the counts so far. */
    readonly onProgress?: (progress: FuzzProgress) => void;
    readonly progressEveryMs?: number;
    /** A bundled worker script (scripts/fuzz/run.mjs builds one); bundled on first use otherwise. */
    readonly workerFile?: string;
}

export interface FuzzProgress {
    readonly done: number;
    readonly crashes: number;
    readonly hangs: number;
    readonly elapsedMs: number;
    readonly peakRssBytes: number;
    readonly peakHeapBytes: number;
}

export interface FailedCase {
    readonly kind: 'crash' | 'hang';
    readonly seed: number;
    readonly maxChars: number;
    readonly index: number;
    readonly base: string;
    readonly steps: readonly string[];
    readonly options: CaseOptions;
    readonly failures: readonly Failure[];
    /** Stage and message without the case's own numbers and names: what is the same bug. */
    readonly signature: string;
    readonly text: string;
    /** The smallest text found that fails the same way. */
    readonly minimal?: string;
}

export interface FuzzReport {
    readonly seed: number;
    readonly from: number;
    readonly cases: number;
    readonly crashes: readonly FailedCase[];
    readonly hangs: readonly FailedCase[];
    readonly elapsedMs: number;
    /** Peak resident set of the whole process (main thread and worker), sampled every 200 ms. */
    readonly peakRssBytes: number;
    /** Peak V8 heap of the worker after a case. */
    readonly peakHeapBytes: number;
    /** The slowest case and its time. */
    readonly slowest: { readonly index: number; readonly ms: number };
    readonly withSyntaxErrors: number;
    readonly withModels: number;
    readonly workerRestarts: number;
    /** Seconds spent per stage over the run (where the time goes). */
    readonly stageSeconds: Readonly<Record<string, number>>;
}

const ROOT = resolve(import.meta.dirname ?? __dirname, '../..');

let bundled: Promise<string> | undefined;

/** The worker as one CommonJS file (it imports the TypeScript sources, which Node cannot run as they are). */
export function bundleWorker(outdir = mkdtempSync(join(tmpdir(), 'samskap-fuzz-'))): Promise<string> {
    bundled ??= (async () => {
        const { build } = await import('esbuild');
        const outfile = join(outdir, 'fuzz-worker.cjs');
        await build({
            entryPoints: [join(ROOT, 'scripts/fuzz/worker.ts')], outfile, bundle: true, platform: 'node', target: 'node22', format: 'cjs',
            logLevel: 'error', absWorkingDir: ROOT,
            define: { 'import.meta.url': '__fuzz_import_meta_url' },
            banner: { js: 'const __fuzz_import_meta_url = require("url").pathToFileURL(__filename).href;' }
        });
        return outfile;
    })();
    return bundled;
}

type Outcome =
    | { readonly kind: 'ok'; readonly result: CaseResult; readonly ms: number; readonly heapUsed: number }
    | { readonly kind: 'hang' }
    | { readonly kind: 'died'; readonly failure: Failure };

/** One worker thread, started on demand, replaced after a hang or a death. */
class WorkerHost {
    private worker: Worker | undefined;
    private ready: Promise<void> | undefined;
    private pending: ((reply: WorkerReply | Failure) => void) | undefined;
    private nextId = 0;
    restarts = 0;

    constructor(private readonly file: string, private readonly corpus: Corpus) {}

    private start(): Promise<void> {
        const worker = new Worker(this.file, {
            // About the main thread's stack (Node's default is 984 KB there, 4 MB in a worker):
            // a recursion that overflows for a user of the CLI overflows here too.
            resourceLimits: { stackSizeMb: 1, maxOldGenerationSizeMb: 3_072 },
            stdout: false, stderr: false
        });
        this.worker = worker;
        worker.on('message', (reply: WorkerReply) => this.pending?.(reply));
        worker.on('error', error => this.pending?.({ stage: 'worker', message: `${error.name}: ${error.message}`, stack: error.stack }));
        worker.on('exit', code => {
            if (this.worker === worker) {
                this.worker = undefined;
                this.ready = undefined;
                this.pending?.({ stage: 'worker', message: `the worker exited with code ${code}` });
            }
        });
        return new Promise<void>((resolveReady, reject) => {
            this.pending = reply => {
                this.pending = undefined;
                if ('type' in reply && reply.type === 'ready') resolveReady();
                else reject(new Error(`the fuzz worker did not start: ${'message' in reply ? reply.message : JSON.stringify(reply)}`));
            };
            worker.postMessage({ type: 'init', libraries: this.corpus.libraries } satisfies WorkerRequest);
        });
    }

    async run(text: string, options: CaseOptions, timeoutMs: number): Promise<Outcome> {
        if (!this.worker || !this.ready) {
            this.ready = this.start();
        }
        await this.ready;
        const worker = this.worker!;
        const id = this.nextId++;
        return new Promise<Outcome>(resolveOutcome => {
            const timer = setTimeout(() => {
                this.pending = undefined;
                void this.stop(worker);
                resolveOutcome({ kind: 'hang' });
            }, timeoutMs);
            this.pending = reply => {
                if ('type' in reply && reply.type === 'result' && reply.id !== id) return;
                clearTimeout(timer);
                this.pending = undefined;
                if ('type' in reply && reply.type === 'result') {
                    resolveOutcome({ kind: 'ok', result: reply.result, ms: reply.ms, heapUsed: reply.heapUsed });
                } else {
                    void this.stop(worker);
                    resolveOutcome({ kind: 'died', failure: 'stage' in reply ? reply : { stage: 'worker', message: JSON.stringify(reply) } });
                }
            };
            worker.postMessage({ type: 'case', id, text, options } satisfies WorkerRequest);
        });
    }

    private async stop(worker: Worker): Promise<void> {
        if (this.worker === worker) {
            this.worker = undefined;
            this.ready = undefined;
            this.restarts++;
        }
        await worker.terminate();
    }

    async close(): Promise<void> {
        if (this.worker) {
            const worker = this.worker;
            this.worker = undefined;
            await worker.terminate();
        }
    }
}

/** The same bug, whatever the case's names, numbers and positions. */
export function signatureOf(failures: readonly Failure[]): string {
    const first = failures[0];
    if (!first) return '';
    const message = first.message.split('\n')[0]
        .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '…')
        .replace(/\d+/g, '#')
        .slice(0, 200);
    // The innermost frame in Samskap's own code says where it broke.
    const frame = (first.stack ?? '').split('\n').find(line => /packages\/(language|generators|cli)\/src\//.test(line))?.replace(/:\d+:\d+\)?$/, '').trim();
    return `${first.stage}: ${message}${frame ? ` (${frame.slice(frame.indexOf('packages/'))})` : ''}`;
}

function outcomeSignature(outcome: Outcome): string | undefined {
    if (outcome.kind === 'hang') return 'hang';
    if (outcome.kind === 'died') return signatureOf([outcome.failure]);
    return outcome.result.failures.length > 0 ? signatureOf(outcome.result.failures) : undefined;
}

/**
 * Shrinks `text` to a smaller one that still fails with `signature`: whole lines first, then
 * ever smaller runs of characters, within a budget of runs and time.
 */
async function minimize(host: WorkerHost, text: string, options: CaseOptions, signature: string, timeoutMs: number, validSyntax: boolean): Promise<string> {
    const deadline = Date.now() + (signature === 'hang' ? 120_000 : 60_000);
    let runs = 0;
    // A failure of text that parses stays one of text that parses (what the CLI and the server draw).
    const stillFails = async (candidate: string): Promise<boolean> => {
        runs++;
        const outcome = await host.run(candidate, options, watchdogMs(candidate, timeoutMs));
        return outcomeSignature(outcome) === signature && !(validSyntax && outcome.kind === 'ok' && outcome.result.syntaxErrors);
    };
    let current = text;
    for (const unit of ['line', 'char'] as const) {
        let parts = unit === 'line' ? current.split(/(?<=\n)/) : [...current];
        let chunk = Math.max(1, Math.floor(parts.length / 2));
        while (chunk >= 1 && Date.now() < deadline && runs < 400) {
            let removedAny = false;
            for (let start = 0; start < parts.length && Date.now() < deadline && runs < 400;) {
                const candidate = [...parts.slice(0, start), ...parts.slice(start + chunk)];
                if (candidate.length < parts.length && await stillFails(candidate.join(''))) {
                    parts = candidate;
                    removedAny = true;
                } else {
                    start += chunk;
                }
            }
            if (!removedAny || chunk > 1) chunk = Math.floor(chunk / 2);
            // Character by character only once the text is small.
            if (unit === 'char' && parts.length > 4_000) break;
        }
        current = parts.join('');
    }
    return current;
}

/** Runs `cases` seeded cases from `from` and reports what failed. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
    const corpus = loadCorpus(ROOT);
    const file = options.workerFile ?? await bundleWorker();
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const from = options.from ?? 0;
    const host = new WorkerHost(file, corpus);
    const crashes: FailedCase[] = [];
    const hangs: FailedCase[] = [];
    const seen = new Set<string>();
    let peakRssBytes = process.memoryUsage().rss;
    let peakHeapBytes = 0;
    let slowest = { index: -1, ms: 0 };
    let withSyntaxErrors = 0;
    let withModels = 0;
    let done = 0;
    const stageSeconds: Record<string, number> = {};
    const started = Date.now();
    const sampler = setInterval(() => {
        peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
    }, 200);
    const progress = (): FuzzProgress => ({ done, crashes: crashes.length, hangs: hangs.length, elapsedMs: Date.now() - started, peakRssBytes, peakHeapBytes });
    let lastProgress = Date.now();
    try {
        for (let index = from; index < from + options.cases; index++) {
            if (options.timeBudgetMs !== undefined && Date.now() - started > options.timeBudgetMs) break;
            if (options.maxFailures !== undefined && crashes.length + hangs.length >= options.maxFailures) break;
            let fuzzCase: FuzzCase;
            try {
                fuzzCase = generateCase(corpus, options.seed, index, options.maxChars ?? MAX_CASE_CHARS);
            } catch (error) {
                // A bug of the fuzzer itself: reported like a crash, and the run goes on.
                const failures = [{ stage: 'mutator', message: String(error), stack: (error as Error).stack }];
                const noOptions = { language: 'en', theme: 'auto', layout: false, engine: 'auto', letters: 'rapid', at: 0 } as const;
                crashes.push({ kind: 'crash', seed: options.seed, maxChars: options.maxChars ?? MAX_CASE_CHARS, index, base: '', steps: [], options: noOptions, failures, signature: signatureOf(failures), text: '' });
                done++;
                continue;
            }
            const outcome = await host.run(fuzzCase.text, fuzzCase.options, watchdogMs(fuzzCase.text, timeoutMs));
            done++;
            peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
            if (outcome.kind === 'ok') {
                peakHeapBytes = Math.max(peakHeapBytes, outcome.heapUsed);
                if (outcome.ms > slowest.ms) slowest = { index, ms: outcome.ms };
                if (outcome.result.syntaxErrors) withSyntaxErrors++;
                if (outcome.result.models > 0) withModels++;
                for (const [stage, ms] of Object.entries(outcome.result.stageMs)) stageSeconds[stage] = (stageSeconds[stage] ?? 0) + ms / 1000;
            }
            const signature = outcomeSignature(outcome);
            if (signature !== undefined) {
                const failures = outcome.kind === 'ok' ? outcome.result.failures : outcome.kind === 'died' ? [outcome.failure] : [{ stage: 'watchdog', message: `the case ran over ${(watchdogMs(fuzzCase.text, timeoutMs) / 1000).toFixed(0)} s` }];
                const failed: FailedCase = {
                    kind: outcome.kind === 'hang' ? 'hang' : 'crash', seed: options.seed, maxChars: options.maxChars ?? MAX_CASE_CHARS, index, base: fuzzCase.base, steps: fuzzCase.steps,
                    options: fuzzCase.options, failures, signature, text: fuzzCase.text,
                    // The same bug once more is counted, not shrunk again.
                    minimal: options.minimize !== false && !seen.has(signature) ? await minimize(host, fuzzCase.text, fuzzCase.options, signature, timeoutMs, outcome.kind === 'ok' && !outcome.result.syntaxErrors) : undefined
                };
                seen.add(signature);
                (failed.kind === 'hang' ? hangs : crashes).push(failed);
            }
            if (options.onProgress && Date.now() - lastProgress >= (options.progressEveryMs ?? 10_000)) {
                lastProgress = Date.now();
                options.onProgress(progress());
            }
        }
    } finally {
        clearInterval(sampler);
        await host.close();
    }
    return {
        seed: options.seed, from, cases: done, crashes, hangs, elapsedMs: Date.now() - started, peakRssBytes, peakHeapBytes, slowest,
        withSyntaxErrors, withModels, workerRestarts: host.restarts, stageSeconds
    };
}

const MIB = 1024 * 1024;

/** The report's figures in a few lines. */
export function summary(report: FuzzReport): string {
    const seconds = report.elapsedMs / 1000;
    return [
        `fuzz: seed ${report.seed}, cases ${report.from}..${report.from + report.cases - 1}`,
        `cases: ${report.cases} in ${seconds.toFixed(1)} s (${(report.cases / Math.max(seconds, 0.001)).toFixed(0)}/s); ${report.withSyntaxErrors} with syntax errors, ${report.withModels} with at least one model`,
        `crashes: ${report.crashes.length} (${new Set(report.crashes.map(c => c.signature)).size} distinct)`,
        `hangs (over the watchdog): ${report.hangs.length}`,
        `slowest case: #${report.slowest.index} in ${(report.slowest.ms / 1000).toFixed(2)} s`,
        `peak memory: ${(report.peakRssBytes / MIB).toFixed(0)} MiB resident (process), ${(report.peakHeapBytes / MIB).toFixed(0)} MiB V8 heap (worker)`,
        `worker restarts: ${report.workerRestarts}`,
        `time by stage: ${Object.entries(report.stageSeconds).sort((a, b) => b[1] - a[1]).map(([stage, s]) => `${stage} ${s.toFixed(1)} s`).join(', ')}`
    ].join('\n');
}

/** One failing case as a reproducer: the command that replays it, what broke, and the smallest text found. */
export function describeFailure(failed: FailedCase): string {
    const shown = (text: string): string => text.length > 2_000 ? `${JSON.stringify(text.slice(0, 2_000))} … (${text.length} characters)` : JSON.stringify(text);
    const first = failed.failures[0];
    return [
        `${failed.kind.toUpperCase()} seed ${failed.seed} case ${failed.index}: ${failed.signature}`,
        `  replay: npm run fuzz -- --seed ${failed.seed} --from ${failed.index} --cases 1${failed.maxChars === MAX_CASE_CHARS ? '' : ` --max-chars ${failed.maxChars}`}`,
        `  from ${failed.base}; mutations: ${failed.steps.join('; ') || 'none'}; options ${JSON.stringify(failed.options)}`,
        ...(first?.stack ? [`  ${first.stack.split('\n').slice(0, 8).join('\n  ')}`] : first ? [`  ${first.message}`] : []),
        ...failed.failures.slice(1, 4).map(f => `  also ${f.stage}: ${f.message.split('\n')[0]}`),
        `  minimal reproducer (${failed.minimal?.length ?? failed.text.length} characters, JSON-escaped): ${shown(failed.minimal ?? failed.text)}`
    ].join('\n');
}

/** Writes each failing case (and its minimal form) to `folder`; returns the paths. */
export function saveFailures(report: FuzzReport, folder: string): string[] {
    const written: string[] = [];
    const failures = [...report.crashes, ...report.hangs];
    if (failures.length === 0) return written;
    mkdirSync(folder, { recursive: true });
    for (const failed of failures) {
        const stem = join(folder, `seed-${failed.seed}-case-${failed.index}`);
        writeFileSync(`${stem}.samskap`, failed.text);
        written.push(`${stem}.samskap`);
        if (failed.minimal !== undefined) {
            writeFileSync(`${stem}.min.samskap`, failed.minimal);
            written.push(`${stem}.min.samskap`);
        }
        writeFileSync(`${stem}.txt`, describeFailure(failed) + '\n');
    }
    return written;
}
