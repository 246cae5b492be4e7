import { describe, expect, test } from 'vitest';
import { standalonePage } from '../src/page/downloads.js';
import { sourceOfLink } from '../src/page/panel-views.js';
import { cleanFileName } from '../src/page/file-store.js';
import { filesOfFragment, SHARE_LIMIT, shareFragment } from '../src/page/share-link.js';

// The playground page's pure helpers, in Node (which has the browser's compression streams).

describe('share links', () => {
    const files = [
        { name: 'case.samskap', text: 'model Case "Ærlig samarbeid — «sitat»" {\n    actor a "A" is municipality\n}\n' },
        { name: 'library/norway.samskap', text: 'library norway "Norge" {\n}\n' }
    ];

    test('a link gives back exactly the files it was made from, in order', async () => {
        const fragment = await shareFragment(files);
        expect(fragment).toMatch(/^#share=[\w-]+$/);
        expect(await filesOfFragment(fragment)).toEqual(files);
    });

    test('compresses: a typical model makes a link far below the limit', async () => {
        const model = files[0].text.repeat(40);
        const fragment = await shareFragment([{ name: 'case.samskap', text: model }]);
        expect(fragment.length).toBeLessThan(model.length / 4);
        expect(fragment.length).toBeLessThan(SHARE_LIMIT);
    });

    test('an address without a share is no share, and a cut-off link is an error, not a wrong model', async () => {
        expect(await filesOfFragment('')).toBeUndefined();
        expect(await filesOfFragment('#section')).toBeUndefined();
        const fragment = await shareFragment(files);
        await expect(filesOfFragment(fragment.slice(0, fragment.length - 10))).rejects.toThrow();
    });

    test('a link that decodes to something other than files is refused', async () => {
        const bytes = await new Response(new Blob([new TextEncoder().encode('{"not":"files"}')]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
        const fragment = `#share=${Buffer.from(bytes).toString('base64url')}`;
        await expect(filesOfFragment(fragment)).rejects.toThrow('does not hold files');
    });
});

describe('file names', () => {
    test.each([
        ['case', 'case.samskap'],
        ['My case.samskap', 'My-case.samskap'],
        ['../../etc/passwd', 'passwd.samskap'],
        ['library/norway.samskap', 'library/norway.samskap'],
        ['C:\\models\\Ærlig.samskap', 'Ærlig.samskap'],
        ['   ', 'model.samskap']
    ])('%s becomes %s', (given, expected) => {
        expect(cleanFileName(given)).toBe(expected);
    });
});

describe('a downloaded documentation page', () => {
    test('carries the diagrams it links to as data: links, so it is complete on its own', () => {
        const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Røde Kors</text></svg>';
        const site = [
            { path: 'models/case.html', content: '<figure><svg></svg><figcaption>Network (<a href="case-network.svg">SVG</a>)</figcaption></figure>' },
            { path: 'models/case.md', content: '[Network (SVG)](case-network.svg)' },
            { path: 'models/case-network.svg', content: svg }
        ];
        const html = standalonePage(site[0], site);
        const md = standalonePage(site[1], site);
        const data = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
        expect(html).toContain(`href="${data}"`);
        expect(md).toBe(`[Network (SVG)](${data})`);
    });

    test('leaves a link to a file the site does not have as it is', () => {
        const page = { path: 'models/case.md', content: '[x](missing.svg)' };
        expect(standalonePage(page, [page])).toBe('[x](missing.svg)');
    });
});

describe('a click on a drawn element', () => {
    test('leads to where it was written: the 1-based link as 0-based positions', () => {
        expect(sourceOfLink('file:///playground/library/norway.samskap#L12:3-L12:40')).toEqual({
            uri: 'file:///playground/library/norway.samskap', start: { line: 11, character: 2 }, end: { line: 11, character: 39 }
        });
    });

    test('an element without a place leads nowhere', () => {
        expect(sourceOfLink('')).toBeUndefined();
        expect(sourceOfLink('file:///playground/case.samskap')).toBeUndefined();
    });
});
