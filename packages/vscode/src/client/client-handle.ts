import type { CancellationToken } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

/**
 * Access to the running language client for the extension's own features. Requests wait until
 * the server has started, so a command run during activation is answered, not dropped.
 */
export class ClientHandle {
    constructor(private readonly client: LanguageClient, private readonly started: Promise<void>) {}

    async request<R>(method: string, params: object, token?: CancellationToken): Promise<R> {
        await this.started;
        return token ? this.client.sendRequest<R>(method, params, token) : this.client.sendRequest<R>(method, params);
    }

    get languageClient(): LanguageClient {
        return this.client;
    }
}

/** The server does not know a request yet (an older server, or a feature not built yet). */
export function isMethodNotFound(error: unknown): boolean {
    return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === -32601;
}

export function errorMessage(error: unknown): string {
    if (error instanceof Error) {
        return error.message;
    }
    if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
        return (error as { message: string }).message;
    }
    return String(error);
}
