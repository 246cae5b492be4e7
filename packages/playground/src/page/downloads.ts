/// <reference lib="dom" />

/** Offers `content` as a file download (made in the page: nothing is uploaded). */
export function download(name: string, content: Blob | string, type = 'text/plain'): void {
    const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The diagram as a PNG at twice its size, drawn by the browser from the SVG the generator made. */
export async function svgToPng(svg: string): Promise<Blob> {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const scale = 2;
        const canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.ceil(image.naturalWidth * scale));
        canvas.height = Math.max(1, Math.ceil(image.naturalHeight * scale));
        const context = canvas.getContext('2d');
        if (!context) {
            throw new Error('this browser cannot draw images');
        }
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        return await new Promise((resolve, reject) => canvas.toBlob(blob => blob ? resolve(blob) : reject(new Error('the PNG could not be made')), 'image/png'));
    } finally {
        URL.revokeObjectURL(url);
    }
}

/**
 * One page of the documentation site as a single file: the diagrams it links to as files beside
 * it become data: links, so the downloaded document is complete on its own.
 */
export function standalonePage(page: { path: string; content: string }, siteFiles: ReadonlyArray<{ path: string; content: string }>): string {
    const folder = page.path.includes('/') ? page.path.slice(0, page.path.lastIndexOf('/') + 1) : '';
    const byPath = new Map(siteFiles.map(file => [file.path, file.content]));
    const inline = (target: string): string | undefined => {
        const svg = byPath.get(folder + decodeURI(target));
        return svg === undefined ? undefined : `data:image/svg+xml;base64,${base64(svg)}`;
    };
    return page.content
        .replace(/href="([^"]+\.svg)"/g, (whole, target: string) => { const data = inline(target); return data ? `href="${data}"` : whole; })
        .replace(/\]\(([^)\s]+\.svg)\)/g, (whole, target: string) => { const data = inline(target); return data ? `](${data})` : whole; });
}

function base64(text: string): string {
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
}
