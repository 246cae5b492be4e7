import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ProjectFinder, projectFiles } from '../src/workspace/projects.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'packages/cli/dist/cli.cjs');
const norway = path.join(repoRoot, 'examples/library/norway.samskap');

interface Run {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

function samskap(args: readonly string[], cwd: string): Run {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(file: string, text: string): string {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
}

/** A case that uses the shared library, with a finding of its own (a decision nobody is consulted on is fine; an unused budget is not). */
const CASE = `model Frivillighus "Frivillighuset" {
    country NO
    uses norway
    actor kommune "Eksempel kommune" is municipality
    actor lag "Eksempel idrettslag" is voluntary_organisation
    decision plan { decide kommune consulted lag with feedback "møte" }
    decision tilskudd { decide kommune consulted nav }
}
`;

/** Another project's own library of the same name, with other actors, and a model that does not parse. */
const OTHER_LIBRARY = `library norway "Another Norway" {
    actor fylke "Et fylke" is county
}
`;
const OTHER_CASE = `model Annet "Annet" {
    country NO
    uses norway
    actor a "A" is municipality
    decision d { decide fylke }
}
`;

/**
 * Two projects side by side: `a` with samskap.json, its library in a sibling folder of the case;
 * `b` a Git repository with a library of the same name. A third folder is neither.
 */
function twoProjects(): { root: string; caseFile: string; otherCase: string; elsewhere: string } {
    const root = mkdtempSync(path.join(tmpdir(), 'samskap-projects-'));
    write(path.join(root, 'a/samskap.json'), '{}\n');
    mkdirSync(path.join(root, 'a/library'), { recursive: true });
    copyFileSync(norway, path.join(root, 'a/library/norway.samskap'));
    const caseFile = write(path.join(root, 'a/cases/frivillighus.samskap'), CASE);
    mkdirSync(path.join(root, 'b/.git'), { recursive: true });
    write(path.join(root, 'b/lib/norway.samskap'), OTHER_LIBRARY);
    const otherCase = write(path.join(root, 'b/annet.samskap'), OTHER_CASE);
    const elsewhere = path.join(root, 'elsewhere');
    mkdirSync(elsewhere);
    return { root, caseFile, otherCase, elsewhere };
}

interface JsonFinding {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly severity: string;
    readonly code?: string;
    readonly message: string;
}

/** The findings `validate --format json` gives for one file, with paths made absolute (they are relative to the cwd). */
function findingsFor(file: string, args: readonly string[], cwd: string): Array<Omit<JsonFinding, 'file'>> {
    const run = samskap(['validate', '--format', 'json', ...args], cwd);
    const result = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    return result.findings
        .filter(finding => path.resolve(cwd, finding.file) === file)
        .map(({ line, column, severity, code, message }) => ({ line, column, severity, code, message }));
}

describe('a file is linked within its project, whatever the cwd and the other files named', () => {
    const { root, caseFile, otherCase, elsewhere } = twoProjects();

    test('the same model validated from three folders, alone and beside another project, gives identical findings', () => {
        const reference = findingsFor(caseFile, [caseFile], path.join(root, 'a'));
        // The library beside the case resolved (nav is a library actor), and the case has findings to compare.
        expect(reference.filter(finding => /library|nav/.test(finding.message) && finding.severity === 'error')).toEqual([]);
        expect(reference.length).toBeGreaterThan(0);
        for (const cwd of [path.join(root, 'a'), path.join(root, 'a/cases'), elsewhere]) {
            expect(findingsFor(caseFile, [caseFile], cwd), cwd).toEqual(reference);
            expect(findingsFor(caseFile, [otherCase, caseFile], cwd), `${cwd}, beside b`).toEqual(reference);
            expect(findingsFor(caseFile, [path.join(root, 'b'), path.join(root, 'a/cases')], cwd), `${cwd}, folders`).toEqual(reference);
        }
    });

    test('the other project resolves against its own library, never against the first project\'s', () => {
        const alone = findingsFor(otherCase, [otherCase], elsewhere);
        const beside = findingsFor(otherCase, [caseFile, otherCase], elsewhere);
        expect(beside).toEqual(alone);
        // `fylke` is in b's library: no unresolved reference.
        expect(alone.filter(finding => finding.message.includes("'fylke'"))).toEqual([]);
    });

    test('compare over two projects counts no errors from resolving a file outside its project', () => {
        const out = path.join(root, 'matrix.csv');
        const run = samskap(['compare', caseFile, otherCase, '--format', 'csv', '-o', out], elsewhere);
        expect(run.stderr).not.toMatch(/No actor library named/);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stderr).toContain(out);
    });

    test('a library outside the file\'s project is not found, and the message names the project searched', () => {
        const lonely = write(path.join(root, 'c/lonely.samskap'), CASE);
        const run = samskap(['validate', lonely, caseFile], elsewhere);
        expect(run.stdout).toMatch(new RegExp(`lonely\\.samskap:3:10 error No actor library named 'norway' in the folder ${escape(path.join(root, 'c'))} \\(no samskap\\.json or \\.git above it\\)`));
        // The file named beside it does not lend it its project's library.
        expect(run.stdout).not.toMatch(/frivillighus\.samskap:\d+:\d+ error/);
    });
});

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('finding a file\'s project', () => {
    test('samskap.json anywhere above wins over a nearer .git; else the nearest .git; else the file\'s own folder', () => {
        const root = mkdtempSync(path.join(tmpdir(), 'samskap-find-'));
        write(path.join(root, 'outer/samskap.json'), '{}');
        mkdirSync(path.join(root, 'outer/repo/.git'), { recursive: true });
        mkdirSync(path.join(root, 'git/.git'), { recursive: true });
        const finder = new ProjectFinder();
        expect(finder.projectOfFile(path.join(root, 'outer/repo/deep/x.samskap'))).toEqual({ root: path.join(root, 'outer'), kind: 'samskap.json' });
        expect(finder.projectOfFile(path.join(root, 'git/sub/x.samskap'))).toEqual({ root: path.join(root, 'git'), kind: '.git' });
        expect(finder.projectOfFile(path.join(root, 'plain/sub/x.samskap'))).toEqual({ root: path.join(root, 'plain/sub'), kind: 'folder' });
    });

    test('a folder without samskap.json below an ancestor holding package.json is its own project: the ancestor\'s tree is never loaded', () => {
        const root = mkdtempSync(path.join(tmpdir(), 'samskap-pkg-'));
        write(path.join(root, 'package.json'), '{}');
        for (let i = 0; i < 5; i++) write(path.join(root, `node_fixtures/f${i}.samskap`), CASE);
        const file = write(path.join(root, 'case/one.samskap'), CASE);
        const project = new ProjectFinder().projectOfFile(file);
        expect(project).toEqual({ root: path.join(root, 'case'), kind: 'folder' });
        expect(projectFiles(project)).toEqual([file]);
    });

    test('a project\'s files stop at nested projects, and every file listed belongs to the project listing it', () => {
        const root = mkdtempSync(path.join(tmpdir(), 'samskap-nested-'));
        write(path.join(root, 'samskap.json'), '{}');
        const files = [
            write(path.join(root, 'a.samskap'), CASE),
            write(path.join(root, 'sub/b.samskap'), CASE),
            write(path.join(root, 'sub/repo/.git/HEAD'), ''),
            write(path.join(root, 'sub/repo/c.samskap'), CASE),
            write(path.join(root, 'inner/samskap.json'), '{}'),
            write(path.join(root, 'inner/d.samskap'), CASE)
        ];
        const finder = new ProjectFinder();
        const outer = finder.projectOfFile(files[0]);
        expect(projectFiles(outer)).toEqual([files[0], files[3], files[1]].sort((a, b) => a.localeCompare(b)));
        const inner = finder.projectOfFile(files[5]);
        expect(projectFiles(inner)).toEqual([files[5]]);
        for (const project of [outer, inner]) {
            for (const file of projectFiles(project)) {
                expect(finder.projectOfFile(file)).toEqual(project);
            }
        }
    });
});
