import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { startBrowserServer, type BrowserServerServices } from '../../../cli/src/server/browser-server.js';
import { registerPanelsRequest } from './panels-request.js';

/**
 * The Samskap language server as the playground runs it: the browser server of VS Code for the
 * Web (the services, rules and custom requests of `samskap lsp`, with no file system) plus the
 * playground's versioned diagnostics, its panels request and formatting of the newest text. The
 * page sends every file it holds (models and libraries) as an open document, so nothing is ever
 * read from disk or network. The worker entry passes a browser connection; tests pass one over a
 * message channel (and get the services back, to hold the workspace as a running build does).
 */
export function startPlaygroundServer(connection: Connection): BrowserServerServices {
    return startBrowserServer(connection, ({ shared, Samskap }) => {
        publishWithVersions(connection, shared);
        registerPanelsRequest(connection, shared, Samskap);
    });
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
