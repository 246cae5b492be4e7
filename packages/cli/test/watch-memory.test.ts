import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { ReportCache, sha256 } from '../src/workspace/report-cache.js';

// A process left watching all day (`--watch`) keeps the cache entries it uses in memory. What it
// keeps must follow what the runs use, not grow with every edit, and a slot each run replaces must
// never be answered from memory with its old content. (A file of its own: remembering is switched
// on for the whole process, so no other test shares it.)

const entryFile = (folder: string, key: string): string => path.join(folder, key.slice(0, 2), `${key}.json`);

test('a watching process forgets entries no run has used since the run before, and never answers a replaced slot from memory', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'samskap-watch-memory-'));
    const cache = new ReportCache(folder);
    const [used, unused, slot] = ['a file used in every run', 'a file edited away', 'the last site written'].map(sha256);
    ReportCache.rememberEntries();

    // Run 1 computes both files' entries.
    cache.store(used, { yields: 'kept' });
    cache.store(unused, { yields: 'edited away' });
    // Run 2 uses only the first; from here on the entries' files are gone, so only memory can answer.
    ReportCache.nextRun();
    expect(cache.read(used)).toEqual({ yields: 'kept' });
    rmSync(entryFile(folder, used));
    rmSync(entryFile(folder, unused));
    expect(cache.read(used)).toEqual({ yields: 'kept' });
    // Run 3: the entry no run used since run 1 is forgotten; the one run 2 used is still there.
    ReportCache.nextRun();
    expect(cache.read(unused)).toBeUndefined();
    expect(cache.read(used)).toEqual({ yields: 'kept' });
    // Two runs without it, and it is gone too.
    ReportCache.nextRun();
    ReportCache.nextRun();
    expect(cache.read(used)).toBeUndefined();

    // A slot replaced by each run is read as last written, in the same run and the next.
    cache.write(slot, JSON.stringify({ site: 1 }));
    expect(cache.read(slot)).toEqual({ site: 1 });
    cache.write(slot, JSON.stringify({ site: 2 }));
    expect(cache.read(slot)).toEqual({ site: 2 });
    ReportCache.nextRun();
    cache.write(slot, JSON.stringify({ site: 3 }));
    expect(cache.read(slot)).toEqual({ site: 3 });
});
