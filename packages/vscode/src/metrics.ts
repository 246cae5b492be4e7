import { appendFileSync } from 'node:fs';
import type * as vscode from 'vscode';

/**
 * Timings a user would feel (activation, first diagnostics, preview refresh), written to the
 * output channel. When SAMSKAP_E2E_METRICS_FILE is set (the end-to-end suite sets it on the
 * code-server process) they are also appended there as JSON lines for the suite to report.
 */
export class Metrics {
    private readonly file = process.env.SAMSKAP_E2E_METRICS_FILE;

    constructor(private readonly output: vscode.OutputChannel) {}

    record(name: string, milliseconds: number, detail?: string): void {
        const rounded = Math.round(milliseconds * 10) / 10;
        this.output.appendLine(`[timing] ${name}: ${rounded} ms${detail ? ` (${detail})` : ''}`);
        if (this.file) {
            try {
                appendFileSync(this.file, JSON.stringify({ name, ms: rounded, detail, at: Date.now() }) + '\n');
            } catch {
                // Measurements must never break the editor.
            }
        }
    }
}
