import type { SourceRange } from '../model/partnership-model.js';
import type { LocalText } from './local-text.js';

/**
 * What a criterion found: the ranges of every finding, the text of the first few only. An
 * evidence detail names a handful of examples; in a model with a thousand actors, building a
 * sentence for each of hundreds of findings was most of the work of some classifications.
 */
export class NamedFindings {
    readonly named: LocalText[] = [];
    readonly ranges: SourceRange[] = [];

    constructor(private readonly namedAtMost: number) {}

    get count(): number {
        return this.ranges.length;
    }

    /** Records one finding; `text` is called only while fewer than `namedAtMost` are named. */
    add(text: () => LocalText, range: SourceRange): void {
        if (this.named.length < this.namedAtMost) this.named.push(text());
        this.ranges.push(range);
    }

    /** The named findings joined as the evidence detail shows them. */
    detail(): LocalText {
        const named = this.named;
        return { en: named.map(text => text.en).join('; '), nb: named.map(text => text.nb).join('; '), da: named.map(text => text.da).join('; ') };
    }
}
