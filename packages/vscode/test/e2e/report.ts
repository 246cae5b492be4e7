/** Step results and timings of one end-to-end run, printed at the end. */

export type Outcome = 'passed' | 'failed' | 'skipped';

export interface StepResult {
    readonly name: string;
    readonly outcome: Outcome;
    readonly detail: string;
    readonly seconds: number;
}

/** Thrown by a step that cannot run yet for a stated reason (not a failure). */
export class SkipStep extends Error {}

export class Report {
    readonly steps: StepResult[] = [];
    readonly timings = new Map<string, number>();
    /** Called when a step fails, e.g. to keep a screenshot of the moment. */
    onFailure: ((step: string) => Promise<void>) | undefined;
    /** Called before each step, e.g. to close menus a failed step left open. */
    beforeEach: (() => Promise<void>) | undefined;

    async step(name: string, body: () => Promise<string | void>): Promise<boolean> {
        const start = Date.now();
        process.stdout.write(`[e2e] ${name} …\n`);
        try {
            await this.beforeEach?.();
            const detail = await body();
            this.add(name, 'passed', detail ?? '', start);
            return true;
        } catch (error) {
            if (error instanceof SkipStep) {
                this.add(name, 'skipped', error.message, start);
                return true;
            }
            this.add(name, 'failed', error instanceof Error ? error.stack ?? error.message : String(error), start);
            await this.onFailure?.(name).catch(() => undefined);
            return false;
        }
    }

    time(name: string, milliseconds: number): void {
        this.timings.set(name, Math.round(milliseconds));
    }

    private add(name: string, outcome: Outcome, detail: string, start: number): void {
        const result = { name, outcome, detail, seconds: (Date.now() - start) / 1000 };
        this.steps.push(result);
        process.stdout.write(`[e2e] ${outcome.toUpperCase()} ${name} (${result.seconds.toFixed(1)} s)${detail ? `: ${detail}` : ''}\n`);
    }

    get failed(): number {
        return this.steps.filter(step => step.outcome === 'failed').length;
    }

    summary(): string {
        const count = (outcome: Outcome): number => this.steps.filter(step => step.outcome === outcome).length;
        const lines = ['', 'End-to-end steps:'];
        for (const step of this.steps) {
            lines.push(`  ${step.outcome.padEnd(7)} ${step.name}${step.outcome === 'passed' ? '' : ` — ${step.detail.split('\n')[0]}`}`);
        }
        lines.push('', 'Timings:');
        for (const [name, ms] of this.timings) {
            lines.push(`  ${name}: ${ms} ms`);
        }
        lines.push('', `e2e: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
        return lines.join('\n');
    }
}
