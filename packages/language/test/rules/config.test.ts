import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createSamskapServices } from '../../src/samskap-module.js';
import type { Document } from '../../src/generated/ast.js';
import { parseSamskapConfig } from '../../src/validation/rule-config.js';
import { runRules } from '../../src/validation/run-rules.js';
import { modelOf } from '../analysis/helpers.js';

describe('samskap.json parser', () => {
    test('reads severities and settings', () => {
        const { config, findings } = parseSamskapConfig('{ "rules": { "SK-CTX-003": "off", "SK-GOV-006": "error" }, "governance": { "sharedMaxParticipants": 5 }, "funding": { "shareTolerance": 1 } }');
        expect(findings).toEqual([]);
        expect(config).toEqual({ rules: { 'SK-CTX-003': 'off', 'SK-GOV-006': 'error' }, governance: { sharedMaxParticipants: 5 }, funding: { shareTolerance: 1 } });
    });

    test('reports unknown rule codes, bad severities, unknown keys and bad numbers where they are written', () => {
        const text = '{\n  "rules": {\n    "SK-NOPE-001": "off",\n    "SK-FUND-001": "loud"\n  },\n  "governance": { "sharedMaxParticipants": 0 },\n  "colour": "red"\n}';
        const { config, findings } = parseSamskapConfig(text, 'file:///w/samskap.json');
        expect(findings.map(f => [f.code, f.severity, f.range.start.line, f.range.start.character])).toEqual([
            ['SK-CFG-004', 'warning', 6, 2],
            ['SK-CFG-002', 'warning', 2, 4],
            ['SK-CFG-003', 'error', 3, 4],
            ['SK-CFG-005', 'error', 5, 18]
        ]);
        expect(findings[1].message).toContain('Unknown rule code "SK-NOPE-001"');
        expect(findings[2].message).toContain('"error", "warning", "info", "hint", "off"');
        expect(findings.every(f => f.range.uri === 'file:///w/samskap.json')).toBe(true);
        expect(config.rules).toEqual({});
    });

    test('reports invalid JSON and a retired rule code', () => {
        expect(parseSamskapConfig('{ "rules": ').findings.map(f => f.code)).toEqual(['SK-CFG-001']);
        expect(parseSamskapConfig('[1]').findings.map(f => f.code)).toEqual(['SK-CFG-001']);
        const retired = parseSamskapConfig({ rules: { 'SK-GOV-001': 'off' } });
        expect(retired.findings.map(f => f.message)).toEqual([expect.stringContaining('Rule SK-GOV-001 is retired')]);
    });

    test('reads the display language and rejects an unknown one', () => {
        expect(parseSamskapConfig({ display: { language: 'nn' } }).config.display).toEqual({ language: 'nn' });
        const bad = parseSamskapConfig('{ "display": { "language": "sv", "font": 1 } }');
        expect(bad.findings.map(f => [f.code, f.range.start.character])).toEqual([['SK-CFG-004', 33], ['SK-CFG-005', 15]]);
        expect(bad.config.display).toBeUndefined();
    });

    test('reads `diagnostics.classifications` and rejects a value that is not a boolean or an unknown key', () => {
        expect(parseSamskapConfig('{ "diagnostics": { "classifications": true } }').config.diagnostics).toEqual({ classifications: true });
        const bad = parseSamskapConfig('{ "diagnostics": { "classifications": "yes", "colour": 1 } }');
        expect(bad.findings.map(f => [f.code, f.range.start.character])).toEqual([['SK-CFG-004', 45], ['SK-CFG-005', 19]]);
        expect(bad.config.diagnostics).toBeUndefined();
        expect(parseSamskapConfig({ diagnostics: true }).findings.map(f => f.code)).toEqual(['SK-CFG-005']);
    });

    test('reads `provenance.required` (the fully sourced mode) and rejects a value that is not a boolean or an unknown key', () => {
        expect(parseSamskapConfig('{ "provenance": { "required": true } }').config.provenance).toEqual({ required: true });
        expect(parseSamskapConfig('{ "provenance": { "required": false } }').findings).toEqual([]);
        const bad = parseSamskapConfig('{ "provenance": { "required": "yes", "strict": 1 } }');
        expect(bad.findings.map(f => [f.code, f.range.start.character])).toEqual([['SK-CFG-004', 37], ['SK-CFG-005', 18]]);
        expect(bad.findings[0].message).toBe('Unknown setting "provenance.strict"; known: "required".');
        expect(bad.findings[1].message).toBe('"provenance.required" must be true or false; got "yes".');
        expect(bad.config.provenance).toBeUndefined();
        expect(parseSamskapConfig({ provenance: true }).findings.map(f => f.message)).toEqual(['"provenance" must be an object such as { "required": true }.']);
        expect(parseSamskapConfig({ provenence: {} }).findings.map(f => f.message)).toEqual([expect.stringContaining('"diagnostics" and "provenance"')]);
    });

    test('a lead threshold below the shared one is rejected', () => {
        const { config, findings } = parseSamskapConfig({ governance: { sharedMaxParticipants: 10, leadMaxParticipants: 5 } });
        expect(findings.map(f => f.code)).toEqual(['SK-CFG-005']);
        expect(config.governance).toEqual({ sharedMaxParticipants: 10 });
    });
});

