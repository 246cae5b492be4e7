/// <reference lib="dom" />
import type { StoredFile } from './file-store.js';

/**
 * Longest fragment a shared link may carry, in characters. Browsers accept far longer addresses,
 * but chat tools, e-mail clients and QR codes cut links off well before that; past this the page
 * says so and suggests saving files instead.
 */
export const SHARE_LIMIT = 32_000;

const PREFIX = '#share=';

/**
 * The files as a URL fragment: JSON, deflate-compressed with the browser's own CompressionStream,
 * base64url. A fragment is never sent to a server, so a shared model stays between the people
 * who pass the link on.
 */
export async function shareFragment(files: readonly StoredFile[]): Promise<string> {
    const json = JSON.stringify(files.map(file => [file.name, file.text]));
    const compressed = await transform(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
    return `${PREFIX}${toBase64Url(compressed)}`;
}

/** The files in a fragment made by `shareFragment`; undefined when the fragment is not a share; throws when it is damaged. */
export async function filesOfFragment(fragment: string): Promise<StoredFile[] | undefined> {
    if (!fragment.startsWith(PREFIX)) {
        return undefined;
    }
    const bytes = await transform(fromBase64Url(fragment.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (!Array.isArray(parsed) || !parsed.every(item => Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] === 'string')) {
        throw new Error('the shared link does not hold files');
    }
    return (parsed as Array<[string, string]>).map(([name, text]) => ({ name, text }));
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
    const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
    return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, char => char.charCodeAt(0));
}
