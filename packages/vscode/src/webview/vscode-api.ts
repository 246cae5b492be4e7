/// <reference lib="dom" />

/** The API VS Code injects into a webview (a subset: what the Samskap webviews use). */
export interface WebviewApi<State> {
    postMessage(message: unknown): void;
    getState(): State | undefined;
    setState(state: State): void;
}

declare function acquireVsCodeApi<State>(): WebviewApi<State>;

export function vscodeApi<State>(): WebviewApi<State> {
    return acquireVsCodeApi<State>();
}
