import type { PartnershipModel, Provenance, RightKind } from '@samskap/language';
import { KeyFactory, type ArrowHead, type DiagramGraph, type GraphEdge, type GraphNode, type LegendEntry, type LineStyle } from './diagram-graph.js';
import type { ViewOptions } from './network-view.js';
import { buildPartyNodes, sectorLegend } from './party-nodes.js';
import { edgeWithProvenance, nodeWithProvenance, uncertainLegend } from './uncertain-elements.js';

/** How each right is drawn; print-safe (style and width differ, not only colour). */
const RIGHT_STYLE: Record<RightKind, { style: LineStyle; arrow: ArrowHead; width: number }> = {
    decide: { style: 'bold', arrow: 'normal', width: 3 },
    agree: { style: 'solid', arrow: 'tee', width: 2 },
    recommend: { style: 'solid', arrow: 'empty', width: 1 },
    consulted: { style: 'dashed', arrow: 'odot', width: 1 },
    informed: { style: 'dotted', arrow: 'none', width: 1 },
    perform: { style: 'dashed', arrow: 'dot', width: 1 }
};
const RIGHT_ORDER: readonly RightKind[] = ['decide', 'agree', 'recommend', 'consulted', 'informed', 'perform'];

/**
 * Governance and decision rights (docs/research.md D3, D4, D7): who decides, must agree, recommends,
 * is consulted, informed or performs, on what; who defines goals and content; body members.
 */
