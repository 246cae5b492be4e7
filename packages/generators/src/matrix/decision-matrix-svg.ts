import type { PartnershipModel } from '@samskap/language';
import { escapeAttribute, escapeHtml } from '../escape/html.js';
import { labelsFor, type Language } from '../i18n/index.js';
import { estimateTextWidth } from '../diagram/legend-svg.js';
import { diagramStyle, type DiagramTheme } from '../diagram/svg-style.js';
import { UNCERTAIN_MARK } from '../docs/provenance-text.js';
import { sourceLink } from '../source-link.js';
import { decisionMatrix, type LetterScheme } from './decision-matrix.js';

const ROW = 22;
const PAD = 8;

/**
 * The decision matrix drawn as an SVG table (for papers and the editor's preview): the same
 * content as decisionMatrix(), each row and column heading tagged with its identity and range.
 */
export function decisionMatrixSvg(model: PartnershipModel, options: { language?: Language; theme?: DiagramTheme; letters?: LetterScheme; literalColours?: boolean } = {}): string {
    const labels = labelsFor(options.language ?? 'en');
    const theme = options.theme ?? 'auto';
    const table = decisionMatrix(model, { language: labels.language, letters: options.letters });
    const rangeOf = new Map<string, string>([
        ...model.actors.map(a => [`actor:${a.id}`, sourceLink(a.nameRange)] as const),
        ...model.bodies.map(b => [`body:${b.id}`, sourceLink(b.nameRange)] as const),
        ...model.decisions.map(d => [`decision:${d.id}`, sourceLink(d.nameRange)] as const)
    ]);
    const identityOf = (id: string): string => {
        const range = rangeOf.get(id);
        return ` data-samskap-id="${escapeAttribute(id)}"${range ? ` data-samskap-range="${escapeAttribute(range)}"` : ''}`;
    };
    const partyKind = (key: string): string => (model.bodies.some(body => body.id === key) ? 'body' : 'actor');
    const firstWidth = table.rows.reduce((max, row) => Math.max(max, estimateTextWidth(row.label)), estimateTextWidth(table.corner)) + 2 * PAD;
    // Column headings are drawn bold: measured bold, or a long one runs into the next.
    const columnWidths = table.columns.map(column => Math.max(40, estimateTextWidth(column.label, 11, 'bold') + 2 * PAD));
    const width = firstWidth + columnWidths.reduce((a, b) => a + b, 0);
    const titleHeight = 28;
    const height = titleHeight + ROW * (table.rows.length + 1);
    // The letters' legend, and the mark of rights resting on assumed or illustrative statements when a cell has it.
    const notes = table.notes.filter((note, index) => index === 0 || note.startsWith(UNCERTAIN_MARK));
    const totalHeight = height + PAD + notes.length * 16 + PAD;
    const totalWidth = notes.reduce((max, note) => Math.max(max, estimateTextWidth(note)), width) + 2 * PAD;
    const out: string[] = [];
    out.push(`<svg width="${totalWidth}pt" height="${totalHeight}pt" viewBox="0 0 ${totalWidth} ${totalHeight}" xmlns="http://www.w3.org/2000/svg"` +
        ` class="samskap-diagram theme-${theme}" role="img" aria-label="${escapeAttribute(table.caption)}" data-samskap-view="decisions">`);
    out.push(`<style>${diagramStyle(theme, options.literalColours)}</style>`);
    out.push(`<title>${escapeHtml(table.caption)}</title>`);
    out.push(`<rect class="sk-background" x="0" y="0" width="${totalWidth}" height="${totalHeight}" fill="#ffffff"/>`);
    out.push(`<text x="${PAD}" y="18" font-size="13" font-weight="bold">${escapeHtml(table.caption)}</text>`);
    const cellRect = (x: number, y: number, w: number, cls: string): string =>
        `<g class="node ${cls}"><rect x="${x}" y="${y}" width="${w}" height="${ROW}" fill="#ffffff" stroke="#333333" stroke-width="0.5"/></g>`;
    let x = PAD + firstWidth;
    const top = titleHeight;
    out.push(cellRect(PAD, top, firstWidth, 'body'));
    out.push(`<text x="${PAD + PAD}" y="${top + 15}" font-size="11">${escapeHtml(table.corner)}</text>`);
    table.columns.forEach((column, index) => {
        out.push(`<g${identityOf(`decision:${column.key}`)}><title>${escapeHtml(column.label)}</title>${cellRect(x, top, columnWidths[index], 'decision')}` +
            `<text x="${x + PAD}" y="${top + 15}" font-size="11" font-weight="bold">${escapeHtml(column.label)}</text></g>`);
        x += columnWidths[index];
    });
    table.rows.forEach((row, rowIndex) => {
        const y = top + ROW * (rowIndex + 1);
        const kind = partyKind(row.key);
        const sector = model.actors.find(actor => actor.id === row.key)?.sector;
        out.push(`<g${identityOf(`${kind}:${row.key}`)}><title>${escapeHtml(row.label)}</title>${cellRect(PAD, y, firstWidth, sector ? `actor sector-${sector}` : 'body')}` +
            `<text x="${PAD + PAD}" y="${y + 15}" font-size="11">${escapeHtml(row.label)}</text></g>`);
        let cx = PAD + firstWidth;
        row.cells.forEach((cell, index) => {
            const column = table.columns[index];
            const title = cell.title ? `<title>${escapeHtml(cell.title)}</title>` : '';
            out.push(`<g${identityOf(`right:${column.key}:${row.key}`)}>${title}${cellRect(cx, y, columnWidths[index], 'cell')}` +
                `<text x="${cx + columnWidths[index] / 2}" y="${y + 15}" font-size="12" text-anchor="middle" font-weight="bold">${escapeHtml(cell.text)}</text></g>`);
            cx += columnWidths[index];
        });
    });
    notes.forEach((note, index) => out.push(`<text x="${PAD}" y="${height + PAD + 12 + index * 16}" font-size="10">${escapeHtml(note)}</text>`));
    out.push('</svg>');
    return `${out.join('\n')}\n`;
}
