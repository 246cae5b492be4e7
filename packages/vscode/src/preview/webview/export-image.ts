/// <reference lib="dom" />

/**
 * The diagram as shown, as a file that stands on its own: the colours the preview took from the
 * VS Code theme (CSS variables) are written into the SVG, and its size is the drawing's natural
 * size, not the current zoom.
 */
export function standaloneSvg(live: SVGSVGElement, natural: { width: number; height: number }): string {
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
    return new XMLSerializer().serializeToString(copy);
}

/** Draws the SVG on a canvas (scale × its natural size) and returns the PNG as base64. */
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
