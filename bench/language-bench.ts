/**
 * Language benchmark scenarios, each run in a fresh process by bench/language.mjs so that peak
 * memory belongs to one scenario. Prints one JSON line: timings in milliseconds, memory in MiB.
 */
import { createSamskapServices } from '@samskap/language';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { performance } from 'node:perf_hooks';
import { syntheticModel, actorsForLines } from './synthetic-models.js';

interface ScenarioResult {
    readonly scenario: string;
    readonly files: number;
    readonly lines: number;
    readonly actors: number;
    readonly lexMs: number;
    readonly buildMs: number;
    readonly validateMs: number;
    readonly modelMs: number;
    readonly peakMiB: number;
    readonly errors: number;
    readonly phases: Record<string, number>;
    readonly rounds: number;
}

function texts(scenario: string): { texts: string[]; actors: number } {
    const match = /^(files|lines)-(\d+)$/.exec(scenario);
    if (!match) {
        throw new Error(`unknown scenario ${scenario}`);
    }
    const count = Number(match[2]);
    if (match[1] === 'files') {
        // Ten organisations a file: 1,000 files are the ten thousand organisations of the brief.
        return { texts: Array.from({ length: count }, (_, i) => syntheticModel(`Case${i}`, 10)), actors: count * 10 };
    }
    const actors = actorsForLines(count);
    return { texts: [syntheticModel('Large', actors)], actors };
}

let peak = 0;
const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
}, 5);

/**
 * Each figure is the median of this many rounds (fresh documents each round): single runs of
 * tens of milliseconds swing by half on a shared machine, and a single small file is lexed and
 * validated in well under a millisecond, where one round says little. A file of a few kilobytes
 * gets a hundred rounds: after the warm-up its validation still speeds up over the first few
 * dozen (0.8-1.3 ms per round in rounds 1-20, 0.5-0.8 ms from round 60 on), so a median of 21
 * measured the optimising compiler's progress rather than the steady state this compares.
 */
function roundsFor(sources: readonly string[]): number {
    const bytes = sources.reduce((sum, text) => sum + text.length, 0);
    return bytes > 2_000_000 ? 3 : bytes > 500_000 ? 5 : bytes > 100_000 ? 9 : bytes > 10_000 ? 21 : 101;
}

/** Rounds of the scenario itself run before the measured ones (see run). */
const WARM_UP_ROUNDS = 3;

function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

async function run(scenario: string): Promise<ScenarioResult> {
    const { texts: sources, actors } = texts(scenario);
    const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
    const builder = shared.workspace.DocumentBuilder;

    // Warm every stage up (lexer, parser, linker, model, classification, rules) on another text
    // and remove it again, so lexing and validation are both compared in steady state, not with
    // one of them still in the interpreter (JIT start-up is a fixed cost, timed by the CLI rows).
    // Twenty models, as the optimising compiler only takes a function up after many calls.
    const warmup = Array.from({ length: 20 }, (_, i) =>
        shared.workspace.LangiumDocuments.createDocument(URI.parse(`file:///bench/warmup${i}.samskap`), syntheticModel(`Warmup${i}`, 10 + 2 * i)));
    await builder.build(warmup, { validation: true });
    for (const document of warmup) {
        Samskap.parser.Lexer.tokenize(document.textDocument.getText());
    }
    await builder.update([], warmup.map(document => document.uri));

    // Where parse + link time goes, phase by phase (Langium's document states).
    const phaseRounds: Array<Record<string, number>> = [];
    let phases: Record<string, number> = {};
    let phaseStart = 0;
    for (const state of [DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences]) {
        builder.onBuildPhase(state, () => {
            const now = performance.now();
            phases[DocumentState[state]] = now - phaseStart;
            phaseStart = now;
        });
    }

    const lex: number[] = [];
    const build: number[] = [];
    const model: number[] = [];
    const validate: number[] = [];
    let errors = 0;
    let peakOfOneBuild = 0;
    // The first rounds of the scenario's own documents are not counted: printed round by round,
    // building the model and validating 100 files still took twice as long in the first three
    // rounds as later, while lexing was already steady, so those rounds measured the optimising
    // compiler catching up with the larger code, not the steady state this compares.
    const measured = <T>(round: number, list: T[], value: T): void => {
        if (round >= WARM_UP_ROUNDS) list.push(value);
    };
    for (let round = 0; round < WARM_UP_ROUNDS + roundsFor(sources); round++) {
        const lexStart = performance.now();
        for (const text of sources) {
            Samskap.parser.Lexer.tokenize(text);
        }
        measured(round, lex, performance.now() - lexStart);

        // Langium parses when a document is created, so parsing is timed as its own phase.
        phases = {};
        const buildStart = performance.now();
        const documents: LangiumDocument[] = sources.map((text, i) =>
            shared.workspace.LangiumDocuments.createDocument(URI.parse(`file:///bench/round${round}/case${i}.samskap`), text)
        );
        phaseStart = performance.now();
        phases.Parsed = phaseStart - buildStart;
        await builder.build(documents, { validation: false });
        measured(round, build, performance.now() - buildStart);
        measured(round, phaseRounds, phases);

        // The PartnershipModel, built once per document version and cached for everything after.
        const modelStart = performance.now();
        for (const document of documents) {
            Samskap.analysis.PartnershipModelProvider.getModels(document);
        }
        measured(round, model, performance.now() - modelStart);

        // Validation as the CLI runs it: every check on every document, the model already cached.
        const validateStart = performance.now();
        errors = 0;
        for (const document of documents) {
            const diagnostics = await Samskap.validation.DocumentValidator.validateDocument(document);
            errors += diagnostics.filter(d => d.severity === 1).length;
        }
        measured(round, validate, performance.now() - validateStart);
        // Peak memory of one build: later rounds also hold what the collector has not freed yet.
        if (round === 0) peakOfOneBuild = Math.max(peak, process.memoryUsage().rss);
        await builder.update([], documents.map(document => document.uri));
    }

    return {
        scenario,
        files: sources.length,
        lines: sources.reduce((sum, text) => sum + text.split('\n').length - 1, 0),
        actors,
        lexMs: median(lex),
        buildMs: median(build),
        validateMs: median(validate),
        modelMs: median(model),
        peakMiB: peakOfOneBuild / 1024 / 1024,
        errors,
        phases: Object.fromEntries(Object.keys(phaseRounds[0]).map(key => [key, median(phaseRounds.map(round => round[key] ?? 0))])),
        rounds: lex.length
    };
}

const scenario = process.argv[2] ?? 'files-1';
run(scenario)
    .then(result => {
        clearInterval(sampler);
        process.stdout.write(`${JSON.stringify(result)}\n`);
    })
    .catch(error => {
        clearInterval(sampler);
        process.stderr.write(`${String(error?.stack ?? error)}\n`);
        process.exitCode = 1;
    });
