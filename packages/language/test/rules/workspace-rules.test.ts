import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { parseHelper, type ParseHelperOptions } from 'langium/test';
import { createSamskapServices } from '../../src/samskap-module.js';
import type { Document } from '../../src/generated/ast.js';
import { collectWorkspace } from '../../src/validation/samskap-validator.js';
import { runWorkspaceRules } from '../../src/validation/workspace-rules.js';

const library = `library norge "Norske aktører" {
    actor rodekors "Røde Kors" is voluntary_organisation
    actor nav "NAV" is state_agency
}`;
const first = `model A "A" {
    uses norge
    actor kommune "Arendal kommune" is municipality
    actor sanitet "Norske Kvinners Sanitetsforening" is voluntary_organisation
    role r "R" is coordinator held by kommune, rodekors, sanitet
}`;
const second = `model B "B" {
    actor arendal "Arendal kommune" is municipality
    actor rk "Røde Kors" is voluntary_organisation
    role r "R" is coordinator held by arendal, rk
}`;

async function workspace(order: readonly string[] = ['lib', 'a', 'b']) {
    const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
    const factory = shared.workspace.LangiumDocumentFactory;
    const texts: Record<string, string> = { lib: library, a: first, b: second };
    const documents = order.map(name => [name, texts[name]]).map(([name, text]) =>
        factory.fromString(text, URI.parse(`file:///ws/${name}.samskap`)));
    documents.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
    await shared.workspace.DocumentBuilder.build(documents, { validation: { categories: ['slow'] } });
    return { Samskap, documents };
}

describe('workspace-wide rules', () => {
    test('the same organisation under two names, and a library actor used nowhere', async () => {
        const { Samskap } = await workspace();
        const { models, libraries } = collectWorkspace(Samskap);
        const findings = runWorkspaceRules(models, libraries).map(f => `${f.code} ${f.range.uri.replace('file:///ws/', '')}:${f.range.start.line + 1} ${f.message}`);
        expect(findings).toEqual([
            'SK-WS-001 b.samskap:2 "Arendal kommune" is declared as arendal here and as kommune in model A; if it is one organisation, declare it once in a shared library and refer to it from both.',
            'SK-WS-001 b.samskap:3 "Røde Kors" is declared as rk here and as norge.rodekors in library norge; if it is one organisation, declare it once in a shared library and refer to it from both.',
            'SK-WS-002 lib.samskap:3 NAV (norge.nav) is used by no model in the workspace; use it or remove it from the library.'
        ]);
    });

    test('reports the same file whatever order the files were loaded in (an editor opens one while the workspace loads)', async () => {
        for (const order of [['lib', 'a', 'b'], ['b', 'a', 'lib'], ['a', 'b', 'lib']]) {
            const { Samskap } = await workspace(order);
            const { models, libraries } = collectWorkspace(Samskap);
            expect(runWorkspaceRules(models, libraries).map(f => `${f.code} ${f.range.uri.replace('file:///ws/', '')}:${f.range.start.line + 1}`), order.join(','))
                .toEqual(['SK-WS-001 b.samskap:2', 'SK-WS-001 b.samskap:3', 'SK-WS-002 lib.samskap:3']);
        }
    });

    test('runs as a slow check in the editor, on the file it concerns', async () => {
        const { documents } = await workspace();
        const codes = documents.map(document => (document.diagnostics ?? []).map(d => `${d.code}:${d.range.start.line + 1}`));
        expect(codes).toEqual([['SK-WS-002:3'], [], ['SK-WS-001:2', 'SK-WS-001:3']]);
    });

    test('each build checks the workspace as it is then, not as it was at an earlier build', async () => {
        const { Samskap } = createSamskapServices(EmptyFileSystem);
        const parse = parseHelper<Document>(Samskap);
        const options: ParseHelperOptions = { validation: { categories: ['slow'] } };
        const a = await parse(first.replace('uses norge\n', '').replace(', rodekors', ''), options);
        expect(a.diagnostics).toEqual([]);
        const b = await parse(second, options);
        expect(b.diagnostics?.map(d => `${d.code}:${d.range.start.line + 1}`)).toEqual(['SK-WS-001:2']);
    });

    test('a rule turned off in the settings is silent', async () => {
        const { Samskap } = await workspace();
        const { models, libraries } = collectWorkspace(Samskap);
        expect(runWorkspaceRules(models, libraries, { rules: { 'SK-WS-001': 'off', 'SK-WS-002': 'off' } })).toEqual([]);
    });
});