const model = `model M "M" {
    country NO
    actor k "K" is municipality
    actor l "L" is association
    role r "R" is coordinator held by k, l
    initiative by k
    goal "Mål"
    governance shared trust high consensus high
}`;

describe('settings change what the rules report', () => {
    test('runRules: a rule turned off is silent, a severity is changed, the size threshold is a setting', async () => {
        const m = await modelOf(model);
        const codes = (settings?: Parameters<typeof runRules>[2]) => runRules(m, undefined, settings).map(f => `${f.code}:${f.severity}`);
        expect(codes()).toContain('SK-GOV-006:info');
        expect(codes({ rules: { 'SK-GOV-006': 'off' } }).filter(code => code.startsWith('SK-GOV-006'))).toEqual([]);
        expect(codes({ rules: { 'SK-GOV-006': 'error' } })).toContain('SK-GOV-006:error');
        expect(codes()).not.toContain('SK-GOV-003:warning');
        expect(codes({ governance: { sharedMaxParticipants: 1 } })).toContain('SK-GOV-003:warning');
    });

    test('classifications are results: off by default, on as diagnostics with `diagnostics.classifications` or one by one under `rules`', async () => {
        const m = await modelOf(model);
        const classifications = ['SK-FORM-003', 'SK-GOV-007'];
        const codes = (settings?: Parameters<typeof runRules>[2]) => runRules(m, undefined, settings).map(f => `${f.code}:${f.severity}`)
            .filter(code => classifications.some(c => code.startsWith(c)));
        expect(codes()).toEqual([]);
        expect(codes({ diagnostics: { classifications: false } })).toEqual([]);
        expect(codes({ diagnostics: { classifications: true } })).toEqual(['SK-GOV-007:info', 'SK-FORM-003:info']);
        expect(codes({ rules: { 'SK-FORM-003': 'hint' } })).toEqual(['SK-FORM-003:hint']);
        expect(codes({ diagnostics: { classifications: true }, rules: { 'SK-GOV-007': 'off' } })).toEqual(['SK-FORM-003:info']);
    });

    test('the editor setting `samskap.diagnostics.classifications` turns the classifications on', async () => {
        const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
        const parse = parseHelper<Document>(Samskap);
        expect((await parse(model, { validation: true })).diagnostics?.map(d => d.code)).not.toContain('SK-FORM-003');
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { samskap: { diagnostics: { classifications: true } } } });
        expect(Samskap.analysis.Configuration.findings).toEqual([]);
        const again = await parse(model, { validation: true });
        expect(again.diagnostics?.find(d => d.code === 'SK-FORM-003')?.severity).toBe(3);
    });

    test('the language server takes the `samskap` settings section', async () => {
        const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
        const parse = parseHelper<Document>(Samskap);
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { samskap: { rules: { 'SK-GOV-006': 'error', 'SK-XYZ-999': 'off' } } } });
        const document = await parse(model, { validation: true });
        expect(document.diagnostics?.find(d => d.code === 'SK-GOV-006')?.severity).toBe(1);
        expect(Samskap.analysis.Configuration.findings.map(f => f.code)).toEqual(['SK-CFG-002']);
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { samskap: { governance: { sharedMaxParticipants: 1 } } } });
        const again = await parse(model, { validation: true });
        expect(again.diagnostics?.find(d => d.code === 'SK-GOV-006')?.severity).toBe(3);
        expect(again.diagnostics?.find(d => d.code === 'SK-GOV-003')?.message).toContain('setting: at most 1');
    });

    test('the settings the client sends at start-up are read once the server is initialised', async () => {
        const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
        const document = await parseHelper<Document>(Samskap)(model, { validation: true });
        const provider = shared.workspace.ConfigurationProvider;
        provider.initialize({ processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
        await provider.initialized({ fetchConfiguration: async () => [{ rules: { 'SK-GOV-006': 'error' } }] });
        await new Promise(resolve => setTimeout(resolve, 0));
        await Samskap.analysis.Configuration.whenRevalidated();
        expect(Samskap.analysis.Configuration.config.rules).toEqual({ 'SK-GOV-006': 'error' });
        expect(document.diagnostics?.find(d => d.code === 'SK-GOV-006')?.severity).toBe(1);
    });

    test('the VS Code extension\'s settings (rules.severity, governance.sizeThreshold, displayLanguage) are understood', () => {
        const { Samskap } = createSamskapServices(EmptyFileSystem);
        const findings = Samskap.analysis.Configuration.updateFromSettings({
            displayLanguage: 'nb',
            rules: { severity: { 'SK-GOV-006': 'information', 'SK-CTX-003': 'off', 'SK-NOPE-001': 'error' } },
            governance: { sizeThreshold: 6 },
            libraries: { folders: ['library'] },
            preview: { updateDelay: 150 },
            trace: { server: 'off' }
        });
        // Told in the display language the settings choose.
        expect(findings.map(f => f.message)).toEqual(['Ukjent regelkode "SK-NOPE-001"; se docs/rules.md for kodene (en kode som er tatt ut av bruk, brukes aldri på nytt).']);
        const { config } = Samskap.analysis.Configuration;
        expect(config.rules).toEqual({ 'SK-GOV-006': 'info', 'SK-CTX-003': 'off' });
        expect(config.analysis.governance.sharedMaxParticipants).toBe(6);
        expect(config.display.language).toBe('nb');
    });

    test('the fully sourced mode: off by default; `provenance.required` in samskap.json or the editor (`samskap.provenance.required`) turns SK-SRC-002 on', async () => {
        const text = 'model M "M" {\n    source guribye is report "Guribye 2016"\n    actor k "K" is municipality [guribye]\n    actor l "L" is association\n    initiative by k, l\n}';
        const m = await modelOf(text);
        const unsourced = (settings?: Parameters<typeof runRules>[2]) => runRules(m, undefined, settings).filter(f => f.code === 'SK-SRC-002').map(f => [f.severity, f.range.start.line]);
        expect(unsourced()).toEqual([]);
        expect(unsourced({ provenance: { required: true } })).toEqual([['warning', 3], ['warning', 4]]);
        expect(unsourced({ provenance: { required: true }, rules: { 'SK-SRC-002': 'error' } })).toEqual([['error', 3], ['error', 4]]);
        const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
        const parse = parseHelper<Document>(Samskap);
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { samskap: { provenance: { required: true } } } });
        expect(Samskap.analysis.Configuration.findings).toEqual([]);
        const document = await parse(text, { validation: true });
        expect(document.diagnostics?.filter(d => d.code === 'SK-SRC-002').map(d => d.range.start.line)).toEqual([3, 4]);
    });

    test('a settings change does not cancel a workspace build when no document was validated yet', async () => {
        const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
        await parseHelper<Document>(Samskap)(model, { validation: false });
        let cancelled: boolean | undefined;
        let release: () => void = () => undefined;
        const running = shared.workspace.WorkspaceLock.write(async token => {
            await new Promise<void>(resolve => { release = resolve; });
            cancelled = token.isCancellationRequested;
        });
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { samskap: { rules: { 'SK-GOV-006': 'off' } } } });
        await Samskap.analysis.Configuration.whenRevalidated();
        release();
        await running;
        expect(cancelled).toBe(false);
    });

    test('documents already validated are validated again when the settings change', async () => {
        const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
        const document = await parseHelper<Document>(Samskap)(model, { validation: true });
        expect(document.diagnostics?.find(d => d.code === 'SK-GOV-006')?.severity).toBe(3);
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { samskap: { rules: { 'SK-GOV-006': 'off' } } } });
        await Samskap.analysis.Configuration.whenRevalidated();
        expect(document.diagnostics?.map(d => d.code)).not.toContain('SK-GOV-006');
    });
});

describe('samskap.json saved with a byte order mark', () => {
    test('is read like the same file without it', () => {
        const parsed = parseSamskapConfig('\uFEFF{ "rules": { "SK-CTX-003": "off" } }');
        expect(parsed.findings).toEqual([]);
        expect(parsed.config.rules?.['SK-CTX-003']).toBe('off');
    });
});
