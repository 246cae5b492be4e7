import { describe, expect, test } from 'vitest';
import { textWidth, UNITS_PER_EM } from '../src/diagram/font-metrics.js';
import { arimoFile, ttfAdvanceWidths } from './ttf-widths.js';

/** Every character of the examples' languages (Norwegian, Danish, Swedish, German, English) and the marks diagrams use. */
const CHARACTERS = [
    ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)),
    ...'ÆØÅæøåÄÖÜäöüßéèêáàóòúÉÈ–—‘’“”•…€≈→×≤≥−†'
];

describe('diagram font metrics', () => {
    for (const weight of ['regular', 'bold'] as const) {
        test(`agree with the bundled Arimo ${weight} font file, character by character`, () => {
            const font = ttfAdvanceWidths(arimoFile(weight), CHARACTERS.map(character => character.codePointAt(0) as number));
            expect(font.unitsPerEm).toBe(UNITS_PER_EM);
            for (const character of CHARACTERS) {
                const advance = font.widths.get(character.codePointAt(0) as number);
                expect(advance, `Arimo ${weight} has ${character}`).toBeDefined();
                expect(textWidth(character, UNITS_PER_EM, weight), character).toBe(advance);
            }
        });
    }

    test('a bold text is at least as wide as the regular one, and a text of unknown characters is not zero wide', () => {
        expect(textWidth('Styringsgruppe', 11, 'bold')).toBeGreaterThan(textWidth('Styringsgruppe', 11));
        expect(textWidth('\u4e2d\u6587', 11)).toBeGreaterThan(11);
    });
});
