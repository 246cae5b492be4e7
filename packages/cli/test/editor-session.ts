import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter, createProtocolConnection, type ProtocolConnection,
    type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'packages/cli/dist/cli.cjs');

/** The built CLI's language server as an editor sees it, for the tests that talk to it over stdio. */
/** An editor's view of the server: one connection, and the diagnostics it was last sent per file. */
export interface EditorSession {
    readonly server: ChildProcessWithoutNullStreams;
    readonly connection: ProtocolConnection;
    readonly diagnostics: Map<string, PublishDiagnosticsParams>;
    readonly waitForDiagnostics: (uri: string, predicate: (params: PublishDiagnosticsParams) => boolean) => Promise<PublishDiagnosticsParams>;
}

export function startEditorSession(workspace: string): EditorSession {
    const server = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: workspace });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const diagnostics = new Map<string, PublishDiagnosticsParams>();
    const waiters: Array<() => void> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        diagnostics.set(params.uri, params);
        waiters.splice(0).forEach(wake => wake());
    });
    connection.listen();
    const waitForDiagnostics = async (uri: string, predicate: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> => {
        for (;;) {
            const current = diagnostics.get(uri);
            if (current && predicate(current)) {
                return current;
            }
            await new Promise<void>(resolve => waiters.push(resolve));
        }
    };
    return { server, connection, diagnostics, waitForDiagnostics };
}
