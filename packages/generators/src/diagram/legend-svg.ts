import { escapeHtml } from '../escape/html.js';
import type { ArrowHead, LegendEntry, LineStyle } from './diagram-graph.js';
import { textWidth } from './font-metrics.js';
import { lightFillOf, UNCERTAIN_COLOUR } from './svg-style.js';
import { UNCERTAIN_CLASS } from './uncertain-elements.js';

export const LEGEND_ROW = 18;
const PADDING = 8;

const DASH: Record<LineStyle, string> = { solid: '', bold: '', dashed: ' stroke-dasharray="5,2"', dotted: ' stroke-dasharray="1,5"' };

/** A small arrowhead at (x, y) pointing right, drawn as Graphviz draws it (filled or hollow). */
function arrowHead(arrow: ArrowHead | undefined, x: number, y: number, colour = '#333333'): string {
    switch (arrow) {
        case 'normal':
            return `<polygon points="${x - 6},${y - 3.5} ${x},${y} ${x - 6},${y + 3.5}" fill="${colour}" stroke="${colour}"/>`;
        case 'empty':
            return `<polygon points="${x - 6},${y - 3.5} ${x},${y} ${x - 6},${y + 3.5}" fill="none" stroke="${colour}"/>`;
        case 'dot':
            return `<ellipse cx="${x - 3}" cy="${y}" rx="3" ry="3" fill="${colour}" stroke="${colour}"/>`;
        case 'odot':
            return `<ellipse cx="${x - 3}" cy="${y}" rx="3" ry="3" fill="none" stroke="${colour}"/>`;
        case 'tee':
            return `<polygon points="${x - 3},${y - 5} ${x},${y - 5} ${x},${y + 5} ${x - 3},${y + 5}" fill="${colour}" stroke="${colour}"/>`;
        case 'odiamond':
        case 'none':
        case undefined:
            return '';
    }
}

/** The width of a text in the diagram font (font-metrics.ts), rounded up: boxes are sized with it. */
export function estimateTextWidth(text: string, fontSize = 11, weight: 'regular' | 'bold' = 'regular'): number {
    return Math.ceil(textWidth(text, fontSize, weight));
}

export function legendSize(title: string, entries: readonly LegendEntry[]): { width: number; height: number } {
    const widest = Math.max(estimateTextWidth(title, 11, 'bold'), ...entries.map(entry => 34 + estimateTextWidth(entry.label)));
    return { width: widest + 2 * PADDING, height: PADDING * 2 + LEGEND_ROW * (entries.length + 1) };
}

/** The legend as an SVG group at (x, y); swatches reuse the node and edge classes so they follow the theme. */
export function legendSvg(title: string, entries: readonly LegendEntry[], x: number, y: number): string {
    const size = legendSize(title, entries);
    const rows = entries.map((entry, index) => {
        const top = PADDING + LEGEND_ROW * (index + 1);
        const label = `<text x="${PADDING + 34}" y="${top + 12}" font-size="11">${escapeHtml(entry.label)}</text>`;
        const classes = escapeHtml(entry.classes.join(' '));
        // Drawn from assumed or illustrative statements: grey, as in the DOT (the style sheet agrees).
        const stroke = entry.classes.includes(UNCERTAIN_CLASS) ? UNCERTAIN_COLOUR : '#333333';
        if (entry.kind === 'swatch') {
            return `<g class="node ${classes}"><rect x="${PADDING}" y="${top + 2}" width="26" height="12" rx="3" fill="${lightFillOf(entry.classes)}" stroke="${stroke}"` +
                `${DASH[entry.style ?? 'solid']}/></g>${label}`;
        }
        const width = entry.width ?? (entry.style === 'bold' ? 2 : 1);
        return `<g class="edge ${classes}"><path d="M${PADDING} ${top + 8}H${PADDING + 26}" fill="none" stroke="${stroke}" stroke-width="${width}"${DASH[entry.style ?? 'solid']}/>` +
            `${arrowHead(entry.arrow, PADDING + 28, top + 8, stroke)}</g>${label}`;
    });
    return [
        `<g class="legend" transform="translate(${x} ${y})">`,
        `<rect class="legend-frame" x="0.5" y="0.5" width="${size.width - 1}" height="${size.height - 1}" rx="4" fill="none" stroke="#767676"/>`,
        `<text x="${PADDING}" y="${PADDING + 12}" font-size="11" font-weight="bold">${escapeHtml(title)}</text>`,
        ...rows,
        '</g>'
    ].join('\n');
}
