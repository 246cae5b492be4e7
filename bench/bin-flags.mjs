// The Node flags the `samskap` command starts with (its bin's `#!/usr/bin/env -S node …` line),
// so that every benchmark runs the CLI and the language server as users and the editor do.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages/cli/bin/samskap.cjs');

export const binFlags = readFileSync(bin, 'utf8').split('\n')[0].split(/\s+/).filter(word => word.startsWith('--'));
