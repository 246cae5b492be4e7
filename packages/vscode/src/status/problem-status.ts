import * as vscode from 'vscode';
import type { DiagnosticsTracker } from './diagnostics-tracker.js';

/**
 * The status bar item for the active Samskap model: its errors and warnings, or that the server
 * is still checking it. A click opens the Problems panel.
 */
export class ProblemStatus implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('samskap.problems', vscode.StatusBarAlignment.Left, 10);
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor(private readonly tracker: DiagnosticsTracker) {
        this.item.name = 'Samskap problems';
        this.item.command = 'workbench.actions.view.problems';
        this.subscriptions.push(
            vscode.window.onDidChangeActiveTextEditor(() => this.update()),
            vscode.languages.onDidChangeDiagnostics(() => this.update()),
            tracker.onDidReceive(() => this.update())
        );
        this.update();
    }

    update(): void {
        const document = vscode.window.activeTextEditor?.document;
        if (!document || document.languageId !== 'samskap') {
            this.item.hide();
            return;
        }
        const name = document.uri.path.split('/').pop() ?? document.uri.toString();
        if (!this.tracker.hasBeenChecked(document.uri)) {
            this.item.text = '$(sync~spin) Samskap';
            this.item.tooltip = `Samskap is checking ${name}…`;
            this.item.show();
            return;
        }
        let errors = 0;
        let warnings = 0;
        for (const diagnostic of vscode.languages.getDiagnostics(document.uri)) {
            if (diagnostic.severity === vscode.DiagnosticSeverity.Error) {
                errors++;
            } else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) {
                warnings++;
            }
        }
        this.item.text = `$(error) ${errors} $(warning) ${warnings} Samskap`;
        this.item.tooltip = `${name}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}. Click to open the Problems panel.`;
        this.item.accessibilityInformation = { label: `Samskap: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${name}` };
        this.item.show();
    }

    dispose(): void {
        this.item.dispose();
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
