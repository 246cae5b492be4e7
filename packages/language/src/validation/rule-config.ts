import type { SourcePosition, SourceRange } from '../model/partnership-model.js';
import { resolveAnalysisSettings, type AnalysisSettings, type ResolvedAnalysisSettings } from '../analysis/classification.js';
import { DISPLAY_LANGUAGES, formatDisplayNumber, type DisplayLanguage } from '../analysis/labels.js';
import { SEVERITY_SETTINGS, type Finding, type SeveritySetting } from './finding.js';
import { RULES_BY_CODE } from './rule-catalogue.js';
import { messageIn, type RuleMessage } from './rule-message.js';

/**
 * The settings of `samskap.json` (CLI) and of the editor's `samskap.*` workspace settings:
 *
 *     { "rules": { "SK-CTX-003": "off", "SK-GOV-006": "error" },
 *       "governance": { "sharedMaxParticipants": 8, "leadMaxParticipants": 25 },
 *       "funding": { "shareTolerance": 0.5 },
 *       "diagnostics": { "classifications": true },
 *       "provenance": { "required": true } }
 */
export interface SamskapConfig {
    readonly rules?: Readonly<Record<string, SeveritySetting>>;
    readonly governance?: AnalysisSettings['governance'];
    readonly funding?: {
        /** How far (percentage points) the shares of one funded item may be from 100 %. */
        readonly shareTolerance?: number;
    };
    readonly display?: {
        /** Language of the classification labels in hovers and code lenses (English, bokmål, nynorsk, Danish). */
        readonly language?: DisplayLanguage;
    };
    readonly diagnostics?: {
        /**
         * Report the classification rules (computed forms, profiles and figures) as diagnostics too.
         * Off by default: classifications are results, shown in hover, code lenses and `--explain`.
         */
        readonly classifications?: boolean;
    };
    readonly provenance?: {
        /**
         * A researcher's "fully sourced" mode: every statement must cite a source or state its
         * certainty (`[guribye "p. 12"]`, `[assumed]`); one that does neither is reported (SK-SRC-002).
         */
        readonly required?: boolean;
    };
}

export interface ResolvedSamskapConfig {
    readonly rules: Readonly<Record<string, SeveritySetting>>;
    readonly analysis: ResolvedAnalysisSettings;
    readonly funding: { readonly shareTolerance: number };
    readonly display: { readonly language: DisplayLanguage };
    readonly diagnostics: { readonly classifications: boolean };
    readonly provenance: { readonly required: boolean };
}

export const DEFAULT_SHARE_TOLERANCE = 0.5;

export function resolveConfig(config?: SamskapConfig): ResolvedSamskapConfig {
    return {
        rules: config?.rules ?? {},
        analysis: resolveAnalysisSettings({ governance: config?.governance }),
        funding: { shareTolerance: config?.funding?.shareTolerance ?? DEFAULT_SHARE_TOLERANCE },
        display: { language: config?.display?.language ?? 'en' },
        diagnostics: { classifications: config?.diagnostics?.classifications ?? false },
        provenance: { required: config?.provenance?.required ?? false }
    };
}

/**
 * The severity a rule reports with under the settings: the configured one, else its default. A
 * classification rule (a result, not a problem) is off unless `diagnostics.classifications` is
 * true or its code has a severity under `rules`.
 */
export function severityOf(config: ResolvedSamskapConfig, code: string): SeveritySetting {
    const configured = config.rules[code];
    if (configured !== undefined) return configured;
    const rule = RULES_BY_CODE.get(code);
    if (!rule) return 'warning';
    if (rule.classification && !config.diagnostics.classifications) return 'off';
    return rule.defaultSeverity;
}

export interface ParsedConfig {
    readonly config: SamskapConfig;
    /** Problems in the settings themselves (SK-CFG-…): reported, never ignored. */
    readonly findings: readonly Finding[];
}

const TOP_KEYS = new Set(['rules', 'governance', 'funding', 'display', 'diagnostics', 'provenance', '$schema']);
const GOVERNANCE_KEYS = new Set(['sharedMaxParticipants', 'leadMaxParticipants']);
const FUNDING_KEYS = new Set(['shareTolerance']);

