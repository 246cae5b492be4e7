import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createSamskapServices } from '../../src/samskap-module.js';
import type { Document } from '../../src/generated/ast.js';
import { escapeMarkdown } from '../../src/lsp/classification-markdown.js';

const { Samskap: services } = createSamskapServices(EmptyFileSystem);
const parse = parseHelper<Document>(services);

const text = `/** Homework help in Arendal. */
model Homework "Leksehjelp" {
    country NO
    /** The municipality. */
    actor kommune "Arendal kommune" is municipality
    actor lag "Røde Kors *Arendal*" is voluntary_organisation
    actor bank "Sparebanken" is bank
    initiative by lag in 2015
    goals defined by lag
    content defined by lag
    activity hjelp "Leksehjelp" phases delivery done jointly by kommune, lag
    decision plan "Plan" owned by kommune level strategic {
        decide lag
        consulted kommune with feedback "Møte"
    }
    decision rom "Lokaler" owned by kommune level operational {
        decide kommune
        consulted lag iap2 involve with feedback "Møte"
    }
    budget drift "Drift" 200000 NOK per year
    funding {
        kommune -> lag operating_grant 100000 NOK per year
        kommune -> lag operating_grant share 75 % for drift
        bank -> lag donation share 25 % for drift
    }
}
`;

async function hoverAt(needle: string, occurrence = 0): Promise<string> {
    const document = await parse(text);
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
    const hover = await services.lsp.HoverProvider?.getHoverContent(document, {
        textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(offset + 1)
    });
    const contents = hover?.contents;
    return typeof contents === 'object' && contents !== null && 'value' in contents ? contents.value : '';
}

describe('hover', () => {
    test('on the model name: doc comment, then the co-creation form with its evidence', async () => {
        const value = await hoverAt('Homework "');
        expect(value.startsWith('Homework help in Arendal.')).toBe(true);
        expect(value).toContain('**Co-creation form:** Voluntary\\-led co\\-creation');
        expect(value).toMatch(/^ {2}- ✓ \*leading-side\*: /m);
        expect(value).toContain('**Lorentzen profile:** Economic support, Institutional collaboration');
    });

    test('on the model name: why each other form does not hold, each with the criteria that fail (✗)', async () => {
        const value = await hoverAt('Homework "');
        const section = value.slice(value.indexOf('**Why not the other forms:**'), value.indexOf('**Lorentzen profile:**'));
        const forms = [...section.matchAll(/^- \*(.+?)\* needs /gm)].map(match => match[1]);
        // Every claimable form but the computed one, once (in the procedure's order).
        expect([...forms].sort()).toEqual([
            'Equal co\\-creation', 'Municipality\\-led co\\-creation', 'Not co\\-creation: co\\-implementation', 'Not co\\-creation: consultation only',
            'Not co\\-creation: contracting', 'Not co\\-creation: support only'
        ]);
        expect(section).toContain('*Equal co\\-creation* needs goals and content defined jointly by both sides');
        // Under each form only its criteria that fail.
        const criteria = section.split('\n').filter(l => l.startsWith('  - '));
        expect(criteria.length).toBeGreaterThanOrEqual(6);
        expect(criteria.every(l => l.startsWith('  - ✗ *'))).toBe(true);
    });

    test('on an actor reference: Pestoff, Voorberg and participation on both scales, the declared level beside the derived one', async () => {
        const value = await hoverAt('lag', 1);
        expect(value).toContain('**Røde Kors \\*Arendal\\***: non-public side (voluntary sector) in Leksehjelp');
        expect(value).toContain('**Voorberg et al. role:** Initiator');
        expect(value).toContain('**Pestoff:** Co-governance, Co-management');
        expect(value).toContain('Plan: IAP2 empower, Arnstein delegated power (rights: decides)');
        expect(value).toContain('Lokaler: IAP2 involve (declared) · derived from rights: consult, Arnstein consultation (rights: is consulted)');
    });

    test('on the municipality keeps its doc comment', async () => {
        const value = await hoverAt('kommune "Arendal');
        expect(value.startsWith('The municipality.')).toBe(true);
        expect(value).toContain('public side in Leksehjelp');
    });

    test('on a decision: each non-public actor with IAP2 and Arnstein and their derivation', async () => {
        const plan = await hoverAt('plan "Plan"');
        expect(plan).toContain('**Plan** (strategic): decided by Røde Kors \\*Arendal\\*');
        expect(plan).not.toContain('**Arendal kommune**: IAP2');
        const rooms = await hoverAt('rom "Lokaler"');
        expect(rooms).toContain('**Røde Kors \\*Arendal\\***: IAP2 involve (declared) · derived from rights: consult, Arnstein consultation');
    });
});

