import { EmptyFileSystem, URI, type LangiumDocument, type ValidationChecks } from 'langium';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, test, vi } from 'vitest';
import { createSamskapServices, type PartnershipModel } from '../src/index.js';
import type { Document, Model, SamskapAstType } from '../src/generated/ast.js';
import { MAX_NESTED_RECOVERIES, STRING_PATTERN } from '../src/parser/samskap-parser.js';

// Issue 15, "Crashes" and "Small but real": hostile and half-typed input never crashes the
// parser, the model builder or the scope provider, and never shows as "undefined" or Infinity.

const examples = join(__dirname, '../../../examples');

interface Workspace {
    readonly services: ReturnType<typeof createSamskapServices>;
    readonly documents: Map<string, LangiumDocument<Document>>;
}

async function workspace(files: Record<string, string>, validation = true): Promise<Workspace> {
    const services = createSamskapServices(EmptyFileSystem);
    const documents = new Map<string, LangiumDocument<Document>>();
    for (const [name, text] of Object.entries(files)) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(`/workspace/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation });
    return { services, documents };
}

function parse(text: string): LangiumDocument<Document> {
    const { shared } = createSamskapServices(EmptyFileSystem);
    return shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file('/workspace/hostile.samskap'));
}

function modelsOf(ws: Workspace, name: string): readonly PartnershipModel[] {
    return ws.services.Samskap.analysis.PartnershipModelProvider.getModels(ws.documents.get(name)!);
}

const errorsOf = (document: LangiumDocument): Diagnostic[] => (document.diagnostics ?? []).filter(d => d.severity === 1);
const messageOf = (diagnostic: Diagnostic): string => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);
const crashes = (document: LangiumDocument): string[] => (document.diagnostics ?? []).map(messageOf).filter(m => /error occurred/i.test(m));

/** What must never appear where a name or a number is shown. */
function expectNoUndefinedOrInfinity(model: PartnershipModel): void {
    const named = [model, ...model.actors, ...model.bodies, ...model.roles, ...model.activities, ...model.decisions, ...model.budgets, ...model.agreements] as ReadonlyArray<{ title?: string; name?: string; id?: string }>;
    for (const element of named) {
        for (const text of [element.title, element.name, element.id]) {
            expect(text === undefined || !/undefined|NaN|Infinity/.test(text), `"${text}" in ${model.name}`).toBe(true);
        }
    }
    expect(JSON.stringify(model)).not.toMatch(/Infinity|NaN|"undefined/);
}

describe('partial syntax trees from parse recovery', () => {
    const GOOD = 'model good "Good" {\n    actor g "G" is municipality\n}\n';

    test('`uses` without a name: no exception in the model builder or the scope provider, and a valid other file stays valid', async () => {
        const bad = 'model a "A" {\n    uses\n    actor x "X" is municipality\n    actor y "Y" is association owned by x\n    decision d { decide x consulted y }\n}\n';
        const ws = await workspace({ 'bad.samskap': bad, 'good.samskap': GOOD });
        const badDocument = ws.documents.get('bad.samskap')!;
        const goodDocument = ws.documents.get('good.samskap')!;
        expect(crashes(badDocument)).toEqual([]);
        expect(crashes(goodDocument)).toEqual([]);
        expect(errorsOf(goodDocument)).toEqual([]);
        // The half-typed `uses` is a syntax error, and everything after it still resolves.
        expect(errorsOf(badDocument).map(d => d.data?.code)).toEqual(['parsing-error']);
        expect(badDocument.references.filter(reference => reference.error)).toEqual([]);
        const [model] = modelsOf(ws, 'bad.samskap');
        expect(model.uses).toEqual([]);
        expect(model.decisions[0].rights.map(right => `${right.party} ${right.right}`)).toEqual(['x decide', 'y consulted']);
    });

    test('a model the parser could not name, and blank titles, never show as "undefined" or as nothing', async () => {
        const ws = await workspace({
            'nameless.samskap': 'model model M "Kommunen" {\n    actor k "K" is municipality\n}\n',
            'blank.samskap': 'model blank "" {\n    actor k "  " is municipality\n    body b "" members k\n    decision d "" { decide b }\n}\n'
        }, false);
        const [nameless] = modelsOf(ws, 'nameless.samskap');
        expect(nameless.name).toBe('');
        expect(nameless.title).toBe('(unnamed model)');
        expectNoUndefinedOrInfinity(nameless);
        const [blank] = modelsOf(ws, 'blank.samskap');
        expect(blank.title).toBe('blank');
        expect(blank.actors.map(actor => actor.title)).toEqual(['k']);
        expect(blank.bodies.map(body => body.title)).toEqual(['b']);
        expect(blank.decisions.map(decision => decision.title)).toEqual(['d']);
        expectNoUndefinedOrInfinity(blank);
    });

    test('deleting any one token of a case with a library: linking and the model build never fail', async () => {
        const library = readFileSync(join(examples, 'library/norway.samskap'), 'utf8');
        const text = readFileSync(join(examples, 'offri-arendal.samskap'), 'utf8');
        const { Samskap } = createSamskapServices(EmptyFileSystem);
        const tokens = Samskap.parser.Lexer.tokenize(text).tokens;
        // Every `uses` statement's tokens, and an even sample of the others.
        const picked = tokens.filter((token, index) => index % Math.ceil(tokens.length / 120) === 0 || /^(uses|norway|model|actor|decision|decide|\{|\})$/.test(token.image));
        expect(picked.length).toBeGreaterThan(100);
        const failures: string[] = [];
        for (const token of picked) {
            const mutated = text.slice(0, token.startOffset) + text.slice(token.endOffset! + 1);
            const where = `deleting '${token.image}' at line ${token.startLine}`;
            try {
                const ws = await workspace({ 'norway.samskap': library, 'case.samskap': mutated }, false);
                const document = ws.documents.get('case.samskap')!;
                const linking = document.references.map(reference => reference.error?.message ?? '').filter(m => /error occurred/i.test(m));
                if (linking.length > 0) failures.push(`${where}: ${linking[0]}`);
                for (const model of modelsOf(ws, 'case.samskap')) expectNoUndefinedOrInfinity(model);
            } catch (error) {
                failures.push(`${where}: ${String(error)}`);
            }
        }
        expect(failures).toEqual([]);
    }, 120_000);
});

describe('inputs that overflowed the stack', () => {
    test('2,000 nested `decide a {`: syntax errors up to a limit, then one error saying where the parser skipped ahead', () => {
        const text = `model m "M" {\n    actor a "A" is municipality\n    decision d {\n${'        decide a {\n'.repeat(2000)}    }\n}\n`;
        const document = parse(text);
        const errors = document.parseResult.parserErrors;
        expect(errors.length).toBeGreaterThan(MAX_NESTED_RECOVERIES);
        expect(errors.length).toBeLessThan(MAX_NESTED_RECOVERIES + 20);
        const stop = errors.find(error => error.message.startsWith(`More than ${MAX_NESTED_RECOVERIES} errors in a row`));
        expect(stop, errors.slice(-3).map(e => e.message).join('\n')).toBeDefined();
        // On the token where recovery stopped: line and column as the parser counts them.
        expect(stop!.token.startLine).toBe(4 + MAX_NESTED_RECOVERIES);
        expect(stop!.token.startColumn).toBeGreaterThan(0);
    });

    test('20,000 bad statements in a row in one decision (`decide a b`)', () => {
        const text = `model m "M" {\n    actor a "A" is municipality\n    decision d {\n${'        decide a b\n'.repeat(20_000)}    }\n}\n`;
        const errors = parse(text).parseResult.parserErrors;
        expect(errors.length).toBeGreaterThan(MAX_NESTED_RECOVERIES);
        expect(errors.length).toBeLessThan(MAX_NESTED_RECOVERIES + 20);
    });

    test('130,000 comment lines before one statement', () => {
        const text = `model m "M" {\n${'    // a comment\n'.repeat(130_000)}    actor a "A" is municipality\n}\n`;
        const document = parse(text);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect((document.parseResult.value.elements[0] as Model).actors.map(actor => actor.name)).toEqual(['a']);
        expect(document.parseResult.value.$cstNode!.text).toBe(text.trimEnd());
    });

    test('one quoted text of 5 MB', () => {
        const title = 'x'.repeat(5 * 1024 * 1024);
        const document = parse(`model m "M" {\n    actor a "${title}" is municipality\n}\n`);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect((document.parseResult.value.elements[0] as Model).actors[0].title).toHaveLength(title.length);
    });

    test('the loop-safe STRING pattern accepts exactly what the grammar\'s terminal does', () => {
        const grammar = /^"(\\.|[^"\\\r\n])*"$/;
        const safe = new RegExp(`^${STRING_PATTERN.source}$`);
        const samples = ['""', '"a"', '"a\\"b"', '"\\\\"', '"\\\\\\""', '"a\\nb"', '"\\', '"a', '"a\nb"', '"a\\\nb"', '"a"b"', '"æøå \\u00e6"', '"\\"', '"\\\\"x"', '"\\\r"'];
        for (const sample of samples) {
            expect(safe.test(sample), JSON.stringify(sample)).toBe(grammar.test(sample));
        }
    });

    test('150,000 findings on one model: every one is reported, none is lost to a stack overflow', async () => {
        const services = createSamskapServices(EmptyFileSystem);
        const many = 150_000;
        const checks: ValidationChecks<SamskapAstType> = {
            Model: (node, accept) => {
                for (let i = 0; i < many; i++) accept('hint', `finding ${i}`, { node });
            }
        };
        services.Samskap.validation.ValidationRegistry.register(checks);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString('model m "M" {\n}\n', URI.file('/workspace/many.samskap'));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
            expect(logged).not.toHaveBeenCalled();
        } finally {
            logged.mockRestore();
        }
        expect((document.diagnostics ?? []).filter(d => messageOf(d).startsWith('finding ')).length).toBe(many);
    });
});

describe('numbers a model cannot mean are syntax errors', () => {
    test('a number beyond a double: a parser error on the number, and no Infinity in the model', async () => {
        const digits = `1${'0'.repeat(400)}`;
        const text = `model m "M" {\n    country NO\n    actor a "A" is municipality\n    actor b "B" is association\n    budget big "Big" ${digits} NOK per year\n    funding { a -> b project_grant ${digits} NOK }\n}\n`;
        const ws = await workspace({ 'big.samskap': text }, false);
        const document = ws.documents.get('big.samskap')!;
        const errors = document.parseResult.parserErrors;
        expect(errors.map(error => error.message)).toEqual([
            'The number 100000000000… (401 characters) is too large: numbers in a model go up to about 1.8e308; check for a typo, or state the amount in a larger unit.',
            'The number 100000000000… (401 characters) is too large: numbers in a model go up to about 1.8e308; check for a typo, or state the amount in a larger unit.'
        ]);
        expect(errors[0].token.startLine).toBe(5);
        expect(errors[0].token.startColumn).toBe('    budget big "Big" '.length + 1);
        const [model] = modelsOf(ws, 'big.samskap');
        expect(model.budgets).toEqual([]);
        expect(model.funding.map(line => line.amount)).toEqual([undefined]);
        expectNoUndefinedOrInfinity(model);
    });

    test('fractional years are refused; fractional amounts and shares are not', async () => {
        const text = 'model m "M" {\n    period 2015.5..2016\n    actor a "A" is municipality\n    actor b "B" is association\n    initiative by a in 2019.25\n'
            + '    budget pot "Pot" 1200.5 NOK per year\n    funding { a -> b project_grant share 12.5 % for pot }\n}\n';
        const document = parse(text);
        expect(document.parseResult.parserErrors.map(error => `${error.token.startLine}:${error.token.startColumn} ${error.message}`)).toEqual([
            '2:12 A year is a whole number: write 2015, not 2015.5.',
            '5:24 A year is a whole number: write 2019, not 2019.25.'
        ]);
        const ws = await workspace({ 'years.samskap': text }, false);
        const [model] = modelsOf(ws, 'years.samskap');
        expect(model.context.period).toBeUndefined();
        expect(model.initiatives.map(initiative => initiative.year)).toEqual([undefined]);
        expect(model.budgets.map(budget => budget.amount.value)).toEqual([1200.5]);
        expect(model.funding.map(line => line.sharePercent)).toEqual([12.5]);
    });
});
