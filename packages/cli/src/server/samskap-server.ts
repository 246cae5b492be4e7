import { createSamskapServices, RULES_DOCUMENTATION } from '@samskap/language';
import { DocumentState, URI } from 'langium';
import { startLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { modelFileSystem, showRefusals } from '../io/model-file-system.js';
import { FileSystemProjects, PROJECT_FILE } from '../workspace/projects.js';
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
    relinkWhenProjectsChange(shared, projects);
    registerCustomRequests(connection, shared, Samskap);
    runWorkspaceChecksWhenIdle(shared);
    startLanguageServer(shared);
}

/**
 * A folder may gain or lose a samskap.json or .git between two builds, which moves files into or
 * out of a project. The projects are looked up again on every update; and when the editor reports
 * such a marker created or deleted, every document is linked again, not only those with
 * unresolved references (Langium's default): a reference that resolved across what is now a
 * project boundary must fail, as it does in the CLI.
 */
function relinkWhenProjectsChange(shared: LangiumSharedServices, projects: FileSystemProjects): void {
    let markersChanged = false;
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        markersChanged ||= params.changes.some(change => PROJECT_MARKERS.has(basename(URI.parse(change.uri).path)));
    });
    shared.workspace.DocumentBuilder.onUpdate(() => {
        projects.forget();
        if (!markersChanged) {
            return;
        }
        markersChanged = false;
        for (const document of shared.workspace.LangiumDocuments.all) {
            if (document.state > DocumentState.ComputedScopes) {
                shared.workspace.DocumentBuilder.resetToState(document, DocumentState.ComputedScopes);
            }
        }
    });
}

const PROJECT_MARKERS: ReadonlySet<string> = new Set([PROJECT_FILE, '.git']);

/**
 * The rule catalogue a diagnostic's code links to: the copy beside the extension's server bundle
 * (dist/docs/rules.md in the .vsix), else the repository's docs/rules.md when the server runs from
 * packages/cli/dist. Editors need an absolute URI; a relative one opens nothing.
 */
function findRuleCatalogue(): string | undefined {
    const here = dirname(fileURLToPath(import.meta.url));
    return [join(here, 'docs', 'rules.md'), join(here, '..', '..', '..', 'docs', 'rules.md')].find(existsSync);
}
