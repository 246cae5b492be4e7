// Entry used by the root `npm run test:e2e`: the runner itself lives in scripts/e2e/run-e2e.mjs
// (installs code-server and Chromium into a cache outside the repository, packages the .vsix,
// runs suite.ts); this file only starts it, passing its exit code on.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const result = spawnSync(process.execPath, [join(root, 'scripts', 'e2e', 'run-e2e.mjs')], { stdio: 'inherit' });
process.exit(result.status ?? 1);
