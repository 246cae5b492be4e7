/**
 * The labelled validity corpus (validity/ at the repository root): reads the expected
 * classifications each case states in its header, classifies the case with the language
 * services, and compares. Shared by `npm run validity` (validity/run.mjs bundles this file)
 * and packages/language/test/validity.test.ts, so the format is parsed in one place.
 *
 * The header format is documented in validity/README.md:
 *
 *     // expect form: co_implementation
 *     // expect missing: goals, content                  (only with form undetermined)
 *     // expect lorentzen: economic_support, institutional_collaboration   (or: none)
 *     // expect pestoff lag: co_management                (or: none)
 *     // expect iap2 lag in budget: consult               (or: none)
 *
 * The vocabularies below are the corpus's own (the spec's codes), not imported from the
 * analysis: an expectation must never change because the code did.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createSamskapServices } from '../../src/samskap-module.js';
import { classify, type Classification, type Evidence } from '../../src/analysis/classification.js';
import type { PartnershipModel } from '../../src/model/partnership-model.js';

// ---- Vocabularies ---------------------------------------------------------------------------

export const FORM_CODES = [
    'equal', 'municipality_led', 'voluntary_led', 'co_implementation', 'contracting', 'support', 'consultation',
    'no_relation', 'undetermined'
] as const;
export type ExpectedForm = (typeof FORM_CODES)[number];

export const LORENTZEN_CODES = ['economic_support', 'interest_representation', 'institutional_collaboration'] as const;
export const PESTOFF_CODES = ['co_governance', 'co_management', 'co_production'] as const;
export const IAP2_CODES = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;

/**
 * The facts the co-creation procedure may find missing, by a short key. The analysis words
 * its `missing` entries for readers; `missingFactKey` maps each entry to one of these keys.
 */
export const MISSING_FACTS = [
    'public actor', 'non-public actor', 'initiative', 'first involvement', 'goals', 'content', 'strategic decisions'
] as const;
export type MissingFact = (typeof MISSING_FACTS)[number];

/** The classification families the corpus checks, in report order. */
export const FAMILIES = ['co-creation form', 'missing facts', 'Lorentzen', 'Pestoff', 'IAP2'] as const;
export type Family = (typeof FAMILIES)[number];

// ---- Expectations ------------------------------------------------------------------------------

export interface Expectations {
    readonly form: ExpectedForm;
    /** Stated exactly when the form is `undetermined`. */
    readonly missing?: readonly MissingFact[];
    /** The exact set of Lorentzen categories; empty for `none`. */
    readonly lorentzen: readonly string[];
    readonly pestoff: ReadonlyArray<{ readonly actor: string; readonly codes: readonly string[] }>;
    readonly iap2: ReadonlyArray<{ readonly actor: string; readonly decision: string; readonly level: string }>;
    /** True when the header names a source (`// Source: …`). */
    readonly cited: boolean;
}

export interface ParsedExpectations {
    readonly expectations?: Expectations;
    readonly errors: readonly string[];
}

const EXPECT_LINE = /^\s*\/\/\s*expect\b(.*)$/;

/** A comma-separated list of codes, or `none`; every code must be in the vocabulary. */
function codeList(text: string, vocabulary: readonly string[], what: string, errors: string[]): string[] {
    const items = text.split(',').map(item => item.trim()).filter(item => item.length > 0);
    if (items.length === 1 && items[0] === 'none') return [];
    if (items.length === 0) {
        errors.push(`${what}: no value (write "none" for the empty set)`);
        return [];
    }
    for (const item of items) {
        if (!vocabulary.includes(item)) errors.push(`${what}: unknown code "${item}" (one of ${vocabulary.join(', ')}, or none)`);
    }
    if (new Set(items).size !== items.length) errors.push(`${what}: a code is repeated`);
    return items;
}

