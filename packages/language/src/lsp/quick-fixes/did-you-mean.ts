/**
 * "Did you mean": the candidates closest to what was written, by edit distance (adjacent letters
 * swapped count once), ignoring case. A candidate is offered only when it is close for the length
 * of the word (a third of its letters changed at most, at least one): a far-off name is no
 * suggestion, it is a guess.
 */
export function closestNames(written: string, candidates: Iterable<{ readonly name: string; readonly title?: string }>, limit = 3): Array<{ name: string; distance: number }> {
    const wanted = written.toLowerCase();
    const wantedLast = wanted.split('.').at(-1) ?? wanted;
    const allowed = Math.max(1, Math.floor(wantedLast.length / 3));
    const scored = new Map<string, number>();
    for (const candidate of candidates) {
        const name = candidate.name.toLowerCase();
        if (name === wanted) continue;
        const last = name.split('.').at(-1) ?? name;
        // Written unqualified, a library actor needs its library's name: one step further.
        const qualification = name.includes('.') && !wanted.includes('.') ? 1 : 0;
        let distance = Math.min(editDistance(wanted, name), editDistance(wantedLast, last) + qualification + (wanted.includes('.') && prefixOf(wanted) !== prefixOf(name) ? 1 : 0));
        // The organisation's own words: `rødekors` for "Norges Røde Kors".
        const title = letters(candidate.title ?? '');
        if (wantedLast.length >= 4 && title.includes(letters(wantedLast))) distance = Math.min(distance, 1 + qualification);
        if (distance <= allowed + qualification) scored.set(candidate.name, Math.min(distance, scored.get(candidate.name) ?? Infinity));
    }
    return [...scored.entries()]
        .map(([name, distance]) => ({ name, distance }))
        .sort((a, b) => a.distance - b.distance || a.name.length - b.name.length || a.name.localeCompare(b.name))
        .slice(0, limit);
}

function prefixOf(name: string): string {
    return name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
}

function letters(text: string): string {
    return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
    if (a === b) return 0;
    if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
    const rows = a.length + 1;
    const columns = b.length + 1;
    const table: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < columns; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            table[i][j] = Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                table[i][j] = Math.min(table[i][j], table[i - 2][j - 2] + 1);
            }
        }
    }
    return table[a.length][b.length];
}
