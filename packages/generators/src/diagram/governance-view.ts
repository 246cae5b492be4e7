import type { DecisionLevel, PartnershipModel, Provenance, RightKind, SourceRange } from '@samskap/language';
import type { Labels } from '../i18n/index.js';
import { KeyFactory, type ArrowHead, type DiagramGraph, type GraphCluster, type GraphEdge, type GraphNode, type LegendEntry, type LineStyle } from './diagram-graph.js';
import type { ViewOptions } from './network-view.js';
import { groupingNote } from './layout-notes.js';
import { buildPartyNodes, sectorLegend, type PartyNodes } from './party-nodes.js';
import { edgeWithProvenance, nodeWithProvenance, UNCERTAIN_CLASS, uncertainLegend } from './uncertain-elements.js';

/** How each right is drawn; print-safe (line style, width and arrowhead differ, not only colour). */
const RIGHT_STYLE: Record<RightKind, { style: LineStyle; arrow: ArrowHead; width: number }> = {
    decide: { style: 'bold', arrow: 'normal', width: 3 },
    agree: { style: 'solid', arrow: 'tee', width: 2 },
    recommend: { style: 'solid', arrow: 'empty', width: 1 },
    consulted: { style: 'dashed', arrow: 'odot', width: 1 },
    informed: { style: 'dotted', arrow: 'none', width: 1 },
    perform: { style: 'dashed', arrow: 'dot', width: 1 }
};
/** Strongest first: a party with several rights in one decision is drawn with the first of them. */
const RIGHT_ORDER: readonly RightKind[] = ['decide', 'agree', 'recommend', 'consulted', 'informed', 'perform'];
/** Goals and content are defined by their definers: drawn like deciding, a little thinner. */
const DEFINES_STYLE = { style: 'bold' as LineStyle, arrow: 'normal' as ArrowHead, width: 2 };
/** The decision column from the top: what the partnership is for, then policy down to daily work. */
const LEVEL_ORDER: ReadonlyArray<DecisionLevel | undefined> = ['policy', 'strategic', 'operational', undefined];

/** One party's rights in one decision (or one decision level, when decisions are grouped). */
interface Relation {
    readonly from: string;
    readonly to: string;
    readonly rights: Array<{ right: RightKind; detail: string; readings: string[]; range: SourceRange; provenance?: Provenance; id: string }>;
}

/** The IAP2 and Arnstein readings of a right, when given: "IAP2: consult", "Arnstein: consultation". */
function readingsOf(iap2?: string, arnstein?: string): string[] {
    return [iap2 ? `IAP2: ${iap2}` : '', arnstein ? `Arnstein: ${arnstein}` : ''].filter(text => text.length > 0);
}

/** What the tooltip says of one right: the right, and its readings when given. */
function rightDetail(labels: Labels, right: RightKind, readings: readonly string[]): string {
    return readings.length > 0 ? `${labels.rights[right]} (${readings.join(', ')})` : labels.rights[right];
}

/**
 * Bodies as frames around their members: an actor that sits in bodies is drawn inside the frame
 * of the first body that lists it, and joined to any further body by a membership line. Actors
 * are coloured by sector (the legend says which), not grouped by it: the frames say who sits where.
 */
interface Frames {
    readonly nodes: GraphNode[];
    readonly clusters: GraphCluster[];
    /** Each framed member before its body: members on the left of the frame, the body on its right, facing the decisions. */
    readonly before: Array<readonly [string, string]>;
}