/** Reads the `// expect …` lines of a case. Every malformed line is an error: a case never passes by being misread. */
export function parseExpectations(text: string): ParsedExpectations {
    const errors: string[] = [];
    let form: ExpectedForm | undefined;
    let formStated = false;
    let missing: MissingFact[] | undefined;
    let lorentzen: string[] | undefined;
    const pestoff: Array<{ actor: string; codes: string[] }> = [];
    const iap2: Array<{ actor: string; decision: string; level: string }> = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
        const match = EXPECT_LINE.exec(line);
        if (!match) return;
        const where = `line ${index + 1}`;
        const body = match[1].trim();
        const colon = body.indexOf(':');
        if (colon < 0) {
            errors.push(`${where}: "// expect" line without a colon`);
            return;
        }
        const head = body.slice(0, colon).trim().split(/\s+/);
        const value = body.slice(colon + 1).trim();
        const once = (present: unknown, name: string): boolean => {
            if (present !== undefined) errors.push(`${where}: "expect ${name}" given twice`);
            return present === undefined;
        };
        switch (head[0]) {
            case 'form':
                formStated = true;
                if (head.length !== 1) errors.push(`${where}: write "// expect form: CODE"`);
                else if (!(FORM_CODES as readonly string[]).includes(value)) errors.push(`${where}: unknown form "${value}" (one of ${FORM_CODES.join(', ')})`);
                else if (once(form, 'form')) form = value as ExpectedForm;
                break;
            case 'missing':
                if (head.length !== 1) errors.push(`${where}: write "// expect missing: FACT, FACT"`);
                else if (once(missing, 'missing')) missing = codeList(value, MISSING_FACTS, where, errors) as MissingFact[];
                break;
            case 'lorentzen':
                if (head.length !== 1) errors.push(`${where}: write "// expect lorentzen: CATEGORY, CATEGORY" or "none"`);
                else if (once(lorentzen, 'lorentzen')) lorentzen = codeList(value, LORENTZEN_CODES, where, errors);
                break;
            case 'pestoff':
                if (head.length !== 2) errors.push(`${where}: write "// expect pestoff ACTOR: CODE, CODE" or "none"`);
                else if (pestoff.some(p => p.actor === head[1])) errors.push(`${where}: pestoff of ${head[1]} given twice`);
                else pestoff.push({ actor: head[1], codes: codeList(value, PESTOFF_CODES, where, errors) });
                break;
            case 'iap2':
                if (head.length !== 4 || head[2] !== 'in') errors.push(`${where}: write "// expect iap2 ACTOR in DECISION: LEVEL" or "none"`);
                else if (iap2.some(p => p.actor === head[1] && p.decision === head[3])) errors.push(`${where}: iap2 of ${head[1]} in ${head[3]} given twice`);
                else {
                    const levels = codeList(value, IAP2_CODES, where, errors);
                    if (levels.length > 1) errors.push(`${where}: one IAP2 level per actor and decision`);
                    iap2.push({ actor: head[1], decision: head[3], level: levels[0] ?? 'none' });
                }
                break;
            default:
                errors.push(`${where}: unknown expectation "${head[0]}" (form, missing, lorentzen, pestoff, iap2)`);
        }
    });
    if (!formStated) errors.push('no "// expect form: …" line');
    if (lorentzen === undefined) errors.push('no "// expect lorentzen: …" line (write "none" for the empty set)');
    if (form === 'undetermined' && (missing === undefined || missing.length === 0)) errors.push('form undetermined: say which facts are missing ("// expect missing: …")');
    if (form !== undefined && form !== 'undetermined' && missing !== undefined) errors.push(`"expect missing" only goes with form undetermined, not ${form}`);
    if (errors.length > 0 || form === undefined || lorentzen === undefined) return { errors };
    const cited = lines.some(line => /^\s*\/\/\s*Source:\s*\S/.test(line));
    return { errors, expectations: { form, missing, lorentzen, pestoff, iap2, cited } };
}

