import { ASCENT, DESCENT, textWidth } from './font-metrics.js';

/**
 * What makes a drawn diagram hard to read, counted on its final SVG (Samskap's own, as finishSvg
 * and the decision table write it): the text boxes are measured with the diagram font's metrics,
 * the shapes and edge paths are read from the drawing. Every figure is 0 in a readable diagram
 * except the crossings, which a layout can only reduce, and the smallest text size.
 */
export interface ReadabilityFigures {
    readonly texts: number;
    readonly nodes: number;
    readonly edges: number;
    /** Text of a node, cluster or legend not inside that node's shape or that box. */
    readonly textsOutsideBox: number;
    /** Pairs of text boxes that overlap. */
    readonly overlappingTexts: number;
    /** Edge and cluster labels crossed by an edge's line (their own edge's too: a struck-through label). */
    readonly labelsOverEdges: number;
    /** Edge and cluster labels lying on a node. */
    readonly labelsOverNodes: number;
    /** Edge and cluster labels lying across the border of a cluster. */
    readonly labelsOnBorders: number;
    /** Points where two edges cross (away from the nodes they share). */
    readonly edgeCrossings: number;
    /** An edge passing through a node that is neither of its ends (counted per edge and node). */
    readonly edgesThroughNodes: number;
    /** An edge passing through a cluster that holds neither of its ends (counted per edge and cluster). */
    readonly edgesThroughClusters: number;
    /** The smallest font size drawn, in the diagram's units at its natural size (points). */
    readonly smallestText: number;
}

export interface ReadabilityReport extends ReadabilityFigures {
    /** One line per finding, naming the text or element: for a reader debugging a view. */
    readonly problems: readonly string[];
}

interface Point { readonly x: number; readonly y: number }
interface Box { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }
type Affine = readonly [number, number, number, number, number, number];

type Owner = { readonly kind: 'node' | 'edge' | 'cluster' | 'legend' | 'other'; readonly id: number };

interface Text { readonly content: string; readonly box: Box; readonly size: number; readonly owner: Owner }
interface Shape { readonly box: Box; readonly polygon?: readonly Point[]; readonly ellipse?: { cx: number; cy: number; rx: number; ry: number } }
interface Edge { readonly id: number; readonly name: string; readonly lines: Point[][]; readonly ends: Point[]; width: number }

const IDENTITY: Affine = [1, 0, 0, 1, 0, 0];
/** Overlaps smaller than this (in diagram units) are rounding, not something a reader sees. */
const TOLERANCE = 0.75;

function multiply(m: Affine, n: Affine): Affine {
    return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
        m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

function parseTransform(text: string | undefined): Affine {
    let result = IDENTITY;
    for (const match of (text ?? '').matchAll(/(scale|translate)\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)/g)) {
        const a = Number(match[2]);
        const b = match[3] === undefined ? (match[1] === 'scale' ? a : 0) : Number(match[3]);
        result = multiply(result, match[1] === 'scale' ? [a, 0, 0, b, 0, 0] : [1, 0, 0, 1, a, b]);
    }
    return result;
}

const apply = (m: Affine, p: Point): Point => ({ x: m[0] * p.x + m[2] * p.y + m[4], y: m[1] * p.x + m[3] * p.y + m[5] });

function decode(text: string): string {
    return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
        const lower = entity.toLowerCase();
        if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
        if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
        return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower] ?? '';
    });
}

function attributesOf(text: string): Map<string, string> {
    const result = new Map<string, string>();
    for (const match of text.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) result.set(match[1], decode(match[2]));
    return result;
}

function numbers(text: string): number[] {
    return [...text.matchAll(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi)].map(match => Number(match[0]));
}

function boxOf(points: readonly Point[]): Box {
    return {
        x0: Math.min(...points.map(p => p.x)), y0: Math.min(...points.map(p => p.y)),
        x1: Math.max(...points.map(p => p.x)), y1: Math.max(...points.map(p => p.y))
    };
}