export function governanceView(model: PartnershipModel, options: ViewOptions): DiagramGraph {
    const { labels } = options;
    const keys = new KeyFactory(options.keyPrefix);
    const wanted = new Set<string>();
    for (const decision of model.decisions) {
        decision.rights.forEach(right => wanted.add(right.party));
        decision.loci.forEach(locus => (locus.kind === 'party' ? [locus.party] : locus.parties).forEach(party => wanted.add(party)));
    }
    model.definitions.forEach(definition => definition.definers.forEach(party => wanted.add(party)));
    if (model.governance?.organisation) {
        wanted.add(model.governance.organisation);
    }
    for (const body of model.bodies.filter(b => wanted.has(b.id))) {
        body.members.forEach(member => wanted.add(member));
    }
    const parties = buildPartyNodes(model, wanted, keys, { labels, aggregateAbove: options.aggregateAbove });
    const nodes: GraphNode[] = [...parties.nodes];
    const edges: GraphEdge[] = [];
    const seen = new Set<string>();
    const aggregateDecisions = options.aggregateDecisions === true || parties.aggregated || model.decisions.length > options.aggregateAbove / 2;
    const rightEdge = (from: string | undefined, to: string, right: RightKind, id: string, range: GraphEdge['identity']['range'], extra: string[], provenance?: Provenance): void => {
        const dedupe = `${from}>${to}>${right}`;
        if (!from || ((parties.aggregated || aggregateDecisions) && seen.has(dedupe))) {
            return;
        }
        seen.add(dedupe);
        const look = RIGHT_STYLE[right];
        const lines = (extra[0] === labels.text.decidesJointly ? extra : [labels.rights[right], ...extra]).filter(text => text.length > 0);
        edges.push(edgeWithProvenance({
            key: keys.edge(), identity: { id, range }, from, to, lines, classes: ['right', `right-${right}`],
            style: look.style, arrow: look.arrow, penwidth: look.width, tooltip: lines.join(', ')
        }, [provenance], labels));
    };
    for (const definition of model.definitions) {
        const key = keys.node();
        const title = definition.aspect === 'goals' ? labels.text.goals : labels.text.content;
        nodes.push({
            key, identity: { id: `definition:${definition.aspect}`, range: definition.range }, lines: [title],
            classes: ['definition'], shape: 'hexagon', tooltip: title
        });
        for (const definer of definition.definers) {
            const rule = definition.rule ? labels.rules[definition.rule] : '';
            const from = parties.keyOf.get(definer);
            const dedupe = `${from}>${key}>defines`;
            if (!from || seen.has(dedupe)) {
                continue;
            }
            seen.add(dedupe);
            const lines = [labels.text.defines, definition.definers.length > 1 ? rule : ''].filter(text => text.length > 0);
            edges.push(edgeWithProvenance({
                key: keys.edge(), identity: { id: `defines:${definition.aspect}:${definer}`, range: definition.range }, from, to: key,
                lines, classes: ['right', 'right-decide', 'defines'], style: 'bold', arrow: 'normal', penwidth: 2, tooltip: lines.join(', ')
            }, [definition.provenance], labels));
        }
    }
    // Large models: one node per decision level instead of one per decision, like the sectors.
    const decisionNode = new Map<string, string>();
    if (aggregateDecisions) {
        const levels = new Map<string, number>();
        model.decisions.forEach(decision => levels.set(decision.level ?? 'unspecified', (levels.get(decision.level ?? 'unspecified') ?? 0) + 1));
        for (const [level, count] of levels) {
            const key = keys.node();
            const title = `${level === 'unspecified' ? labels.text.decisions : `${labels.text.decisions} (${labels.levels[level as keyof typeof labels.levels]})`}: ${count}`;
            nodes.push({ key, identity: { id: `decisions:${level}` }, lines: [title], classes: ['decision', 'aggregate'], shape: 'hexagon', tooltip: title });
            model.decisions.filter(d => (d.level ?? 'unspecified') === level).forEach(d => decisionNode.set(d.id, key));
        }
    }
    for (const decision of model.decisions) {
        let key = decisionNode.get(decision.id);
        if (!key) {
            key = keys.node();
            const level = decision.level ? labels.levels[decision.level] : '';
            nodes.push(nodeWithProvenance({
                key, identity: { id: `decision:${decision.id}`, range: decision.nameRange },
                lines: level ? [decision.title, level] : [decision.title], classes: ['decision'], shape: 'hexagon',
                tooltip: level ? `${decision.title} (${level})` : decision.title
            }, decision.provenance, labels));
        }
        for (const locus of decision.loci) {
            if (locus.kind === 'party') {
                rightEdge(parties.keyOf.get(locus.party), key, 'decide', `right:${decision.id}:${locus.party}:decide`, locus.range, [], locus.provenance);
            } else {
                for (const party of locus.parties) {
                    rightEdge(parties.keyOf.get(party), key, 'decide', `right:${decision.id}:${party}:decide`, locus.range,
                        [labels.text.decidesJointly, locus.rule ? labels.rules[locus.rule] : ''], locus.provenance);
                }
            }
        }
        for (const right of decision.rights.filter(r => r.right !== 'decide')) {
            const extra = aggregateDecisions ? [] : [right.iap2 ? `IAP2: ${labels.iap2[right.iap2]}` : '', right.arnstein ? `Arnstein: ${labels.arnstein[right.arnstein]}` : ''];
            rightEdge(parties.keyOf.get(right.party), key, right.right, `right:${decision.id}:${right.party}:${right.right}`, right.range, extra, right.provenance);
        }
    }
    for (const body of model.bodies.filter(b => parties.keyOf.has(b.id))) {
        const bodyKey = parties.keyOf.get(body.id) as string;
        for (const member of body.members) {
            const from = parties.keyOf.get(member);
            const dedupe = `${from}>${bodyKey}>member`;
            if (!from || seen.has(dedupe)) {
                continue;
            }
            seen.add(dedupe);
            edges.push(edgeWithProvenance({
                key: keys.edge(), identity: { id: `membership:${body.id}:${member}`, range: body.range }, from, to: bodyKey, lines: [],
                classes: ['membership'], style: 'solid', arrow: 'none', penwidth: 1, tooltip: `${labels.text.memberOf}: ${body.title}`
            }, [body.provenance], labels));
        }
    }
    const legend: LegendEntry[] = sectorLegend(parties, labels, true);
    legend.push({ kind: 'swatch', classes: ['decision'], label: labels.text.decisions });
    for (const right of RIGHT_ORDER.filter(r => edges.some(edge => edge.classes.includes(`right-${r}`)))) {
        const look = RIGHT_STYLE[right];
        legend.push({ kind: 'line', classes: ['right', `right-${right}`], style: look.style, width: look.width, arrow: look.arrow, label: labels.rights[right] });
    }
    if (edges.some(edge => edge.classes.includes('membership'))) {
        legend.push({ kind: 'line', classes: ['membership'], style: 'solid', label: labels.text.memberOf });
    }
    legend.push(...uncertainLegend(nodes, edges, labels));
    return {
        view: 'governance',
        title: `${model.title} — ${labels.views.governance}${parties.aggregated || aggregateDecisions ? ` (${labels.text.aggregatedView})` : ''}`,
        direction: 'LR',
        clusters: parties.clusters,
        nodes,
        edges,
        legend,
        aggregated: parties.aggregated || aggregateDecisions
    };
}