/**
 * The key of one `missing` entry of the analysis (its codes, `non-public-actor`, `initiator`,
 * `strategic-decisions`, …, or a reader's wording of them) in the corpus's words. An entry that
 * matches no key is returned as written, so it shows as a disagreement.
 */
export function missingFactKey(entry: string): string {
    const text = entry.toLowerCase().replace(/[-_]+/g, ' ');
    if (/involve|timing|first phase|earliest phase/.test(text)) return 'first involvement';
    if (/\bnon ?public (actor|party)/.test(text)) return 'non-public actor';
    if (/\bpublic (actor|party)/.test(text)) return 'public actor';
    if (/goal/.test(text)) return 'goals';
    if (/content/.test(text)) return 'content';
    if (/initiat/.test(text)) return 'initiative';
    if (/strategic|decision locus|governance/.test(text)) return 'strategic decisions';
    return entry;
}

// ---- Comparison -------------------------------------------------------------------------------

export interface Disagreement {
    readonly file: string;
    readonly family: Family;
    /** Which part of the family: the actor, the actor and decision; empty for form and Lorentzen. */
    readonly subject: string;
    readonly expected: string;
    readonly computed: string;
    /** The evidence the analysis gives for what it computed (and the facts it found missing). */
    readonly evidence: readonly string[];
}

export interface FamilyScore {
    readonly family: Family;
    readonly agreed: number;
    readonly total: number;
}

export interface CaseResult {
    readonly file: string;
    readonly expectations?: Expectations;
    /** Why the case could not be checked: malformed expectations, syntax or linking errors. */
    readonly errors: readonly string[];
    /** Error-level diagnostics of the validator: not a disagreement, but worth reading. */
    readonly diagnostics: readonly string[];
    readonly checks: number;
    readonly disagreements: readonly Disagreement[];
}

export interface CorpusResult {
    readonly folder: string;
    readonly cases: readonly CaseResult[];
    readonly scores: readonly FamilyScore[];
    readonly disagreements: readonly Disagreement[];
    /** Cases that could not be checked, each with its reasons. */
    readonly errors: ReadonlyArray<{ readonly file: string; readonly errors: readonly string[] }>;
}

const setText = (codes: readonly string[]): string => (codes.length === 0 ? 'none' : [...codes].sort().join(', '));
const sameSet = (a: readonly string[], b: readonly string[]): boolean => setText(a) === setText(b);
const evidenceLines = (evidence: readonly Evidence[]): string[] =>
    evidence.map(e => `${e.holds ? '✓' : '✗'} ${e.criterion}: ${e.detail}`);

/** The facts the analysis says it lacked; absent before the analysis reports them. */
function missingOf(classification: Classification): readonly string[] {
    return (classification.coCreation as { readonly missing?: readonly string[] }).missing ?? [];
}

interface Check {
    readonly family: Family;
    readonly subject: string;
    readonly expected: string;
    readonly computed: string;
    readonly agrees: boolean;
    readonly evidence: () => readonly string[];
}