/**
 * Parses and checks settings: the text of a `samskap.json`, or an already parsed object (the
 * editor's `samskap` settings section). Pure. Unknown rule codes, unknown keys and bad values
 * become findings located in the file; the valid part of the settings is still used. The
 * findings are in `language`, else in the display language the settings themselves choose.
 */
export function parseSamskapConfig(input: string | unknown, uri = 'samskap.json', language?: DisplayLanguage): ParsedConfig {
    const parsed = parseConfig(input, uri);
    const shown = language ?? parsed.config.display?.language ?? 'en';
    return {
        config: parsed.config,
        findings: parsed.findings.map(({ message, ...finding }) => ({ ...finding, message: messageIn(message, shown) }))
    };
}

/** A finding about the settings with its message in every language, before the display language is known. */
type ConfigFinding = Omit<Finding, 'message'> & { readonly message: RuleMessage };

function parseConfig(input: string | unknown, uri: string): { config: SamskapConfig; findings: ConfigFinding[] } {
    // Editors on Windows save JSON with a byte order mark; JSON.parse rejects it, so it goes first.
    if (typeof input === 'string' && input.startsWith('\uFEFF')) input = input.slice(1);
    const text = typeof input === 'string' ? input : undefined;
    const findings: ConfigFinding[] = [];
    const keys = new KeyLocator(text, uri);
    const locate = (path: readonly string[]): SourceRange => keys.rangeOf(path);
    const report = (code: string, severity: Finding['severity'], message: RuleMessage, path: readonly string[]): void => {
        findings.push({ code, severity, message, range: locate(path), model: '' });
    };

    let value: unknown = input;
    if (text !== undefined) {
        try {
            value = JSON.parse(text);
        } catch (error) {
            const reason = (error as Error).message;
            report('SK-CFG-001', 'error', {
                en: `The settings file is not valid JSON (${reason}); fix the syntax, no setting from it is used.`,
                nb: `Innstillingsfilen er ikke gyldig JSON (${reason}); rett syntaksen – ingen innstilling fra den blir brukt.`,
                da: `Indstillingsfilen er ikke gyldig JSON (${reason}); ret syntaksen – ingen indstilling fra den bliver brugt.`
            }, []);
            return { config: {}, findings };
        }
    }
    if (value === undefined || value === null) {
        return { config: {}, findings };
    }
    if (!isRecord(value)) {
        report('SK-CFG-001', 'error', {
            en: 'The settings must be a JSON object such as { "rules": { ... } }.',
            nb: 'Innstillingene må være et JSON-objekt, for eksempel { "rules": { ... } }.',
            da: 'Indstillingerne skal være et JSON-objekt, for eksempel { "rules": { ... } }.'
        }, []);
        return { config: {}, findings };
    }

    for (const key of Object.keys(value)) {
        if (!TOP_KEYS.has(key)) {
            report('SK-CFG-004', 'warning', {
                en: `Unknown setting "${key}"; known settings are "rules", "governance", "funding", "display", "diagnostics" and "provenance".`,
                nb: `Ukjent innstilling "${key}"; kjente innstillinger er "rules", "governance", "funding", "display", "diagnostics" og "provenance".`,
                da: `Ukendt indstilling "${key}"; kendte indstillinger er "rules", "governance", "funding", "display", "diagnostics" og "provenance".`
            }, [key]);
        }
    }

    const rules: Record<string, SeveritySetting> = {};
    if (value.rules !== undefined) {
        if (!isRecord(value.rules)) {
            report('SK-CFG-005', 'error', {
                en: '"rules" must be an object mapping rule codes to "error", "warning", "info", "hint" or "off".',
                nb: '"rules" må være et objekt som knytter regelkoder til "error", "warning", "info", "hint" eller "off".',
                da: '"rules" skal være et objekt, der knytter regelkoder til "error", "warning", "info", "hint" eller "off".'
            }, ['rules']);
        } else {
            for (const [code, severity] of Object.entries(value.rules)) {
                const rule = RULES_BY_CODE.get(code);
                if (!rule) {
                    report('SK-CFG-002', 'warning', {
                        en: `Unknown rule code "${code}"; see docs/rules.md for the codes (a retired code is never reused).`,
                        nb: `Ukjent regelkode "${code}"; se docs/rules.md for kodene (en kode som er tatt ut av bruk, brukes aldri på nytt).`,
                        da: `Ukendt regelkode "${code}"; se docs/rules.md for koderne (en kode, der er taget ud af brug, genbruges aldrig).`
                    }, ['rules', code]);
                    continue;
                }
                if (rule.retired) {
                    report('SK-CFG-002', 'warning', {
                        en: `Rule ${code} is retired (${rule.retired}); remove it from the settings.`,
                        nb: `Regelen ${code} er tatt ut av bruk; fjern den fra innstillingene (docs/rules.md sier hvorfor).`,
                        da: `Reglen ${code} er taget ud af brug; fjern den fra indstillingerne (docs/rules.md siger hvorfor).`
                    }, ['rules', code]);
                    continue;
                }
                if (typeof severity !== 'string' || !SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
                    const [choices, got] = [SEVERITY_SETTINGS.map(s => `"${s}"`).join(', '), JSON.stringify(severity)];
                    report('SK-CFG-003', 'error', {
                        en: `Severity of ${code} must be one of ${choices}; got ${got}.`,
                        nb: `Alvorlighetsgraden for ${code} må være en av ${choices}, ikke ${got}.`,
                        da: `Alvorligheden for ${code} skal være en af ${choices}, ikke ${got}.`
                    }, ['rules', code]);
                    continue;
                }
                rules[code] = severity as SeveritySetting;
            }
        }
    }

    const governance = numbersOf(value, 'governance', GOVERNANCE_KEYS, report, n => Number.isInteger(n) && n >= 1, {
        en: 'a whole number of participants, at least 1', nb: 'et helt antall deltakere, minst 1', da: 'et helt antal deltagere, mindst 1'
    });
    const funding = numbersOf(value, 'funding', FUNDING_KEYS, report, n => n >= 0 && n < 100, {
        en: 'a number of percentage points from 0 to 100', nb: 'et antall prosentpoeng fra 0 til 100', da: 'et antal procentpoint fra 0 til 100'
    });
    const display = displayOf(value, report);
    const classifications = booleanOf(value, 'diagnostics', 'classifications', report);
    const diagnostics = classifications === undefined ? undefined : { classifications };
    const required = booleanOf(value, 'provenance', 'required', report);
    const provenance = required === undefined ? undefined : { required };
    const shared = governance.sharedMaxParticipants;
    const lead = governance.leadMaxParticipants;
    if (shared !== undefined && lead !== undefined && lead < shared) {
        report('SK-CFG-005', 'error', {
            en: `"leadMaxParticipants" (${formatDisplayNumber(lead, 'en')}) must not be smaller than "sharedMaxParticipants" (${formatDisplayNumber(shared, 'en')}).`,
            nb: `"leadMaxParticipants" (${formatDisplayNumber(lead, 'nb')}) kan ikke være mindre enn "sharedMaxParticipants" (${formatDisplayNumber(shared, 'nb')}).`,
            da: `"leadMaxParticipants" (${formatDisplayNumber(lead, 'da')}) må ikke være mindre end "sharedMaxParticipants" (${formatDisplayNumber(shared, 'da')}).`
        }, ['governance', 'leadMaxParticipants']);
        delete governance.leadMaxParticipants;
    }
    return {
        config: {
            rules,
            governance: Object.keys(governance).length > 0 ? governance : undefined,
            funding: Object.keys(funding).length > 0 ? funding : undefined,
            display,
            diagnostics,
            provenance
        },
        findings
    };
}

