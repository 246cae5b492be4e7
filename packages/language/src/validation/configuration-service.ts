import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { DisplayLanguage } from '../analysis/labels.js';
import { fromEditorSettings } from './editor-settings.js';
import type { Finding } from './finding.js';
import { parseSamskapConfig, resolveConfig, type ResolvedSamskapConfig, type SamskapConfig } from './rule-config.js';
import { messageIn } from './rule-message.js';

type Listener = (config: ResolvedSamskapConfig) => void;

/** The message shown for problems in the editor's settings, in the display language they set. */
function settingsProblems(findings: readonly Finding[], language: DisplayLanguage): string {
    const heading = messageIn({ en: 'Samskap settings', nb: 'Samskap-innstillinger', da: 'Samskap-indstillinger' }, language);
    return `${heading}: ${findings.map(f => `${f.code} ${f.message}`).join(' ')}`;
}

/**
 * The settings the editor's rules and classifications use. The language server receives the
 * `samskap` section of the workspace settings (same shape as samskap.json) through Langium's
 * ConfigurationProvider; the CLI or an extension may also call `update` with a parsed
 * samskap.json. Listeners (the classification cache) hear of every change; whoever changes the
 * settings re-validates the open documents.
 */
export class SamskapConfiguration {
    private current: ResolvedSamskapConfig = resolveConfig();
    private raw: SamskapConfig = {};
    private problems: readonly Finding[] = [];
    private readonly listeners: Listener[] = [];

    /**
     * @param shared when given, the `samskap` section of the editor's settings is followed, and
     *   after a change every validated document is validated again under the new settings.
     * @param notify shows problems in the editor's settings to the user (the server passes the
     *   client's `window/showMessage`), since they belong to no document.
     * @param workspaceReady settles when the language server's first workspace build is done: the
     *   re-validation waits for it, since a workspace write would cancel that build.
     */
    constructor(
        private readonly shared?: LangiumSharedCoreServices,
        private readonly notify?: (message: string) => void,
        private readonly workspaceReady: () => Promise<void> = () => Promise.resolve()
    ) {
        shared?.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
            if (update.section === 'samskap') {
                const findings = this.updateFromSettings(update.configuration);
                if (findings.length > 0) {
                    this.notify?.(settingsProblems(findings, this.current.display.language));
                }
                this.revalidation = this.revalidate();
            }
        });
        // The settings the client sends at start-up are stored without an update event: read them once ready.
        void shared?.workspace.ConfigurationProvider.ready.then(() => this.readInitialSettings());
    }

    private async readInitialSettings(): Promise<void> {
        const provider = this.shared?.workspace.ConfigurationProvider;
        if (!provider) return;
        const settings: Record<string, unknown> = {};
        for (const key of ['rules', 'governance', 'funding', 'display', 'diagnostics', 'provenance', 'displayLanguage']) {
            const value: unknown = await provider.getConfiguration('samskap', key);
            if (value !== undefined && value !== null) settings[key] = value;
        }
        if (Object.keys(settings).length === 0) return;
        const findings = this.updateFromSettings(settings);
        if (findings.length > 0) {
            this.notify?.(settingsProblems(findings, this.current.display.language));
        }
        this.revalidation = this.revalidate();
    }

    private revalidation: Promise<void> = Promise.resolve();

    /** Settles when the documents have been validated again after the last settings change. */
    whenRevalidated(): Promise<void> {
        return this.revalidation;
    }

    /** Validates every already validated document again, under the current settings. */
    async revalidate(): Promise<void> {
        const workspace = this.shared?.workspace;
        if (!workspace) return;
        await this.workspaceReady();
        // Only documents that were validated (and so show diagnostics) need it again; with none,
        // no write is queued at all, so no build in progress is cancelled.
        if (!workspace.LangiumDocuments.all.some(document => document.state >= DocumentState.Validated)) return;
        await workspace.WorkspaceLock.write(async token => {
            const documents = workspace.LangiumDocuments.all.filter(document => document.state >= DocumentState.Validated).toArray();
            for (const document of documents) {
                workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
            }
            await workspace.DocumentBuilder.build(documents, { validation: true }, token);
        });
    }

    get config(): ResolvedSamskapConfig {
        return this.current;
    }

    get settings(): SamskapConfig {
        return this.raw;
    }

    /** Problems found in the last settings given (unknown rule codes, bad values). */
    get findings(): readonly Finding[] {
        return this.problems;
    }

    update(settings: SamskapConfig, findings: readonly Finding[] = []): void {
        this.raw = settings;
        this.current = resolveConfig(settings);
        this.problems = findings;
        for (const listener of this.listeners) listener(this.current);
    }

    /** Takes an unchecked settings object (the editor's section) and checks it like samskap.json. */
    updateFromSettings(value: unknown, uri = 'settings:samskap'): readonly Finding[] {
        const parsed = parseSamskapConfig(fromEditorSettings(value ?? {}), uri);
        this.update(parsed.config, parsed.findings);
        return parsed.findings;
    }

    onDidChange(listener: Listener): void {
        this.listeners.push(listener);
    }
}
