import { classify } from '@samskap/language';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { classificationBlocks } from '../src/docs/classification-blocks.js';
import { pageToMarkdown } from '../src/docs/render-markdown.js';
import { documentationSite, labelsFor, pageSlugs, renderSiteDiagrams, type Language, type ModelReport } from '../src/index.js';
import { HOSTILE_MODEL, modelFrom } from './model-fixture.js';

describe('documentation site', () => {
    test('index, one page per model in HTML and Markdown, diagrams as files, matrix as CSV and JSON', async () => {
        const model = await modelFrom(HOSTILE_MODEL);
        const reports: ModelReport[] = [{ model, classification: classify(model), findings: [{ severity: 'error', code: 'SK-X-001', message: 'Feil <her>', line: 3, column: 2 }], file: 'cases/hostile.samskap' }];
        const diagrams = await renderSiteDiagrams(reports, 'nb');
        const files = documentationSite(reports, { language: 'nb', diagrams });
        const byPath = new Map(files.map(file => [file.path, file.content]));
        expect([...byPath.keys()].sort()).toEqual([
            'comparison.csv', 'comparison.json', 'index.html', 'index.md',
            'models/hostile-funding.svg', 'models/hostile-governance.svg', 'models/hostile-network.svg', 'models/hostile.html', 'models/hostile.md'
        ]);
        const page = byPath.get('models/hostile.html') ?? '';
        expect(page).toContain('<html lang="nb">');
        expect(page).not.toMatch(/<script>alert|<b>|<img|<her>|<plan>/);
        expect(page).toContain('Feil &lt;her&gt;');
        for (const heading of ['Sammendrag', 'Diagrammer', 'Aktører', 'Finansiering', 'Beslutningsrett', 'Klassifiseringer', 'Funn']) {
            expect(page).toContain(`>${heading}</h2>`);
        }
        // Three inline diagrams, each with its own element ids so they can share the page.
        expect(page.match(/<svg /g)).toHaveLength(3);
        expect(page).toContain('id="hostile_network_n1"');
        expect(page).toContain('id="hostile_funding_n1"');
        const ids = [...page.matchAll(/ id="([^"]+)"/g)].map(match => match[1]);
        expect(ids.length - new Set(ids).size).toBe(0);
        // The page's policy lists the diagrams' style sheets by hash.
        expect(page.replace(/&#39;/g, "'")).toMatch(/style-src ('sha256-[^']+' ?){2,};/);
        for (const [path, content] of byPath) {
            if (path.endsWith('.svg')) {
                expect(XMLValidator.validate(content), path).toBe(true);
            }
        }
        const markdown = byPath.get('models/hostile.md') ?? '';
        expect(markdown).toContain('```mermaid');
        expect(markdown).toContain('[Aktørnettverk (SVG)](hostile-network.svg)');
        expect(markdown).not.toMatch(/<script>|<b>|<her>/);
        expect(byPath.get('index.html')).toContain('<a href="models/hostile.html">');
        expect(byPath.get('index.md')).toContain('](models/hostile.md)');
    });

    test('page names are safe file names, unique per site', async () => {
        const a = await modelFrom('model Ærlig_Øya "A" { }');
        const b = await modelFrom('model ærlig_øya "B" { }');
        expect(pageSlugs([{ model: a }, { model: b }])).toEqual(['aerlig-oya', 'aerlig-oya-2']);
    });
});

describe('classification blocks', () => {
    const CASE = `model Leksehjelp "Leksehjelp" {
    actor kommune "Kommunen" is municipality
    actor lag "Laget" is association
    initiative by kommune
    involvement lag from design
    goals defined by kommune
    content defined by kommune, lag
    activity plan "Plan" phases design done jointly by kommune, lag
    activity hjelp "Hjelp" phases delivery done jointly by kommune, lag
    decision budsjett "Budsjett" owned by kommune level strategic {
        decide kommune
        consulted lag iap2 involve with feedback "Møte"
    }
    claim form equal
}`;

    async function markdown(text: string, language: Language): Promise<string> {
        const model = await modelFrom(text);
        return pageToMarkdown({ path: 'm', title: 'm', blocks: classificationBlocks(model, classify(model), labelsFor(language)) });
    }

    test('why each other form does not hold, with the criteria that fail and every place they were read', async () => {
        const page = await markdown(CASE, 'en');
        expect(page).toContain('Co-creation form (computed): municipality-led co-creation');
        expect(page).toContain('Co-creation form (claimed): equal co-creation (the facts do not give it).');
        expect(page).toContain('Why not the other forms:');
        expect(page).toContain('Equal co-creation needs goals and content defined jointly by both sides');
        expect(page).toContain('Not co-creation: co-implementation needs a non-public side that first comes in at delivery or assessment');
        // Under "why not", only criteria that fail; each place once, as file:line.
        const whyNot = page.slice(page.indexOf('Why not the other forms'), page.indexOf('Lorentzen'));
        expect(whyNot).not.toMatch(/^- ✓/m);
        for (const line of whyNot.split('\n').filter(l => l.startsWith('- '))) {
            const places = line.match(/case\d+-0\.samskap:\d+/g) ?? [];
            expect(new Set(places).size).toBe(places.length);
        }
        // All the places, not the first few: the content line, then both joint activities.
        expect(page).toMatch(/joint-work \(holds\): .* — case\d+-0\.samskap:7, case\d+-0\.samskap:8, case\d+-0\.samskap:9$/m);
    });

    test('the declared participation level beside the derived one, in the page’s language', async () => {
        expect(await markdown(CASE, 'en')).toContain('Budsjett — Laget: IAP2 involve (declared) · derived from rights: consult, Arnstein consultation');
        expect(await markdown(CASE, 'nb')).toContain('Budsjett — Laget: IAP2 involvere (oppgitt) · utledet av rettighetene: konsultere, Arnstein konsultasjon');
        expect(await markdown(CASE, 'da')).toContain('Budsjett — Laget: IAP2 inddrage (angivet) · udledt af rettighederne: høre, Arnstein høring');
    });

    test('an undetermined form names the facts it lacks and what to write', async () => {
        const late = 'model Late "Late" {\n    actor kommune "K" is municipality\n    actor lag "L" is association\n    activity hjelp "Hjelp" done jointly by kommune, lag\n}';
        const en = await markdown(late, 'en');
        expect(en).toContain('Co-creation form (computed): undetermined — missing: who defines the goals; who defines the content');
        expect(en).toContain('to state who defines the goals, write: goals defined by PARTY');
        const nb = await markdown(late, 'nb');
        expect(nb).toContain('ikke avgjort — mangler: hvem som definerer målene; hvem som definerer innholdet');
        expect(nb).toContain('for å oppgi hvem som definerer innholdet, skriv: content defined by PARTY');
        const da = await markdown(late, 'da');
        expect(da).toContain('ikke afgjort — mangler: hvem der fastlægger målene; hvem der fastlægger indholdet');
    });

    test('the forms that are not co-creation say so in every language', () => {
        expect(labelsFor('en').forms.co_implementation).toBe('not co-creation: co-implementation');
        expect(labelsFor('en').forms.no_relation).toBe('not co-creation: no relation between the sides');
        expect(labelsFor('en').forms.support).toBe('not co-creation: support only');
        expect(labelsFor('en').forms.consultation).toBe('not co-creation: consultation only');
        expect(labelsFor('nb').forms.co_implementation).toBe('ikke samskaping: samimplementering');
        expect(labelsFor('da').forms.co_implementation).toBe('ikke samskabelse: samimplementering');
        for (const language of ['en', 'nb', 'da'] as const) {
            const forms = labelsFor(language).forms;
            for (const code of ['co_implementation', 'contracting', 'support', 'consultation', 'no_relation'] as const) {
                expect(forms[code]).toMatch(/^(not co-creation|ikke samskaping|ikke samskabelse): /);
            }
        }
    });
});
