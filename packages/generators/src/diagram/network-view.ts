import type { PartnershipModel } from '@samskap/language';
import { UNCERTAIN_MARK } from '../docs/provenance-text.js';
import type { Labels } from '../i18n/index.js';
import { KeyFactory, type DiagramGraph, type GraphEdge, type GraphNode } from './diagram-graph.js';
import { groupingNote } from './layout-notes.js';
import { buildPartyNodes, sectorLegend } from './party-nodes.js';
import { edgeWithProvenance, nodeWithProvenance, UNCERTAIN_CLASS, uncertainLegend } from './uncertain-elements.js';

export interface ViewOptions {
    readonly labels: Labels;
    /** Prefix of every generated key, so several diagrams can share one HTML page. */
    readonly keyPrefix: string;
    readonly aggregateAbove: number;
    /** Governance: one node per decision level, whatever the number of actors (layout-bound.ts). */
    readonly aggregateDecisions?: boolean;
    /** Governance: the IAP2 and Arnstein readings written on the lines (`--detail participation`). */
    readonly participation?: boolean;
    /** What an aggregated node stands for: a sector (default) or a kind of actor. */
    readonly groupBy?: 'sector' | 'kind';
    /** One group of an aggregated drawing drawn actor by actor (party-nodes.ts). */
    readonly expand?: string;
}

/**
 * The actor network (docs/research.md D7): actors by sector, the bodies they sit in, the roles they
 * hold. Aggregated views count memberships per sector and leave roles out.
 */
export function networkView(model: PartnershipModel, options: ViewOptions): DiagramGraph {
    const { labels } = options;
    const keys = new KeyFactory(options.keyPrefix);
    const wanted = new Set([...model.actors.map(actor => actor.id), ...model.bodies.map(body => body.id)]);
    const parties = buildPartyNodes(model, wanted, keys, { labels, aggregateAbove: options.aggregateAbove, groupBy: options.groupBy, expand: options.expand });
    const nodes: GraphNode[] = [...parties.nodes];
    const edges: GraphEdge[] = [];
    const seen = new Map<string, GraphEdge>();
    // Where each merged edge is in `edges`: looked up, not searched (a search per membership was quadratic).
    const indexOf = new Map<GraphEdge, number>();
    for (const body of model.bodies) {
        const bodyKey = parties.keyOf.get(body.id);
        for (const member of body.members) {
            const memberKey = parties.keyOf.get(member);
            if (!bodyKey || !memberKey) {
                continue;
            }
            const pair = `${memberKey}>${bodyKey}`;
            const previous = seen.get(pair);
            // A group's members share one line to the body; an actor drawn on its own has its own.
            const grouped = parties.groupKeys.has(memberKey);
            if (grouped && previous) {
                // Aggregated: one edge per sector and body, labelled with how many members it stands for.
                const count = Number.parseInt(previous.lines[0]?.replace(/^×/, '') ?? '1', 10) + 1;
                const merged: GraphEdge = { ...previous, lines: [`×${count}${previous.classes.includes(UNCERTAIN_CLASS) ? ` ${UNCERTAIN_MARK}` : ''}`] };
                const at = indexOf.get(previous) ?? -1;
                edges[at] = merged;
                indexOf.set(merged, at);
                seen.set(pair, merged);
                continue;
            }
            const chair = body.chair === member;
            const edge: GraphEdge = edgeWithProvenance({
                key: keys.edge(),
                identity: { id: `membership:${body.id}:${member}`, range: body.range },
                from: memberKey,
                to: bodyKey,
                lines: grouped ? ['×1'] : chair ? [labels.text.chair] : [],
                classes: ['membership'],
                style: 'solid',
                arrow: 'none',
                penwidth: chair ? 2 : 1,
                tooltip: `${labels.text.memberOf}: ${body.title}`
            }, [body.provenance], labels);
            indexOf.set(edge, edges.push(edge) - 1);
            seen.set(pair, edge);
        }
    }
    if (!parties.aggregated) {
        for (const role of model.roles) {
            const key = keys.node();
            const kind = role.kind ? labels.roleKinds[role.kind] : '';
            nodes.push(nodeWithProvenance({
                key,
                identity: { id: `role:${role.id}`, range: role.nameRange },
                lines: kind ? [role.title, kind] : [role.title],
                classes: ['role'],
                shape: 'note',
                tooltip: kind ? `${role.title} (${kind})` : role.title
            }, role.provenance, labels));
            for (const holder of role.holders) {
                const holderKey = parties.keyOf.get(holder);
                if (holderKey) {
                    edges.push(edgeWithProvenance({
                        key: keys.edge(),
                        identity: { id: `holds:${role.id}:${holder}`, range: role.range },
                        from: holderKey,
                        to: key,
                        lines: [],
                        classes: ['holds-role'],
                        style: 'dashed',
                        arrow: 'empty',
                        penwidth: 1,
                        tooltip: `${labels.text.holdsRole}: ${role.title}`
                    }, [role.provenance], labels));
                }
            }
        }
    }
    const legend = sectorLegend(parties, labels, true);
    if (nodes.some(node => node.classes.includes('role'))) {
        legend.push({ kind: 'swatch', classes: ['role'], label: labels.text.roles });
    }
    legend.push({ kind: 'line', classes: ['membership'], style: 'solid', label: labels.text.memberOf });
    if (edges.some(edge => edge.classes.includes('holds-role'))) {
        legend.push({ kind: 'line', classes: ['holds-role'], style: 'dashed', arrow: 'empty', label: labels.text.holdsRole });
    }
    legend.push(...uncertainLegend(nodes, edges, labels));
    return {
        view: 'network',
        title: `${model.title} — ${labels.views.network}${parties.aggregated ? ` (${groupingNote(labels, options.groupBy, false)})` : ''}`,
        direction: 'LR',
        clusters: parties.clusters,
        nodes,
        edges,
        legend,
        aggregated: parties.aggregated
    };
}
