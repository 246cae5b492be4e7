import { createSamskapServices, type SamskapServices } from '@samskap/language';
import { EmptyFileSystem } from 'langium';
import { startLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { registerCustomRequests } from './custom-requests.js';
import { guardIncomingMessages } from './message-guard.js';
import { runWorkspaceChecksWhenIdle } from './workspace-checks.js';

export interface BrowserServerServices {
    readonly shared: LangiumSharedServices;
    readonly Samskap: SamskapServices;
}

/**
 * The Samskap language server where there is no file system: a web worker of the browser
 * playground or of VS Code for the Web. The same services, rules and custom requests as
 * `samskap lsp`; every file (models and libraries) reaches it as an open document, so nothing is
 * read from disk or network. `extend` adds what one host needs beyond that (the playground's
 * panels), before the server starts listening.
 */
export function startBrowserServer(connection: Connection, extend?: (services: BrowserServerServices) => void): BrowserServerServices {
    // No message ends the server: malformed ones are dropped, and a failure is logged.
    guardIncomingMessages(connection, message => connection.console.warn(message));
    reportUncaughtFailures(message => connection.console.error(message));
    const { shared, Samskap } = createSamskapServices({ connection, ...EmptyFileSystem });
    registerCustomRequests(connection, shared, Samskap);
    runWorkspaceChecksWhenIdle(shared);
    extend?.({ shared, Samskap });
    startLanguageServer(shared);
    // The parser builds its tables on first use (about 200 ms); the worker starts while the editor
    // is still loading, so that time is spent before the first file arrives.
    setTimeout(() => Samskap.parser.LangiumParser.parse('model Warmup "Warm-up" {}'), 0);
    return { shared, Samskap };
}

/**
 * A worker has no `process.on('uncaughtException')`: an exception nothing caught (a bug reached
 * by some message) goes to the worker's global scope. Logging it there, to the editor's output,
 * keeps it from vanishing into the developer console; the worker keeps serving either way.
 */
function reportUncaughtFailures(log: (message: string) => void): void {
    const scope = globalThis as { addEventListener?: (type: string, listener: (event: { error?: unknown; reason?: unknown; message?: string }) => void) => void };
    if (typeof scope.addEventListener !== 'function' || typeof (globalThis as { process?: unknown }).process === 'object') {
        return;
    }
    const describe = (error: unknown): string => error instanceof Error ? (error.stack ?? error.message) : String(error);
    scope.addEventListener('error', event => log(`Samskap: uncaught exception in the language server (it keeps running): ${describe(event.error ?? event.message)}`));
    scope.addEventListener('unhandledrejection', event => log(`Samskap: unhandled rejection in the language server (it keeps running): ${describe(event.reason)}`));
}