test('on a body: members by side, rule, and the tokenism of a public majority', async () => {
    const local = createSamskapServices(EmptyFileSystem).Samskap;
    const bodyText = 'model B "B" {\n    actor k "Kommunen" is municipality\n    actor f "Fylket" is county\n    actor l "Laget" is association\n    body raad "Rådet" members k, f, l decides by majority level strategic\n    decision d "Budsjett" {\n        decide raad\n    }\n}\n';
    const document = await parseHelper<Document>(local)(bodyText);
    const hover = await local.lsp.HoverProvider?.getHoverContent(document, {
        textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(bodyText.lastIndexOf('raad') + 1)
    });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    expect(value).toContain('**Rådet** (strategic): 3 member(s), decides by majority');
    expect(value).toContain('- non-public side: Laget');
    expect(value).toContain('The public side holds the majority: the non-public members can be outvoted (Arnstein: placation).');
    expect(value).toContain('- Laget in Budsjett: IAP2 collaborate, Arnstein placation');
});

test('on a budget: who pays which share, and what is left without the largest funder', async () => {
    const value = await hoverAt('drift "Drift"');
    expect(value).toContain('**Drift**: 200,000 NOK per year');
    expect(value).toContain('**Funded by:** Arendal kommune 75 %, Sparebanken 25 % (Herfindahl 0.63); without Arendal kommune, 25 % remains');
});

test('on a recipient: who funds it', async () => {
    const value = await hoverAt('lag', 1);
    expect(value).toContain('**Funded by:** Arendal kommune 83.3 %, Sparebanken 16.7 % (Herfindahl 0.72); without Arendal kommune, 16.7 % remains');
});

describe('code lens', () => {
    test('shows the form and the Lorentzen profile over each model', async () => {
        const document = await parse(text);
        const lenses = await services.lsp.CodeLensProvider?.provideCodeLens(document, { textDocument: { uri: document.textDocument.uri } });
        expect(lenses?.map(lens => [lens.range.start.line, lens.command?.title])).toEqual([
            [1, 'Voluntary-led co-creation · Lorentzen: economic support, institutional collaboration']
        ]);
    });
});

describe('display language', () => {
    test('the code lens and the model hover use the configured language for the labels', async () => {
        const local = createSamskapServices(EmptyFileSystem).Samskap;
        local.analysis.Configuration.update({ display: { language: 'nb' } });
        const document = await parseHelper<Document>(local)(text);
        const lenses = await local.lsp.CodeLensProvider?.provideCodeLens(document, { textDocument: { uri: document.textDocument.uri } });
        expect(lenses?.map(lens => lens.command?.title)).toEqual(['Frivilligstyrt samskaping · Lorentzen: økonomisk støtte, institusjonelt samarbeid']);
        local.analysis.Configuration.update({ display: { language: 'da' } });
        const again = await local.lsp.CodeLensProvider?.provideCodeLens(document, { textDocument: { uri: document.textDocument.uri } });
        expect(again?.[0].command?.title).toBe('Frivilligledet samskabelse · Lorentzen: økonomisk støtte, institutionelt samarbejde');
    });
});

const undeterminedText = `model Late "Sen" {
    actor kommune "Kommunen" is municipality
    actor lag "Laget" is association
    activity hjelp "Hjelp" done jointly by kommune, lag
}
`;

describe('an undetermined form', () => {
    test('the hover names the missing facts and what to write; the lens counts them', async () => {
        const local = createSamskapServices(EmptyFileSystem).Samskap;
        const document = await parseHelper<Document>(local)(undeterminedText);
        const hover = await local.lsp.HoverProvider?.getHoverContent(document, {
            textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(undeterminedText.indexOf('Late') + 1)
        });
        const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
        expect(value).toContain('**Co-creation form:** Undetermined — missing: who defines the goals; who defines the content');
        expect(value).toContain('  - to state who defines the goals, write `goals defined by PARTY`');
        expect(value).toContain('  - to state who defines the content, write `content defined by PARTY`');
        const lenses = await local.lsp.CodeLensProvider?.provideCodeLens(document, { textDocument: { uri: document.textDocument.uri } });
        expect(lenses?.[0].command?.title).toBe('Undetermined (2 missing facts) · Lorentzen: institutional collaboration');
    });
});

describe('markdown escaping', () => {
    test('model text cannot inject markup', () => {
        expect(escapeMarkdown('<img src=x> [a](b) *x*')).toBe('\\<img src=x\\> \\[a\\]\\(b\\) \\*x\\*');
    });
});
