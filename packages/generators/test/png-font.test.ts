import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { svgToPng } from '../../cli/src/io/png.js';
import { diagramSvg } from '../src/index.js';
import { textWidth } from '../src/diagram/font-metrics.js';
import { readability } from '../src/diagram/readability.js';
import { modelFrom } from './model-fixture.js';

/** The pixels of a PNG as resvg writes it (8-bit RGBA, not interlaced), without a PNG library. */
function decodePng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
    const data = Buffer.from(png);
    let at = 8;
    let width = 0;
    let height = 0;
    const idat: Buffer[] = [];
    while (at < data.length) {
        const length = data.readUInt32BE(at);
        const type = data.toString('latin1', at + 4, at + 8);
        if (type === 'IHDR') {
            width = data.readUInt32BE(at + 8);
            height = data.readUInt32BE(at + 12);
            expect(data[at + 16], 'bit depth').toBe(8);
            expect(data[at + 17], 'colour type RGBA').toBe(6);
        }
        if (type === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length));
        at += 12 + length;
    }
    const raw = inflateSync(Buffer.concat(idat));
    const stride = width * 4;
    const rgba = new Uint8Array(height * stride);
    for (let y = 0; y < height; y++) {
        const filter = raw[y * (stride + 1)];
        for (let x = 0; x < stride; x++) {
            const value = raw[y * (stride + 1) + 1 + x];
            const left = x >= 4 ? rgba[y * stride + x - 4] : 0;
            const up = y > 0 ? rgba[(y - 1) * stride + x] : 0;
            const upLeft = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4] : 0;
            const paeth = (): number => {
                const p = left + up - upLeft;
                const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
                return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
            };
            const predictor = [0, left, up, (left + up) >> 1, paeth()][filter];
            rgba[y * stride + x] = (value + predictor) & 0xff;
        }
    }
    return { width, height, rgba };
}

/** Left and right edge of the dark pixels. */
function inkExtent(image: { width: number; height: number; rgba: Uint8Array }): { left: number; right: number } {
    let left = image.width;
    let right = -1;
    for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
            const i = (y * image.width + x) * 4;
            if (image.rgba[i + 3] > 0 && image.rgba[i] < 128) {
                left = Math.min(left, x);
                right = Math.max(right, x);
            }
        }
    }
    return { left, right };
}

const WORD = 'Nasjonalforeningen';

describe('PNG export draws the bundled diagram font, never a system font', () => {
    for (const family of ["Arimo,Arial,'Liberation Sans',sans-serif", 'serif', 'Times New Roman', 'No Such Font']) {
        test(`a text asking for ${family} is drawn in Arimo, as wide as the layout measured it`, () => {
            const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80" viewBox="0 0 600 80"><rect width="600" height="80" fill="#ffffff"/>` +
                `<text x="10" y="55" font-family="${family}" font-size="40" fill="#000000">${WORD}</text></svg>`;
            const ink = inkExtent(decodePng(svgToPng(svg, 1)));
            expect(ink.right, 'text was drawn').toBeGreaterThan(ink.left);
            // Ink is the advance width less the side bearings of the first and last letter (a few pixels).
            const expected = textWidth(WORD, 40);
            expect(ink.right - ink.left + 1).toBeGreaterThan(expected - 8);
            expect(ink.right - ink.left + 1).toBeLessThanOrEqual(expected);
        });
    }

    test('a whole diagram renders, and its SVG keeps every text inside its box', async () => {
        const model = await modelFrom(`model m "Frivilligsenter" {
    actor kommune "Nasjonalforeningen for folkehelsen – Ørsta og Volda lokallag" is voluntary_organisation
    actor lag "Kommunen" is municipality
    funding { kommune -> lag operating_grant 1200000 NOK per year }
}
`);
        const svg = await diagramSvg(model, 'funding', { theme: 'light', literalColours: true });
        expect(readability(svg).textsOutsideBox).toBe(0);
        const image = decodePng(svgToPng(svg, 1));
        const ink = inkExtent(image);
        expect(ink.right).toBeGreaterThan(ink.left);
    });
});
