import { createRequire } from 'node:module';
import { UsageError } from '../usage-error.js';

interface ResvgModule {
    Resvg: new (svg: string, options?: object) => { render(): { asPng(): Uint8Array } };
}

/** The diagram font's files, from the npm package the CLI depends on. */
const FONT_FILES = ['@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf', '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf'];

/** resvg's font options: only the bundled font, standing in for every family a diagram names. */
export function diagramFontOptions(): object {
    let fontFiles: string[];
    try {
        const require = createRequire(import.meta.url);
        fontFiles = FONT_FILES.map(file => require.resolve(file));
    } catch (error) {
        throw new UsageError(`PNG export needs the npm package @expo-google-fonts/arimo (the diagram font), which could not be found (${(error as Error).message.split('\n')[0]}); use --format svg instead`);
    }
    return { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Arimo', sansSerifFamily: 'Arimo', serifFamily: 'Arimo', monospaceFamily: 'Arimo' };
}

/**
 * SVG to PNG with resvg (Rust, prebuilt for each platform and published on npm: no browser, no
 * download at run time). Loaded lazily by name so the CLI bundle does not try to inline the
 * native module, and only when PNG is asked for. Text is drawn in the bundled diagram font
 * (Arimo, whose metrics the layout used) and never in a system font: a machine without Liberation
 * Sans drew every label in a serif font that ran out of its box.
 */
export function svgToPng(svg: string, zoom = 2): Uint8Array {
    let resvg: ResvgModule;
    try {
        const moduleName = '@resvg/resvg-js';
        resvg = createRequire(import.meta.url)(moduleName) as ResvgModule;
    } catch (error) {
        throw new UsageError(`PNG export needs the npm package @resvg/resvg-js, which could not be loaded (${(error as Error).message.split('\n')[0]}); use --format svg instead`);
    }
    const renderer = new resvg.Resvg(svg, { fitTo: { mode: 'zoom', value: zoom }, font: diagramFontOptions() });
    return renderer.render().asPng();
}
