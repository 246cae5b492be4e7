/**
 * The editor's `samskap` settings section in the shape samskap.json has. The VS Code extension
 * contributes `samskap.rules.severity`, `samskap.governance.sizeThreshold`,
 * `samskap.displayLanguage` (VS Code's own words, e.g. severity "information"),
 * `samskap.diagnostics.classifications` and `samskap.provenance.required` (same shape as
 * samskap.json, passed on as they are); the same
 * keys as samskap.json (`samskap.rules`, `samskap.display.language`, …) are accepted too. Settings that
 * belong to the extension alone (libraries, preview, trace) or to the editor's hints (inlayHints) are left out, not reported.
 */
const EXTENSION_ONLY = new Set(['libraries', 'preview', 'trace', 'inlayHints']);

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function fromEditorSettings(section: unknown): unknown {
    if (!isRecord(section)) return section;
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(section)) {
        if (EXTENSION_ONLY.has(key) || key === 'displayLanguage') continue;
        result[key] = value;
    }
    const rules = section.rules;
    if (isRecord(rules) && isRecord(rules.severity)) {
        const { severity, ...others } = rules;
        result.rules = {
            ...others,
            ...Object.fromEntries(Object.entries(severity).map(([code, value]) => [code, value === 'information' ? 'info' : value]))
        };
    }
    const governance = section.governance;
    if (isRecord(governance) && 'sizeThreshold' in governance) {
        const { sizeThreshold, ...others } = governance;
        result.governance = { sharedMaxParticipants: sizeThreshold, ...others };
    }
    if (section.displayLanguage !== undefined && section.display === undefined) {
        result.display = { language: section.displayLanguage };
    }
    return result;
}
