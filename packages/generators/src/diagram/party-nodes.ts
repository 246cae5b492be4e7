import { SECTORS, type PartnershipActor, type PartnershipModel, type Sector } from '@samskap/language';
import type { Labels } from '../i18n/index.js';
import type { GraphCluster, GraphNode, KeyFactory, LegendEntry } from './diagram-graph.js';
import { nodeWithProvenance } from './uncertain-elements.js';

/** The nodes that stand for a model's parties (actors and bodies) in a view. */
export interface PartyNodes {
    readonly clusters: GraphCluster[];
    readonly nodes: GraphNode[];
    /** The node key of each drawn party (an aggregated actor maps to its sector's node). */
    readonly keyOf: Map<string, string>;
    readonly sectors: Sector[];
    readonly aggregated: boolean;
    /** The keys of the nodes that stand for a group of actors (empty unless aggregated). */
    readonly groupKeys: ReadonlySet<string>;
}

export interface PartyNodeOptions {
    readonly labels: Labels;
    /** Above this many actors, actors are drawn as one node per sector (or kind). */
    readonly aggregateAbove: number;
    /** What an aggregated node stands for: a sector (default) or a kind of actor. */
    readonly groupBy?: 'sector' | 'kind';
    /**
     * One group of an aggregated drawing (`sector:public`, `kind:association`) whose actors are
     * drawn one by one in a frame, the other groups staying one node each: a group opened from the overview.
     */
    readonly expand?: string;
}

/**
 * Actors grouped in one cluster per sector (public first, as the sides are read in
 * docs/research.md), and bodies outside the clusters because they cross sectors. Only the
 * parties in `wanted` are drawn.
 */
export function buildPartyNodes(model: PartnershipModel, wanted: ReadonlySet<string>, keys: KeyFactory, options: PartyNodeOptions): PartyNodes {
    const { labels } = options;
    const actors = model.actors.filter(actor => wanted.has(actor.id));
    const aggregated = actors.length > options.aggregateAbove;
    const sectors = SECTORS.filter(sector => actors.some(actor => actor.sector === sector));
    const clusters: GraphCluster[] = [];
    const nodes: GraphNode[] = [];
    const keyOf = new Map<string, string>();
    const groupKeys = new Set<string>();
    const group = (id: string, label: string, tooltip: string, sector: Sector, members: readonly PartnershipActor[]): void => {
        const key = keys.node();
        nodes.push({ key, identity: { id }, lines: [label], classes: ['actor', 'aggregate', `sector-${sector}`], shape: 'box', rounded: true, tooltip });
        members.forEach(actor => keyOf.set(actor.id, key));
        groupKeys.add(key);
    };
    const oneByOne = (cluster: GraphCluster, members: readonly PartnershipActor[]): void => {
        clusters.push(cluster);
        for (const actor of members) {
            const key = keys.node();
            const kind = labels.actorKinds[actor.kind];
            nodes.push(nodeWithProvenance({
                key,
                identity: { id: `actor:${actor.id}`, range: actor.nameRange },
                lines: [actor.title, kind],
                classes: ['actor', `sector-${actor.sector}`],
                shape: 'box',
                rounded: true,
                cluster: cluster.key,
                tooltip: `${actor.title} (${kind}, ${labels.sectors[actor.sector]})`
            }, actor.provenance, labels));
            keyOf.set(actor.id, key);
        }
    };
    for (const sector of sectors) {
        const members = actors.filter(actor => actor.sector === sector);
        if (aggregated && options.groupBy === 'kind') {
            // One node per kind of actor, in the order kinds first appear, coloured by their sector.
            for (const kind of [...new Set(members.map(actor => actor.kind))]) {
                const ofKind = members.filter(actor => actor.kind === kind);
                const label = `${labels.actorKinds[kind]} (${ofKind.length})`;
                if (options.expand === `kind:${kind}`) {
                    oneByOne({ key: keys.cluster(), identity: { id: `kind:${kind}` }, label, classes: ['sector', `sector-${sector}`, 'expanded'] }, ofKind);
                } else {
                    group(`kind:${kind}`, label, `${label}, ${labels.sectors[sector]}`, sector, ofKind);
                }
            }
            continue;
        }
        if (aggregated && options.expand !== `sector:${sector}`) {
            const label = `${labels.sectors[sector]} (${members.length})`;
            group(`sector:${sector}`, label, label, sector, members);
            continue;
        }
        const label = aggregated ? `${labels.sectors[sector]} (${members.length})` : labels.sectors[sector];
        oneByOne({ key: keys.cluster(), identity: { id: `sector:${sector}` }, label, classes: ['sector', `sector-${sector}`, ...(aggregated ? ['expanded'] : [])] }, members);
    }
    for (const body of model.bodies.filter(b => wanted.has(b.id))) {
        const key = keys.node();
        const kind = body.kind ? labels.bodyKinds[body.kind] : '';
        const rule = body.rule ? labels.rules[body.rule] : '';
        const detail = [kind, rule].filter(text => text.length > 0).join(', ');
        nodes.push(nodeWithProvenance({
            key,
            identity: { id: `body:${body.id}`, range: body.nameRange },
            lines: detail ? [body.title, detail] : [body.title],
            classes: ['body'],
            shape: 'octagon',
            tooltip: detail ? `${body.title} (${detail})` : body.title
        }, body.provenance, labels));
        keyOf.set(body.id, key);
    }
    return { clusters, nodes, keyOf, sectors, aggregated, groupKeys };
}

/** Legend rows for the sector colours that appear, plus bodies when drawn. */
export function sectorLegend(parties: PartyNodes, labels: Labels, withBodies: boolean): LegendEntry[] {
    const entries: LegendEntry[] = parties.sectors.map(sector => ({ kind: 'swatch', classes: ['actor', `sector-${sector}`], label: labels.sectors[sector] }));
    if (withBodies && parties.nodes.some(node => node.classes.includes('body'))) {
        entries.push({ kind: 'swatch', classes: ['body'], label: labels.text.bodies });
    }
    return entries;
}
