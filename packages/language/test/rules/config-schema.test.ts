import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../src/validation/rule-catalogue.js';
import { checkSchema, type Schema } from '../analysis/json-schema-check.js';

/** docs/samskap-config.schema.json lets editors complete and check samskap.json; it must list every active rule. */
const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../docs/samskap-config.schema.json', import.meta.url)), 'utf8')) as Schema & {
    properties: { rules: { properties: Record<string, unknown> } };
};

describe('docs/samskap-config.schema.json', () => {
    test('lists every active rule code, and no retired one', () => {
        const listed = Object.keys(schema.properties.rules.properties).sort();
        expect(listed).toEqual(ALL_RULES.filter(rule => !rule.retired && rule.scope !== 'config').map(rule => rule.code).sort());
    });

    test('accepts a valid settings file and rejects a bad severity or an unknown key', () => {
        const valid = { rules: { 'SK-CTX-003': 'off', 'SK-GOV-006': 'error' }, governance: { sharedMaxParticipants: 8, leadMaxParticipants: 25 }, funding: { shareTolerance: 0.5 }, display: { language: 'nb' }, diagnostics: { classifications: true }, provenance: { required: true } };
        expect(checkSchema(schema, valid)).toEqual([]);
        expect(checkSchema(schema, { rules: { 'SK-CTX-003': 'loud' } })).toEqual(['$.rules.SK-CTX-003: "loud" is not one of error, warning, info, hint, off']);
        expect(checkSchema(schema, { colour: 'red' })).toEqual(['$: property colour is not in the schema']);
        expect(checkSchema(schema, { diagnostics: { classifications: 'yes' } })).not.toEqual([]);
        expect(checkSchema(schema, { provenance: { required: 'yes' } })).not.toEqual([]);
        expect(checkSchema(schema, { provenance: { strict: true } })).not.toEqual([]);
    });
});
