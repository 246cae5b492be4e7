import { createSamskapServices, RULES_DOCUMENTATION } from '@samskap/language';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { registerCustomRequests } from './custom-requests.js';
import { runWorkspaceChecksWhenIdle } from './workspace-checks.js';

/**
 * Starts the Samskap language server on a connection (by default stdio or IPC, chosen from the
 * process arguments as `vscode-languageserver` does). The VS Code extension bundles this very
 * entry, and `samskap lsp --stdio` calls it, so every editor talks to the same server.
 */
export function startSamskapServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
    const catalogue = findRuleCatalogue();
    if (catalogue) {
        RULES_DOCUMENTATION.base = pathToFileURL(catalogue).href;
    }
    const { shared, Samskap } = createSamskapServices({ connection, ...NodeFileSystem });
    registerCustomRequests(connection, shared, Samskap);
    runWorkspaceChecksWhenIdle(shared);
    startLanguageServer(shared);
}

/**
 * The rule catalogue a diagnostic's code links to: the copy beside the extension's server bundle
 * (dist/docs/rules.md in the .vsix), else the repository's docs/rules.md when the server runs from
 * packages/cli/dist. Editors need an absolute URI; a relative one opens nothing.
 */
function findRuleCatalogue(): string | undefined {
    const here = dirname(fileURLToPath(import.meta.url));
    return [join(here, 'docs', 'rules.md'), join(here, '..', '..', '..', 'docs', 'rules.md')].find(existsSync);
}
