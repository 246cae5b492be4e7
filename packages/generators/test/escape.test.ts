import { describe, expect, test } from 'vitest';
import { csvText, escapeAttribute, escapeHtml, escapeMarkdown, neutraliseFormula } from '../src/index.js';
import { dotString } from '../src/escape/dot.js';
import { escapeMermaid } from '../src/escape/mermaid.js';

describe('escaping model text', () => {
    test('HTML and XML: markup, quotes and ampersands become references; æøå stay', () => {
        expect(escapeHtml('<script>alert(1)</script> & "Røde" \'Kors\' æøå')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Røde&quot; &#39;Kors&#39; æøå');
        expect(escapeAttribute('a\nb')).toBe('a&#10;b');
        // Control characters XML forbids are dropped, so the SVG always parses.
        expect(escapeHtml('a\u0001b')).toBe('ab');
    });

    test('Markdown: no emphasis, links, HTML or table breaks from model text', () => {
        expect(escapeMarkdown('*bold* [x](y) <b> | a_b ~~s~~ `c`')).toBe('\\*bold\\* \\[x\\](y) &lt;b&gt; \\| a\\_b \\~\\~s\\~\\~ \\`c\\`');
        for (const [text, escaped] of [['# Heading', '\\# Heading'], ['- item', '\\- item'], ['+ item', '\\+ item'], ['1. item', '1\\. item'], ['===', '\\==='], ['Røde Kors (Øst) 1.2.3', 'Røde Kors (Øst) 1.2.3']]) {
            expect(escapeMarkdown(text)).toBe(escaped);
        }
        expect(escapeMarkdown('line 1\nline 2')).toBe('line 1<br>line 2');
    });

    test('CSV: formula starts are neutralised, separators and quotes quoted', () => {
        for (const start of ['=', '+', '-', '@', '\t', '\r']) {
            expect(neutraliseFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
        }
        expect(neutraliseFormula('Sum')).toBe('Sum');
        expect(csvText('a, "b"')).toBe('"a, ""b"""');
        expect(csvText('=1+1')).toBe("'=1+1");
        expect(csvText('x\ny')).toBe('"x\ny"');
    });

    test('DOT: quotes and backslashes cannot end the string or form Graphviz escapes', () => {
        expect(dotString('a "b" \\N')).toBe('"a \\"b\\" \\\\N"');
        expect(dotString('two\nlines')).toBe('"two\\nlines"');
    });

    test('Mermaid: syntax characters become entity codes, letters stay', () => {
        expect(escapeMermaid('Ålesund "x" <b>|]')).toBe('Ålesund #34;x#34; #60;b#62;#124;#93;');
    });
});
