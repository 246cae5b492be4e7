/**
 * Slow inputs (issue 15): what a large model costs is bounded by what a reader can use, asserted
 * by counting (edges laid out, cells built, lines read per cell), never by the clock. The
 * figures are in `npm run bench` ("Slow inputs").
 */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import {
    DEFAULT_MAX_LAYOUT_EDGES, decisionMatrix, diagramDot, diagramGraph, diagramSvg, fundingMatrix, LAYOUT_EDGE_CEILING, MATRIX_CELL_LIMIT
} from '../src/index.js';
import { modelFrom } from './model-fixture.js';

const KINDS = ['municipality', 'voluntary_organisation', 'association', 'private_company', 'foundation'];

/** The governance input of the issue: `actors` actors, `decisions` decisions each consulting `consulted` actors. */
function governanceModel(actors: number, decisions: number, consulted: number): string {
    const lines = ['model Gov "Styring" {'];
    for (let i = 0; i < actors; i++) lines.push(`    actor a${i} "Aktør ${i}" is ${KINDS[i % KINDS.length]}`);
    for (let d = 0; d < decisions; d++) {
        lines.push(`    decision d${d} "Beslutning ${d}" level ${d % 3 === 0 ? 'strategic' : 'operational'} {`, `        decide a${d % actors}`);
        for (let c = 0; c < consulted; c++) lines.push(`        consulted a${(d + c + 1) % actors} iap2 consult`);
        lines.push('    }');
    }
    lines.push('}');
    return lines.join('\n');
}

/** `actors` actors funding each other in a chain: as many funders as recipients. */
function fundingChain(actors: number): string {
    const lines = ['model Chain "Kjede" {'];
    for (let i = 0; i < actors; i++) lines.push(`    actor a${i} "Aktør ${i}" is ${KINDS[i % KINDS.length]}`);
    lines.push('    funding {');
    for (let i = 1; i < actors; i++) lines.push(`        a${i - 1} -> a${i} project_grant ${1000 + i} NOK per year`);
    lines.push('    }', '}');
    return lines.join('\n');
}

