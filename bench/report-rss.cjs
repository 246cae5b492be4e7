// Preloaded (`node --require`) into a CLI run by the benchmark's "Slow inputs" rows: writes the
// process's peak resident memory (KiB) and CPU time (user and system, microseconds) as JSON to
// the file SAMSKAP_BENCH_RSS names, as it exits. CPU time says more than the wall clock on a
// busy machine.
'use strict';
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
    if (process.env.SAMSKAP_BENCH_RSS) {
        const usage = process.resourceUsage();
        writeFileSync(process.env.SAMSKAP_BENCH_RSS, JSON.stringify({ maxRSS: usage.maxRSS, user: usage.userCPUTime, system: usage.systemCPUTime }));
    }
});
