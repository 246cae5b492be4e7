import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeFailure, runFuzz, saveFailures, summary, type FuzzOptions } from './engine.js';

/**
 * `npm run fuzz -- [--cases 100000] [--seed S] [--from N] [--minutes M] [--timeout-ms 10000]
 * [--max-failures N] [--max-chars N] [--no-minimize]`: a long seeded run. Prints the figures (cases, crashes,
 * hangs, memory); each failing case goes to .fuzz-artifacts/ with its minimal reproducer.
 * Exits 1 when any case crashed or hung.
 */
export async function main(argv: readonly string[], workerFile: string): Promise<number> {
    const { values } = parseArgs({
        args: [...argv],
        options: {
            cases: { type: 'string', default: '100000' },
            seed: { type: 'string' },
            from: { type: 'string', default: '0' },
            minutes: { type: 'string' },
            'timeout-ms': { type: 'string', default: '10000' },
            'max-failures': { type: 'string', default: '50' },
            'no-minimize': { type: 'boolean', default: false },
            'max-chars': { type: 'string' },
            out: { type: 'string', default: '.fuzz-artifacts' }
        }
    });
    const count = (name: string, value: string | undefined): number => {
        const parsed = Number(value);
        if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} takes a number, not ${JSON.stringify(value)}`);
        return parsed;
    };
    const seed = values.seed === undefined ? (Date.now() % 0x7fffffff) : count('seed', values.seed) >>> 0;
    const options: FuzzOptions = {
        seed,
        cases: count('cases', values.cases),
        from: count('from', values.from),
        timeoutMs: count('timeout-ms', values['timeout-ms']),
        maxFailures: count('max-failures', values['max-failures']),
        minimize: !values['no-minimize'],
        maxChars: values['max-chars'] === undefined ? undefined : count('max-chars', values['max-chars']),
        timeBudgetMs: values.minutes === undefined ? undefined : count('minutes', values.minutes) * 60_000,
        workerFile,
        onProgress: progress => process.stderr.write(
            `fuzz: ${progress.done} cases, ${progress.crashes} crashes, ${progress.hangs} hangs, ${(progress.elapsedMs / 1000).toFixed(0)} s, `
            + `${(progress.peakRssBytes / 1024 / 1024).toFixed(0)} MiB peak resident\n`)
    };
    process.stderr.write(`fuzz: seed ${seed}, up to ${options.cases} cases from ${options.from}${options.timeBudgetMs ? `, at most ${values.minutes} min` : ''}\n`);
    const report = await runFuzz(options);
    for (const failed of [...report.crashes, ...report.hangs]) {
        if (failed.minimal !== undefined) console.log(`\n${describeFailure(failed)}`);
    }
    const written = saveFailures(report, resolve(values.out));
    if (written.length > 0) console.log(`\nfailing cases written to ${relative(process.cwd(), join(resolve(values.out))) || '.'}/ (${written.length} files)`);
    console.log(`\n${summary(report)}`);
    return report.crashes.length + report.hangs.length > 0 ? 1 : 0;
}
