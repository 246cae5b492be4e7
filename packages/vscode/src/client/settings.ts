import * as vscode from 'vscode';

export type DisplayLanguage = 'en' | 'nb' | 'da';
export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';

/**
 * The `samskap.*` settings as the language server receives them: once as initializationOptions,
 * and then through `workspace/configuration` for the section `samskap`, which Langium's
 * ConfigurationProvider fetches and keeps current (it registers for didChangeConfiguration).
 */
export interface SamskapSettings {
    readonly displayLanguage: DisplayLanguage;
    readonly rules: { readonly severity: Readonly<Record<string, RuleSeverity>> };
    readonly governance: { readonly sizeThreshold: number };
    readonly libraries: { readonly folders: readonly string[] };
}

const DISPLAY_LANGUAGES: readonly DisplayLanguage[] = ['en', 'nb', 'da'];
const SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

export function readSettings(scope?: vscode.ConfigurationScope): SamskapSettings {
    const config = vscode.workspace.getConfiguration('samskap', scope);
    const language = config.get<string>('displayLanguage', 'en');
    const severities: Record<string, RuleSeverity> = {};
    for (const [code, value] of Object.entries(config.get<Record<string, unknown>>('rules.severity', {}))) {
        if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) {
            severities[code] = value as RuleSeverity;
        }
    }
    const folders = config.get<unknown[]>('libraries.folders', []).filter((folder): folder is string => typeof folder === 'string');
    return {
        displayLanguage: (DISPLAY_LANGUAGES as readonly string[]).includes(language) ? language as DisplayLanguage : 'en',
        rules: { severity: severities },
        governance: { sizeThreshold: Math.max(2, Math.round(config.get<number>('governance.sizeThreshold', 8))) },
        libraries: { folders }
    };
}

/** Milliseconds the preview waits after the last keystroke before it asks for a new diagram. */
export function previewUpdateDelay(): number {
    const value = vscode.workspace.getConfiguration('samskap').get<number>('preview.updateDelay', 150);
    return Math.min(2000, Math.max(0, value));
}
