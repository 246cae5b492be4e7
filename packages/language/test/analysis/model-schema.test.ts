import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import type { PartnershipModel } from '../../src/model/partnership-model.js';
import { createSamskapServices } from '../../src/samskap-module.js';
import { checkSchema, type Schema } from './json-schema-check.js';
import { classify } from '../../src/analysis/classification.js';
import { modelOf } from './helpers.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../docs/partnership-model.schema.json', import.meta.url)), 'utf8')) as Schema;
const classificationSchema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../docs/classification.schema.json', import.meta.url)), 'utf8')) as Schema;
const examplesDir = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** The model as `samskap export --format json` would write it: through JSON, so undefined fields vanish. */
function asJson(model: PartnershipModel): unknown {
    return JSON.parse(JSON.stringify(model));
}

async function exampleModels(): Promise<PartnershipModel[]> {
    const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
    const files = [
        ...readdirSync(examplesDir).filter(name => name.endsWith('.samskap')).map(name => join(examplesDir, name)),
        ...readdirSync(join(examplesDir, 'library')).map(name => join(examplesDir, 'library', name))
    ];
    const documents = files.map(file => shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file)));
    documents.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    return documents.flatMap(document => [...Samskap.analysis.PartnershipModelProvider.getModels(document)]);
}

describe('docs/partnership-model.schema.json', () => {
    test('every example model validates against the schema', async () => {
        const models = await exampleModels();
        expect(models.length).toBeGreaterThanOrEqual(6);
        for (const model of models) {
            expect(checkSchema(schema, asJson(model)), model.name).toEqual([]);
        }
    });

    test('every example classification validates against docs/classification.schema.json', async () => {
        for (const model of await exampleModels()) {
            expect(checkSchema(classificationSchema, JSON.parse(JSON.stringify(classify(model)))), model.name).toEqual([]);
        }
    });

    test('the criterion codes of the schema are those of the CriterionCode type', () => {
        const source = readFileSync(fileURLToPath(new URL('../../src/analysis/classification.ts', import.meta.url)), 'utf8');
        const union = source.slice(source.indexOf('export type CriterionCode ='), source.indexOf(';', source.indexOf('export type CriterionCode =')));
        const codes = [...union.matchAll(/'([a-z-]+)'/g)].map(m => m[1]).sort();
        const evidence = (classificationSchema.definitions?.Evidence.properties?.criterion.enum ?? []) as string[];
        expect([...evidence].sort()).toEqual(codes);
    });

    test('a model using every construct validates, including joint loci, claims and repeated statements', async () => {
        const model = await modelOf(`model All "Alt" {
    country NO [i]
    period 2020..2022 [i "p. 1"]
    period 2021
    fields culture [assumed]
    purpose social [i; inferred]
    source interview "I"
    source i is interview "Interview" date "2020" url "https://example.org"
    goal "G" [i]
    actor k "K" is municipality [i]
    actor l "L" is association sector voluntary
    role r "R" is coordinator held by k [illustrative]
    body b "B" is board members k, l decides by majority level strategic chair k
    initiative by k in 2020 [i]
    involvement l from design [i]
    goals defined by k, l by consensus [i]
    activity a "A" phases design done jointly by k, l [i]
    decision d "D" level policy [i] {
        decide joint(k, l) by consensus [i]
        consulted l iap2 consult arnstein consultation with feedback "F" [assumed]
    }
    budget bu "Bu" 100 NOK per year period 2020..2021
    funding {
        k -> l operating_grant share 100 % for bu period 2020..2021 requirements general "T"
        k -> l position 1 FTE [i "§ 2"]
    }
    governance lead k trust high consensus low
    anchoring unit "U" resolution "D" budget_line "B"
    agreement ag "Ag" is partnership_agreement parties k, l period 2020..2022 evaluation yearly termination "T" pilot continuation "C"
    claim form equal [i; inferred]
    claim partnership
}`);
        expect(model.repeated).toHaveLength(1);
        expect(checkSchema(schema, asJson(model))).toEqual([]);
        expect(checkSchema(classificationSchema, JSON.parse(JSON.stringify(classify(model))))).toEqual([]);
    });

    test('the checker rejects what the schema forbids', async () => {
        const model = asJson(await modelOf('model M "M" {\n actor k "K" is municipality\n}')) as Record<string, unknown>;
        expect(checkSchema(schema, { ...model, extra: 1 })).toEqual(['$: property extra is not in the schema']);
        const actors = model.actors as Array<Record<string, unknown>>;
        expect(checkSchema(schema, { ...model, actors: [{ ...actors[0], sector: 'market' }] })).toEqual([
            '$.actors[0].sector: "market" is not one of public, voluntary, private, social_economy, citizens, philanthropic'
        ]);
        const withoutUri = { ...model };
        delete withoutUri.uri;
        expect(checkSchema(schema, withoutUri)).toEqual(['$: missing required property uri']);
    });
});
