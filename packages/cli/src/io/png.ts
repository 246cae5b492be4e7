import { createRequire } from 'node:module';
import { UsageError } from '../usage-error.js';

interface ResvgModule {
    Resvg: new (svg: string, options?: object) => { render(): { asPng(): Uint8Array } };
}

/**
 * SVG to PNG with resvg (Rust, prebuilt for each platform and published on npm: no browser, no
 * download at run time). Loaded lazily by name so the CLI bundle does not try to inline the
 * native module, and only when PNG is asked for. Text uses the system's fonts.
 */
export function svgToPng(svg: string, zoom = 2): Uint8Array {
    let resvg: ResvgModule;
    try {
        const moduleName = '@resvg/resvg-js';
        resvg = createRequire(import.meta.url)(moduleName) as ResvgModule;
    } catch (error) {
        throw new UsageError(`PNG export needs the npm package @resvg/resvg-js, which could not be loaded (${(error as Error).message.split('\n')[0]}); use --format svg instead`);
    }
    const renderer = new resvg.Resvg(svg, { fitTo: { mode: 'zoom', value: zoom }, font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' } });
    return renderer.render().asPng();
}