const inset = (box: Box, by: number): Box => ({ x0: box.x0 + by, y0: box.y0 + by, x1: box.x1 - by, y1: box.y1 - by });
const intersects = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const contains = (outer: Box, inner: Box): boolean => inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;
const inBox = (box: Box, p: Point): boolean => p.x > box.x0 && p.x < box.x1 && p.y > box.y0 && p.y < box.y1;

/** A path's `d` as polylines: lines as they are, cubic Béziers flattened to short segments. */
function pathLines(d: string): Point[][] {
    const lines: Point[][] = [];
    let current: Point[] = [];
    let at: Point = { x: 0, y: 0 };
    for (const match of d.matchAll(/([MLCZHVmlczhv])([^MLCZHVmlczhv]*)/g)) {
        const values = numbers(match[2]);
        switch (match[1]) {
            case 'M':
                if (current.length > 1) lines.push(current);
                at = { x: values[0], y: values[1] };
                current = [at];
                for (let i = 2; i + 1 < values.length; i += 2) current.push(at = { x: values[i], y: values[i + 1] });
                break;
            case 'L':
                for (let i = 0; i + 1 < values.length; i += 2) current.push(at = { x: values[i], y: values[i + 1] });
                break;
            case 'H':
                values.forEach(x => current.push(at = { x, y: at.y }));
                break;
            case 'V':
                values.forEach(y => current.push(at = { x: at.x, y }));
                break;
            case 'C':
                for (let i = 0; i + 5 < values.length; i += 6) {
                    const [p0, p1, p2, p3] = [at, { x: values[i], y: values[i + 1] }, { x: values[i + 2], y: values[i + 3] }, { x: values[i + 4], y: values[i + 5] }];
                    for (let step = 1; step <= 8; step++) {
                        const t = step / 8;
                        const u = 1 - t;
                        current.push({
                            x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
                            y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y
                        });
                    }
                    at = p3;
                }
                break;
            case 'Z':
                if (current.length > 0) current.push(current[0]);
                break;
            default:
                // Relative commands: Graphviz and Samskap write absolute ones only.
                break;
        }
    }
    if (current.length > 1) lines.push(current);
    return lines;
}

function segmentsCross(a: Point, b: Point, c: Point, d: Point): Point | undefined {
    const denominator = (b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x);
    if (Math.abs(denominator) < 1e-9) return undefined;
    const t = ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) / denominator;
    const u = ((c.x - a.x) * (b.y - a.y) - (c.y - a.y) * (b.x - a.x)) / denominator;
    return t > 0 && t < 1 && u > 0 && u < 1 ? { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) } : undefined;
}

/** Whether the segment a–b passes through the box (Liang–Barsky clipping). */
function segmentInBox(a: Point, b: Point, box: Box): boolean {
    let t0 = 0;
    let t1 = 1;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    for (const [p, q] of [[-dx, a.x - box.x0], [dx, box.x1 - a.x], [-dy, a.y - box.y0], [dy, box.y1 - a.y]] as const) {
        if (p === 0) {
            if (q <= 0) return false;
            continue;
        }
        const r = q / p;
        if (p < 0) t0 = Math.max(t0, r);
        else t1 = Math.min(t1, r);
        if (t0 >= t1) return false;
    }
    return true;
}

function lineInBox(line: readonly Point[], box: Box): boolean {
    for (let i = 1; i < line.length; i++) if (segmentInBox(line[i - 1], line[i], box)) return true;
    return false;
}

