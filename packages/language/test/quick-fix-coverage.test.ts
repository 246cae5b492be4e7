import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function samskapFiles(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) return samskapFiles(full);
        return entry.name.endsWith('.samskap') ? [full] : [];
    });
}

/** Every diagnostic of a set of files loaded as one workspace, with the code actions offered for it. */
interface Offered { file: string; diagnostic: Diagnostic; actions: CodeAction[]; errorsBefore: number; errorsAfter: number[] }

async function diagnosticsWithFixes(files: readonly string[]): Promise<Offered[]> {
    const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
    const documents: LangiumDocument[] = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(fs.readFileSync(file, 'utf8'), URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const syntaxErrors = (text: string) => {
        const result = Samskap.parser.LangiumParser.parse(text);
        return result.lexerErrors.length + result.parserErrors.length;
    };
    const found: Offered[] = [];
    for (const document of documents) {
        const text = document.textDocument.getText();
        const errorsBefore = syntaxErrors(text);
        for (const diagnostic of document.diagnostics ?? []) {
            const actions = await Samskap.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
            }) ?? [];
            const errorsAfter = (actions as CodeAction[]).map(action => syntaxErrors(TextDocument.applyEdits(
                TextDocument.create('x', 'samskap', 0, text), action.edit?.changes?.[document.uri.toString()] ?? [])));
            found.push({ file: path.relative(repoRoot, document.uri.fsPath), diagnostic, actions: actions as CodeAction[], errorsBefore, errorsAfter });
        }
    }
    return found;
}

describe('quick-fix coverage', () => {
    test('at least 80 % of the diagnostics of the examples and the invalid fixtures offer a fix', async () => {
        const examples = [...samskapFiles(path.join(repoRoot, 'examples'))];
        const results = [
            ...await diagnosticsWithFixes(examples),
            // Each invalid fixture on its own, with the example libraries it may use.
            ...(await Promise.all(samskapFiles(path.join(repoRoot, 'packages/language/test/fixtures/invalid'))
                .map(file => diagnosticsWithFixes([file, ...samskapFiles(path.join(repoRoot, 'examples/library'))]))))
                .flat().filter(result => result.file.includes('fixtures'))
        ];
        const without = results.filter(result => result.actions.length === 0);
        const report = without.map(({ file, diagnostic }) => `${file}:${diagnostic.range.start.line + 1} ${String(diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code ?? '')} ${diagnostic.message}`);
        console.log(`${results.length - without.length} of ${results.length} diagnostics offer a fix; without one:\n${report.join('\n')}`);
        expect(results.length).toBeGreaterThan(0);
        expect((results.length - without.length) / results.length, report.join('\n')).toBeGreaterThanOrEqual(0.8);
        // Every fix offered edits the file (none is a title without an edit), and none adds a syntax error.
        for (const result of results) {
            for (const [index, action] of result.actions.entries()) {
                const where = `${result.file}:${result.diagnostic.range.start.line + 1} "${action.title}"`;
                expect(action.edit?.changes?.[Object.keys(action.edit.changes)[0]]?.length ?? 0, where).toBeGreaterThan(0);
                expect(result.errorsAfter[index], where).toBeLessThanOrEqual(result.errorsBefore);
            }
        }
    });
});