function numbersOf(
    value: Record<string, unknown>, section: string, keys: ReadonlySet<string>,
    report: (code: string, severity: Finding['severity'], message: RuleMessage, path: readonly string[]) => void,
    valid: (n: number) => boolean, expectation: RuleMessage
): Record<string, number> {
    const result: Record<string, number> = {};
    const raw = value[section];
    if (raw === undefined) return result;
    if (!isRecord(raw)) {
        report('SK-CFG-005', 'error', { en: `"${section}" must be an object.`, nb: `"${section}" må være et objekt.`, da: `"${section}" skal være et objekt.` }, [section]);
        return result;
    }
    for (const [key, setting] of Object.entries(raw)) {
        if (!keys.has(key)) {
            const known = [...keys].map(k => `"${k}"`).join(', ');
            report('SK-CFG-004', 'warning', {
                en: `Unknown setting "${section}.${key}"; known: ${known}.`,
                nb: `Ukjent innstilling "${section}.${key}"; kjente: ${known}.`,
                da: `Ukendt indstilling "${section}.${key}"; kendte: ${known}.`
            }, [section, key]);
        } else if (typeof setting !== 'number' || !valid(setting)) {
            const got = JSON.stringify(setting);
            report('SK-CFG-005', 'error', {
                en: `"${section}.${key}" must be ${expectation.en}; got ${got}.`,
                nb: `"${section}.${key}" må være ${expectation.nb}, ikke ${got}.`,
                da: `"${section}.${key}" skal være ${expectation.da}, ikke ${got}.`
            }, [section, key]);
        } else {
            result[key] = setting;
        }
    }
    return result;
}

