import { parseArgs } from 'node:util';
import { runSoak, soakSummary } from './lsp-soak.js';

/**
 * `npm run soak -- [--files 200] [--edits 10000] [--seed S] [--delay-ms 0]`: the language
 * server's soak test for longer than the test suite runs it. Prints the figures; exits 1 when the
 * server exited, left a request unanswered, logged a failure, or grew past three times its
 * resident memory after warm-up.
 */
export async function main(argv: readonly string[]): Promise<number> {
    const { values } = parseArgs({
        args: [...argv],
        options: {
            files: { type: 'string', default: '200' },
            edits: { type: 'string', default: '10000' },
            seed: { type: 'string', default: '15' },
            'delay-ms': { type: 'string', default: '0' }
        }
    });
    const report = await runSoak({
        seed: Number(values.seed), files: Number(values.files), edits: Number(values.edits), editDelayMs: Number(values['delay-ms']),
        onProgress: line => process.stderr.write(`${line}\n`)
    });
    console.log(soakSummary(report));
    for (const what of report.unanswered) console.log(`unanswered: ${what}`);
    for (const failure of report.failuresLogged) console.log(`logged: ${failure}`);
    const bounded = report.rssEndKiB < 3 * report.rssWarmKiB && report.rssPeakKiB < 3 * report.rssWarmKiB;
    if (!bounded) console.log('resident memory grew past three times its size after warm-up');
    return report.exitCode === null && report.unanswered.length === 0 && report.failuresLogged.length === 0 && bounded ? 0 : 1;
}
