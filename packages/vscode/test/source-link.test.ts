import { sourceLink } from '@samskap/generators';
import { describe, expect, test } from 'vitest';
import { parseSourceLink } from '../src/preview/source-link.js';

describe('a click on a diagram element leads to its source', () => {
    test('the link a diagram element carries turns back into the range it was made from (0-based, as VS Code counts)', () => {
        const uri = 'file:///cases/frivillig%C3%A6r%20sentral.samskap';
        const link = sourceLink({ uri, start: { line: 11, character: 2 }, end: { line: 11, character: 39 } });
        expect(parseSourceLink(link)).toEqual({ uri, line: 11, character: 2, endLine: 11, endCharacter: 39 });
    });

    test('anything that is not a source link is ignored', () => {
        expect(parseSourceLink('')).toBeUndefined();
        expect(parseSourceLink('#legend')).toBeUndefined();
        expect(parseSourceLink('file:///a.samskap#section')).toBeUndefined();
    });
});
