import type { FundingLine, PartnershipModel } from '@samskap/language';
import { fillLabel } from '../i18n/index.js';
import { formatNumber, formatPercent } from '../number-format.js';
import { fundingAmountLines } from '../quantity-text.js';
import { KeyFactory, type DiagramGraph, type GraphEdge } from './diagram-graph.js';
import type { ViewOptions } from './network-view.js';
import { groupingNote } from './layout-notes.js';
import { buildPartyNodes, sectorLegend } from './party-nodes.js';
import { edgeWithProvenance, uncertainLegend } from './uncertain-elements.js';

const MIN_WIDTH = 1;
const MAX_WIDTH = 7;

/** Line width by money per year: area-like growth (square root) so one big grant does not hide the rest. */
function widthOf(line: FundingLine, largest: number): number {
    if (line.yearlyAmount === undefined || largest <= 0) {
        return MIN_WIDTH;
    }
    const width = MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * Math.sqrt(line.yearlyAmount / largest);
    return Math.round(width * 10) / 10;
}

/**
 * Each recipient's known money per year, summed once for the view: summing it again for every
 * line was quadratic (19,000 funding lines took 52 s, found by the fuzz suite).
 */
function yearlyTotals(model: PartnershipModel): Map<string, number> {
    const totals = new Map<string, number>();
    for (const line of model.funding) {
        if (line.yearlyAmount !== undefined) totals.set(line.to, (totals.get(line.to) ?? 0) + line.yearlyAmount);
    }
    return totals;
}

/** Share of the recipient's yearly money this line brings, when it can be known. */
function shareOfRecipient(line: FundingLine, totals: ReadonlyMap<string, number>): number | undefined {
    if (line.yearlyAmount === undefined) {
        return undefined;
    }
    const total = totals.get(line.to) ?? 0;
    return total > 0 ? line.yearlyAmount / total : undefined;
}

/**
 * Funding flows (docs/research.md D6): one edge per funding line, width by money per year, labelled
 * with kind, amount and share. Large models draw one edge per pair of sectors with the sum.
 */
export function fundingView(model: PartnershipModel, options: ViewOptions): DiagramGraph {
    const { labels } = options;
    const keys = new KeyFactory(options.keyPrefix);
    const wanted = new Set(model.funding.flatMap(line => [line.from, line.to]));
    const parties = buildPartyNodes(model, wanted, keys, { labels, aggregateAbove: options.aggregateAbove, groupBy: options.groupBy, expand: options.expand });
    const largest = model.funding.reduce((max, line) => Math.max(max, line.yearlyAmount ?? 0), 0);
    const edges: GraphEdge[] = [];
    const within = new Map<string, string>();
    if (parties.aggregated) {
        const sums = new Map<string, { from: string; to: string; lines: FundingLine[] }>();
        for (const line of model.funding) {
            const from = parties.keyOf.get(line.from);
            const to = parties.keyOf.get(line.to);
            if (from && to) {
                const entry = sums.get(`${from}>${to}`) ?? { from, to, lines: [] };
                entry.lines.push(line);
                sums.set(`${from}>${to}`, entry);
            }
        }
        const largestSum = [...sums.values()].reduce((max, entry) => Math.max(max, entry.lines.reduce((s, l) => s + (l.yearlyAmount ?? 0), 0)), 0);
        for (const entry of sums.values()) {
            const yearly = entry.lines.reduce((sum, line) => sum + (line.yearlyAmount ?? 0), 0);
            const text = `${entry.lines.length} × ${labels.text.funding.toLowerCase()}` +
                (yearly > 0 ? `, ${formatNumber(yearly, labels.language)} ${model.context.currency ?? ''} ${labels.text.perYear}` : '');
            if (entry.from === entry.to) {
                // Within one group: written on its node; a loop's label lay across the loop and the lines beside it.
                within.set(entry.from, fillLabel(labels.text.withinGroup, { flows: text.replace(/\s+/g, ' ').trim() }));
                continue;
            }
            edges.push(edgeWithProvenance({
                key: keys.edge(),
                identity: { id: `funding-aggregate:${entry.from}:${entry.to}` },
                from: entry.from,
                to: entry.to,
                lines: [text.replace(/\s+/g, ' ').trim()],
                classes: ['funding', yearly > 0 ? 'money' : 'resource'],
                style: yearly > 0 ? 'solid' : 'dashed',
                arrow: 'normal',
                penwidth: largestSum > 0 ? Math.round((MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * Math.sqrt(yearly / largestSum)) * 10) / 10 : MIN_WIDTH,
                tooltip: text
            }, entry.lines.map(line => line.provenance), labels));
        }
    } else {
        const totals = yearlyTotals(model);
        for (const line of model.funding) {
            const from = parties.keyOf.get(line.from);
            const to = parties.keyOf.get(line.to);
            if (!from || !to) {
                continue;
            }
            const money = line.category === 'money';
            const share = shareOfRecipient(line, totals);
            // The recipient's share is shown for an amount; a line given as a share of a budget shows that share already.
            const shareText = share !== undefined && share < 1 && line.sharePercent === undefined ? `${formatPercent(share, labels.language)} ${labels.text.share}` : '';
            const lines = [labels.fundingKinds[line.kind], ...fundingAmountLines(line, labels, model), shareText].filter(text => text.length > 0);
            edges.push(edgeWithProvenance({
                key: keys.edge(),
                identity: { id: `funding:${line.index}`, range: line.range },
                from,
                to,
                lines,
                classes: ['funding', money ? 'money' : 'resource', `kind-${line.kind}`],
                style: money ? 'solid' : 'dashed',
                arrow: 'normal',
                penwidth: money ? widthOf(line, largest) : MIN_WIDTH,
                tooltip: [lines.join(', '), line.description ?? ''].filter(text => text.length > 0).join(' — ')
            }, [line.provenance], labels));
        }
    }
    const legend = sectorLegend(parties, labels, true);
    legend.push({ kind: 'line', classes: ['funding', 'money'], style: 'solid', width: 4, arrow: 'normal', label: `${labels.text.moneyFlow} (${labels.text.edgeWidthByAmount})` });
    legend.push({ kind: 'line', classes: ['funding', 'resource'], style: 'dashed', arrow: 'normal', label: labels.text.resourceFlow });
    legend.push(...uncertainLegend(parties.nodes, edges, labels));
    return {
        view: 'funding',
        title: `${model.title} — ${labels.views.funding}${parties.aggregated ? ` (${groupingNote(labels, options.groupBy, false)})` : ''}`,
        direction: 'LR',
        // Sectors by colour only: edge labels placed between sector frames lay across their borders.
        clusters: [],
        nodes: parties.nodes.map(node => ({ ...node, cluster: undefined, lines: within.has(node.key) ? [...node.lines, within.get(node.key) as string] : node.lines })),
        edges,
        legend,
        aggregated: parties.aggregated
    };
}
