import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { classifyLorentzen } from '../../src/analysis/lorentzen.js';
import type { LorentzenProfile } from '../../src/analysis/classification.js';
import { createSamskapServices } from '../../src/samskap-module.js';

/**
 * The examples' Lorentzen profiles: the comparison matrix must be able to tell them apart
 * where their facts differ, so they must not all share one profile.
 */
const examplesDir = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const files = [
    ...readdirSync(examplesDir).filter(name => name.endsWith('.samskap')).map(name => join(examplesDir, name)),
    ...readdirSync(join(examplesDir, 'library')).filter(name => name.endsWith('.samskap')).map(name => join(examplesDir, 'library', name))
];

const profiles = new Map<string, LorentzenProfile>();

beforeAll(async () => {
    const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
    const documents = files.map(file => shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file)));
    documents.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    for (const document of documents) {
        for (const model of Samskap.analysis.PartnershipModelProvider.getModels(document)) profiles.set(model.name, classifyLorentzen(model));
    }
});

describe('the examples\' Lorentzen profiles', () => {
    test('the examples do not all share one profile', () => {
        expect(profiles.size).toBeGreaterThanOrEqual(6);
        if (process.env.SAMSKAP_PRINT_PROFILES) {
            for (const [name, profile] of profiles) {
                console.log(`${name}: ${profile.categories.join(', ') || '(none)'}`);
                for (const part of profile.parts) console.log(`  ${part.code} ${part.holds ? 'holds' : 'does not hold'}: ${part.evidence[0].detail}`);
            }
        }
        expect(new Set([...profiles.values()].map(profile => profile.categories.join(','))).size).toBeGreaterThan(1);
    });

    test('a model buying its service under a procurement contract gets no economic support from the contract', () => {
        const ks = profiles.get('KsSocialEntrepreneur');
        const economic = ks?.parts.find(part => part.code === 'economic_support');
        expect(economic?.evidence[0].detail).not.toContain('procurement contract');
        expect(economic?.evidence[0].detail).not.toContain('contract payment');
    });
});
