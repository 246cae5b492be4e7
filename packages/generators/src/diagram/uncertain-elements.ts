import { isUncertain, type Provenance } from '@samskap/language';
import { UNCERTAIN_MARK } from '../docs/provenance-text.js';
import type { Labels } from '../i18n/index.js';
import type { GraphEdge, GraphNode, LegendEntry } from './diagram-graph.js';

/** The class of every element drawn from an assumed or illustrative statement (grey and dashed in the style sheet). */
export const UNCERTAIN_CLASS = 'uncertain';

/** The first line followed by the mark †, or the mark alone: print-safe, beside the dashes and the grey. */
function markedLines(lines: readonly string[]): string[] {
    return lines.length === 0 ? [UNCERTAIN_MARK] : [`${lines[0]} ${UNCERTAIN_MARK}`, ...lines.slice(1)];
}

/**
 * An edge drawn from a statement that is only assumed or illustrative (a funding line, a right,
 * a membership): dotted, grey, marked †, its certainty in the tooltip. Dotted, not dashed: the
 * views already draw other resources, consultation and role holding dashed. Any other edge as it is.
 */
export function edgeWithProvenance(edge: GraphEdge, provenances: ReadonlyArray<Provenance | undefined>, labels: Labels): GraphEdge {
    const uncertain = provenances.find(provenance => isUncertain(provenance?.certainty));
    if (!uncertain) {
        return edge;
    }
    return {
        ...edge,
        lines: markedLines(edge.lines),
        classes: [...edge.classes, UNCERTAIN_CLASS],
        style: 'dotted',
        tooltip: `${edge.tooltip} — ${UNCERTAIN_MARK} ${labels.certainties[uncertain.certainty]}`
    };
}

/** A node drawn from an assumed or illustrative statement (an actor, a body, a role): dashed outline, marked †. */
export function nodeWithProvenance(node: GraphNode, provenance: Provenance | undefined, labels: Labels): GraphNode {
    if (!provenance || !isUncertain(provenance.certainty)) {
        return node;
    }
    return {
        ...node,
        lines: markedLines(node.lines),
        classes: [...node.classes, UNCERTAIN_CLASS],
        tooltip: `${node.tooltip} — ${UNCERTAIN_MARK} ${labels.certainties[provenance.certainty]}`
    };
}

/**
 * The legend row for what is drawn from assumed or illustrative statements, when the view has
 * any: a grey dotted line, and a dashed box when a node is drawn from one.
 */
export function uncertainLegend(nodes: readonly GraphNode[], edges: readonly GraphEdge[], labels: Labels): LegendEntry[] {
    const label = `${UNCERTAIN_MARK} ${labels.text.uncertain}`;
    const entries: LegendEntry[] = [];
    if (edges.some(edge => edge.classes.includes(UNCERTAIN_CLASS))) {
        entries.push({ kind: 'line', classes: [UNCERTAIN_CLASS], style: 'dotted', arrow: 'none', label });
    }
    if (nodes.some(node => node.classes.includes(UNCERTAIN_CLASS))) {
        entries.push({ kind: 'swatch', classes: [UNCERTAIN_CLASS], style: 'dashed', label });
    }
    return entries;
}