function displayOf(
    value: Record<string, unknown>, report: (code: string, severity: Finding['severity'], message: RuleMessage, path: readonly string[]) => void
): SamskapConfig['display'] {
    const raw = value.display;
    if (raw === undefined) return undefined;
    if (!isRecord(raw)) {
        report('SK-CFG-005', 'error', {
            en: '"display" must be an object such as { "language": "nb" }.',
            nb: '"display" må være et objekt, for eksempel { "language": "nb" }.',
            da: '"display" skal være et objekt, for eksempel { "language": "da" }.'
        }, ['display']);
        return undefined;
    }
    for (const key of Object.keys(raw)) {
        if (key !== 'language') {
            report('SK-CFG-004', 'warning', {
                en: `Unknown setting "display.${key}"; known: "language".`,
                nb: `Ukjent innstilling "display.${key}"; kjent: "language".`,
                da: `Ukendt indstilling "display.${key}"; kendt: "language".`
            }, ['display', key]);
        }
    }
    if (raw.language === undefined) return undefined;
    if (typeof raw.language !== 'string' || !DISPLAY_LANGUAGES.includes(raw.language as DisplayLanguage)) {
        const [choices, got] = [DISPLAY_LANGUAGES.map(l => `"${l}"`).join(', '), JSON.stringify(raw.language)];
        report('SK-CFG-005', 'error', {
            en: `"display.language" must be one of ${choices}; got ${got}.`,
            nb: `"display.language" må være en av ${choices}, ikke ${got}.`,
            da: `"display.language" skal være en af ${choices}, ikke ${got}.`
        }, ['display', 'language']);
        return undefined;
    }
    return { language: raw.language as DisplayLanguage };
}

