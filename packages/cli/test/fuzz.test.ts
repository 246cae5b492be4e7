import { expect, test } from 'vitest';
import { describeFailure, runFuzz, summary } from '../../../scripts/fuzz/engine.js';

// Issue 15, "Make the attack permanent": a short seeded fuzz run over the examples, the invalid
// fixtures and the validity cases, through the parser, linker, PartnershipModel, classification,
// rules, editor services, every generator and the formatter, in a worker thread with a 10 s
// watchdog. The long run is `npm run fuzz -- --cases 100000` (docs/development.md).
// SAMSKAP_FUZZ_SEED and SAMSKAP_FUZZ_CASES change the run; a failure prints its seed, the command
// that replays it and a minimal reproducer.

const SEED = Number(process.env.SAMSKAP_FUZZ_SEED ?? 20_151_016);
const CASES = Number(process.env.SAMSKAP_FUZZ_CASES ?? 2_000);

test(`fuzz: ${CASES} seeded cases (seed ${SEED}) neither crash nor hang`, async () => {
    const report = await runFuzz({
        seed: SEED, cases: CASES,
        // Short cases only: the long run takes the multi-megabyte ones.
        maxChars: 100_000,
        maxFailures: 3
    });
    console.log(summary(report));
    const failures = [...report.crashes, ...report.hangs].map(describeFailure);
    expect(failures.join('\n\n'), `seed ${SEED}: ${failures.length} failing case(s)`).toBe('');
    expect(report.cases).toBe(CASES);
}, 240_000);
