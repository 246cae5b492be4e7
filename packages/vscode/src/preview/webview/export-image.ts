/// <reference lib="dom" />
import type { FontFaceData } from '../preview-messages.js';
import { embeddedFontCss, faceWeightOf } from './font-embedding.js';

/** What the preview adds to a drawing for the reader on screen (group nodes as buttons), left out of exports. */
export const PREVIEW_ONLY_ATTRIBUTES = ['tabindex', 'role', 'aria-label', 'data-preview-group'] as const;

/** The font weights the drawing's text is painted in, as faces of the diagram font. */
function weightsUsed(live: SVGSVGElement): Set<FontFaceData['weight']> {
    const weights = new Set<FontFaceData['weight']>();
    for (const text of Array.from(live.querySelectorAll('text'))) {
        weights.add(faceWeightOf(getComputedStyle(text).fontWeight));
        if (weights.size === 2) break;
    }
    return weights;
}

/**
 * The diagram as shown, as a file that stands on its own: the colours the preview took from the
 * VS Code theme (CSS variables) are written into the SVG, the diagram font (Arimo, whose widths
 * the layout used) is embedded for the weights it uses, and its size is the drawing's natural
 * size, not the current zoom. Without `font`, text falls back to the families the drawing names.
 */
export function standaloneSvg(live: SVGSVGElement, natural: { width: number; height: number }, font: readonly FontFaceData[] = []): string {
    const copy = live.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', String(natural.width));
    copy.setAttribute('height', String(natural.height));
    const computed = getComputedStyle(live);
    const styleText = Array.from(live.querySelectorAll('style')).map(style => style.textContent ?? '').join('\n');
    const names = new Set(styleText.match(/--sk-[a-z0-9-]+/g) ?? []);
    const resolved = Array.from(names)
        .map(name => [name, computed.getPropertyValue(name).trim()] as const)
        .filter(([, value]) => value.length > 0 && !/[;{}<>]/.test(value))
        .map(([name, value]) => `${name}:${value}`);
    if (resolved.length > 0) {
        copy.setAttribute('style', resolved.join(';'));
    }
    copy.querySelectorAll('style').forEach(style => style.removeAttribute('nonce'));
    copy.querySelectorAll('[data-preview-group]').forEach(element => PREVIEW_ONLY_ATTRIBUTES.forEach(name => element.removeAttribute(name)));
    const fontCss = embeddedFontCss(font, weightsUsed(live));
    if (fontCss.length > 0) {
        const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
        style.setAttribute('class', 'sk-embedded-font');
        style.textContent = fontCss;
        copy.insertBefore(style, copy.firstChild);
    }
    return new XMLSerializer().serializeToString(copy);
}

/**
 * Draws the SVG on a canvas (scale × its natural size) and returns the PNG as base64. The image
 * is drawn from the SVG's own text, so it uses the fonts embedded in it, not the webview's.
 */
export function rasterise(svgText: string, natural: { width: number; height: number }, scale: number): Promise<string> {
    return new Promise((resolve, reject) => {
        const image = new Image();
        image.onload = () => {
            const canvas = document.createElement('canvas');
            canvas.width = Math.ceil(natural.width * scale);
            canvas.height = Math.ceil(natural.height * scale);
            const context = canvas.getContext('2d');
            if (!context) {
                reject(new Error('this webview cannot draw on a canvas'));
                return;
            }
            context.drawImage(image, 0, 0, canvas.width, canvas.height);
            const url = canvas.toDataURL('image/png');
            resolve(url.slice(url.indexOf(',') + 1));
        };
        image.onerror = () => reject(new Error('the diagram could not be drawn as an image'));
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
    });
}
