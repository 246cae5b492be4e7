/**
 * The requests beyond LSP that the extension sends to the Samskap language server. They are
 * defined once, beside the server that answers them (packages/cli/src/server/protocol.ts); the
 * server answers with exactly what the CLI would write, so the preview shows what
 * `samskap diagram` exports and the comparison view what `samskap compare` writes.
 */
export * from '@samskap/cli/protocol';
