import { createSamskapServices } from '@samskap/language';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { registerCustomRequests } from './custom-requests.js';

/**
 * Starts the Samskap language server on a connection (by default stdio or IPC, chosen from the
 * process arguments as `vscode-languageserver` does). The VS Code extension bundles this very
 * entry, and `samskap lsp --stdio` calls it, so every editor talks to the same server.
 */
export function startSamskapServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
    const { shared, Samskap } = createSamskapServices({ connection, ...NodeFileSystem });
    registerCustomRequests(connection, shared, Samskap);
    startLanguageServer(shared);
}
