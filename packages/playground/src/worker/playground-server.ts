import { createSamskapServices } from '@samskap/language';
import { EmptyFileSystem, URI } from 'langium';
import { startLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { registerCustomRequests } from '../../../cli/src/server/custom-requests.js';
import { runWorkspaceChecksWhenIdle } from '../../../cli/src/server/workspace-checks.js';
import { registerPanelsRequest } from './panels-request.js';

/**
 * The Samskap language server as the playground runs it: the same services, rules and custom
 * requests as `samskap lsp`, on a connection to the page, with no file system. The page sends
 * every file it holds (models and libraries) as an open document, so nothing is ever read from
 * disk or network. The worker entry passes a browser connection; tests pass one over a message channel.
 */
export function startPlaygroundServer(connection: Connection): void {
    const { shared, Samskap } = createSamskapServices({ connection, ...EmptyFileSystem });
    publishWithVersions(connection, shared);
    registerCustomRequests(connection, shared, Samskap);
    registerPanelsRequest(connection, shared, Samskap);
    runWorkspaceChecksWhenIdle(shared);
    startLanguageServer(shared);
    // The parser builds its tables on first use (about 200 ms); the worker starts while the page
    // is still loading its own script, so that time is spent before the first file arrives.
    setTimeout(() => Samskap.parser.LangiumParser.parse('model Warmup "Warm-up" {}'), 0);
}

/**
 * Gives each diagnostics notification the version of the text it was computed from, and drops a
 * notification about text the page has since changed (a newer one follows). The page then shows
 * diagnostics, quick fixes and panels only for the text they belong to: it draws the panels when
 * the diagnostics of the newest text arrive. Langium sends no version of its own.
 */
function publishWithVersions(connection: Connection, shared: LangiumSharedServices): void {
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = async params => {
        const text = shared.workspace.TextDocuments?.get(params.uri);
        const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(params.uri));
        if (!text || !document) {
            return send(params);
        }
        const checked = document.parseResult.value.$cstNode?.root.fullText;
        if (checked !== undefined && checked !== text.getText()) {
            return;
        }
        return send({ ...params, version: text.version });
    };
}
