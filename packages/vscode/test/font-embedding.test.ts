import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { DIAGRAM_FONT_FILES } from '../src/preview/diagram-font-files.js';
import { base64Of, DIAGRAM_FONT_FAMILY, embeddedFontCss, faceWeightOf } from '../src/preview/webview/font-embedding.js';

const require = createRequire(import.meta.url);
const arimo = (file: string): Uint8Array => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/arimo/${file.replace(/^Arimo_(\w+)\.ttf$/, '$1')}/${file}`)));

describe('the preview embeds the diagram font in what it exports', () => {
    test('the font files the extension ships are the ones the CLI renders PNGs with', () => {
        expect(DIAGRAM_FONT_FILES.map(face => face.file)).toEqual(['Arimo_400Regular.ttf', 'Arimo_700Bold.ttf']);
        for (const { file } of DIAGRAM_FONT_FILES) {
            // A TrueType file starts with version 1.0 (00 01 00 00).
            expect(Array.from(arimo(file).subarray(0, 4))).toEqual([0, 1, 0, 0]);
        }
    });

    test('base64 of a whole font file, in chunks, is what Node encodes', () => {
        const bytes = arimo('Arimo_400Regular.ttf');
        expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64Of(new Uint8Array())).toBe('');
    });

    test('only the weights the drawing uses are embedded, each as an @font-face of the family the diagrams name', () => {
        const faces = DIAGRAM_FONT_FILES.map(({ weight, file }) => ({ weight, data: arimo(file) }));
        const regular = embeddedFontCss(faces, new Set(['400']));
        expect(regular.match(/@font-face/g)).toHaveLength(1);
        expect(regular).toContain(`font-family:${DIAGRAM_FONT_FAMILY};font-style:normal;font-weight:400;`);
        const data = /url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\)/.exec(regular)?.[1] ?? '';
        expect(Buffer.from(data, 'base64').equals(Buffer.from(faces[0]!.data))).toBe(true);
        const both = embeddedFontCss(faces, new Set(['400', '700']));
        expect(both.match(/@font-face/g)).toHaveLength(2);
        expect(both).toContain('font-weight:700;');
        expect(embeddedFontCss(faces, new Set())).toBe('');
        expect(embeddedFontCss([], new Set(['400']))).toBe('');
    });

    test('a CSS weight maps to the face that draws it', () => {
        expect(faceWeightOf('normal')).toBe('400');
        expect(faceWeightOf('400')).toBe('400');
        expect(faceWeightOf('500')).toBe('400');
        expect(faceWeightOf('bold')).toBe('700');
        expect(faceWeightOf('600')).toBe('700');
        expect(faceWeightOf('900')).toBe('700');
        expect(faceWeightOf('')).toBe('400');
    });
});
