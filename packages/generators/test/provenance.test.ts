import { classify, type PartnershipModel } from '@samskap/language';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { classificationBlocks } from '../src/docs/classification-blocks.js';
import { pageToMarkdown } from '../src/docs/render-markdown.js';
import {
    comparisonMatrix, decisionMatrix, diagramDot, diagramGraph, diagramMermaid, diagramSvg, documentationSite, fundingMatrix, labelsFor,
    renderMatrix, type Language, type ModelReport
} from '../src/index.js';
import { parseCsv } from './csv-parse.js';
import { modelFrom } from './model-fixture.js';

/**
 * A case whose statements cite declared sources or say they are assumed or illustrative; its
 * source texts and URLs hold markup, so every output must escape them.
 */
const SOURCED = `model Sourced "Kilder & <saker>" {
    country NO [guribye "p. 3"]
    municipality "Arendal" [illustrative]
    source guribye is report "Guribye, E. (2016). Mot Kommune 3.0? <script>alert(1)</script> [x](y) *FoU*" date "2016" url "https://example.org/guribye?a=1&b=<x>\\"q"
    source koordinator is interview "Kommunens koordinator, våren 2016" date "2016-04" url "javascript:alert(2)"
    source document "Et notat uten id"
    actor kommune "Kommunen" is municipality [guribye "p. 12", koordinator]
    actor lag "Laget" is association [illustrative]
    actor bank "Sparebanken" is bank [assumed]
    body forum "Forum" is forum members kommune, lag [illustrative]
    initiative by kommune in 2015 [guribye "p. 4"]
    involvement lag from design [assumed]
    goals defined by kommune [koordinator; inferred]
    content defined by kommune, lag [illustrative]
    activity hjelp "Hjelp" phases delivery done jointly by kommune, lag [guribye]
    decision d "D" level strategic [guribye] {
        decide kommune [guribye "p. 14"]
        consulted lag with feedback "Møte" [assumed]
    }
    funding {
        kommune -> lag operating_grant 100000 NOK per year "Tilskudd" [illustrative]
        bank -> lag donation 20000 NOK per year "Gave" [guribye "p. 20"]
    }
    claim form municipality_led [koordinator; inferred]
}`;

/** The same case with nothing sourced: outputs read as they did before provenance existed. */
const UNSOURCED = SOURCED.replace(/ \[[^\]\n]*\]$/gm, '').replace(/^ {4}source .*\n/gm, '').replace(/ \[[^\]\n]*\](?= \{)/g, '');

async function reportOf(text: string): Promise<ModelReport> {
    const model = await modelFrom(text);
    return { model, classification: classify(model), findings: [], file: 'cases/sourced.samskap' };
}

async function site(report: ModelReport, language: Language): Promise<Map<string, string>> {
    const files = documentationSite([report], { language, diagrams: [{ svg: {}, mermaid: {} }] });
    return new Map(files.map(file => [file.path, file.content]));
}

