import type { LangiumSharedCoreServices } from 'langium';
import type { Finding } from './finding.js';
import { parseSamskapConfig, resolveConfig, type ResolvedSamskapConfig, type SamskapConfig } from './rule-config.js';

type Listener = (config: ResolvedSamskapConfig) => void;

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

    constructor(shared?: LangiumSharedCoreServices) {
        shared?.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
            if (update.section === 'samskap') {
                this.updateFromSettings(update.configuration);
            }
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
        const parsed = parseSamskapConfig(value ?? {}, uri);
        this.update(parsed.config, parsed.findings);
        return parsed.findings;
    }

    onDidChange(listener: Listener): void {
        this.listeners.push(listener);
    }
}
