import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { REFERENCES } from '../../src/analysis/references.js';

/**
 * The references exist twice, as data (references.ts, cited by results and rule messages) and as
 * text (docs/research.md, section References). They must say the same, word for word.
 */
const research = readFileSync(fileURLToPath(new URL('../../../../docs/research.md', import.meta.url)), 'utf8');

/** The entries of the References section: paragraphs, markdown emphasis removed, lines joined. */
function documentedReferences(): string[] {
    const section = research.slice(research.indexOf('\n## References\n') + '\n## References\n'.length);
    return section.split(/\n\s*\n/)
        .map(paragraph => paragraph.replace(/\*/g, '').replace(/\s+/g, ' ').trim())
        .filter(paragraph => paragraph.length > 0 && !paragraph.startsWith('Legal texts'));
}

describe('the references', () => {
    test('docs/research.md lists exactly the references of references.ts, word for word', () => {
        const data = Object.values(REFERENCES).map(reference => reference.full).sort();
        expect(documentedReferences().sort()).toEqual(data);
    });

    test('every short citation is unique and names a year or a text', () => {
        const shorts = Object.values(REFERENCES).map(reference => reference.short);
        expect(new Set(shorts).size).toBe(shorts.length);
        for (const reference of Object.values(REFERENCES)) {
            expect(reference.full.length).toBeGreaterThan(reference.short.length);
        }
    });

    test('the corrections of the review hold', () => {
        expect(REFERENCES.brandsenPestoff2006.full).toContain('Public Management Review 8(4), 493–501');
        expect(REFERENCES.loga2016.full).toContain('Loga, J. M., Eimhjellen, I., Eschweiler, J., Ingstad, E. L., Stokstad, S. & Winsvold, M. (2016)');
        expect(REFERENCES.loga2016.full).toContain('rapport 1-2016');
        expect(REFERENCES.guribye2016.full).toContain('Med hjerte for Arendal');
        // Lorentzen 2010 is known only as Eimhjellen & Loga cite it: no invented title.
        expect(REFERENCES.lorentzen2010.full).toContain('as cited in Eimhjellen & Loga 2017');
    });

    test('the research basis cites publications, not the team working notes', () => {
        expect(research).not.toMatch(/D[O]MAIN\.md|\.\.\/share[d]\//);
    });
});
