/**
 * A small seeded random number generator (mulberry32 over a 32-bit state). The same seed gives
 * the same sequence on every machine, so a failing case is named by its seed and number.
 */
export class Random {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    /** A float in [0, 1). */
    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /** An integer in [0, n). */
    int(n: number): number {
        return Math.floor(this.next() * n);
    }

    /** An integer in [min, max]. */
    between(min: number, max: number): number {
        return min + this.int(max - min + 1);
    }

    chance(p: number): boolean {
        return this.next() < p;
    }

    pick<T>(items: readonly T[]): T {
        return items[this.int(items.length)];
    }

    /** Picks by weight: `[[weight, value], …]`. */
    weighted<T>(items: ReadonlyArray<readonly [number, T]>): T {
        const total = items.reduce((sum, [weight]) => sum + weight, 0);
        let at = this.next() * total;
        for (const [weight, value] of items) {
            at -= weight;
            if (at < 0) return value;
        }
        return items[items.length - 1][1];
    }
}

/** The seed of one case of a run: independent of every other case, so a case replays alone. */
export function caseSeed(runSeed: number, index: number): number {
    let h = (runSeed ^ 0x9e3779b9) >>> 0;
    h = Math.imul(h ^ (index + 0x85ebca6b), 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x27d4eb2f) >>> 0;
    return (h ^ (h >>> 15)) >>> 0;
}
