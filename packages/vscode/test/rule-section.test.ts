import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headingSection, markdownToHtml, ruleSection } from '../src/rules/rule-section.js';

const catalogue = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');

describe('a rule\'s page shows its own entry of the rule catalogue', () => {
    test('the entry of one rule, from its heading to the next, with the line it starts on', () => {
        const section = ruleSection(catalogue, 'SK-FUND-001');
        expect(section?.markdown).toMatch(/^### SK-FUND-001\n/);
        expect(section?.markdown).not.toContain('SK-FUND-002\n');
        expect(catalogue.split('\n')[section!.line]).toBe('### SK-FUND-001');
        expect(ruleSection(catalogue, 'SK-NOPE-999')).toBeUndefined();
    });

    test('rendered: heading, the facts as a list, the example as code, escaped; links into other files become text', () => {
        const html = markdownToHtml(ruleSection(catalogue, 'SK-FUND-001')!.markdown);
        expect(html).toContain('<h3>SK-FUND-001</h3>');
        expect(html).toContain('<li><strong>Severity:</strong> error</li>');
        expect(html).toMatch(/<pre><code class="language-samskap">budget drift &#34;Drift&#34; 1000000 NOK per year/);
        expect(html).toContain('<code>funding.shareTolerance</code>');
        expect(html).toContain('<em>below</em>');
        expect(html).not.toContain('href="research.md"');
        expect(html).toContain('research.md, §3');
    });

    test('every rule of the catalogue renders, its example included, and nothing in it is markup from the text', () => {
        const codes = [...catalogue.matchAll(/^### (SK-[A-Z]+-\d+)\s*$/gm)].map(match => match[1]);
        expect(codes.length).toBeGreaterThan(50);
        for (const code of codes) {
            const html = markdownToHtml(ruleSection(catalogue, code)!.markdown);
            expect(html, code).toContain(`<h3>${code}</h3>`);
            expect(html, code).not.toMatch(/<(script|img|iframe|style)\b/i);
        }
        expect(markdownToHtml('- a <script>alert(1)</script> [x](javascript:void)')).toBe('<ul><li>a &#60;script&#62;alert(1)&#60;/script&#62; x</li></ul>');
    });
});

describe('a keyword hover\'s link shows its section of the language reference', () => {
    const reference = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'language.md'), 'utf8');

    test('the section of a heading by its anchor, up to the next heading of its level', () => {
        const bodies = headingSection(reference, 'bodies');
        expect(bodies?.markdown).toMatch(/^## Bodies\n/);
        expect(bodies?.markdown).toContain('body NAME "Title"');
        expect(bodies?.markdown).not.toContain('## Initiative and involvement');
        // Anchors as GitHub makes them: backticks and commas dropped.
        expect(headingSection(reference, 'libraries-uses-and-qualified-names')?.markdown).toMatch(/^## Libraries, `uses` and qualified names/);
        expect(headingSection(reference, 'no-such-section')).toBeUndefined();
        expect(markdownToHtml(bodies!.markdown)).toContain('<h2>Bodies</h2>');
        expect(markdownToHtml('Order:\n\n1. first `a`;\n2. then b.\n- other')).toBe('<p>Order:</p>\n<ol><li>first <code>a</code>;</li><li>then b.</li></ol>\n<ul><li>other</li></ul>');
    });
});
