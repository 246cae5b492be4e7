import type { FontFaceData } from './preview-messages.js';

/**
 * The diagram font's files inside the extension: Arimo, the font the diagrams are laid out with
 * and the CLI renders its PNGs in (npm package @expo-google-fonts/arimo, SIL Open Font License;
 * scripts/build.mjs copies them into dist/webview/fonts with the licence).
 */
export const DIAGRAM_FONT_FILES: ReadonlyArray<{ readonly weight: FontFaceData['weight']; readonly file: string }> = [
    { weight: '400', file: 'Arimo_400Regular.ttf' },
    { weight: '700', file: 'Arimo_700Bold.ttf' }
];
