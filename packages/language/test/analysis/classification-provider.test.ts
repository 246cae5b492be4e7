import { EmptyFileSystem, URI } from 'langium';
import { parseHelper } from 'langium/test';
import type { Document } from '../../src/generated/ast.js';
import { describe, expect, test } from 'vitest';
import { classify } from '../../src/analysis/classification.js';
import type { PartnershipModel } from '../../src/model/partnership-model.js';
import { classifyPestoff } from '../../src/analysis/pestoff.js';
import { classifyVoorberg } from '../../src/analysis/voorberg.js';
import { createSamskapServices } from '../../src/samskap-module.js';

const text = 'model M "M" {\n    actor k "K" is municipality\n    actor l "L" is association\n    funding {\n        k -> l operating_grant 100 NOK per year\n    }\n}\n';

/** The PartnershipModel of `text`, parsed and linked in a workspace of its own. */
async function linkedModel(): Promise<PartnershipModel> {
    const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///cache/linked.samskap'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return Samskap.analysis.PartnershipModelProvider.getModels(document)[0];
}

describe('ClassificationProvider', () => {
    test('computes once per document version, anew after a change and after a settings change', async () => {
        const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
        const parse = parseHelper<Document>(Samskap);
        const documentUri = 'file:///cache/m.samskap';
        const document = await parse(text, { documentUri });
        const provider = Samskap.analysis.ClassificationProvider;
        const first = provider.getClassifications(document);
        expect(provider.getClassifications(document)).toBe(first);
        expect(first[0].coCreation.code).toBe('support');

        Samskap.analysis.Configuration.update({ governance: { sharedMaxParticipants: 3 } });
        const afterSettings = provider.getClassifications(document);
        expect(afterSettings).not.toBe(first);
        expect(afterSettings[0].settings.governance.sharedMaxParticipants).toBe(3);

        shared.workspace.LangiumDocuments.deleteDocument(URI.parse(documentUri));
        const changed = await parse(text.replace('k -> l operating_grant 100 NOK per year', 'k -> l premises'), { documentUri });
        const second = provider.getClassifications(changed);
        expect(second).not.toBe(afterSettings);
        expect(second[0].funding.overall).toBeUndefined();
        expect(provider.getClassifications(changed)).toBe(second);
    });

    test('a classification is plain data: it survives JSON and is the same for the same model', async () => {
        const model = await linkedModel();
        const once = classify(model);
        expect(JSON.parse(JSON.stringify(once))).toEqual(once);
        expect(classify(model)).toEqual(once);
    });

    test('the parts computed on first read (Pestoff, Voorberg, funded items) serialise like the others, in the same place', async () => {
        const model = await linkedModel();
        const unread = classify(model);
        const serialised = JSON.parse(JSON.stringify(unread));
        expect(Object.keys(serialised)).toEqual(['model', 'uri', 'settings', 'lorentzen', 'coCreation', 'pestoff', 'participation', 'voorberg', 'governance', 'funding']);
        expect(Object.keys(serialised.funding)).toEqual(['items', 'overall']);
        expect(serialised.pestoff).toEqual(classifyPestoff(model));
        expect(serialised.voorberg).toEqual(classifyVoorberg(model));
        expect(serialised.funding.items).toHaveLength(1);
        expect(structuredClone(classify(model))).toEqual(serialised);
        // Read twice, computed once: the second read returns the same array.
        const read = classify(model);
        expect(read.pestoff).toBe(read.pestoff);
        expect(read.funding.items).toBe(read.funding.items);
    });
});