/** Every check one case's expectations ask for, against its classification. */
export function checksOf(expectations: Expectations, classification: Classification, model: PartnershipModel): { checks: Check[]; errors: string[] } {
    const checks: Check[] = [];
    const errors: string[] = [];
    const co = classification.coCreation;
    const missing = missingOf(classification);
    const formEvidence = (): string[] => [
        ...evidenceLines(co.evidence),
        ...(missing.length > 0 ? [`missing: ${missing.join('; ')}`] : [])
    ];
    checks.push({
        family: 'co-creation form', subject: '', expected: expectations.form, computed: co.code,
        agrees: co.code === expectations.form, evidence: formEvidence
    });
    if (expectations.missing) {
        const keys = [...new Set(missing.map(missingFactKey))];
        checks.push({
            family: 'missing facts', subject: '', expected: setText(expectations.missing), computed: setText(keys),
            agrees: sameSet(keys, expectations.missing), evidence: formEvidence
        });
    }
    const lorentzen = classification.lorentzen.categories;
    checks.push({
        family: 'Lorentzen', subject: '', expected: setText(expectations.lorentzen), computed: setText(lorentzen),
        agrees: sameSet(lorentzen, expectations.lorentzen),
        evidence: () => classification.lorentzen.parts.flatMap(part => evidenceLines(part.evidence).map(line => `${part.code}: ${line}`))
    });
    const actorIds = new Set(model.actors.map(actor => actor.id));
    const decisionIds = new Set(model.decisions.map(decision => decision.id));
    for (const expected of expectations.pestoff) {
        if (!actorIds.has(expected.actor)) {
            errors.push(`expect pestoff ${expected.actor}: no actor ${expected.actor} in the model`);
            continue;
        }
        const result = classification.pestoff.find(p => p.actor === expected.actor);
        const codes = result?.codes ?? [];
        checks.push({
            family: 'Pestoff', subject: expected.actor, expected: setText(expected.codes), computed: setText(codes),
            agrees: sameSet(codes, expected.codes),
            evidence: () => result
                ? result.parts.flatMap(part => evidenceLines(part.evidence).map(line => `${part.code}: ${line}`))
                : [`no Pestoff result for ${expected.actor} (the analysis treats it as public or does not list it)`]
        });
    }
    for (const expected of expectations.iap2) {
        if (!actorIds.has(expected.actor)) errors.push(`expect iap2 ${expected.actor} in ${expected.decision}: no actor ${expected.actor} in the model`);
        if (!decisionIds.has(expected.decision)) errors.push(`expect iap2 ${expected.actor} in ${expected.decision}: no decision ${expected.decision} in the model`);
        if (!actorIds.has(expected.actor) || !decisionIds.has(expected.decision)) continue;
        const reading = classification.participation.find(p => p.actor === expected.actor && p.decision === expected.decision);
        const derived = reading?.iap2.derived ?? 'none';
        checks.push({
            family: 'IAP2', subject: `${expected.actor} in ${expected.decision}`, expected: expected.level, computed: derived,
            agrees: derived === expected.level,
            evidence: () => reading
                ? [`rights: ${reading.rights.join(', ') || 'none'}`, ...evidenceLines(reading.iap2.evidence)]
                : ['no participation reading for this actor and decision']
        });
    }
    return { checks, errors };
}

// ---- Running the corpus -----------------------------------------------------------------------------

/** The `.samskap` files of the corpus folder, sorted (boundary pairs sort together). */
export function corpusFiles(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.samskap'))
        .map(entry => join(folder, entry.name))
        .sort();
}

function syntaxErrors(document: LangiumDocument): string[] {
    const { lexerErrors, parserErrors } = document.parseResult;
    const position = (line?: number, column?: number): string => (line !== undefined ? `${line}:${column ?? 0} ` : '');
    return [
        ...lexerErrors.map(e => `syntax: ${position(e.line, e.column)}${e.message}`),
        ...parserErrors.map(e => `syntax: ${position(e.token.startLine, e.token.startColumn)}${e.message}`),
        ...document.references.filter(r => r.error).map(r => `linking: ${r.error?.message ?? 'unresolved reference'}`)
    ];
}

