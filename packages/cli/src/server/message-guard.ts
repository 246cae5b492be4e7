import type { Connection, Disposable } from 'vscode-languageserver/node';

/**
 * What is wrong with a message's parameters, in a few words, or undefined when they are usable.
 * The checks cover what the handlers read; extra fields are left alone (the protocol grows).
 */
type Check = (params: unknown) => string | undefined;

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): boolean {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isPosition(value: unknown): boolean {
    return isObject(value) && isCount(value.line) && isCount(value.character);
}

function isRange(value: unknown): boolean {
    return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

/** The `textDocument` of the parameters when it names a document by a URI string, else what is wrong. */
function documentProblem(params: unknown): string | undefined {
    if (!isObject(params)) return 'no parameters';
    const document = params.textDocument;
    if (!isObject(document)) return '`textDocument` is not an object';
    if (typeof document.uri !== 'string' || document.uri.length === 0) return '`textDocument.uri` is not a URI string';
    return undefined;
}

const didOpen: Check = params => {
    const problem = documentProblem(params);
    if (problem) return problem;
    const document = (params as { textDocument: Record<string, unknown> }).textDocument;
    if (typeof document.text !== 'string') return '`textDocument.text` is not a string';
    if (typeof document.languageId !== 'string') return '`textDocument.languageId` is not a string';
    if (typeof document.version !== 'number' || !Number.isInteger(document.version)) return '`textDocument.version` is not an integer';
    return undefined;
};

const didChange: Check = params => {
    const problem = documentProblem(params);
    if (problem) return problem;
    const { textDocument, contentChanges } = params as { textDocument: Record<string, unknown>; contentChanges: unknown };
    if (textDocument.version !== null && (typeof textDocument.version !== 'number' || !Number.isInteger(textDocument.version))) {
        return '`textDocument.version` is not an integer';
    }
    if (!Array.isArray(contentChanges)) return '`contentChanges` is not an array';
    for (const change of contentChanges) {
        if (!isObject(change) || typeof change.text !== 'string') return 'a content change has no text';
        if (change.range !== undefined && !isRange(change.range)) return 'a content change has an invalid range';
    }
    return undefined;
};

const didSave: Check = params => {
    const problem = documentProblem(params);
    if (problem) return problem;
    const text = (params as { text?: unknown }).text;
    return text === undefined || typeof text === 'string' ? undefined : '`text` is not a string';
};

const willSave: Check = params => {
    const problem = documentProblem(params);
    if (problem) return problem;
    return isCount((params as { reason?: unknown }).reason) ? undefined : '`reason` is not a number';
};

const didChangeWatchedFiles: Check = params => {
    if (!isObject(params) || !Array.isArray(params.changes)) return '`changes` is not an array';
    for (const change of params.changes) {
        if (!isObject(change) || typeof change.uri !== 'string' || change.uri.length === 0 || !isCount(change.type)) {
            return 'a change has no URI string or type';
        }
    }
    return undefined;
};

/** The notifications an editor sends about documents and files, with the check of each. */
const GUARDED = [
    ['onDidOpenTextDocument', 'textDocument/didOpen', didOpen],
    ['onDidChangeTextDocument', 'textDocument/didChange', didChange],
    ['onDidCloseTextDocument', 'textDocument/didClose', documentProblem],
    ['onWillSaveTextDocument', 'textDocument/willSave', willSave],
    ['onWillSaveTextDocumentWaitUntil', 'textDocument/willSaveWaitUntil', willSave],
    ['onDidSaveTextDocument', 'textDocument/didSave', didSave],
    ['onDidChangeWatchedFiles', 'workspace/didChangeWatchedFiles', didChangeWatchedFiles]
] as const satisfies ReadonlyArray<readonly [keyof Connection, string, Check]>;

type Handler = (params: unknown, ...rest: unknown[]) => unknown;
type Register = (handler: Handler) => Disposable;

/**
 * Checks the parameters of every document and file notification before the language server's
 * handlers see them. A message they cannot use (`uri` a number, `text` null) is logged and
 * dropped: handed on, a `text` of null reached the lexer in the next build and the unhandled
 * exception ended the server. Requests need no guard: a failing request handler is answered
 * with an error and the server keeps serving.
 */
export function guardIncomingMessages(connection: Connection, log: (message: string) => void): void {
    const methods = connection as unknown as Record<string, Register>;
    for (const [method, name, check] of GUARDED) {
        const register = methods[method];
        if (typeof register !== 'function') continue;
        methods[method] = (handler: Handler) => register.call(connection, (params: unknown, ...rest: unknown[]) => {
            const problem = check(params);
            if (problem) {
                log(`Samskap ignored a malformed ${name} message: ${problem}.`);
                // willSaveWaitUntil is a request: no edits.
                return name.endsWith('WaitUntil') ? [] : undefined;
            }
            return handler(params, ...rest);
        });
    }
}

/**
 * The last line of defence: an exception nothing caught (a bug reached by some message) is
 * logged, and the server keeps serving the editor instead of exiting with every open file.
 */
export function keepServingOnFailure(log: (message: string) => void): void {
    const report = (kind: string) => (error: unknown) => {
        log(`Samskap: ${kind} in the language server (it keeps running): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    };
    process.on('uncaughtException', report('uncaught exception'));
    process.on('unhandledRejection', report('unhandled rejection'));
}
