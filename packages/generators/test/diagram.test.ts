import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import type { GraphNode } from '../src/diagram/diagram-graph.js';
import { readability } from '../src/diagram/readability.js';
import { diagramDot, diagramGraph, diagramMermaid, diagramSvg } from '../src/index.js';
import { HOSTILE_MODEL, modelFrom } from './model-fixture.js';

const wellFormed = (svg: string): true | string => {
    const result = XMLValidator.validate(svg);
    return result === true ? true : JSON.stringify(result.err);
};

function largeModel(actors: number): string {
    const lines = ['model Large "Stor modell" {', '    country NO'];
    for (let i = 0; i < actors; i++) {
        lines.push(`    actor a${i} "Aktør ${i}" is ${i === 0 ? 'municipality' : i % 2 ? 'voluntary_organisation' : 'private_company'}`);
    }
    lines.push(`    body board "Styret" is board members a0, a1, a2, a3 decides by consensus`);
    lines.push('    funding {');
    for (let i = 1; i < actors; i++) {
        lines.push(`        a0 -> a${i} project_grant ${1000 + i} NOK per year`);
    }
    lines.push('    }', '}');
    return lines.join('\n');
}

describe('diagrams', () => {
    test('every SVG view is well-formed XML with no unescaped model text', async () => {
        const model = await modelFrom(HOSTILE_MODEL);
        for (const view of ['network', 'funding', 'governance', 'decisions'] as const) {
            const svg = await diagramSvg(model, view, { language: 'nb' });
            expect(wellFormed(svg), view).toBe(true);
            expect(svg, view).not.toContain('<script');
            expect(svg, view).not.toContain('<b>');
            expect(svg, view).not.toContain('<!--');
            expect(svg.startsWith('<svg '), view).toBe(true);
        }
    });

    test('an observer of a body gets a dashed line to the body, outside its frame, and the legend says it has no vote', async () => {
        const model = await modelFrom(`model obs "Observers" {
    actor kommune "Kommune" is municipality
    actor lag "Idrettslaget" is voluntary_organisation
    actor fondet "Fondet" is foundation
    body styret "Styret" is board members kommune, lag observers fondet decides by majority
    decision plan "Plan" level policy { decide styret }
}
`);
        const graph = diagramGraph(model, 'governance');
        const observer = graph.edges.filter(edge => edge.classes.includes('observer'));
        expect(observer).toHaveLength(1);
        const fondet = graph.nodes.find(node => node.identity?.id === 'actor:fondet');
        const styret = graph.nodes.find(node => node.identity?.id === 'body:styret');
        expect(observer[0].from).toBe(fondet?.key);
        expect(observer[0].to).toBe(styret?.key);
        expect(observer[0].style).toBe('dashed');
        // The frame holds those who share the body's decisions, not its observer.
        expect(fondet?.cluster).toBeUndefined();
        expect(graph.nodes.find(node => node.identity?.id === 'actor:lag')?.cluster).toBeDefined();
        expect(graph.legend.some(entry => entry.label === 'observer in body (no vote)')).toBe(true);
        const svg = await diagramSvg(model, 'governance', { language: 'nb' });
        expect(svg).toContain('observatør i organ (uten stemmerett)');
    });

    test('each actor of the network carries its identity and source range, and its name in full', async () => {
        const model = await modelFrom(HOSTILE_MODEL);
        const svg = await diagramSvg(model, 'network');
        for (const actor of model.actors) {
            const line = actor.nameRange.start.line + 1;
            const column = actor.nameRange.start.character + 1;
            expect(svg).toMatch(new RegExp(`data-samskap-id="actor:${actor.id}" data-samskap-range="file:///test/[^"]+#L${line}:${column}-L\\d+:\\d+"`));
        }
        expect(svg).toContain('Røde Kors &amp; Co &quot;Øst&quot;');
        expect(svg).toContain('@innbyggere på Æøå');
        expect(svg).toContain('data-samskap-id="body:styre"');
        expect(svg).toContain('data-samskap-id="role:koord"');
    });

    test('the SVG has a legend naming the sectors shown, and a style for dark themes', async () => {
        const model = await modelFrom(HOSTILE_MODEL);
        const svg = await diagramSvg(model, 'funding', { language: 'nb' });
        expect(svg).toContain('<g class="legend"');
        expect(svg).toContain('Tegnforklaring');
        for (const sector of ['Offentlig sektor', 'Frivillig sektor', 'Privat sektor']) {
            expect(svg).toContain(`>${sector}</text>`);
        }
        expect(svg).toContain('prefers-color-scheme:dark');
        expect(svg).toContain('data-samskap-id="funding:0"');
    });

    test('funding edges are wider for larger yearly amounts and labelled with amount and kind', async () => {
        const model = await modelFrom(HOSTILE_MODEL);
        const graph = diagramGraph(model, 'funding');
        const grant = graph.edges.find(edge => edge.identity.id === 'funding:0');
        const premises = graph.edges.find(edge => edge.identity.id === 'funding:2');
        expect(grant?.lines).toEqual(['operating grant', '600,000 NOK per year']);
        expect(grant?.penwidth).toBeGreaterThan(premises?.penwidth ?? Infinity);
        expect(premises?.style).toBe('dashed');
    });

    test('the governance view shows who decides, agrees, is consulted and informed', async () => {
        const model = await modelFrom(HOSTILE_MODEL);
        const graph = diagramGraph(model, 'governance');
        const ids = graph.edges.map(edge => edge.identity.id);
        expect(ids).toEqual(expect.arrayContaining([
            'right:budsjett:styre:decide', 'right:budsjett:kommune:agree', 'right:budsjett:bedrift:consulted',
            'right:budsjett:innbyggere:informed', 'right:program:kommune:decide', 'right:program:lag:decide',
            'defines:goals:kommune', 'defines:content:lag'
        ]));
        // One line per party and decision, in the style of the strongest right: lag decides the
        // programme jointly and performs it; the line is a decide line, the tooltip says both.
        const pairs = graph.edges.filter(edge => edge.classes.includes('right')).map(edge => `${edge.from}>${edge.to}`);
        expect(new Set(pairs).size).toBe(pairs.length);
        const lag = graph.edges.find(edge => edge.identity.id === 'right:program:lag:decide');
        expect(lag?.classes).toContain('right-decide');
        expect(lag?.tooltip).toBe('decides; performs');
        // No words on the lines: the legend explains the styles; IAP2 and Arnstein are in the tooltip.
        expect(graph.edges.every(edge => edge.lines.length === 0)).toBe(true);
        const consulted = graph.edges.find(edge => edge.identity.id === 'right:budsjett:bedrift:consulted');
        expect(consulted?.tooltip).toMatch(/^is consulted \(IAP2: consult/);
        expect(graph.legend.map(entry => entry.label)).toEqual(expect.arrayContaining(['decides', 'must agree', 'is consulted', 'is informed', 'defines']));
    });

    test('--detail participation writes the IAP2 and Arnstein readings on the lines, once each', async () => {
        const model = await modelFrom(HOSTILE_MODEL);
        const graph = diagramGraph(model, 'governance', { detail: 'participation' });
        expect(graph.edges.find(edge => edge.identity.id === 'right:budsjett:bedrift:consulted')?.lines).toEqual(['IAP2: consult']);
        expect(graph.edges.find(edge => edge.identity.id === 'right:budsjett:styre:decide')?.lines).toEqual([]);
        const svg = await diagramSvg(model, 'governance', { detail: 'participation' });
        expect(svg).toContain('>IAP2: consult</text>');
        expect(readability(svg)).toMatchObject({ textsOutsideBox: 0, overlappingTexts: 0, labelsOverNodes: 0 });
    });

    test('the governance view frames each body around its members and lists goals, content and decisions in one column by level', async () => {
        const model = await modelFrom(HOSTILE_MODEL);
        const graph = diagramGraph(model, 'governance');
        const nodeOf = (id: string): GraphNode | undefined => graph.nodes.find(node => node.identity.id === id);
        const frame = graph.clusters.find(cluster => cluster.identity.id === 'body:styre');
        expect(frame).toBeDefined();
        for (const member of ['actor:kommune', 'actor:lag', 'actor:bedrift', 'body:styre']) expect(nodeOf(member)?.cluster, member).toBe(frame?.key);
        expect(nodeOf('actor:innbyggere')?.cluster).toBeUndefined();
        // Framed members sit before (left of) their body; no membership lines are drawn for them.
        expect(graph.edges.some(edge => edge.classes.includes('membership'))).toBe(false);
        expect(graph.before).toContainEqual([nodeOf('actor:kommune')?.key, nodeOf('body:styre')?.key]);
        const column = (graph.columns?.[0] ?? []).map(key => graph.nodes.find(node => node.key === key)?.identity.id);
        expect(column).toEqual(['definition:goals', 'definition:content', 'decision:budsjett', 'decision:program']);
        // Rules stand once, on the node: goals defined by consensus, the programme decided jointly by majority.
        expect(nodeOf('definition:goals')?.lines).toEqual(['Goals', 'consensus']);
        expect(nodeOf('decision:program')?.lines).toEqual(['Program', 'operational', 'decide jointly, majority']);
        expect(diagramDot(model, 'governance')).toMatch(/\{ rank="same"; "n\d+"; "n\d+"; "n\d+"; "n\d+"; \}/);
        // Mermaid has no legend: there each line says what it means.
        const mermaid = diagramMermaid(model, 'governance');
        expect(mermaid).toMatch(/ ==>\|"decides"\| /);
        expect(mermaid).toMatch(/ -\.-o\|"is consulted"\| /);
    });

    test('the same model gives the same bytes', async () => {
        const model = await modelFrom(HOSTILE_MODEL);
        const again = await modelFrom(HOSTILE_MODEL);
        for (const view of ['network', 'funding', 'governance'] as const) {
            const uriFree = (text: string): string => text.replace(/case\d+-0/g, 'case');
            expect(uriFree(await diagramSvg(again, view))).toBe(uriFree(await diagramSvg(model, view)));
            expect(diagramDot(again, view).replace(/case\d+-0/g, 'case')).toBe(diagramDot(model, view).replace(/case\d+-0/g, 'case'));
        }
    });

    test('DOT and Mermaid carry no raw model markup', async () => {
        const model = await modelFrom(HOSTILE_MODEL);
        const dot = diagramDot(model, 'network');
        expect(dot).toContain('label="Røde Kors & Co \\"Øst\\"\\nvoluntary organisation"');
        const mermaid = diagramMermaid(model, 'governance');
        expect(mermaid).not.toMatch(/<script|<b>|<plan>/);
        expect(mermaid).toContain('Budsjett #38; #60;plan#62;');
        expect(mermaid.startsWith('---\ntitle:')).toBe(true);
    });

    test('large models are drawn with one node per sector', async () => {
        const model = await modelFrom(largeModel(320));
        const graph = diagramGraph(model, 'funding');
        expect(graph.aggregated).toBe(true);
        expect(graph.nodes.map(node => node.identity.id)).toEqual(['sector:public', 'sector:voluntary', 'sector:private']);
        const svg = await diagramSvg(model, 'network');
        expect(wellFormed(svg)).toBe(true);
        expect(svg).toContain('Voluntary sector (160)');
        const governance = diagramGraph(await modelFrom(largeModel(320).replace(/\n}$/, `\n${Array.from({ length: 200 }, (_, i) => `    decision d${i} "D ${i}" level operational { decide a${i} consulted a${i + 1} }`).join('\n')}\n}`)), 'governance');
        expect(governance.aggregated).toBe(true);
        expect(governance.nodes.filter(node => node.classes.includes('decision')).map(node => node.lines[0])).toEqual(['Decisions (operational): 200']);
        const small = diagramGraph(await modelFrom(largeModel(40)), 'network');
        expect(small.aggregated).toBe(false);
        expect(small.nodes.filter(node => node.classes.includes('actor'))).toHaveLength(40);
    });
});
