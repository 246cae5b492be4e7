import type { SourceRange } from '@samskap/language';

/** The views of one model (docs/research.md D4, D6, D7). `decisions` is a table, drawn by decision-matrix-svg.ts. */
export const DIAGRAM_VIEWS = ['network', 'funding', 'governance', 'decisions'] as const;
export type DiagramView = (typeof DIAGRAM_VIEWS)[number];
export type GraphView = Exclude<DiagramView, 'decisions'>;

/** What a drawn element stands for: its Samskap identity (`actor:redcross`) and where it was written. */
export interface ElementIdentity {
    readonly id: string;
    readonly range?: SourceRange;
}

export type NodeShape = 'box' | 'ellipse' | 'note' | 'component' | 'hexagon' | 'octagon';
export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'bold';
export type ArrowHead = 'normal' | 'none' | 'odot' | 'dot' | 'tee' | 'empty' | 'odiamond';

export interface GraphNode {
    /** The node's key in DOT and SVG: a safe generated name, never model text. */
    readonly key: string;
    readonly identity: ElementIdentity;
    readonly lines: readonly string[];
    /** CSS classes (`actor`, `sector-public`, …): the colours live in the SVG style, not the DOT. */
    readonly classes: readonly string[];
    readonly shape: NodeShape;
    readonly rounded?: boolean;
    readonly cluster?: string;
    readonly tooltip: string;
}

export interface GraphEdge {
    readonly key: string;
    readonly identity: ElementIdentity;
    readonly from: string;
    readonly to: string;
    readonly lines: readonly string[];
    readonly classes: readonly string[];
    readonly style: LineStyle;
    readonly arrow: ArrowHead;
    readonly penwidth: number;
    readonly tooltip: string;
    /**
     * What the line means in words, for renderers without a legend (Mermaid), when the drawing
     * leaves it to the legend: the governance view's rights.
     */
    readonly meaning?: string;
}

export interface GraphCluster {
    readonly key: string;
    readonly identity: ElementIdentity;
    readonly label: string;
    readonly classes: readonly string[];
}

/** One row of a diagram's legend: a coloured swatch or a line style, and its meaning. */
export interface LegendEntry {
    readonly kind: 'swatch' | 'line';
    readonly classes: readonly string[];
    readonly style?: LineStyle;
    readonly width?: number;
    readonly arrow?: ArrowHead;
    readonly label: string;
}

/**
 * A view of a model as a graph, before layout: what every renderer (DOT, Mermaid, SVG) reads.
 * Keys are generated (`n3`, `e7`, `c1`) so no model text is ever an identifier anywhere.
 */
export interface DiagramGraph {
    readonly view: GraphView;
    readonly title: string;
    readonly direction: 'LR' | 'TB';
    readonly clusters: readonly GraphCluster[];
    readonly nodes: readonly GraphNode[];
    readonly edges: readonly GraphEdge[];
    readonly legend: readonly LegendEntry[];
    /**
     * Node keys drawn in one column (one rank of a left-to-right layout), top to bottom in the
     * order given: the governance view's decisions by level.
     */
    readonly columns?: ReadonlyArray<readonly string[]>;
    /** Pairs of node keys, the first drawn a rank before the second (an invisible edge): a body's members before the body. */
    readonly before?: ReadonlyArray<readonly [string, string]>;
    /** True when actors were aggregated by sector because the model is large. */
    readonly aggregated: boolean;
}

/** Hands out keys in creation order, so the same model always gives the same keys. */
export class KeyFactory {
    private nodes = 0;
    private edges = 0;
    private clusters = 0;

    constructor(private readonly prefix: string) {}

    node(): string {
        return `${this.prefix}n${++this.nodes}`;
    }

    edge(): string {
        return `${this.prefix}e${++this.edges}`;
    }

    cluster(): string {
        return `${this.prefix}c${++this.clusters}`;
    }
}
