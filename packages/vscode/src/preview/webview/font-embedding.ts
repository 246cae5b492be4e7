import type { FontFaceData } from '../preview-messages.js';

/** The family the diagrams name first (generators' svg-style.ts) and the font they are laid out with. */
export const DIAGRAM_FONT_FAMILY = 'Arimo';

const encoded = new WeakMap<Uint8Array, string>();

/** Base64 of the bytes, in chunks: one call with 300 kB of arguments overflows the stack. */
export function base64Of(bytes: Uint8Array): string {
    const known = encoded.get(bytes);
    if (known !== undefined) return known;
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    const text = btoa(binary);
    encoded.set(bytes, text);
    return text;
}

/**
 * `@font-face` rules that carry the faces themselves, for the weights a drawing uses: an SVG
 * drawn as an image (to make a PNG) may load nothing from outside, and an exported SVG opened on
 * another machine has only what it holds. Without them both fell back to whatever sans-serif the
 * machine has, whose wider letters ran out of the boxes laid out for Arimo.
 */
export function embeddedFontCss(faces: readonly FontFaceData[], weights: ReadonlySet<string>): string {
    return faces
        .filter(face => weights.has(face.weight))
        .map(face => `@font-face{font-family:${DIAGRAM_FONT_FAMILY};font-style:normal;font-weight:${face.weight};src:url(data:font/ttf;base64,${base64Of(face.data)}) format("truetype")}`)
        .join('');
}

/** The face that draws a CSS font weight (`normal`, `bold`, `600`): Arimo has regular and bold here. */
export function faceWeightOf(cssWeight: string): FontFaceData['weight'] {
    const value = cssWeight === 'bold' ? 700 : cssWeight === 'normal' ? 400 : Number(cssWeight);
    return Number.isFinite(value) && value >= 600 ? '700' : '400';
}
