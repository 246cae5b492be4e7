/**
 * In-process edit loop: what the language server does per keystroke on a large model (parse,
 * index, link, index references, validate), without the LSP transport. Prints one JSON line.
 */
import { createSamskapServices } from '@samskap/language';
import { DocumentState, EmptyFileSystem, TextDocument, URI } from 'langium';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { actorsForLines, syntheticModel } from './synthetic-models.js';

async function main(): Promise<void> {
    const lines = Number(process.argv[2] ?? 5000);
    const edits = Number(process.argv[3] ?? 30);
    // Which actor's title the edits type into: the first (default) or the last; the incremental
    // parse shifts every token after the edit, so the first is its slowest case.
    const where = process.argv[4] === 'last' ? 'last' : 'first';
    const { shared } = createSamskapServices(EmptyFileSystem);
    const actors = actorsForLines(lines);
    const text = syntheticModel('Large', actors);
    const target = where === 'first' ? 'Aktør nr. 1 ' : `Aktør nr. ${actors - 1} `;
    const uri = URI.parse('file:///bench/large.samskap');
    const documents = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;
    const phases: Record<string, number[]> = {};
    let phaseStart = 0;
    builder.onUpdate(() => {
        phaseStart = performance.now();
    });
    for (const state of [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]) {
        builder.onBuildPhase(state, () => {
            const now = performance.now();
            (phases[DocumentState[state]] ??= []).push(now - phaseStart);
            phaseStart = now;
        });
    }
    shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'samskap', 1, text));
    await builder.build([documents.createDocument(uri, text)], { validation: true });
    // Garbage collection pauses, summed per edit: the largest single cost in profiles.
    let gcMs = 0;
    new PerformanceObserver(list => {
        for (const entry of list.getEntries()) {
            gcMs += entry.duration;
        }
    }).observe({ entryTypes: ['gc'] });
    const gc: number[] = [];
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < edits + 5; i++) {
        const edited = text.replace(target, `${target.trimEnd()}${'x'.repeat(i + 1)} `);
        const cpuStart = process.cpuUsage();
        const gcStart = gcMs;
        const start = performance.now();
        // As the language server does on a change: the new text in the open documents, then update.
        shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'samskap', i + 2, edited));
        await builder.update([uri], []);
        const used = process.cpuUsage(cpuStart);
        // GC entries arrive asynchronously: let the observer run before reading the sum.
        await new Promise(resolve => setImmediate(resolve));
        if (i >= 5) {
            gc.push(gcMs - gcStart);
            wall.push(performance.now() - start);
            cpu.push((used.user + used.system) / 1000);
        }
    }
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const phaseMedians = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Number(median(v.slice(5)).toFixed(1))]));
    const min = (values: number[]): number => Math.min(...values);
    // Which parse each edit took (the incremental document factory counts them; absent: always full).
    const parses = (shared.workspace.LangiumDocumentFactory as { statistics?: { incremental: number; full: number } }).statistics;
    process.stdout.write(`${JSON.stringify({ lines, edits, wallMedianMs: median(wall), wallMinMs: min(wall), cpuMedianMs: median(cpu), gcMedianMs: median(gc), where, phases: phaseMedians, parses })}\n`);
}

main().catch(error => {
    process.stderr.write(`${String(error?.stack ?? error)}\n`);
    process.exitCode = 1;
});
