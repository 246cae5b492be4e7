/**
 * Waits until a condition holds, polling; fails with what was awaited. The end-to-end suite runs
 * on slow shared machines, so it waits on conditions with generous limits and never asserts on
 * a fixed sleep.
 */
/** An error that ends a wait at once instead of being retried. */
export class FatalError extends Error {}

export async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | false | undefined | null>, intervalMs = 100): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== false && value !== undefined && value !== null) {
                return value;
            }
        } catch (error) {
            if (error instanceof FatalError) {
                throw error;
            }
            lastError = error;
        }
        if (Date.now() > deadline) {
            const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
            throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${reason}`);
        }
        await new Promise(resolve => setTimeout(resolve, intervalMs));
    }
}
