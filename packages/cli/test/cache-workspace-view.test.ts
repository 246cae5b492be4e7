import { ast, librariesOf, runWorkspaceRules, type LibraryInfo, type PartnershipModel } from '@samskap/language';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { outline } from '../src/workspace/corpus.js';
import { loadWorkspace, modelsOf } from '../src/workspace/load-workspace.js';

/** A project whose workspace rules find something: one title under two ids, and a library actor no model uses. */
function project(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'samskap-outline-'));
    writeFileSync(path.join(dir, 'samskap.json'), '{}\n');
    mkdirSync(path.join(dir, 'library'));
    writeFileSync(path.join(dir, 'library/shared.samskap'), [
        'library shared "Delte aktører" {',
        '    actor nav "NAV" is state_agency',
        '    actor unused "Ingen bruker meg" is voluntary_organisation',
        '}', ''
    ].join('\n'));
    for (const [file, name, id] of [['a.samskap', 'Alpha', 'redcross'], ['b.samskap', 'Beta', 'roedekors']]) {
        writeFileSync(path.join(dir, file), [
            `model ${name} "Sak ${name}" {`,
            '    uses shared',
            `    actor ${id} "Røde Kors Arendal" is voluntary_organisation`,
            `    actor kommune_${id} "Kommune ${name}" is municipality`,
            `    initiative by nav, ${id} in 2015`,
            '}', ''
        ].join('\n'));
    }
    return dir;
}

/** Every property path read on `value` (array positions as []), recorded into `read`. */
function watched<T>(value: T, read: Set<string>, at = ''): T {
    if (typeof value !== 'object' || value === null) return value;
    return new Proxy(value as object, {
        get(target, key, receiver) {
            const result = Reflect.get(target, key, receiver) as unknown;
            if (typeof key === 'symbol' || typeof result === 'function') return result;
            const where = Array.isArray(target) ? (/^\d+$/.test(key) ? `${at}[]` : at) : `${at}.${key}`;
            if (!(Array.isArray(target) && key === 'length')) read.add(where);
            return watched(result, read, where);
        }
    }) as T;
}

/** Every property path an outline holds. */
function paths(value: unknown, at = '', into = new Set<string>()): Set<string> {
    if (Array.isArray(value)) {
        into.add(at);
        value.forEach(item => paths(item, `${at}[]`, into));
    } else if (typeof value === 'object' && value !== null) {
        into.add(at);
        for (const [key, inner] of Object.entries(value)) {
            into.add(`${at}.${key}`);
            paths(inner, `${at}.${key}`, into);
        }
    }
    return into;
}

describe('the model outlines the CLI keeps for the workspace rules (corpus.ts)', { timeout: 120_000 }, () => {
    test('hold everything the workspace rules read, and give the same findings as the whole models', async () => {
        const dir = project();
        const workspace = await loadWorkspace([dir], { validate: false });
        const models: PartnershipModel[] = modelsOf(workspace);
        expect(models.map(model => model.name)).toEqual(['Alpha', 'Beta']);
        const libraries: LibraryInfo[] = workspace.files.flatMap(file => {
            const root = file.document.parseResult.value;
            return ast.isDocument(root) ? librariesOf(root, file.document.uri.toString()) : [];
        });
        const read = new Set<string>();
        const whole = runWorkspaceRules(models.map(model => watched(model, read)), libraries);
        expect(whole.map(finding => finding.code).sort()).toEqual(['SK-WS-001', 'SK-WS-002']);
        const outlines = models.map(outline);
        const allowed = new Set([...outlines].flatMap(item => [...paths(item)]));
        // A rule that starts reading more of a model must add it to ModelOutline (report-cache.ts).
        expect([...read].filter(where => !allowed.has(where))).toEqual([]);
        expect(runWorkspaceRules(outlines as unknown as PartnershipModel[], libraries)).toEqual(whole);
    });
});
