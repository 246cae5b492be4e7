import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder, EmptyFileSystem, type GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { createSamskapServices } from '../src/index.js';
import { SamskapTokenBuilder } from '../src/parser/samskap-parser.js';

/** Langium's own search for the terminals a keyword begins, for comparison. */
class LangiumLongerAlternatives extends DefaultTokenBuilder {
    of(keyword: GrammarAST.Keyword, terminals: TokenType[]): TokenType[] {
        return this.findLongerAlt(keyword, terminals);
    }
}

describe('the lexer\'s keyword tokens', () => {
    test('each keyword has the same longer alternatives (the terminals it begins) as Langium gives it', () => {
        const { Samskap } = createSamskapServices(EmptyFileSystem);
        const tokens = new SamskapTokenBuilder().buildTokens(Samskap.Grammar) as TokenType[];
        const terminals = tokens.filter(token => token.PATTERN instanceof RegExp);
        const keywords = tokens.filter(token => typeof token.PATTERN === 'string');
        expect(keywords.length).toBeGreaterThan(150);
        const langium = new LangiumLongerAlternatives();
        let withAlternatives = 0;
        for (const keyword of keywords) {
            const expected = langium.of({ value: keyword.PATTERN as string } as GrammarAST.Keyword, terminals).map(token => token.name);
            const actual = ([] as TokenType[]).concat(keyword.LONGER_ALT ?? []).map(token => token.name);
            expect(actual, keyword.name).toEqual(expected);
            if (actual.length > 0) withAlternatives++;
        }
        // Word keywords begin an identifier; punctuation begins none.
        expect(withAlternatives).toBeGreaterThan(150);
        expect(withAlternatives).toBeLessThan(keywords.length);
    });
});
