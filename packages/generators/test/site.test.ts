import { classify } from '@samskap/language';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { documentationSite, pageSlugs, renderSiteDiagrams, type ModelReport } from '../src/index.js';
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
