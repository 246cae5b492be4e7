import type { SourceLocation } from './preview-messages.js';

/**
 * Reads the source link diagram elements carry (`data-samskap-range`, written by the generators'
 * sourceLink): `file:///…/case.samskap#L12:3-L12:40`, 1-based line and column. Returns the
 * 0-based location VS Code uses, or undefined for anything else.
 */
export function parseSourceLink(link: string): SourceLocation | undefined {
    const match = /^(.*)#L(\d+):(\d+)(?:-L(\d+):(\d+))?$/.exec(link.trim());
    if (!match) {
        return undefined;
    }
    const [, uri, line, character, endLine, endCharacter] = match;
    return {
        ...(uri ? { uri } : {}),
        line: Number(line) - 1,
        character: Number(character) - 1,
        ...(endLine !== undefined ? { endLine: Number(endLine) - 1, endCharacter: Number(endCharacter) - 1 } : {})
    };
}