function bodyFrames(model: PartnershipModel, parties: PartyNodes, keys: KeyFactory, labels: Labels, edges: GraphEdge[]): Frames {
    if (parties.aggregated) {
        // Sectors stand for their actors: a sector cannot sit inside one body's frame.
        for (const body of model.bodies.filter(b => parties.keyOf.has(b.id))) {
            const bodyKey = parties.keyOf.get(body.id) as string;
            const seen = new Set<string>();
            for (const member of body.members) {
                const from = parties.keyOf.get(member);
                if (!from || seen.has(from)) continue;
                seen.add(from);
                edges.push(membershipEdge(keys, from, bodyKey, body, member, labels));
            }
        }
        return { nodes: parties.nodes, clusters: parties.clusters, before: [] };
    }
    const before: Array<readonly [string, string]> = [];
    const clusterOf = new Map<string, string>();
    const clusters: GraphCluster[] = [];
    const actorIds = new Set(model.actors.map(actor => actor.id));
    for (const body of model.bodies.filter(b => parties.keyOf.has(b.id))) {
        const bodyKey = parties.keyOf.get(body.id) as string;
        const frame = keys.cluster();
        clusters.push({ key: frame, identity: { id: `body:${body.id}`, range: body.nameRange }, label: '', classes: ['body-frame'] });
        clusterOf.set(bodyKey, frame);
        for (const member of body.members) {
            const memberKey = parties.keyOf.get(member);
            if (!memberKey) continue;
            if (actorIds.has(member) && !clusterOf.has(memberKey)) {
                clusterOf.set(memberKey, frame);
                before.push([memberKey, bodyKey]);
            } else if (clusterOf.get(memberKey) !== frame) {
                edges.push(membershipEdge(keys, memberKey, bodyKey, body, member, labels));
            }
        }
    }
    const nodes = parties.nodes.map(node => ({ ...node, cluster: clusterOf.get(node.key) }));
    return { nodes, clusters, before };
}

/**
 * An edge drawn from an assumed or illustrative statement keeps its right's line style (the legend
 * explains the styles) and is grey, without the mark as a label: a mark on every line was words
 * on every line again. The tooltip still says so, and the nodes keep their mark.
 */
function plainUncertain(edge: GraphEdge, style: LineStyle, lines: readonly string[] = []): GraphEdge {
    return edge.classes.includes(UNCERTAIN_CLASS) ? { ...edge, style, lines } : edge;
}

function membershipEdge(keys: KeyFactory, from: string, to: string, body: PartnershipModel['bodies'][number], member: string, labels: Labels): GraphEdge {
    return plainUncertain(edgeWithProvenance({
        key: keys.edge(), identity: { id: `membership:${body.id}:${member}`, range: body.range }, from, to, lines: [],
        classes: ['membership'], style: 'solid', arrow: 'none', penwidth: 1, tooltip: `${labels.text.memberOf}: ${body.title}`, meaning: labels.text.memberOf
    }, [body.provenance], labels), 'solid');
}

/**
 * Observers sit in a body without a vote: a thin dashed line without an arrow to the body, never
 * inside its frame (the frame holds those who share its decisions).
 */
function observerEdges(model: PartnershipModel, parties: PartyNodes, keys: KeyFactory, labels: Labels): GraphEdge[] {
    const edges: GraphEdge[] = [];
    for (const body of model.bodies) {
        const bodyKey = parties.keyOf.get(body.id);
        if (!bodyKey) continue;
        const seen = new Set<string>();
        for (const observer of body.observers) {
            const from = parties.keyOf.get(observer);
            if (!from || from === bodyKey || seen.has(from)) continue;
            seen.add(from);
            edges.push(plainUncertain(edgeWithProvenance({
                key: keys.edge(), identity: { id: `observer:${body.id}:${observer}`, range: body.range }, from, to: bodyKey, lines: [],
                classes: ['observer'], style: 'dashed', arrow: 'none', penwidth: 1, tooltip: `${labels.text.observerIn}: ${body.title}`, meaning: labels.text.observerIn
            }, [body.provenance], labels), 'dashed'));
        }
    }
    return edges;
}

