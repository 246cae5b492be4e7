import type { SamskapServices } from '@samskap/language';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver/node';

/**
 * Requests beyond LSP that the VS Code extension uses (diagram previews, comparison matrices).
 * They answer with exactly what the CLI would write, computed from the cached PartnershipModel.
 */
export function registerCustomRequests(_connection: Connection, _shared: LangiumSharedServices, _services: SamskapServices): void {
    // Requests are added here as the generators they serve exist (see docs/architecture.md).
}
