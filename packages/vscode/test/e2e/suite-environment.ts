import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from './report.js';

/**
 * What every end-to-end suite is handed by scripts/e2e/run-e2e.mjs (code-server, the .vsix, the
 * examples, where to work and keep artefacts) and how each ends: its logs and summary kept with
 * the screenshots, its exit code from the report.
 */
export interface SuiteEnvironment {
    readonly codeServerBin: string;
    readonly vsix: string;
    readonly examples: string;
    /** The invalid models are test fixtures, not examples; the suites copy them into their workspace as `invalid/`. */
    readonly invalidModels: string;
    readonly artifacts: string;
    readonly work: string;
    readonly chromiumPath: string;
    readonly timeout: number;
    /** The folder the workbench opens, inside `work`. */
    readonly workspace: string;
}

export function suiteEnvironment(): SuiteEnvironment {
    const env = (name: string, fallback?: string): string => {
        const value = process.env[name] ?? fallback;
        if (!value) {
            throw new Error(`${name} is not set (scripts/e2e/run-e2e.mjs sets it)`);
        }
        return value;
    };
    const examples = env('SAMSKAP_E2E_EXAMPLES');
    const work = env('SAMSKAP_E2E_WORK');
    return {
        codeServerBin: env('SAMSKAP_E2E_CODE_SERVER'),
        vsix: env('SAMSKAP_E2E_VSIX'),
        examples,
        invalidModels: env('SAMSKAP_E2E_INVALID', join(examples, '..', 'packages', 'language', 'test', 'fixtures', 'invalid')),
        artifacts: env('SAMSKAP_E2E_ARTIFACTS'),
        work,
        chromiumPath: env('SAMSKAP_E2E_CHROMIUM', '/usr/bin/chromium'),
        timeout: Number(process.env.SAMSKAP_E2E_TIMEOUT_MS ?? 120_000),
        workspace: join(work, 'workspace')
    };
}

/** Keeps VS Code's logs (the extension host's and the Samskap output) with the screenshots. */
export function keepLogs(environment: SuiteEnvironment): void {
    const logs = join(environment.work, 'user-data', 'logs');
    if (existsSync(logs)) {
        rmSync(join(environment.artifacts, 'logs'), { recursive: true, force: true });
        cpSync(logs, join(environment.artifacts, 'logs'), { recursive: true });
    }
}

/** Prints and keeps the summary; the exit code says whether any step failed. */
export function finishSuite(report: Report, environment: SuiteEnvironment): number {
    const text = report.summary();
    process.stdout.write(`${text}\n`);
    writeFileSync(join(environment.artifacts, 'summary.txt'), `${text}\n`);
    return report.failed > 0 ? 1 : 0;
}

/** Runs a suite's main and exits with its code; a crash of the suite itself exits 1 with its stack. */
export function runSuite(main: () => Promise<number>): void {
    main().then(code => process.exit(code), (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
        process.exit(1);
    });
}
