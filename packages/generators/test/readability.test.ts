import { describe, expect, test } from 'vitest';
import { textWidth } from '../src/diagram/font-metrics.js';
import { readability } from '../src/diagram/readability.js';

/** A drawing in the shape Graphviz and finishSvg write: root group, node/edge/cluster groups. */
function drawing(body: string, style = ''): string {
    return `<svg width="400pt" height="300pt" viewBox="0 0 400 300" xmlns="http://www.w3.org/2000/svg" class="samskap-diagram">\n<style>${style}</style>\n` +
        `<g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(0 300)">\n${body}\n</g>\n</svg>\n`;
}

const node = (id: string, x: number, y: number, w: number, h: number, text: string): string =>
    `<g id="${id}" class="node actor"><title>${id}</title>` +
    `<polygon fill="#fff" stroke="#333" points="${x},${y} ${x + w},${y} ${x + w},${y + h} ${x},${y + h} ${x},${y}"/>` +
    `<text xml:space="preserve" text-anchor="middle" x="${x + w / 2}" y="${y + h / 2 + 4}" font-family="Arimo" font-size="11.00">${text}</text></g>`;

const edge = (id: string, points: ReadonlyArray<readonly [number, number]>, label?: { x: number; y: number; text: string }): string =>
    `<g id="${id}" class="edge"><title>${id}</title><path fill="none" stroke="#333" d="M${points.map(p => p.join(',')).join(' L')}"/>` +
    (label ? `<text text-anchor="middle" x="${label.x}" y="${label.y}" font-size="11">${label.text}</text>` : '') + '</g>';

describe('readability check', () => {
    test('measures text with the diagram font: a name wider than its box runs out of it', () => {
        // "Nasjonalforeningen" at 11 pt is about 100 units wide: it fits a 120-wide box and not a 60-wide one.
        expect(textWidth('Nasjonalforeningen', 11)).toBeGreaterThan(90);
        expect(readability(drawing(node('n1', 10, -100, 120, 30, 'Nasjonalforeningen'))).textsOutsideBox).toBe(0);
        const narrow = readability(drawing(node('n1', 10, -100, 60, 30, 'Nasjonalforeningen')));
        expect(narrow.textsOutsideBox).toBe(1);
        expect(narrow.problems[0]).toContain('Nasjonalforeningen');
    });

    test('counts texts drawn over each other, and not texts side by side', () => {
        const overlapping = drawing(`<text x="10" y="-50" font-size="11">first label</text><text x="30" y="-48" font-size="11">second label</text>`);
        expect(readability(overlapping).overlappingTexts).toBe(1);
        const apart = drawing(`<text x="10" y="-50" font-size="11">first label</text><text x="10" y="-36" font-size="11">second label</text>`);
        expect(readability(apart).overlappingTexts).toBe(0);
    });

    test('counts a label that another edge runs through, and a label on a node', () => {
        const nodes = node('a', 10, -200, 60, 30, 'A') + node('b', 300, -200, 60, 30, 'B') + node('c', 10, -60, 60, 30, 'C') + node('d', 300, -60, 60, 30, 'D');
        const crossed = drawing(nodes + edge('e1', [[70, -185], [300, -185]], { x: 185, y: -120, text: 'consulted' }) +
            edge('e2', [[70, -45], [185, -45], [185, -185]]));
        const figures = readability(crossed);
        expect(figures.labelsOverEdges).toBe(1);
        expect(figures.problems.join('\n')).toContain('consulted');
        const clear = drawing(nodes + edge('e1', [[70, -185], [300, -185]], { x: 185, y: -190, text: 'consulted' }) + edge('e2', [[70, -45], [300, -45]]));
        expect(readability(clear).labelsOverEdges).toBe(0);
        const onNode = drawing(nodes + edge('e1', [[70, -185], [300, -185]], { x: 320, y: -180, text: 'consulted' }));
        expect(readability(onNode).labelsOverNodes).toBe(1);
    });

    test('counts crossings between edges that share no node, and an edge through a node it does not join', () => {
        const nodes = node('a', 10, -200, 60, 30, 'A') + node('b', 300, -60, 60, 30, 'B') + node('c', 10, -60, 60, 30, 'C') + node('d', 300, -200, 60, 30, 'D');
        const crossing = readability(drawing(nodes + edge('e1', [[70, -185], [300, -45]]) + edge('e2', [[70, -45], [300, -185]])));
        expect(crossing.edgeCrossings).toBe(1);
        expect(crossing.edgesThroughNodes).toBe(0);
        const through = readability(drawing(nodes + node('m', 150, -140, 60, 30, 'M') + edge('e1', [[70, -185], [300, -45]])));
        expect(through.edgesThroughNodes).toBe(1);
        expect(through.problems.join('\n')).toContain('passes through node m');
    });

    test('counts a label across a cluster border and an edge through a cluster that holds neither end', () => {
        const cluster = `<g id="c1" class="cluster"><title>c1</title><polygon fill="none" stroke="#888" points="120,-250 240,-250 240,-20 120,-20 120,-250"/>` +
            `<text x="125" y="-235" font-size="12">Voluntary</text></g>`;
        const nodes = node('a', 10, -200, 60, 30, 'A') + node('b', 300, -200, 60, 30, 'B') + node('inside', 140, -80, 80, 30, 'Inside');
        const figures = readability(drawing(cluster + nodes + edge('e1', [[70, -185], [300, -185]], { x: 120, y: -190, text: 'decides' })));
        expect(figures.labelsOnBorders).toBe(1);
        expect(figures.edgesThroughClusters).toBe(1);
        expect(figures.textsOutsideBox).toBe(0);
        const own = readability(drawing(cluster + nodes + edge('e1', [[70, -185], [140, -65]])));
        expect(own.edgesThroughClusters).toBe(0);
    });

    test('reads the smallest text size, style sheet sizes included', () => {
        const svg = drawing(node('a', 10, -200, 60, 30, 'A') + edge('e1', [[70, -185], [300, -185]], { x: 185, y: -190, text: 'x' }), '.samskap-diagram .edge text{font-size:9px}');
        expect(readability(svg).smallestText).toBe(9);
        expect(readability(svg.replace('{font-size:9px}', '{}')).smallestText).toBe(11);
    });
});
