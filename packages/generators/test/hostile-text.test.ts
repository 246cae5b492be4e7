import { describe, expect, test } from 'vitest';
import { diagramDot, diagramSvg, escapeMarkdown } from '../src/index.js';
import { dotLabelText, labelLines, MAX_LABEL_LINE } from '../src/escape/dot.js';
import { fenceFor } from '../src/escape/markdown.js';
import { graphvizStatistics, layoutSvg } from '../src/diagram/graphviz-layout.js';
import { pageToMarkdown } from '../src/docs/render-markdown.js';
import { modelFrom } from './model-fixture.js';

// Issue 15: odd titles never corrupt Graphviz, and model text never becomes a link in Markdown.

/** Graphviz alone, as the issue reproduced it: a label starting with a line break. */
const POISON = String.raw`digraph{subgraph "cluster_c2"{"n2"[label="x"];} "n4"[label="\nboard",shape="octagon"]; "n2"->"n4"[label="chair"];}`;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Every `label="…"` value of a DOT text, unescaped enough to see line breaks and controls. */
function dotLabels(dot: string): string[] {
    return [...dot.matchAll(/label="((?:\\.|[^"\\])*)"/g)].map(match => match[1]);
}

describe('Graphviz labels and the WebAssembly module', () => {
    test('the issue\'s repro laid out twelve times in one process, then a normal layout: every one succeeds', async () => {
        const recoveries = graphvizStatistics.recoveries;
        for (let i = 0; i < 12; i++) {
            await expect(layoutSvg(POISON, 'dot'), `layout ${i + 1}`).resolves.toContain('<svg');
        }
        // The input still traps the module now and then: each time it was recreated and the layout redone.
        expect(graphvizStatistics.recoveries).toBeGreaterThan(recoveries);
        const svg = await layoutSvg('digraph { a -> b [label="ok"]; }', 'dot');
        expect(svg).toContain('<svg');
        expect(svg).toContain('>ok<');
    });

    test('labels have no control characters, no empty or blank lines at either end, and no overlong lines', () => {
        expect(dotLabelText(['', 'Board'])).toBe('Board');
        expect(dotLabelText(['\n\tSjef  ', ' ', 'Board\n'])).toBe('Sjef\nBoard');
        expect(dotLabelText(['\u001b]0;pwned\u0007Title', 'a\u0000b\u007f\u009bc', 'x\u202ey'])).toBe(']0;pwnedTitle\nabc\nxy');
        expect(dotLabelText(['one\r\ntwo\rthree\u2028four'])).toBe('one\ntwo\nthree\nfour');
        expect(dotLabelText(['', '  ', '\n'])).toBe('');
        const [long] = labelLines(['x'.repeat(10 * MAX_LABEL_LINE)]);
        expect(long).toHaveLength(MAX_LABEL_LINE);
        expect(long.endsWith('…')).toBe(true);
    });

    test('empty and odd titles: the DOT of every view has clean labels, and the SVGs lay out again and again', async () => {
        // `\n`, `\b` and `\t` are escapes of a quoted text: the title holds the control characters.
        const model = await modelFrom(`model odd "" {
    actor a "" is municipality
    actor b "\\n\\b\\tLag" is voluntary_organisation
    body board "\\n" is board members a, b decides by consensus chair a
    decision d "\\t" { decide board consulted b }
    funding { a -> b operating_grant 1000 NOK per year "\\n\\rgrant" }
}
`);
        for (const view of ['network', 'funding', 'governance'] as const) {
            const dot = diagramDot(model, view);
            for (const label of dotLabels(dot)) {
                expect(label.startsWith('\\n'), `${view}: ${label}`).toBe(false);
                expect(label.endsWith('\\n'), `${view}: ${label}`).toBe(false);
                expect(label.includes('\\n\\n'), `${view}: ${label}`).toBe(false);
                expect(CONTROL.test(label), `${view}: ${JSON.stringify(label)}`).toBe(false);
            }
        }
        for (let i = 0; i < 4; i++) {
            for (const view of ['network', 'funding', 'governance', 'decisions'] as const) {
                await expect(diagramSvg(model, view), `${view}, round ${i + 1}`).resolves.toContain('<svg');
            }
        }
    });
});

describe('Markdown from model text', () => {
    test('bare URLs, www. addresses and e-mail addresses are broken, so no renderer links them', () => {
        expect(escapeMarkdown('see https://evil.example/x, HTTP://b.example and ftp://c.example'))
            .toBe('see https&#58;//evil.example/x, HTTP&#58;//b.example and ftp&#58;//c.example');
        expect(escapeMarkdown('www.evil.example or me@evil.example')).toBe('www&#46;evil.example or me&#64;evil.example');
        // What is not a link stays as written.
        expect(escapeMarkdown('Kl. 10:30 @ kafeen, see: 2.5 www')).toBe('Kl. 10:30 @ kafeen, see: 2.5 www');
        // A long text without a scheme is handled in linear time.
        const started = Date.now();
        escapeMarkdown('a.'.repeat(100_000));
        expect(Date.now() - started).toBeLessThan(2000);
    });

    test('a declared source URL stays a link; the same URL in other model text does not', () => {
        const markdown = pageToMarkdown({
            path: 'models/x', title: 'x', blocks: [
                { kind: 'paragraph', text: 'Read https://evil.example/phish' },
                { kind: 'list', items: [{ text: 'Report (https://evil.example/in-text)', url: 'https://example.org/report.pdf' }] }
            ]
        });
        expect(markdown).toContain('Read https&#58;//evil.example/phish');
        expect(markdown).toContain('Report (https&#58;//evil.example/in-text) <https://example.org/report.pdf>');
    });

    test('a code fence for a text with 150,000 backtick runs', () => {
        expect(fenceFor('`a'.repeat(150_000) + '````')).toBe('`````');
    });
});
