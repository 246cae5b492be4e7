import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runSoak, soakSummary } from '../../../scripts/soak/lsp-soak.js';

// Issue 15, "Make the attack permanent": `samskap lsp --stdio` on 200 files takes 1,000 random
// edits with malformed messages in between, answers every request throughout, never exits, and
// its resident memory stays bounded. A longer soak: `npm run soak -- --edits 10000`.

// Resident memory is read from /proc/<pid>/status (Linux).
test.skipIf(!existsSync('/proc/self/status'))('language server soak: 200 files, 1,000 edits, malformed messages; it answers throughout and its memory stays bounded', async () => {
    const report = await runSoak({ seed: Number(process.env.SAMSKAP_SOAK_SEED ?? 15), files: 200, edits: 1_000 });
    console.log(soakSummary(report));
    expect(report.exitCode).toBeNull();
    expect(report.unanswered).toEqual([]);
    expect(report.answered).toBe(report.requests);
    expect(report.failuresLogged).toEqual([]);
    expect(report.malformed).toBeGreaterThan(100);
    // Bounded: after warm-up the server grows by no more than three times.
    expect(report.rssEndKiB).toBeLessThan(3 * report.rssWarmKiB);
    expect(report.rssPeakKiB).toBeLessThan(3 * report.rssWarmKiB);
}, 120_000);