/** Loads every case with the language services (one workspace), classifies it and compares. */
export async function runCorpus(folder: string): Promise<CorpusResult> {
    const files = corpusFiles(folder);
    const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
    const documents = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });

    const scores = new Map<Family, { agreed: number; total: number }>(FAMILIES.map(family => [family, { agreed: 0, total: 0 }]));
    const cases: CaseResult[] = files.map((file, index) => {
        const name = basename(file);
        const document = documents[index];
        const parsed = parseExpectations(document.textDocument.getText());
        const errors = [...parsed.errors];
        if (parsed.expectations && !parsed.expectations.cited) errors.push('no "// Source: …" line citing the case\'s publication');
        errors.push(...syntaxErrors(document));
        const diagnostics = (document.diagnostics ?? [])
            .filter(d => d.severity === 1 && !/lexing|parsing|linking/i.test(String((d.data as { code?: unknown } | undefined)?.code ?? '')))
            .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code ? `${d.code} ` : ''}${d.message}`);
        const models = Samskap.analysis.PartnershipModelProvider.getModels(document);
        if (models.length !== 1) errors.push(`a case holds exactly one model (found ${models.length})`);
        if (errors.length > 0 || !parsed.expectations) {
            return { file: name, expectations: parsed.expectations, errors, diagnostics, checks: 0, disagreements: [] };
        }
        const model = models[0];
        const { checks, errors: checkErrors } = checksOf(parsed.expectations, classify(model), model);
        if (checkErrors.length > 0) {
            return { file: name, expectations: parsed.expectations, errors: checkErrors, diagnostics, checks: 0, disagreements: [] };
        }
        const disagreements: Disagreement[] = [];
        for (const check of checks) {
            const score = scores.get(check.family);
            if (score) {
                score.total += 1;
                if (check.agrees) score.agreed += 1;
            }
            if (!check.agrees) {
                disagreements.push({
                    file: name, family: check.family, subject: check.subject, expected: check.expected,
                    computed: check.computed, evidence: check.evidence()
                });
            }
        }
        return { file: name, expectations: parsed.expectations, errors: [], diagnostics, checks: checks.length, disagreements };
    });
    return {
        folder,
        cases,
        scores: FAMILIES.map(family => ({ family, ...(scores.get(family) ?? { agreed: 0, total: 0 }) })),
        disagreements: cases.flatMap(c => c.disagreements),
        errors: cases.filter(c => c.errors.length > 0).map(c => ({ file: c.file, errors: c.errors }))
    };
}

// ---- Report -----------------------------------------------------------------------------------

const percent = (agreed: number, total: number): string => (total === 0 ? '–' : `${Math.floor((1000 * agreed) / total) / 10} %`);

/** The report `npm run validity` prints and the test shows on failure. */
export function formatReport(result: CorpusResult, options: { readonly diagnostics?: boolean } = {}): string {
    const lines: string[] = [];
    const checked = result.cases.filter(c => c.errors.length === 0).length;
    lines.push(`Validity corpus: ${result.cases.length} cases (${checked} checked)`);
    const width = Math.max(...FAMILIES.map(f => f.length));
    for (const score of result.scores) {
        lines.push(`  ${score.family.padEnd(width)}  ${`${score.agreed}/${score.total}`.padStart(7)} (${percent(score.agreed, score.total)})`);
    }
    if (result.errors.length > 0) {
        lines.push('', `Cases that could not be checked (${result.errors.length}):`);
        for (const { file, errors } of result.errors) {
            lines.push(`  ${file}`);
            for (const error of errors) lines.push(`      ${error}`);
        }
    }
    if (result.disagreements.length > 0) {
        lines.push('', `Disagreements (${result.disagreements.length}):`);
        for (const d of result.disagreements) {
            lines.push(`  ${d.file} — ${d.family}${d.subject ? ` (${d.subject})` : ''}: expected ${d.expected}, computed ${d.computed}`);
            for (const line of d.evidence) lines.push(`      ${line}`);
        }
    }
    if (options.diagnostics) {
        const withDiagnostics = result.cases.filter(c => c.diagnostics.length > 0);
        if (withDiagnostics.length > 0) {
            lines.push('', 'Error-level diagnostics (not counted; a case should not contradict itself):');
            for (const c of withDiagnostics) {
                lines.push(`  ${c.file}`);
                for (const d of c.diagnostics) lines.push(`      ${d}`);
            }
        }
    }
    if (result.errors.length === 0 && result.disagreements.length === 0) lines.push('', 'Every case agrees.');
    return lines.join('\n');
}
