import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType, InitializedNotification, InitializeRequest, type MarkupContent, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { startEditorSession, type EditorSession } from './editor-session.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function textOf(message: string | MarkupContent): string {
    return typeof message === 'string' ? message : message.value;
}

const USES_NORWAY = `model Frivillighus "Frivillighuset" {
    country NO
    uses norway
    actor kommune "Eksempel kommune" is municipality
    decision tilskudd { decide kommune consulted nav }
}
`;

const USES_DENMARK = `model Aarhus "Aarhus" {
    country DK
    uses denmark
    actor kommune "Aarhus Kommune" is municipality
}
`;

/**
 * A multi-root workspace of two projects: `cases` (with samskap.json) holds the Norwegian library,
 * `other` (a plain folder) the Danish one. Each file sees only its own project's library, as the
 * CLI links it.
 */
describe('the language server links each file within its project, in a multi-root workspace', () => {
    let session: EditorSession;
    let cases: string;
    let other: string;
    const errorsOf = (params: PublishDiagnosticsParams): string[] => params.diagnostics.filter(d => d.severity === 1).map(d => textOf(d.message));

    const open = async (file: string, text: string): Promise<PublishDiagnosticsParams> => {
        const uri = pathToFileURL(file).toString();
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'samskap', version: 1, text } });
        return session.waitForDiagnostics(uri, () => true);
    };

    beforeAll(async () => {
        cases = mkdtempSync(path.join(tmpdir(), 'samskap-root-a-'));
        other = mkdtempSync(path.join(tmpdir(), 'samskap-root-b-'));
        writeFileSync(path.join(cases, 'samskap.json'), '{}\n');
        mkdirSync(path.join(cases, 'library'));
        copyFileSync(path.join(repoRoot, 'examples/library/norway.samskap'), path.join(cases, 'library/norway.samskap'));
        writeFileSync(path.join(cases, 'frivillighus.samskap'), USES_NORWAY);
        copyFileSync(path.join(repoRoot, 'examples/library/denmark.samskap'), path.join(other, 'denmark.samskap'));
        writeFileSync(path.join(other, 'aarhus.samskap'), USES_DENMARK);
        session = startEditorSession(mkdtempSync(path.join(tmpdir(), 'samskap-cwd-')));
        const folders = [cases, other].map((folder, index) => ({ uri: pathToFileURL(folder).toString(), name: `root${index}` }));
        await session.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: folders });
        await session.connection.sendNotification(InitializedNotification.type, {});
    });

    afterAll(() => {
        session?.server.kill();
    });

    test('a file resolves the library of its own workspace folder\'s project', async () => {
        expect(errorsOf(await open(path.join(cases, 'frivillighus.samskap'), USES_NORWAY))).toEqual([]);
        expect(errorsOf(await open(path.join(other, 'aarhus.samskap'), USES_DENMARK))).toEqual([]);
    });

    test('a library of the other workspace folder is not seen, and the message names the project searched', async () => {
        const stray = path.join(other, 'stray.samskap');
        writeFileSync(stray, USES_NORWAY);
        const errors = errorsOf(await open(stray, USES_NORWAY));
        expect(errors.some(message => message.startsWith(`No actor library named 'norway' in the folder ${other}`)), errors.join('\n')).toBe(true);
    });
});

/**
 * A folder gains and loses a samskap.json while its files are open: the editor reports the change
 * (workspace/didChangeWatchedFiles), and every open file is linked again within its new project,
 * without waiting for an edit.
 */
describe('the language server follows a samskap.json created or deleted while files are open', () => {
    let session: EditorSession;
    let root: string;
    let caseFile: string;
    const errorsOf = (params: PublishDiagnosticsParams): string[] => params.diagnostics.filter(d => d.severity === 1).map(d => textOf(d.message));
    const noLibrary = (params: PublishDiagnosticsParams): boolean => errorsOf(params).some(message => message.startsWith('No actor library named \'norway\''));
    const markerChanged = (file: string, type: FileChangeType): Promise<void> =>
        session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).toString(), type }] });

    beforeAll(async () => {
        // cases/ and library/ side by side, no samskap.json and no .git: each folder is its own project.
        root = mkdtempSync(path.join(tmpdir(), 'samskap-marker-'));
        mkdirSync(path.join(root, 'cases'));
        mkdirSync(path.join(root, 'library'));
        copyFileSync(path.join(repoRoot, 'examples/library/norway.samskap'), path.join(root, 'library/norway.samskap'));
        caseFile = path.join(root, 'cases/frivillighus.samskap');
        writeFileSync(caseFile, USES_NORWAY);
        session = startEditorSession(mkdtempSync(path.join(tmpdir(), 'samskap-cwd-')));
        await session.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'root' }]
        });
        await session.connection.sendNotification(InitializedNotification.type, {});
    });

    afterAll(() => {
        session?.server.kill();
    });

    test('the library beside the case folder is seen once samskap.json makes them one project, and unseen when it goes', async () => {
        const uri = pathToFileURL(caseFile).toString();
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'samskap', version: 1, text: USES_NORWAY } });
        await session.waitForDiagnostics(uri, noLibrary);

        const marker = path.join(root, 'samskap.json');
        writeFileSync(marker, '{}\n');
        await markerChanged(marker, FileChangeType.Created);
        const linked = await session.waitForDiagnostics(uri, params => !noLibrary(params));
        expect(errorsOf(linked)).toEqual([]);

        // The reference resolved, so Langium alone would not link the file again.
        rmSync(marker);
        await markerChanged(marker, FileChangeType.Deleted);
        expect(noLibrary(await session.waitForDiagnostics(uri, noLibrary))).toBe(true);
    });
});