/** A section holding one switch (`"diagnostics": { "classifications": true }`, `"provenance": { "required": true }`). */
function booleanOf(
    value: Record<string, unknown>, section: string, key: string,
    report: (code: string, severity: Finding['severity'], message: RuleMessage, path: readonly string[]) => void
): boolean | undefined {
    const raw = value[section];
    if (raw === undefined) return undefined;
    if (!isRecord(raw)) {
        report('SK-CFG-005', 'error', {
            en: `"${section}" must be an object such as { "${key}": true }.`,
            nb: `"${section}" må være et objekt, for eksempel { "${key}": true }.`,
            da: `"${section}" skal være et objekt, for eksempel { "${key}": true }.`
        }, [section]);
        return undefined;
    }
    for (const other of Object.keys(raw)) {
        if (other !== key) {
            report('SK-CFG-004', 'warning', {
                en: `Unknown setting "${section}.${other}"; known: "${key}".`,
                nb: `Ukjent innstilling "${section}.${other}"; kjent: "${key}".`,
                da: `Ukendt indstilling "${section}.${other}"; kendt: "${key}".`
            }, [section, other]);
        }
    }
    const setting = raw[key];
    if (setting === undefined) return undefined;
    if (typeof setting !== 'boolean') {
        const got = JSON.stringify(setting);
        report('SK-CFG-005', 'error', {
            en: `"${section}.${key}" must be true or false; got ${got}.`,
            nb: `"${section}.${key}" må være true eller false, ikke ${got}.`,
            da: `"${section}.${key}" skal være true eller false, ikke ${got}.`
        }, [section, key]);
        return undefined;
    }
    return setting;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How often a settings text was scanned whole to locate findings (the tests read it: once for keys, once for lines). */
export const settingsScanStatistics = { scans: 0 };

/**
 * Where the keys of the settings are written, for locating findings: one scan of the text the
 * first time a finding needs a place, then a look-up per finding. (Searching the text for each
 * key, and counting the lines before it, made a file of many unknown keys quadratic: 200,000
 * keys took minutes.) Keys are indexed to the depth settings have (a section and its key); the
 * first of two equal keys is the one named. Without text (settings given as an object), or for
 * a key not found, the range is the file's start.
 */
class KeyLocator {
    private keys?: Map<string, readonly [number, number]>;
    private lineStarts?: number[];

    constructor(private readonly text: string | undefined, private readonly uri: string) {}

    rangeOf(path: readonly string[]): SourceRange {
        if (this.text === undefined || path.length === 0) return this.at(0, 0);
        this.keys ??= indexKeys(this.text, 2);
        const found = this.keys.get(keyPath(path));
        return found ? this.at(found[0], found[1]) : this.at(0, 0);
    }

    private at(start: number, end: number): SourceRange {
        return { uri: this.uri, start: this.positionAt(start), end: this.positionAt(end) };
    }

    private positionAt(offset: number): SourcePosition {
        const text = this.text ?? '';
        if (!this.lineStarts) {
            settingsScanStatistics.scans++;
            this.lineStarts = [0];
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
        }
        // The last line starting at or before the offset (binary search).
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= offset) low = middle;
            else high = middle - 1;
        }
        return { line: low, character: offset - this.lineStarts[low] };
    }
}

const keyPath = (path: readonly string[]): string => JSON.stringify(path);

/**
 * The offsets (start, end, quotes included) of the object keys of a JSON text, by their path of
 * keys, up to `maxDepth` keys deep. One pass with an explicit stack, so neither the size nor the
 * nesting of the text can make it slow or overflow; the text has already passed JSON.parse.
 */
function indexKeys(text: string, maxDepth: number): Map<string, readonly [number, number]> {
    settingsScanStatistics.scans++;
    const result = new Map<string, readonly [number, number]>();
    // Per open object or array: its path of keys (undefined when deeper than indexed or inside an
    // array), whether the next string is a key, and the last key read.
    const stack: Array<{ path: readonly string[] | undefined; object: boolean; expectKey: boolean; key?: string }> = [];
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
        if (c === 0x22 /* " */) {
            let j = i + 1;
            while (j < text.length) {
                const d = text.charCodeAt(j);
                if (d === 0x5c /* \ */) j += 2;
                else if (d === 0x22) break;
                else j++;
            }
            const end = Math.min(j + 1, text.length);
            if (top?.object && top.expectKey) {
                top.expectKey = false;
                top.key = undefined;
                if (top.path !== undefined && top.path.length < maxDepth) {
                    try {
                        const key = JSON.parse(text.slice(i, end)) as string;
                        top.key = key;
                        const id = keyPath([...top.path, key]);
                        if (!result.has(id)) result.set(id, [i, end]);
                    } catch {
                        // Not a well-formed string: nothing to index.
                    }
                }
            }
            i = end;
            continue;
        }
        if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            const path = top === undefined ? [] : top.object && top.path !== undefined && top.key !== undefined ? [...top.path, top.key] : undefined;
            stack.push({ path: c === 0x7b ? path : undefined, object: c === 0x7b, expectKey: c === 0x7b });
        } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            stack.pop();
        } else if (c === 0x2c /* , */ && top?.object) {
            top.expectKey = true;
        }
        i++;
    }
    return result;
}