/**
 * Governance and decision rights (docs/research.md D3, D4, D7), drawn for the questions a reader
 * asks: who decides what, who is only heard, who sits where. Parties on the left, bodies as frames
 * around their members; goals, content and the decisions in one column on the right, ordered by
 * level (policy, strategic, operational); one line per party and decision in the style of its
 * strongest right, explained by the legend, with every right and its IAP2 and Arnstein readings
 * in the line's tooltip (the decision table lists them too). A joint decision's rule, and the
 * rule by which goals or content are defined, stand once on the decision's node.
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
        body.observers.forEach(observer => wanted.add(observer));
    }
    const parties = buildPartyNodes(model, wanted, keys, { labels, aggregateAbove: options.aggregateAbove, groupBy: options.groupBy, expand: options.expand });
    const edges: GraphEdge[] = [];
    const frames = bodyFrames(model, parties, keys, labels, edges);
    edges.push(...observerEdges(model, parties, keys, labels));
    const nodes: GraphNode[] = [...frames.nodes];
    const column: string[] = [];

    for (const definition of model.definitions) {
        const key = keys.node();
        const title = definition.aspect === 'goals' ? labels.text.goals : labels.text.content;
        const rule = definition.rule && definition.definers.length > 1 ? labels.rules[definition.rule] : '';
        nodes.push({
            key, identity: { id: `definition:${definition.aspect}`, range: definition.range }, lines: rule ? [title, rule] : [title],
            classes: ['definition'], shape: 'hexagon', tooltip: rule ? `${title} (${labels.text.defines}: ${rule})` : title
        });
        column.push(key);
        const seen = new Set<string>();
        for (const definer of definition.definers) {
            const from = parties.keyOf.get(definer);
            if (!from || seen.has(from)) continue;
            seen.add(from);
            edges.push(plainUncertain(edgeWithProvenance({
                key: keys.edge(), identity: { id: `defines:${definition.aspect}:${definer}`, range: definition.range }, from, to: key, lines: [],
                classes: ['right', 'defines'], style: DEFINES_STYLE.style, arrow: DEFINES_STYLE.arrow, penwidth: DEFINES_STYLE.width,
                tooltip: `${labels.text.defines}: ${title}${rule ? ` (${rule})` : ''}`, meaning: labels.text.defines
            }, [definition.provenance], labels), DEFINES_STYLE.style));
        }
    }

    const aggregateDecisions = options.aggregateDecisions === true || parties.aggregated || model.decisions.length > options.aggregateAbove / 2;
    const decisionNode = new Map<string, string>();
    const levelName = (level: DecisionLevel | undefined): string => (level ? labels.levels[level] : '');
    for (const level of LEVEL_ORDER) {
        const decisions = model.decisions.filter(decision => decision.level === level);
        if (decisions.length === 0) continue;
        if (aggregateDecisions) {
            // Large models: one node per decision level instead of one per decision, like the sectors.
            const key = keys.node();
            const title = `${level ? `${labels.text.decisions} (${levelName(level)})` : labels.text.decisions}: ${decisions.length}`;
            nodes.push({ key, identity: { id: `decisions:${level ?? 'unspecified'}` }, lines: [title], classes: ['decision', 'aggregate'], shape: 'hexagon', tooltip: title });
            decisions.forEach(decision => decisionNode.set(decision.id, key));
            column.push(key);
            continue;
        }
        for (const decision of decisions) {
            const key = keys.node();
            const joint = decision.loci.find(locus => locus.kind === 'joint');
            const jointly = joint?.kind === 'joint' ? [labels.text.decidesJointly, joint.rule ? labels.rules[joint.rule] : ''].filter(text => text.length > 0).join(', ') : '';
            const detail = [levelName(level), jointly].filter(text => text.length > 0);
            nodes.push(nodeWithProvenance({
                key, identity: { id: `decision:${decision.id}`, range: decision.nameRange },
                lines: [decision.title, ...detail], classes: ['decision'], shape: 'hexagon',
                tooltip: detail.length > 0 ? `${decision.title} (${detail.join('; ')})` : decision.title
            }, decision.provenance, labels));
            decisionNode.set(decision.id, key);
            column.push(key);
        }
    }

    // One relation per party and decision (or decision level), holding all its rights.
    const relations = new Map<string, Relation>();
    const addRight = (party: string, decisionId: string, right: RightKind, readings: string[], range: SourceRange, provenance?: Provenance): void => {
        const from = parties.keyOf.get(party);
        const to = decisionNode.get(decisionId);
        if (!from || !to) return;
        const pair = `${from}>${to}`;
        const relation = relations.get(pair) ?? { from, to, rights: [] };
        relation.rights.push({ right, detail: rightDetail(labels, right, readings), readings, range, provenance, id: `right:${decisionId}:${party}:${right}` });
        relations.set(pair, relation);
    };
    for (const decision of model.decisions) {
        for (const locus of decision.loci) {
            for (const party of locus.kind === 'party' ? [locus.party] : locus.parties) {
                addRight(party, decision.id, 'decide', [], locus.range, locus.provenance);
            }
        }
        for (const right of decision.rights.filter(r => r.right !== 'decide')) {
            addRight(right.party, decision.id, right.right, readingsOf(right.iap2 && labels.iap2[right.iap2], right.arnstein && labels.arnstein[right.arnstein]), right.range, right.provenance);
        }
    }
    for (const relation of relations.values()) {
        const strongest = [...relation.rights].sort((a, b) => RIGHT_ORDER.indexOf(a.right) - RIGHT_ORDER.indexOf(b.right))[0];
        const look = RIGHT_STYLE[strongest.right];
        const details = [...new Set(relation.rights.map(right => right.detail))];
        // Asked for with --detail participation: the readings on the line; otherwise in its tooltip only.
        const lines = options.participation ? [...new Set(relation.rights.flatMap(right => right.readings))] : [];
        const edge = edgeWithProvenance({
            key: keys.edge(), identity: { id: strongest.id, range: strongest.range }, from: relation.from, to: relation.to, lines,
            classes: ['right', `right-${strongest.right}`], style: look.style, arrow: look.arrow, penwidth: look.width, tooltip: details.join('; '),
            meaning: labels.rights[strongest.right]
        }, [strongest.provenance], labels);
        edges.push(plainUncertain(edge, look.style, lines));
    }

    const legend: LegendEntry[] = sectorLegend(parties, labels, true);
    legend.push({ kind: 'swatch', classes: ['decision'], label: labels.text.decisions });
    if (model.definitions.length > 0) {
        legend.push({ kind: 'line', classes: ['right', 'defines'], style: DEFINES_STYLE.style, width: DEFINES_STYLE.width, arrow: DEFINES_STYLE.arrow, label: labels.text.defines });
    }
    for (const right of RIGHT_ORDER.filter(r => edges.some(edge => edge.classes.includes(`right-${r}`)))) {
        const look = RIGHT_STYLE[right];
        legend.push({ kind: 'line', classes: ['right', `right-${right}`], style: look.style, width: look.width, arrow: look.arrow, label: labels.rights[right] });
    }
    if (edges.some(edge => edge.classes.includes('membership'))) {
        legend.push({ kind: 'line', classes: ['membership'], style: 'solid', label: labels.text.memberOf });
    }
    if (edges.some(edge => edge.classes.includes('observer'))) {
        legend.push({ kind: 'line', classes: ['observer'], style: 'dashed', label: labels.text.observerIn });
    }
    legend.push(...uncertainLegend(nodes, edges, labels).map(entry => (entry.kind === 'line' ? { ...entry, style: 'solid' as LineStyle } : entry)));
    const aggregated = parties.aggregated || aggregateDecisions;
    return {
        view: 'governance',
        title: `${model.title} — ${labels.views.governance}${aggregated ? ` (${groupingNote(labels, options.groupBy, aggregateDecisions && model.decisions.length > 0)})` : ''}`,
        direction: 'LR',
        clusters: frames.clusters,
        nodes,
        edges,
        legend,
        columns: column.length > 1 ? [column] : [],
        before: frames.before,
        aggregated
    };
}
