import { classify, createSamskapServices, type PartnershipModel } from '@samskap/language';
import { XMLValidator } from 'fast-xml-parser';
import { EmptyFileSystem, URI } from 'langium';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { explainClassification } from '../src/commands/explain.js';
import { checkSchema, type Schema } from '../../language/test/analysis/json-schema-check.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'packages/cli/dist/cli.cjs');
const examples = path.join(repoRoot, 'examples');
const arendal = path.join(examples, 'offri-arendal.samskap');
const missingBrace = path.join(repoRoot, 'packages/language/test/fixtures/invalid/missing-brace.samskap');
const validExamples = readdirSync(examples).filter(name => name.endsWith('.samskap')).map(name => path.join(examples, name)).sort();

interface Run {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs the built `samskap` as a user would, without a terminal and without colour. */
function samskap(args: readonly string[], cwd = repoRoot): Run {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'samskap-cli-'));
const leftovers = (dir: string): string[] => readdirSync(dir).filter(name => name.endsWith('.tmp'));

describe('samskap diagram', () => {
    test('draws an example as self-contained SVG on standard output', () => {
        const run = samskap(['diagram', arendal, '--view', 'network']);
        expect(run.code).toBe(0);
        expect(run.stdout.startsWith('<svg ')).toBe(true);
        expect(XMLValidator.validate(run.stdout)).toBe(true);
        expect(run.stdout).toContain('data-samskap-id="actor:arendal"');
        expect(run.stdout).toContain('Arendal kommune');
        expect(run.stdout).toContain('<g class="legend"');
    });

    test('writes DOT, Mermaid and PNG files with -o', () => {
        const dir = scratch();
        for (const [format, file] of [['dot', 'g.dot'], ['mermaid', 'g.mmd'], ['png', 'g.png']] as const) {
            const run = samskap(['diagram', arendal, '--view', 'governance', '--format', format, '-o', path.join(dir, file)]);
            expect(run.code, run.stderr).toBe(0);
            expect(run.stdout).toBe('');
        }
        expect(readFileSync(path.join(dir, 'g.dot'), 'utf8')).toMatch(/^digraph samskap \{/);
        expect(readFileSync(path.join(dir, 'g.mmd'), 'utf8')).toContain('flowchart LR');
        expect(readFileSync(path.join(dir, 'g.png')).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(leftovers(dir)).toEqual([]);
    });

    test('the decisions view is a table: DOT is refused with what to use instead', () => {
        const run = samskap(['diagram', arendal, '--view', 'decisions', '--format', 'dot']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('samskap matrix --kind decisions');
    });

    test('a file with a syntax error: exit 1 and file:line:column', () => {
        const run = samskap(['diagram', missingBrace]);
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/fixtures\/invalid\/missing-brace\.samskap:\d+:\d+ error /);
    });
});

describe('bad input is reported, not thrown', () => {
    test('a missing file: exit 2 with its path', () => {
        const run = samskap(['diagram', 'no/such/case.samskap']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('no/such/case.samskap: no such file or folder');
        expect(run.stderr).not.toContain('    at ');
    });

    test('a binary file: exit 2, named as not a model', () => {
        const dir = scratch();
        const file = path.join(dir, 'image.samskap');
        writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
        const run = samskap(['compare', file]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('binary file');
    });

    test('a folder without models: exit 2', () => {
        const dir = scratch();
        const run = samskap(['compare', dir]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('holds no .samskap files');
    });

    test('an unwritable output: exit 2, nothing left behind', () => {
        const dir = scratch();
        const blocker = path.join(dir, 'a-file');
        writeFileSync(blocker, 'not a folder');
        const run = samskap(['compare', arendal, '--format', 'csv', '-o', path.join(blocker, 'matrix.csv')]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('cannot write the output file');
        const intoFolder = samskap(['diagram', arendal, '-o', dir]);
        expect(intoFolder.code).toBe(2);
        expect(leftovers(dir)).toEqual([]);
    });
});

describe('samskap compare', () => {
    test('CSV: one header row, one column per model, spreadsheet-safe', () => {
        const run = samskap(['compare', ...validExamples, '--format', 'csv']);
        expect(run.code, run.stderr).toBe(0);
        const lines = run.stdout.split('\r\n');
        const header = lines[0].split(',');
        expect(header.slice(0, 2)).toEqual(['key', 'label']);
        expect(header).toContain('OffriArendal');
        expect(header).toHaveLength(2 + validExamples.length);
        expect(lines.some(line => line.startsWith('co_creation_form,'))).toBe(true);
        expect(lines.filter(line => line !== '').every(line => !/^[=+\-@]/.test(line))).toBe(true);
    });

    test('every format to a file, written whole', () => {
        const dir = scratch();
        for (const format of ['html', 'md', 'json']) {
            const target = path.join(dir, `compare.${format}`);
            writeFileSync(target, 'old content');
            const run = samskap(['compare', examples, '--format', format, '-o', target]);
            expect(run.code, run.stderr).toBe(0); // examples/ holds only valid cases
            const content = readFileSync(target, 'utf8');
            expect(content).not.toContain('old content');
            expect(content).toContain('Arendal: samarbeid mellom kommune og frivillighet');
        }
        expect(leftovers(dir)).toEqual([]);
        const json = JSON.parse(readFileSync(path.join(dir, 'compare.json'), 'utf8')) as { columns: Array<{ key: string }> };
        expect(json.columns.map(column => column.key)).toContain('KoraDanishCoCreation');
        // A file with syntax errors among them: reported with file:line:column and left out, exit 1.
        const target = path.join(dir, 'with-broken.md');
        const broken = samskap(['compare', examples, missingBrace, '--format', 'md', '-o', target]);
        expect(broken.code, broken.stderr).toBe(1);
        expect(broken.stderr).toMatch(/missing-brace\.samskap:\d+:\d+ error/);
        expect(readFileSync(target, 'utf8')).toContain('Arendal: samarbeid mellom kommune og frivillighet');
    });
});

/** A case citing its sources, with assumed and illustrative statements. */
const SOURCED_CASE = `model Sourced "Sourced" {
    country NO [guribye "p. 3"]
    source guribye is report "Guribye, E. (2016). Mot Kommune 3.0?" date "2016" url "https://example.org/guribye"
    source koordinator is interview "Coordinator, spring 2016" date "2016-04"
    actor kommune "Kommunen" is municipality [guribye "p. 12", koordinator]
    actor lag "Laget" is association [illustrative]
    initiative by kommune [guribye]
    involvement lag from design [assumed]
    goals defined by kommune [koordinator; inferred]
    content defined by kommune, lag [illustrative]
    activity hjelp "Hjelp" phases delivery done jointly by kommune, lag [guribye]
    decision d "D" level strategic [guribye] {
        decide kommune [guribye "p. 14"]
        consulted lag with feedback "Møte" [assumed]
    }
    funding {
        kommune -> lag operating_grant 100000 NOK per year "Tilskudd" [illustrative]
    }
}
`;

describe('samskap docs, export, matrix, format, validate', () => {
    test('docs: a site with an index and one page per model, in Danish', () => {
        const dir = path.join(scratch(), 'site');
        const run = samskap(['docs', ...validExamples, '-o', dir, '--lang', 'da']);
        expect(run.code, run.stderr).toBe(0);
        const index = readFileSync(path.join(dir, 'index.html'), 'utf8');
        expect(index).toContain('Sammenligning af modeller');
        expect(existsSync(path.join(dir, 'models/offri-arendal.html'))).toBe(true);
        expect(existsSync(path.join(dir, 'models/offri-arendal.md'))).toBe(true);
        expect(existsSync(path.join(dir, 'models/offri-arendal-network.svg'))).toBe(true);
        expect(readFileSync(path.join(dir, 'models/offri-arendal.html'), 'utf8')).toContain('Klassifikationer');
    });

    test('docs needs -o', () => {
        const run = samskap(['docs', arendal]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('-o <folder>');
    });

    test('export: the PartnershipModel and its classification as JSON', () => {
        const run = samskap(['export', arendal, '--format', 'json']);
        expect(run.code, run.stderr).toBe(0);
        const exported = JSON.parse(run.stdout) as { models: Array<{ model: { name: string; actors: unknown[] }; classification: { coCreation: { code: string } } }> };
        expect(exported.models[0].model.name).toBe('OffriArendal');
        expect(exported.models[0].model.actors.length).toBeGreaterThan(3);
        expect(typeof exported.models[0].classification.coCreation.code).toBe('string');
    });

    test('export: the sources and the provenance of each fact, valid against docs/partnership-model.schema.json', () => {
        const file = path.join(scratch(), 'sourced.samskap');
        writeFileSync(file, SOURCED_CASE);
        const run = samskap(['export', file, '--format', 'json']);
        expect(run.code, run.stderr).toBe(0);
        const exported = JSON.parse(run.stdout) as { models: Array<{ model: PartnershipModel }> };
        const model = exported.models[0].model;
        const schema = JSON.parse(readFileSync(path.join(repoRoot, 'docs/partnership-model.schema.json'), 'utf8')) as Schema;
        expect(checkSchema(schema, model)).toEqual([]);
        expect(model.context.sources.map(source => [source.id, source.kind, source.date, source.url])).toEqual([
            ['guribye', 'report', '2016', 'https://example.org/guribye'],
            ['koordinator', 'interview', '2016-04', undefined]
        ]);
        expect(model.context.provenance?.country).toEqual({ citations: [{ source: 'guribye', locator: 'p. 3' }], certainty: 'stated' });
        expect(model.actors.map(actor => actor.provenance)).toEqual([
            { citations: [{ source: 'guribye', locator: 'p. 12' }, { source: 'koordinator' }], certainty: 'stated' },
            { citations: [], certainty: 'illustrative' }
        ]);
        expect(model.definitions[0].provenance).toEqual({ citations: [{ source: 'koordinator' }], certainty: 'inferred' });
        expect(model.decisions[0].rights.find(right => right.right === 'consulted')?.provenance).toEqual({ citations: [], certainty: 'assumed' });
        expect(model.funding[0].provenance).toEqual({ citations: [], certainty: 'illustrative' });
        // Without a provenance, a fact has no such key (rather than an empty one), and the schema accepts that too.
        const plain = path.join(scratch(), 'plain.samskap');
        writeFileSync(plain, 'model Plain "P" {\n    actor k "K" is municipality\n}\n');
        const plainModel = (JSON.parse(samskap(['export', plain, '--format', 'json']).stdout) as { models: Array<{ model: PartnershipModel }> }).models[0].model;
        expect('provenance' in plainModel.actors[0]).toBe(false);
        expect(checkSchema(schema, plainModel)).toEqual([]);
    });

    test('validate --explain names the sources behind each criterion and marks what rests on assumed or illustrative statements', () => {
        const file = path.join(scratch(), 'sourced.samskap');
        writeFileSync(file, SOURCED_CASE);
        const run = samskap(['validate', file, '--explain']);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toContain('  ✓ the criterion holds · ✗ it does not hold · † rests on an assumed or illustrative statement (not a finding)');
        expect(run.stdout).toMatch(/^ {8}✗ goals-defined-by: .* \(sourced\.samskap:9\) — koordinator \(inferred\)$/m);
        expect(run.stdout).toMatch(/^ {4}✓ † [a-z-]+: .* — .*† \(illustrative\)/m);
    });

    test('matrix: decision rights as Markdown with RAPID letters', () => {
        const run = samskap(['matrix', arendal, '--kind', 'decisions', '--format', 'md']);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toContain('| Actor \\\\ Decision |');
        expect(run.stdout).toMatch(/\| Arendal kommune \| D \|/);
    });

    test('format: rewrites an untidy file atomically; --check then passes', () => {
        const dir = scratch();
        const file = path.join(dir, 'untidy.samskap');
        writeFileSync(file, 'model  Untidy "Rotete" {\ncountry NO\n      actor k "Kommune" is municipality\n}\n');
        const check = samskap(['format', file, '--check']);
        expect(check.code).toBe(1);
        expect(check.stdout).toContain('untidy.samskap: not formatted');
        const run = samskap(['format', file]);
        expect(run.code, run.stderr).toBe(0);
        expect(readFileSync(file, 'utf8')).toBe('model Untidy "Rotete" {\n    country NO\n    actor k "Kommune" is municipality\n}\n');
        expect(samskap(['format', file, '--check']).code).toBe(0);
        expect(leftovers(dir)).toEqual([]);
    });

    test('format refuses files with syntax errors and leaves them unchanged', () => {
        const dir = scratch();
        const file = path.join(dir, 'broken.samskap');
        copyFileSync(missingBrace, file);
        const before = readFileSync(file, 'utf8');
        const run = samskap(['format', file]);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('not formatted because it has syntax errors');
        expect(readFileSync(file, 'utf8')).toBe(before);
    });

    test('validate --explain prints the classifications with evidence, and why the other forms do not hold', () => {
        const run = samskap(['validate', arendal, '--explain']);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('OffriArendal — ');
        expect(run.stdout).toContain('✓ the criterion holds · ✗ it does not hold');
        expect(run.stdout).toMatch(/Co-creation form: .+/);
        expect(run.stdout).toMatch(/^ {4}Why not the other forms:$/m);
        expect(run.stdout).toMatch(/^ {8}✗ [a-z-]+: .+ \(offri-arendal\.samskap:\d+/m);
    });

    test('validate --lang nb and da: the findings and --explain in Norwegian and Danish; samskap.json\'s display.language without --lang', () => {
        const steinkjer = path.join(examples, 'offri-steinkjer.samskap');
        const english = samskap(['validate', steinkjer]);
        const norwegian = samskap(['validate', steinkjer, '--lang', 'nb']);
        const danish = samskap(['validate', steinkjer, '--lang', 'da']);
        const codes = (run: Run): string[] => [...run.stdout.matchAll(/\[(SK-[A-Z]+-\d+)\]$/gm)].map(match => match[1]);
        // The same findings, in other words.
        expect(codes(english).length).toBeGreaterThan(0);
        expect(codes(norwegian)).toEqual(codes(english));
        expect(codes(danish)).toEqual(codes(english));
        expect(english.stdout).toContain('no feedback mechanism is stated');
        expect(norwegian.stdout).toContain('ingen ordning for tilbakemelding er oppgitt');
        expect(danish.stdout).toContain('der er ikke angivet nogen ordning for tilbagemelding');
        expect(norwegian.stdout).not.toContain('no feedback mechanism');
        const explained = samskap(['validate', arendal, '--explain', '--lang', 'da']);
        expect(explained.stdout).toContain('✓ kriteriet er opfyldt · ✗ det er ikke opfyldt');
        expect(explained.stdout).toMatch(/^ {4}Hvorfor ikke de andre former:$/m);
        expect(explained.stdout).not.toMatch(/the criterion holds|must be defined jointly|Why not/);
        // Without --lang, the display language of the workspace's samskap.json.
        const dir = scratch();
        copyFileSync(steinkjer, path.join(dir, 'steinkjer.samskap'));
        writeFileSync(path.join(dir, 'samskap.json'), '{ "display": { "language": "nb" } }\n');
        expect(samskap(['validate', 'steinkjer.samskap'], dir).stdout).toContain('ingen ordning for tilbakemelding er oppgitt');
    });

    test('samskap.json at the workspace root is read, and its problems reported with file:line:column', () => {
        const dir = scratch();
        mkdirSync(path.join(dir, 'cases'));
        copyFileSync(arendal, path.join(dir, 'cases/arendal.samskap'));
        mkdirSync(path.join(dir, 'library'));
        copyFileSync(path.join(examples, 'library/norway.samskap'), path.join(dir, 'library/norway.samskap'));
        writeFileSync(path.join(dir, 'samskap.json'), '{\n  "rules": { "SK-NOPE-999": "off" }\n}\n');
        const run = samskap(['validate', 'cases'], dir);
        expect(run.stdout).toMatch(/samskap\.json:\d+:\d+ \w+ .*SK-NOPE-999/);
    });
});

describe('validate --explain (explainClassification)', () => {
    const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
    async function modelFrom(text: string): Promise<PartnershipModel> {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///cases/case${shared.workspace.LangiumDocuments.all.count()}.samskap`));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        return Samskap.analysis.PartnershipModelProvider.getModels(document)[0];
    }
    const explain = async (text: string): Promise<string> => {
        const model = await modelFrom(text);
        return explainClassification(model, classify(model), 'cases/case.samskap', false);
    };

    const CASE = `model Leksehjelp "Leksehjelp" {
    actor kommune "Kommunen" is municipality
    actor lag "Laget" is association
    initiative by kommune
    involvement lag from design
    goals defined by kommune
    content defined by kommune, lag
    activity plan "Plan" phases design done jointly by kommune, lag
    activity hjelp "Hjelp" phases delivery done jointly by kommune, lag
    decision budsjett "Budsjett" owned by kommune level strategic {
        decide kommune
        consulted lag iap2 involve with feedback "Møte"
    }
    claim form equal
}`;

    test('the computed form, then each other form with what it needs and the criteria that fail', async () => {
        const out = await explain(CASE);
        expect(out).toContain('  Co-creation form: municipality-led co-creation (claimed: equal co-creation, which the facts do not give)');
        const whyNot = out.slice(out.indexOf('    Why not the other forms:'), out.indexOf('  Lorentzen profile:'));
        const forms = [...whyNot.matchAll(/^ {4}- (.+?) needs /gm)].map(match => match[1]).sort();
        expect(forms).toEqual([
            'equal co-creation', 'not co-creation: co-implementation', 'not co-creation: consultation only', 'not co-creation: contracting',
            'not co-creation: support only', 'voluntary-led co-creation'
        ]);
        expect(whyNot).toContain('    - equal co-creation needs goals and content defined jointly by both sides, and the strategic decisions shared');
        // Under each form only the criteria that fail (✗): ✓ would mean a criterion of that form holds.
        const marks = whyNot.split('\n').filter(line => line.startsWith('        '));
        expect(marks.length).toBeGreaterThan(5);
        expect(marks.every(line => line.startsWith('        ✗ '))).toBe(true);
    });

    test('every evidence location once, in source order, as file:line', async () => {
        const out = await explain(CASE);
        expect(out).toMatch(/^ {4}✓ joint-work: .+ \(case\d+\.samskap:7, case\d+\.samskap:8, case\d+\.samskap:9\)$/m);
        for (const line of out.split('\n')) {
            const places = line.match(/case\d+\.samskap:\d+/g) ?? [];
            expect(new Set(places).size, line).toBe(places.length);
            const lines = places.map(place => Number(place.split(':')[1]));
            expect(lines, line).toEqual([...lines].sort((a, b) => a - b));
        }
    });

    test('a declared participation level beside the derived one', async () => {
        expect(await explain(CASE)).toContain('  Participation, Budsjett — Laget: IAP2 involve (declared) · derived from rights: consult, Arnstein consultation');
    });

    test('an undetermined form names the missing facts and what to write', async () => {
        const out = await explain('model Late "Late" {\n    actor kommune "K" is municipality\n    actor lag "L" is association\n    activity hjelp "Hjelp" done jointly by kommune, lag\n}');
        expect(out).toContain('  Co-creation form: undetermined — missing: who defines the goals; who defines the content\n');
        expect(out).toContain('    to state who defines the goals, write: goals defined by PARTY\n');
        expect(out).toContain('    to state who defines the content, write: content defined by PARTY\n');
    });
});
