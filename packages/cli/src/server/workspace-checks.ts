import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/** How long the workspace must be quiet (no build running or queued) before its wide checks run. */
export const WORKSPACE_CHECK_DELAY_MS = 1_000;

/**
 * Runs the workspace-wide rules (the `slow` validation category: the same organisation under two
 * names, library actors used nowhere) in the editor once typing pauses. Langium's builds on
 * each change run only `built-in` and `fast`; this asks for the missing categories of every
 * document in a background build under the workspace lock, which the next change cancels, so the
 * checks never delay the diagnostics of a keystroke. Documents not yet validated (closed files)
 * get all their checks then.
 */
export function runWorkspaceChecksWhenIdle(shared: LangiumSharedServices, delayMs = WORKSPACE_CHECK_DELAY_MS): void {
    const builder = shared.workspace.DocumentBuilder;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let checking = false;
    const check = (): void => {
        void shared.workspace.WorkspaceLock.write(async token => {
            checking = true;
            try {
                const documents = shared.workspace.LangiumDocuments.all.toArray();
                await builder.build(documents, { validation: { categories: ['built-in', 'fast', 'slow'] } }, token);
            } finally {
                checking = false;
            }
        });
    };
    // Every update and every build restarts the wait (a build that validates nothing, such as a
    // settings change, still counts as activity); the checks' own build does not.
    const restart = (): void => {
        if (!checking) {
            clearTimeout(timer);
            timer = setTimeout(check, delayMs);
        }
    };
    builder.onUpdate(restart);
    builder.onBuildPhase(DocumentState.IndexedReferences, restart);
    builder.onBuildPhase(DocumentState.Validated, restart);
}