function insidePolygon(polygon: readonly Point[], p: Point): boolean {
    let inside = false;
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
        const [a, b] = [polygon[i], polygon[j]];
        if ((a.y > p.y) !== (b.y > p.y) && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
}

function insideShape(shape: Shape, p: Point): boolean {
    if (shape.ellipse) {
        const { cx, cy, rx, ry } = shape.ellipse;
        return ((p.x - cx) / rx) ** 2 + ((p.y - cy) / ry) ** 2 <= 1;
    }
    return shape.polygon ? insidePolygon(shape.polygon, p) : inBox(inset(shape.box, -TOLERANCE), p);
}

function distanceToBox(box: Box, p: Point): number {
    const dx = Math.max(box.x0 - p.x, 0, p.x - box.x1);
    const dy = Math.max(box.y0 - p.y, 0, p.y - box.y1);
    return Math.hypot(dx, dy);
}

interface Drawing {
    texts: Text[];
    nodes: Array<{ name: string; shape: Shape; owner: number }>;
    clusters: Array<{ name: string; box: Box; owner: number }>;
    edges: Edge[];
    legend?: Box;
}

/** Reads the drawing: groups by class (`node`, `edge`, `cluster`, `legend`), their shapes, paths and texts. */
function readDrawing(svg: string): Drawing {
    const drawing: Drawing = { texts: [], nodes: [], clusters: [], edges: [] };
    const open = /<svg\b([^>]*)>/.exec(svg);
    const rootAttributes = attributesOf(open?.[1] ?? '');
    const viewBox = numbers(rootAttributes.get('viewBox') ?? '');
    const width = Number.parseFloat(rootAttributes.get('width') ?? '');
    // Natural size: the width the SVG asks for over its view box (pt per unit; 1 in Samskap's diagrams).
    const scale = viewBox.length === 4 && width > 0 ? width / viewBox[2] : 1;
    const cssSizes = new Map<string, number>();
    for (const match of (/<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '').matchAll(/\.([\w-]+) text\{[^}]*font-size:([\d.]+)px/g)) {
        cssSizes.set(match[1], Number(match[2]));
    }
    interface Frame { transform: Affine; owner: Owner; name: string; classes: string[]; shapeTaken: boolean; weight?: string; size?: number }
    const stack: Frame[] = [{ transform: [scale, 0, 0, scale, 0, 0], owner: { kind: 'other', id: -1 }, name: '', classes: [], shapeTaken: false }];
    let counter = 0;
    let textOpen: { attributes: Map<string, string>; content: string } | undefined;
    const edgeOf = new Map<number, Edge>();
    const tokens = /<!--[\s\S]*?-->|<style>[\s\S]*?<\/style>|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
    for (const token of svg.matchAll(tokens)) {
        const [, closing, tag, rawAttributes, selfClosing, characters] = token;
        const frame = stack[stack.length - 1];
        if (characters !== undefined) {
            if (textOpen) textOpen.content += characters;
            continue;
        }
        if (tag === undefined) continue;
        if (closing) {
            if (tag === 'g' || tag === 'a') stack.pop();
            if (tag === 'text' && textOpen) {
                const attributes = textOpen.attributes;
                const content = decode(textOpen.content);
                textOpen = undefined;
                if (content.trim().length === 0) continue;
                const cssSize = frame.classes.map(name => cssSizes.get(name)).find(size => size !== undefined) ?? stack.flatMap(f => f.classes).map(name => cssSizes.get(name)).find(size => size !== undefined);
                const size = cssSize ?? Number.parseFloat(attributes.get('font-size') ?? String(frame.size ?? 14));
                const bold = (attributes.get('font-weight') ?? frame.weight) === 'bold';
                const origin = apply(frame.transform, { x: Number.parseFloat(attributes.get('x') ?? '0'), y: Number.parseFloat(attributes.get('y') ?? '0') });
                const shown = size * frame.transform[3];
                const width = textWidth(content, shown, bold ? 'bold' : 'regular');
                const anchor = attributes.get('text-anchor') ?? 'start';
                const x0 = anchor === 'middle' ? origin.x - width / 2 : anchor === 'end' ? origin.x - width : origin.x;
                drawing.texts.push({ content, size: shown, owner: frame.owner, box: { x0, x1: x0 + width, y0: origin.y - ASCENT * shown, y1: origin.y + DESCENT * shown } });
            }
            continue;
        }
        const attributes = attributesOf(rawAttributes ?? '');
        if (tag === 'g' || tag === 'a') {
            const classes = (attributes.get('class') ?? '').split(/\s+/).filter(name => name.length > 0);
            const kind = (['node', 'edge', 'cluster', 'legend'] as const).find(name => classes.includes(name));
            const transform = multiply(frame.transform, parseTransform(attributes.get('transform')));
            const owner: Owner = kind && frame.owner.kind !== 'legend' ? { kind, id: counter++ } : frame.owner;
            const name = kind ? attributes.get('data-samskap-id') ?? attributes.get('id') ?? kind : frame.name;
            const size = attributes.has('font-size') ? Number.parseFloat(attributes.get('font-size') as string) : frame.size;
            stack.push({ transform, owner, name, classes: kind ? classes : frame.classes, shapeTaken: kind ? false : frame.shapeTaken, weight: attributes.get('font-weight') ?? frame.weight, size });
            if (owner.kind === 'edge' && kind === 'edge') {
                const edge: Edge = { id: owner.id, name, lines: [], ends: [], width: 1 };
                edgeOf.set(owner.id, edge);
                drawing.edges.push(edge);
            }
            if (selfClosing) stack.pop();
            continue;
        }
        if (tag === 'text') {
            textOpen = { attributes, content: '' };
            if (selfClosing) textOpen = undefined;
            continue;
        }
        const points = (): Point[] => {
            const values = numbers(attributes.get('points') ?? '');
            const result: Point[] = [];
            for (let i = 0; i + 1 < values.length; i += 2) result.push(apply(frame.transform, { x: values[i], y: values[i + 1] }));
            return result;
        };
        const shape = ((): Shape | undefined => {
            if (tag === 'polygon' && attributes.has('points')) {
                const polygon = points();
                return polygon.length > 2 ? { box: boxOf(polygon), polygon } : undefined;
            }
            if (tag === 'rect') {
                const [x, y, w, h] = ['x', 'y', 'width', 'height'].map(name => Number.parseFloat(attributes.get(name) ?? '0'));
                const corners = [apply(frame.transform, { x, y }), apply(frame.transform, { x: x + w, y: y + h })];
                return { box: boxOf(corners) };
            }
            if (tag === 'ellipse') {
                const c = apply(frame.transform, { x: Number.parseFloat(attributes.get('cx') ?? '0'), y: Number.parseFloat(attributes.get('cy') ?? '0') });
                const rx = Number.parseFloat(attributes.get('rx') ?? '0') * frame.transform[0];
                const ry = Number.parseFloat(attributes.get('ry') ?? '0') * frame.transform[3];
                return { box: { x0: c.x - rx, x1: c.x + rx, y0: c.y - ry, y1: c.y + ry }, ellipse: { cx: c.x, cy: c.y, rx, ry } };
            }
            if (tag === 'path' && attributes.has('d')) {
                const all = pathLines(attributes.get('d') as string).map(line => line.map(p => apply(frame.transform, p)));
                return all.length > 0 ? { box: boxOf(all.flat()) } : undefined;
            }
            return undefined;
        })();
        if (!shape || frame.owner.kind === 'other') continue;
        if (frame.owner.kind === 'edge') {
            const edge = edgeOf.get(frame.owner.id);
            if (!edge) continue;
            if (tag === 'path') {
                const lines = pathLines(attributes.get('d') as string).map(line => line.map(p => apply(frame.transform, p)));
                edge.lines.push(...lines);
                edge.width = Math.max(edge.width, Number.parseFloat(attributes.get('stroke-width') ?? '1') * frame.transform[0]);
                lines.forEach(line => edge.ends.push(line[0], line[line.length - 1]));
            } else {
                // An arrowhead: the point of it touches the head node.
                edge.ends.push({ x: (shape.box.x0 + shape.box.x1) / 2, y: (shape.box.y0 + shape.box.y1) / 2 });
            }
            continue;
        }
        if (frame.shapeTaken) continue;
        // The first shape of a node or cluster is its outline (a note's fold and the like come after).
        frame.shapeTaken = true;
        if (frame.owner.kind === 'node') drawing.nodes.push({ name: frame.name, shape, owner: frame.owner.id });
        else if (frame.owner.kind === 'cluster') drawing.clusters.push({ name: frame.name, box: shape.box, owner: frame.owner.id });
        else if (frame.owner.kind === 'legend' && attributes.get('class') === 'legend-frame') drawing.legend = shape.box;
    }
    // Invisible edges (which only order the layout) have no path: nothing a reader sees.
    drawing.edges = drawing.edges.filter(edge => edge.lines.length > 0);
    return drawing;
}

/** Counts what makes the diagram in `svg` hard to read; see ReadabilityFigures. */
export function readability(svg: string): ReadabilityReport {
    const drawing = readDrawing(svg);
    const problems: string[] = [];
    const shapes = new Map<number, Shape>([
        ...drawing.nodes.map(node => [node.owner, node.shape] as const),
        ...drawing.clusters.map(cluster => [cluster.owner, { box: cluster.box }] as const)
    ]);
    const shapeOfOwner = (owner: Owner): Shape | undefined => {
        if (owner.kind === 'legend') return drawing.legend ? { box: drawing.legend } : undefined;
        return owner.kind === 'node' || owner.kind === 'cluster' ? shapes.get(owner.id) : undefined;
    };

    // Text inside its own box.
    let textsOutsideBox = 0;
    for (const text of drawing.texts) {
        const shape = shapeOfOwner(text.owner);
        if (!shape) continue;
        const box = inset(text.box, TOLERANCE);
        const corners = [{ x: box.x0, y: box.y0 }, { x: box.x1, y: box.y0 }, { x: box.x0, y: box.y1 }, { x: box.x1, y: box.y1 }];
        if (!corners.every(corner => insideShape(shape, corner))) {
            textsOutsideBox++;
            problems.push(`text outside its ${text.owner.kind}: "${text.content}"`);
        }
    }

    // Text boxes on each other.
    let overlappingTexts = 0;
    const byLeft = [...drawing.texts].sort((a, b) => a.box.x0 - b.box.x0);
    for (let i = 0; i < byLeft.length; i++) {
        const a = inset(byLeft[i].box, TOLERANCE);
        for (let j = i + 1; j < byLeft.length && byLeft[j].box.x0 + TOLERANCE < a.x1; j++) {
            if (intersects(a, inset(byLeft[j].box, TOLERANCE))) {
                overlappingTexts++;
                problems.push(`texts overlap: "${byLeft[i].content}" and "${byLeft[j].content}"`);
            }
        }
    }

    // Labels (of edges and clusters) on edges, nodes and cluster borders.
    let labelsOverEdges = 0;
    let labelsOverNodes = 0;
    let labelsOnBorders = 0;
    for (const text of drawing.texts.filter(t => t.owner.kind === 'edge' || t.owner.kind === 'cluster')) {
        const box = inset(text.box, TOLERANCE);
        // A thick line covers half its width on either side of its path. A label struck through by
        // its own line is as unreadable as one on another edge.
        const crossed = drawing.edges.filter(edge => edge.lines.some(line => lineInBox(line, inset(box, -edge.width / 2))));
        if (crossed.length > 0) {
            labelsOverEdges++;
            problems.push(`label "${text.content}" lies on ${crossed.length} edge(s), e.g. ${crossed[0].name}${crossed[0].id === text.owner.id ? ' (its own)' : ''}`);
        }
        const onNodes = drawing.nodes.filter(node => intersects(inset(node.shape.box, TOLERANCE), box));
        if (onNodes.length > 0) {
            labelsOverNodes++;
            problems.push(`label "${text.content}" lies on node ${onNodes[0].name}`);
        }
        const ownCluster = text.owner.kind === 'cluster' ? shapeOfOwner(text.owner)?.box : undefined;
        const borders = drawing.clusters.filter(cluster => cluster.box !== ownCluster && intersects(cluster.box, box) && !contains(cluster.box, box));
        if (borders.length > 0) {
            labelsOnBorders++;
            problems.push(`label "${text.content}" lies across the border of ${borders[0].name}`);
        }
    }

    // Which nodes an edge joins: the nodes nearest to the ends of its path and to its arrowheads.
    const endsOf = new Map<Edge, Set<number>>();
    for (const edge of drawing.edges) {
        const ends = new Set<number>();
        for (const point of edge.ends) {
            let best = -1;
            let bestDistance = Number.POSITIVE_INFINITY;
            drawing.nodes.forEach((node, index) => {
                const distance = distanceToBox(node.shape.box, point);
                if (distance < bestDistance) [best, bestDistance] = [index, distance];
            });
            if (best >= 0 && bestDistance < 20) ends.add(best);
        }
        endsOf.set(edge, ends);
    }
    let edgesThroughNodes = 0;
    let edgesThroughClusters = 0;
    for (const edge of drawing.edges) {
        const ends = endsOf.get(edge) as Set<number>;
        const bounds = boxOf(edge.lines.flat().length > 0 ? edge.lines.flat() : [{ x: 0, y: 0 }]);
        drawing.nodes.forEach((node, index) => {
            const box = inset(node.shape.box, 2);
            if (ends.has(index) || !intersects(bounds, box)) return;
            if (edge.lines.some(line => lineInBox(line, box))) {
                edgesThroughNodes++;
                problems.push(`edge ${edge.name} passes through node ${node.name}`);
            }
        });
        const endBoxes = [...ends].map(index => drawing.nodes[index].shape.box);
        for (const cluster of drawing.clusters) {
            const box = inset(cluster.box, 2);
            if (endBoxes.some(end => intersects(cluster.box, end)) || !intersects(bounds, box)) continue;
            if (edge.lines.some(line => lineInBox(line, box))) {
                edgesThroughClusters++;
                problems.push(`edge ${edge.name} passes through cluster ${cluster.name}`);
            }
        }
    }

    // Crossings between edges that share no node (edges fanning out of one node may run together there).
    let edgeCrossings = 0;
    const segmentsOf = drawing.edges.map(edge => ({ edge, bounds: boxOf(edge.lines.flat().length > 0 ? edge.lines.flat() : [{ x: 0, y: 0 }]) }));
    const nearNode = (p: Point): boolean => drawing.nodes.some(node => distanceToBox(node.shape.box, p) < 4);
    for (let i = 0; i < segmentsOf.length; i++) {
        for (let j = i + 1; j < segmentsOf.length; j++) {
            if (!intersects(inset(segmentsOf[i].bounds, -1), inset(segmentsOf[j].bounds, -1))) continue;
            const endsOfJ = endsOf.get(segmentsOf[j].edge) as Set<number>;
            if ([...(endsOf.get(segmentsOf[i].edge) as Set<number>)].some(end => endsOfJ.has(end))) continue;
            const found: Point[] = [];
            for (const a of segmentsOf[i].edge.lines) {
                for (const b of segmentsOf[j].edge.lines) {
                    for (let s = 1; s < a.length; s++) {
                        for (let t = 1; t < b.length; t++) {
                            const at = segmentsCross(a[s - 1], a[s], b[t - 1], b[t]);
                            if (at && !nearNode(at) && !found.some(p => Math.hypot(p.x - at.x, p.y - at.y) < 3)) found.push(at);
                        }
                    }
                }
            }
            edgeCrossings += found.length;
        }
    }

    const smallestText = drawing.texts.reduce((min, text) => Math.min(min, text.size), Number.POSITIVE_INFINITY);
    return {
        texts: drawing.texts.length,
        nodes: drawing.nodes.length,
        edges: drawing.edges.length,
        textsOutsideBox, overlappingTexts, labelsOverEdges, labelsOverNodes, labelsOnBorders,
        edgeCrossings, edgesThroughNodes, edgesThroughClusters,
        smallestText: Number.isFinite(smallestText) ? Math.round(smallestText * 100) / 100 : 0,
        problems
    };
}
