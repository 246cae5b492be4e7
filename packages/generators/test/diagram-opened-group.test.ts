import { describe, expect, test } from 'vitest';
import { diagramSvg } from '../src/index.js';
import { modelFrom } from './model-fixture.js';

/**
 * A sector opened from the overview (the preview's click on a group) whose actors have no line in
 * the view: drawn in rows, not in one column too tall to read at Fit.
 */
const LOOSE = 30;
const MODEL = `model Big "Big" {
    country NO
${Array.from({ length: LOOSE }, (_, i) => `    actor m${i} "Municipal unit ${i}" is municipality`).join('\n')}
${Array.from({ length: 320 }, (_, i) => `    actor v${i} "Association ${i}" is association`).join('\n')}
}
`;

/** The left edge of every drawn actor's box whose text starts with `prefix`, by its label's x. */
function textXs(svg: string, prefix: string): number[] {
    return [...svg.matchAll(/<text[^>]*\bx="([\d.]+)"[^>]*>([^<]*)<\/text>/g)]
        .filter(match => match[2].startsWith(prefix))
        .map(match => Math.round(Number(match[1])));
}

describe('an opened group of unconnected actors', () => {
    test('stands in rows about as wide as they are tall, every actor drawn', async () => {
        const model = await modelFrom(MODEL);
        const overview = await diagramSvg(model, 'network', { theme: 'light' });
        expect(overview).toContain('data-samskap-id="sector:public"');
        const opened = await diagramSvg(model, 'network', { theme: 'light', expand: 'sector:public' });
        const xs = textXs(opened, 'Municipal unit');
        expect(xs).toHaveLength(LOOSE);
        // One column has one x; rows of ceil(sqrt(30)) = 6 give six.
        expect(new Set(xs).size).toBeGreaterThanOrEqual(5);
    });
});