/** The edges Graphviz laid out in an SVG (legend rows are not edges of the graph). */
const laidOutEdges = (svg: string): number => svg.match(/<g id="[A-Za-z0-9_]*e\d+" class="edge/g)?.length ?? 0;

describe('the layout is bounded by edges, not only by actors', () => {
    test('100 actors and 50 decisions × 50 consultations: an overview of at most the bound, its title says why', async () => {
        const model = await modelFrom(governanceModel(100, 50, 50));
        // The full view: 2,550 rights, far past the bound (the actor safeguard alone let it through).
        expect(diagramGraph(model, 'governance', { layout: 'dot' }).edges.length).toBe(2_550);
        const graph = diagramGraph(model, 'governance');
        expect(graph.edges.length).toBeLessThanOrEqual(DEFAULT_MAX_LAYOUT_EDGES);
        expect(graph.aggregated).toBe(true);
        expect(graph.title).toContain('overview: 2,550 connections, more than the 500 drawn one by one; decisions grouped by level');
        // Every actor is still drawn: only the decisions are grouped.
        expect(graph.nodes.filter(node => node.classes.includes('actor')).length).toBe(100);
        const svg = await diagramSvg(model, 'governance');
        expect(laidOutEdges(svg)).toBe(graph.edges.length);
        expect(laidOutEdges(svg)).toBeLessThanOrEqual(DEFAULT_MAX_LAYOUT_EDGES);
        expect(XMLValidator.validate(svg)).toBe(true);
    });

    test('a view under the bound is drawn in full, as before', async () => {
        const model = await modelFrom(governanceModel(20, 5, 5));
        const graph = diagramGraph(model, 'governance');
        expect(graph.edges.length).toBe(30);
        expect(graph.aggregated).toBe(false);
        expect(graph.title).not.toContain('overview');
    });

    test('when grouping decisions is not enough, actors are grouped by sector too', async () => {
        const model = await modelFrom(governanceModel(100, 50, 50));
        const graph = diagramGraph(model, 'governance', { maxLayoutEdges: 50, language: 'nb' });
        expect(graph.edges.length).toBeLessThanOrEqual(50);
        expect(graph.title).toContain('aktører samlet per sektor, beslutninger samlet per nivå');
        expect(graph.nodes.filter(node => node.classes.includes('actor')).length).toBeLessThanOrEqual(KINDS.length);
    });

    test('past the bound even as an overview: a notice in place of the layout, never Graphviz', async () => {
        const model = await modelFrom(governanceModel(100, 50, 50));
        // Grouped as far as it goes (sectors, decision levels), and still past the bound.
        const graph = diagramGraph(model, 'governance', { maxLayoutEdges: 5 });
        expect(graph.aggregated).toBe(true);
        expect(graph.edges.length).toBeGreaterThan(5);
        const svg = await diagramSvg(model, 'governance', { maxLayoutEdges: 5, language: 'da' });
        expect(laidOutEdges(svg)).toBe(0);
        expect(svg).toContain('data-samskap-not-laid-out="true"');
        expect(svg).toContain('Ikke tegnet:');
        expect(XMLValidator.validate(svg)).toBe(true);
        // The DOT still holds the whole (grouped) graph, for anyone who lays it out themselves.
        expect(diagramDot(model, 'governance', { maxLayoutEdges: 5 }).match(/->/g)?.length).toBeGreaterThan(5);
    });

    test('an engine chosen with --layout draws everything up to its ceiling, and a notice past it', async () => {
        const model = await modelFrom(governanceModel(60, 50, 45));
        const graph = diagramGraph(model, 'governance', { layout: 'sfdp' });
        expect(graph.edges.length).toBeGreaterThan(LAYOUT_EDGE_CEILING);
        const svg = await diagramSvg(model, 'governance', { layout: 'sfdp' });
        expect(svg).toContain('data-samskap-not-laid-out="true"');
        expect(laidOutEdges(svg)).toBe(0);
    });
});

describe('funding and decision matrices', () => {
    test('each cell reads only its own lines: a chain of 200 actors builds its 40,000 cells from 199 lines', async () => {
        const model = await modelFrom(fundingChain(200));
        // Count how often a funding line is read while the matrix is built: the old code read
        // every line once per cell (199 × 200 cells × 199 lines: 8 million reads; for the 2,000
        // actors of the issue 8 billion, minutes).
        let reads = 0;
        const counted = {
            ...model,
            funding: model.funding.map(line => new Proxy(line, { get: (target, key, receiver) => (key === 'from' && reads++, Reflect.get(target, key, receiver)) }))
        };
        const table = fundingMatrix(counted, { maxCells: Number.POSITIVE_INFINITY });
        expect(table.rows.length).toBe(200);
        expect(table.rows[0].cells.length).toBe(200);
        expect(reads).toBeLessThan(10 * model.funding.length);
    });

    test('past the cell limit a documentation matrix is listed by pair, with a note that says so', async () => {
        const model = await modelFrom(fundingChain(400));
        const table = fundingMatrix(model, { maxCells: MATRIX_CELL_LIMIT, language: 'nb' });
        // 399 funders × 400 columns (399 recipients and the total): listed, one row per pair plus the total.
        expect(table.rows.length).toBe(400);
        expect(table.columns.map(column => column.key)).toEqual(['recipient', 'amount']);
        expect(table.rows[0].cells.map(cell => cell.text)).toEqual(['Aktør 1', '1\u00A0001 NOK per år']);
        expect(table.notes[0]).toContain('399 × 400 celler er flere enn en tabell viser (grense: 40\u00A0000)');
        // The total is the same as the matrix's.
        const full = fundingMatrix(model, { language: 'nb' });
        expect(table.rows.at(-1)?.cells[1].text).toBe(full.rows.at(-1)?.cells.at(-1)?.text);
    });

    test('the decision matrix past the limit: one row per party and decision it holds a right in', async () => {
        const model = await modelFrom(governanceModel(300, 200, 3));
        const full = decisionMatrix(model);
        expect(full.rows.length * full.columns.length).toBe(203 * 200);
        const listed = decisionMatrix(model, { maxCells: MATRIX_CELL_LIMIT });
        expect(listed.rows.length).toBe(200 * 4);
        const filled = full.rows.flatMap(row => row.cells.filter(cell => cell.text !== '').map(cell => `${row.label}: ${cell.text}`));
        expect(listed.rows.map(row => `${row.label}: ${row.cells[1].text}`).sort()).toEqual(filled.sort());
    });
});
