import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The bundled diagram font's files (Arimo, metric-compatible with Arial and Liberation Sans). */
export function arimoFile(weight: 'regular' | 'bold'): string {
    const file = weight === 'bold' ? '700Bold/Arimo_700Bold.ttf' : '400Regular/Arimo_400Regular.ttf';
    return createRequire(import.meta.url).resolve(`@expo-google-fonts/arimo/${file}`);
}

/**
 * Advance widths of a TrueType font, read from its own tables (`head`, `hhea`, `hmtx` and the
 * Unicode BMP `cmap`, format 4): what the font-metrics table in the generators must agree with.
 */
export function ttfAdvanceWidths(path: string, codePoints: readonly number[]): { unitsPerEm: number; widths: Map<number, number> } {
    const data = readFileSync(path);
    const tables = new Map<string, number>();
    const count = data.readUInt16BE(4);
    for (let i = 0; i < count; i++) {
        const at = 12 + i * 16;
        tables.set(data.toString('latin1', at, at + 4), data.readUInt32BE(at + 8));
    }
    const table = (tag: string): number => {
        const offset = tables.get(tag);
        if (offset === undefined) throw new Error(`${path} has no ${tag} table`);
        return offset;
    };
    const unitsPerEm = data.readUInt16BE(table('head') + 18);
    const metricsCount = data.readUInt16BE(table('hhea') + 34);
    const hmtx = table('hmtx');
    const advance = (glyph: number): number => data.readUInt16BE(hmtx + 4 * Math.min(glyph, metricsCount - 1));
    const cmap = table('cmap');
    let subtable = -1;
    for (let i = 0; i < data.readUInt16BE(cmap + 2); i++) {
        const at = cmap + 4 + i * 8;
        if (data.readUInt16BE(at) === 3 && data.readUInt16BE(at + 2) === 1) subtable = cmap + data.readUInt32BE(at + 4);
    }
    if (subtable < 0 || data.readUInt16BE(subtable) !== 4) throw new Error(`${path} has no Unicode BMP cmap of format 4`);
    const segments = data.readUInt16BE(subtable + 6) / 2;
    const ends = subtable + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    const glyphOf = (code: number): number => {
        for (let s = 0; s < segments; s++) {
            if (data.readUInt16BE(ends + s * 2) < code) continue;
            const start = data.readUInt16BE(starts + s * 2);
            if (start > code) return 0;
            const delta = data.readInt16BE(deltas + s * 2);
            const rangeOffset = data.readUInt16BE(rangeOffsets + s * 2);
            if (rangeOffset === 0) return (code + delta) & 0xffff;
            const glyph = data.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
            return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
        }
        return 0;
    };
    const widths = new Map<number, number>();
    for (const code of codePoints) {
        const glyph = glyphOf(code);
        if (glyph !== 0) widths.set(code, advance(glyph));
    }
    return { unitsPerEm, widths };
}
