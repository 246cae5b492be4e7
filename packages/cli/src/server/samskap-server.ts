import { createSamskapServices, RULES_DOCUMENTATION } from '@samskap/language';
import { startLanguageServer } from 'langium/lsp';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { modelFileSystem, showRefusals } from '../io/model-file-system.js';
import { FileSystemProjects } from '../workspace/projects.js';
import { unguardTerminal } from '../io/terminal.js';
import { registerCustomRequests } from './custom-requests.js';
import { guardIncomingMessages, keepServingOnFailure } from './message-guard.js';
import { runWorkspaceChecksWhenIdle } from './workspace-checks.js';

/**
 * Starts the Samskap language server on a connection (by default stdio or IPC, chosen from the
 * process arguments as `vscode-languageserver` does). The VS Code extension bundles this very
 * entry, and `samskap lsp --stdio` calls it, so every editor talks to the same server.
 */
export function startSamskapServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
    // Standard output carries the protocol now (`samskap lsp` came through the CLI's terminal guard).
    unguardTerminal();
    // No message ends the server: malformed ones are dropped, and a failure is logged.
    guardIncomingMessages(connection, message => connection.console.warn(message));
    keepServingOnFailure(message => connection.console.error(message));
    const catalogue = findRuleCatalogue();
    if (catalogue) {
        RULES_DOCUMENTATION.base = pathToFileURL(catalogue).href;
    }
    // Each file is linked within its project, as in the CLI; multi-root workspaces included.
    const projects = new FileSystemProjects();
    const { shared, Samskap } = createSamskapServices({ connection, ...modelFileSystem(showRefusals(connection)), projects });
    // A folder may gain or lose a samskap.json or .git between two builds: look again on every update.
    shared.workspace.DocumentBuilder.onUpdate(() => projects.forget());
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
