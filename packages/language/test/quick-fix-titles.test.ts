import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { CodeAction, CodeActionKind } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import type { DisplayLanguage } from '../src/analysis/labels.js';
import type { Document } from '../src/generated/ast.js';
import { createSamskapServices } from '../src/samskap-module.js';

/**
 * Quick-fix titles speak the display language the findings speak (`display.language`): the
 * findings of an nb project are Norwegian, and so are the fixes the light bulb offers for them.
 */
const MODEL = [
    'model M "M" {',
    '    country NO',
    '    actor k "Kommunen" is municipality',
    '    actor f "Fondet" is foundation',
    '    actor l "Laget" is association',
    '    role c "Koordinator" is coordinator held by kk',
    '    governance lead k',
    '    governance shared',
    '    budget drift "Drift" 100000 NOK per year',
    '    budget hus "Huset" 100000 NOK per year',
    '    funding {',
    '        k -> l operating_grant share 60 % for drift',
    '        f -> l operating_grant share 60 % for drift',
    '        k -> l operating_grant share 60 % for hus',
    '        f -> l operating_grant share 27.5 % for hus',
    '    }',
    '    decision d "D" {',
    '        decide joint(k, l)',
    '    }',
    '}',
    ''
].join('\n');

async function titlesIn(language: DisplayLanguage): Promise<{ quickFixes: string[]; fixAll: string[] }> {
    const { Samskap } = createSamskapServices(EmptyFileSystem);
    expect(Samskap.analysis.Configuration.updateFromSettings({ display: { language } })).toEqual([]);
    const document: LangiumDocument<Document> = await parseHelper<Document>(Samskap)(MODEL, { documentUri: `file:///titles-${language}.samskap`, validation: true });
    const provider = Samskap.lsp.CodeActionProvider!;
    const uri = document.textDocument.uri;
    const quickFixes: string[] = [];
    // One request per diagnostic, as an editor's light bulb asks.
    for (const diagnostic of document.diagnostics ?? []) {
        const actions = await provider.getCodeActions(document, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) ?? [];
        quickFixes.push(...actions.filter(CodeAction.is).map(action => action.title));
    }
    const fixAll = (await provider.getCodeActions(document, {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: [CodeActionKind.SourceFixAll] }
    }) ?? []).filter(CodeAction.is).map(action => action.title);
    return { quickFixes, fixAll };
}

describe('quick-fix titles in the display language', () => {
    test('English titles are as before', async () => {
        const { quickFixes, fixAll } = await titlesIn('en');
        expect(quickFixes).toEqual(expect.arrayContaining([
            "Did you mean 'k'?",
            "Declare actor 'kk' as municipality",
            'Remove the repeated statement',
            "Rescale the shares for 'drift' to 100 %",
            'Add a funding line from l for the remaining 12.5 %',
            'Decide by consensus',
            'Decide by majority'
        ]));
        expect(fixAll).toEqual(['Fix all safe Samskap problems (2)']);
    });

    test.each([
        ['nb', [
            "Mente du 'k'?",
            "Legg til aktøren 'kk' som `municipality`",
            'Fjern utsagnet som gjentas',
            "Skaler andelene for 'drift' om til 100 %",
            'Legg til en finansieringslinje fra l for de resterende 12,5 %',
            'Beslutt ved konsensus',
            'Beslutt ved flertall'
        ], 'Rett alle trygge Samskap-problemer (2)'],
        ['da', [
            "Mente du 'k'?",
            "Tilføj aktøren 'kk' som `municipality`",
            'Fjern det gentagne udsagn',
            "Skalér andelene for 'drift' om til 100 %",
            'Tilføj en finansieringslinje fra l for de resterende 12,5 %',
            'Beslut ved konsensus',
            'Beslut ved flertal'
        ], 'Ret alle sikre Samskap-problemer (2)']
    ] as const)('%s: every title translated, numbers written the language\'s way', async (language, expected, fixAllTitle) => {
        const [english, local] = await Promise.all([titlesIn('en'), titlesIn(language)]);
        expect(local.quickFixes).toEqual(expect.arrayContaining([...expected]));
        // The same fixes in the same order, every one of them in the language, none left in English.
        expect(local.quickFixes).toHaveLength(english.quickFixes.length);
        expect(local.quickFixes.filter((title, index) => title === english.quickFixes[index])).toEqual([]);
        expect(local.fixAll).toEqual([fixAllTitle]);
    });

    test('nynorsk reads the bokmål titles, as it reads the bokmål findings', async () => {
        expect((await titlesIn('nn')).quickFixes).toEqual((await titlesIn('nb')).quickFixes);
    });
});