describe('the documentation site shows where each fact comes from', () => {
    test('the fixture without sources has no provenance at all', async () => {
        const { model } = await reportOf(UNSOURCED);
        expect(model.context.sources).toEqual([]);
        expect(model.actors.every(actor => !actor.provenance)).toBe(true);
        expect(model.funding.every(line => !line.provenance)).toBe(true);
        expect(model.decisions.every(decision => !decision.provenance && decision.rights.every(right => !right.provenance))).toBe(true);
    });

    test('the assumed and illustrative facts are counted and listed at the top of the page', async () => {
        const page = (await site(await reportOf(SOURCED), 'en')).get('models/sourced.md') ?? '';
        const top = page.slice(0, page.indexOf('## '));
        expect(top).toContain('† 5 facts are illustrative, 3 facts are assumed (not findings of the sources):');
        expect(top).toContain('- † Municipality: Arendal — (illustrative)');
        expect(top).toMatch(/^- † Actor: Laget — \(illustrative\) — case\d+-0\.samskap:8:5$/m);
        expect(top).toMatch(/- † Actor: Sparebanken — \(assumed\) — case\d+-0\.samskap:9:5/);
        expect(top).toContain('- † D: Laget is consulted — (assumed)');
        expect(top).toContain('- † Funding: Kommunen → Laget, operating grant, 100,000 NOK per year — (illustrative)');
        expect(top).not.toContain('Kommunen —');
        const nb = (await site(await reportOf(SOURCED), 'nb')).get('models/sourced.md') ?? '';
        expect(nb).toContain('† 5 opplysninger er illustrative, 3 opplysninger er antatt (ikke funn fra kildene):');
        const da = (await site(await reportOf(SOURCED), 'da')).get('models/sourced.md') ?? '';
        expect(da).toContain('† 5 oplysninger er illustrative, 3 oplysninger er antaget (ikke fund fra kilderne):');
    });

    test('a Sources section gives each declared source in full, its URL as an escaped link, never a script link', async () => {
        const files = await site(await reportOf(SOURCED), 'en');
        const html = files.get('models/sourced.html') ?? '';
        const sources = html.slice(html.indexOf('<h2 id="sources">'), html.indexOf('</ul>', html.indexOf('<h2 id="sources">')));
        expect(sources).toContain('<li>guribye — report: Guribye, E. (2016). Mot Kommune 3.0? &lt;script&gt;alert(1)&lt;/script&gt; [x](y) *FoU* — 2016 ' +
            '<a href="https://example.org/guribye?a=1&amp;b=%3Cx%3E%22q">https://example.org/guribye?a=1&amp;b=&lt;x&gt;&quot;q</a></li>');
        expect(sources).toContain('<li>koordinator — interview: Kommunens koordinator, våren 2016 — 2016-04 javascript:alert(2)</li>');
        expect(sources).toContain('<li>(no id: cannot be cited) — document: Et notat uten id</li>');
        expect(html).not.toMatch(/href="javascript|<script>alert/);
        const markdown = files.get('models/sourced.md') ?? '';
        expect(markdown).toContain('- guribye — report: Guribye, E. (2016). Mot Kommune 3.0? &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](y) \\*FoU\\* — 2016 ' +
            '<https://example.org/guribye?a=1&b=%3Cx%3E%22q>');
        expect(markdown).toContain('- koordinator — interview: Kommunens koordinator, våren 2016 — 2016-04 javascript:alert(2)');
        expect(markdown).not.toContain('<javascript');
        const nb = (await site(await reportOf(SOURCED), 'nb')).get('models/sourced.md') ?? '';
        expect(nb).toContain('## Kilder');
        expect(nb).toContain('- koordinator — intervju: Kommunens koordinator');
        expect(nb).toContain('- (uten id: kan ikke siteres) — dokument: Et notat uten id');
    });

    test('each fact on the page shows its citation and certainty, uncertain ones marked', async () => {
        const page = (await site(await reportOf(SOURCED), 'en')).get('models/sourced.md') ?? '';
        expect(page).toContain('- **Country:** NO — guribye p. 3 (stated)');
        expect(page).toContain('- **Municipality:** Arendal — † (illustrative)');
        expect(page).toContain('- **Initiative:** Kommunen (2015) — guribye p. 4 (stated)');
        expect(page).toContain('- **Involvement:** Laget: design — † (assumed)');
        expect(page).toContain('- **Goals defined by:** Kommunen — koordinator (inferred)');
        expect(page).toMatch(/^\| Actor \| Kind \| Sector \| id \| Source \| Sources \|$/m);
        expect(page).toMatch(/^\| Kommunen \| municipality \| .* \| guribye p\. 12, koordinator \(stated\) \|$/m);
        expect(page).toMatch(/^\| Laget \| association \| .* \| † \(illustrative\) \|$/m);
        expect(page).toMatch(/^\| Forum \| forum \| .* \| † \(illustrative\) \|$/m);
        expect(page).toMatch(/^\| Hjelp \| delivery \| .* \| guribye \(stated\) \|$/m);
        expect(page).toMatch(/^\| 1 \| Kommunen \| Laget \| operating grant \| .* \| † \(illustrative\) \|$/m);
        expect(page).toMatch(/^\| 2 \| Sparebanken \| Laget \| donation \| .* \| guribye p\. 20 \(stated\) \|$/m);
        // The decision matrix: the consulted right rests on an assumed statement, the decision cites its source.
        expect(page).toMatch(/^\| Laget \| I † \|$/m);
        expect(page).toMatch(/^- D: case\d+-0\.samskap:16:14 — guribye \(stated\)$/m);
        const nb = (await site(await reportOf(SOURCED), 'nb')).get('models/sourced.md') ?? '';
        expect(nb).toContain('- **Land:** NO — guribye p. 3 (oppgitt i kilden)');
        expect(nb).toContain('- **Mål definert av:** Kommunen — koordinator (utledet)');
    });

    test('a model without sources gets no Sources section, column or mark', async () => {
        const files = await site(await reportOf(UNSOURCED), 'en');
        for (const [path, content] of files) {
            expect(content, path).not.toContain('†');
            expect(content, path).not.toMatch(/Sources|uncertain/);
        }
    });

    test('model text is escaped in the page', async () => {
        const files = await site(await reportOf(SOURCED), 'en');
        // HTML and Markdown (CSV and JSON are data, written by their own escaping rules).
        for (const [path, content] of [...files].filter(([path]) => /\.(html|md)$/.test(path))) {
            expect(content, path).not.toMatch(/<script>alert|<saker>|<x>/);
        }
    });
});

describe('classification evidence names its sources', () => {
    async function markdown(text: string, language: Language): Promise<string> {
        const model = await modelFrom(text);
        return pageToMarkdown({ path: 'm', title: 'm', blocks: classificationBlocks(model, classify(model), labelsFor(language)) });
    }

    test('each criterion with the sources behind it; one resting on an assumed or illustrative statement is marked', async () => {
        const page = await markdown(SOURCED, 'en');
        expect(page).toMatch(/^- ✗ goals-defined-by \(does not hold\): .* — case\d+-0\.samskap:13 — Sources: koordinator \(inferred\)$/m);
        expect(page).toMatch(/^- ✗ strategic-decision-locus \(does not hold\): .* — Sources: guribye p\. 14 \(stated\)$/m);
        expect(page).toMatch(/^- ✓ † joint-work \(holds\): .* — Sources: guribye \(stated\); † \(illustrative\)$/m);
        expect(page).toContain('### † Co-creation form (computed): municipality-led co-creation');
        expect(page).toContain('Co-creation form (claimed): municipality-led co-creation (the facts give it) — koordinator (inferred).');
        const nb = await markdown(SOURCED, 'nb');
        expect(nb).toMatch(/ — Kilder: koordinator \(utledet\)$/m);
    });

    test('without sources, the criteria read as before', async () => {
        const page = await markdown(UNSOURCED, 'en');
        expect(page).not.toMatch(/Sources:|†/);
    });
});

describe('the comparison matrix marks cells resting on assumed or illustrative facts', () => {
    async function matrix(): Promise<ReturnType<typeof comparisonMatrix>> {
        return comparisonMatrix([await reportOf(SOURCED), await reportOf(UNSOURCED)], { language: 'en' });
    }

    test('the cell behind a classification resting on an uncertain statement carries the mark; a sourced one does not', async () => {
        const table = await matrix();
        const row = (key: string): ReturnType<typeof comparisonMatrix>['rows'][number] => table.rows.find(r => r.key === key)!;
        expect(row('co_creation_form').cells[0]).toMatchObject({ value: 'municipality_led', text: 'municipality-led co-creation †', uncertain: true });
        expect(row('co_creation_form').cells[0].title).toContain('† rests on an assumed or illustrative fact');
        expect(row('co_creation_form').cells[1]).toEqual(expect.not.objectContaining({ uncertain: true }));
        expect(row('co_creation_form').cells[1].text).toBe('municipality-led co-creation');
        // Goals: inferred from the interview, not uncertain. Content: illustrative. Country: stated; municipality: illustrative.
        expect(row('goals_defined_by').cells[0].uncertain).toBeUndefined();
        expect(row('content_defined_by').cells[0].uncertain).toBe(true);
        expect(row('country').cells[0].uncertain).toBeUndefined();
        expect(row('municipality').cells[0].uncertain).toBe(true);
        expect(row('funding_per_year').cells[0]).toMatchObject({ value: 120000, uncertain: true });
        expect(row('claimed_form').cells[0].uncertain).toBeUndefined();
        expect(table.rows.every(r => !r.cells[1].uncertain)).toBe(true);
        expect(table.notes).toContain('† rests on an assumed or illustrative fact');
    });

    test('HTML and Markdown show the dagger and its legend; CSV adds an .uncertain record; JSON a flag', async () => {
        const table = await matrix();
        const html = renderMatrix(table, 'html', 'en');
        expect(html).toMatch(/<td data-value="municipality_led" title="[^"]*† rests on an assumed or illustrative fact">municipality-led co-creation †<\/td>/);
        expect(html).toContain('<li>† rests on an assumed or illustrative fact</li>');
        const markdown = renderMatrix(table, 'md', 'en');
        expect(markdown).toMatch(/^\| Co-creation form \(computed\) \| municipality-led co-creation † \| municipality-led co-creation \|$/m);
        expect(markdown).toContain('- † rests on an assumed or illustrative fact');
        const records = new Map(parseCsv(renderMatrix(table, 'csv', 'en')).map(record => [record[0], record]));
        expect(records.get('co_creation_form')?.slice(2)).toEqual(['municipality_led', 'municipality_led']);
        expect(records.get('co_creation_form.uncertain')?.slice(2)).toEqual(['true', '']);
        expect(records.get('goals_defined_by.uncertain')).toBeUndefined();
        const json = JSON.parse(renderMatrix(table, 'json', 'en')) as { rows: Array<{ key: string; cells: Array<{ value: unknown; uncertain?: boolean }> }> };
        const form = json.rows.find(r => r.key === 'co_creation_form');
        expect(form?.cells.map(cell => cell.uncertain)).toEqual([true, undefined]);
    });

    test('the funding and decision matrices mark their cells too, and explain the mark in nb', async () => {
        const { model } = await reportOf(SOURCED);
        const funding = fundingMatrix(model, { language: 'nb' });
        const kommune = funding.rows.find(r => r.key === 'kommune')!;
        expect(kommune.cells[0]).toMatchObject({ value: 100000, uncertain: true });
        expect(kommune.cells[0].title).toContain('driftstilskudd: Tilskudd — † (illustrativt)');
        expect(funding.rows.find(r => r.key === 'bank')!.cells[0].uncertain).toBeUndefined();
        expect(funding.notes).toContain('† bygger på en antatt eller illustrativ opplysning');
        const decisions = decisionMatrix(model, { language: 'da' });
        expect(decisions.rows.find(r => r.key === 'lag')!.cells[0]).toMatchObject({ text: 'I †', uncertain: true });
        expect(decisions.rows.find(r => r.key === 'kommune')!.cells[0].uncertain).toBeUndefined();
        expect(decisions.notes).toContain('† bygger på en antaget eller illustrativ oplysning');
    });
});

describe('diagrams draw what is assumed or illustrative dotted (edges) or dashed (outlines), with a legend', () => {
    async function sourced(): Promise<PartnershipModel> {
        return modelFrom(SOURCED);
    }

    test('an illustrative funding line is a dotted grey edge marked †; a sourced one stays solid', async () => {
        const graph = diagramGraph(await sourced(), 'funding');
        const grant = graph.edges.find(edge => edge.identity.id === 'funding:0')!;
        const donation = graph.edges.find(edge => edge.identity.id === 'funding:1')!;
        expect(grant).toMatchObject({ style: 'dotted' });
        expect(grant.classes).toContain('uncertain');
        expect(grant.lines[0]).toBe('operating grant †');
        expect(grant.tooltip).toContain('† illustrative');
        expect(donation).toMatchObject({ style: 'solid' });
        expect(donation.classes).not.toContain('uncertain');
        expect(graph.legend).toContainEqual(expect.objectContaining({ kind: 'line', classes: ['uncertain'], style: 'dotted', label: '† assumed or illustrative: not a finding' }));
        // One row for dotted edges, one for dashed outlines: both are explained.
        expect(graph.legend.filter(entry => entry.classes.includes('uncertain')).map(entry => [entry.kind, entry.style])).toEqual([['line', 'dotted'], ['swatch', 'dashed']]);
        // Actors stated as assumed or illustrative get a dashed outline.
        expect(graph.nodes.find(node => node.identity.id === 'actor:lag')?.classes).toContain('uncertain');
        expect(graph.nodes.find(node => node.identity.id === 'actor:kommune')?.classes).not.toContain('uncertain');
        const actorsOnly = diagramGraph(await modelFrom('model A "A" {\n    actor k "K" is municipality\n    actor l "L" is association [assumed]\n}'), 'network');
        expect(actorsOnly.legend).toContainEqual(expect.objectContaining({ kind: 'swatch', classes: ['uncertain'], style: 'dashed' }));
    });

    test('rights from assumed or illustrative statements are grey in their right\'s style (governance); memberships dotted (network)', async () => {
        const model = await sourced();
        const governance = diagramGraph(model, 'governance', { language: 'nb' });
        // The governance view's legend explains line styles by right: an uncertain right keeps its style, grey, with no words on the line.
        const consulted = governance.edges.find(edge => edge.identity.id === 'right:d:lag:consulted');
        expect(consulted).toMatchObject({ style: 'dashed', lines: [] });
        expect(consulted?.classes).toContain('uncertain');
        expect(consulted?.tooltip).toContain('†');
        expect(diagramDot(model, 'governance', { language: 'nb' })).toMatch(/style="dashed", arrowhead="odot", penwidth=1, color="#767676", class="right right-consulted uncertain"/);
        expect(governance.edges.find(edge => edge.identity.id === 'right:d:kommune:decide')).toMatchObject({ style: 'bold' });
        expect(governance.edges.find(edge => edge.identity.id === 'defines:content:lag')?.classes).toContain('uncertain');
        expect(governance.legend.map(entry => entry.label)).toContain('† antatt eller illustrativt: ikke et funn');
        const network = diagramGraph(model, 'network');
        expect(network.edges.filter(edge => edge.identity.id.startsWith('membership:forum:')).every(edge => edge.style === 'dotted')).toBe(true);
    });

    test('DOT, Mermaid and SVG draw the difference; a model without uncertain facts has no such legend row', async () => {
        const model = await sourced();
        const dot = diagramDot(model, 'funding');
        expect(dot).toMatch(/-> "n\d+" \[id="e1", label="operating grant †\\n[^"]*", style="dotted", arrowhead="normal", penwidth=[\d.]+, color="#767676", class="funding money kind-operating_grant uncertain"\];/);
        expect(dot).toMatch(/\[id="e2", [^\]]*style="solid"/);
        const mermaid = diagramMermaid(model, 'funding');
        expect(mermaid).toMatch(/^ {4}n1 -\.->\|"operating grant #8224;<br\/>/m);
        expect(mermaid).toMatch(/^ {4}n\d+ -->\|"donation<br\/>/m);
        expect(mermaid).toContain('    linkStyle 0 stroke:#767676');
        expect(mermaid).toMatch(/^ {4}class [n\d,]+ uncertain$/m);
        const svg = await diagramSvg(model, 'funding');
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).toContain('<g id="e1" class="edge funding money kind&#45;operating_grant uncertain" data-samskap-id="funding:0"');
        expect(svg).toContain('.edge.uncertain [stroke]');
        expect(svg).toContain('† assumed or illustrative: not a finding');
        expect(svg).not.toMatch(/<script|<saker>/);
        const plain = await diagramSvg(await modelFrom(UNSOURCED), 'funding');
        expect(plain).not.toContain('†');
        expect(diagramMermaid(await modelFrom(UNSOURCED), 'funding')).not.toMatch(/uncertain|linkStyle/);
    });
});
