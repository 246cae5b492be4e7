/**
 * A unified diff (`diff -u`, what `prettier --check`/`rustfmt --check` users read) of two texts,
 * for `samskap format --check --diff`. Lines are compared with Myers' O(ND) algorithm after the
 * common head and tail are set aside; when the texts differ in more lines than MAX_EDITS (a file
 * reformatted throughout), the differing middle is shown as removed and added as a whole, which is
 * still a correct diff, only a longer one.
 */

type Edit = { readonly kind: ' ' | '-' | '+'; readonly text: string };

/** Beyond this many differing lines the O(D²) memory of the search is not worth it. */
const MAX_EDITS = 4_000;
const CONTEXT = 3;

/** Lines with their ends kept, so that a missing final newline shows. */
function splitLines(text: string): string[] {
    const lines = text.match(/[^\n]*\n|[^\n]+$/g);
    return lines ?? [];
}

/** The shortest edit script turning `a` into `b`, or undefined when it is longer than `limit`. */
function myers(a: readonly string[], b: readonly string[], limit: number): Edit[] | undefined {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace: Int32Array[] = [];
    for (let d = 0; d <= max; d++) {
        if (d > limit) return undefined;
        // The furthest x per diagonal after round d - 1, for diagonals -d-1 … d+1.
        trace.push(v.slice(offset - d - 1, offset + d + 2));
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) return backtrack(a, b, trace);
        }
    }
    return undefined;
}

function backtrack(a: readonly string[], b: readonly string[], trace: readonly Int32Array[]): Edit[] {
    const edits: Edit[] = [];
    let x = a.length;
    let y = b.length;
    for (let d = trace.length - 1; d >= 0; d--) {
        const before = trace[d];
        const at = (k: number): number => before[k + d + 1];
        const k = x - y;
        const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
        const previousX = at(previousK);
        const previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            edits.push({ kind: ' ', text: a[--x] });
            y--;
        }
        if (d > 0) {
            if (x === previousX) edits.push({ kind: '+', text: b[--y] });
            else edits.push({ kind: '-', text: a[--x] });
        }
    }
    return edits.reverse();
}

function editScript(a: readonly string[], b: readonly string[]): Edit[] {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
    const oldMiddle = a.slice(head, a.length - tail);
    const newMiddle = b.slice(head, b.length - tail);
    const middle = myers(oldMiddle, newMiddle, MAX_EDITS)
        ?? [...oldMiddle.map(text => ({ kind: '-' as const, text })), ...newMiddle.map(text => ({ kind: '+' as const, text }))];
    return [
        ...a.slice(0, head).map(text => ({ kind: ' ' as const, text })),
        ...middle,
        ...a.slice(a.length - tail).map(text => ({ kind: ' ' as const, text }))
    ];
}

/** "@@ -3,7 +3,8 @@": a range of zero lines starts at the line before it, as diff writes it. */
function range(start: number, count: number): string {
    const first = count === 0 ? start - 1 : start;
    return count === 1 ? `${first}` : `${first},${count}`;
}

/** The unified diff of `before` and `after` with three lines of context, or '' when they are equal. */
export function unifiedDiff(before: string, after: string, oldName: string, newName: string): string {
    if (before === after) return '';
    const edits = editScript(splitLines(before), splitLines(after));
    // Positions (old line, new line) of every edit, 1-based.
    const positions: Array<{ old: number; new: number }> = [];
    let oldLine = 1;
    let newLine = 1;
    for (const edit of edits) {
        positions.push({ old: oldLine, new: newLine });
        if (edit.kind !== '+') oldLine++;
        if (edit.kind !== '-') newLine++;
    }
    const out: string[] = [`--- ${oldName}\n`, `+++ ${newName}\n`];
    let i = 0;
    while (i < edits.length) {
        if (edits[i].kind === ' ') {
            i++;
            continue;
        }
        // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change
        // that is no more than 2 × CONTEXT unchanged lines from the one before it.
        const start = Math.max(0, i - CONTEXT);
        let end = i;
        let last = i;
        while (end < edits.length) {
            if (edits[end].kind !== ' ') last = end;
            else if (end - last > 2 * CONTEXT) break;
            end++;
        }
        end = Math.min(edits.length, last + CONTEXT + 1);
        const hunk = edits.slice(start, end);
        const oldCount = hunk.filter(edit => edit.kind !== '+').length;
        const newCount = hunk.filter(edit => edit.kind !== '-').length;
        out.push(`@@ -${range(positions[start].old, oldCount)} +${range(positions[start].new, newCount)} @@\n`);
        for (const edit of hunk) {
            out.push(`${edit.kind}${edit.text}`);
            if (!edit.text.endsWith('\n')) out.push('\n\\ No newline at end of file\n');
        }
        i = end;
    }
    return out.join('');
}
