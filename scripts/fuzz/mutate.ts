import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { caseSeed, Random } from './random.js';

/**
 * The seeded mutator of the fuzz suite: every case is one file of the corpus (the examples, the
 * invalid fixtures, the validity cases) changed by one to four mutations. A case depends only on
 * the run's seed and its number, so `--seed S --case N` replays it alone.
 */

export interface CorpusFile {
    /** Path relative to the repository, for reports. */
    readonly name: string;
    readonly text: string;
}

export interface Corpus {
    readonly files: readonly CorpusFile[];
    /** The grammar's keywords and the identifiers, numbers and punctuation of the corpus. */
    readonly words: readonly string[];
    /** The actor libraries (`library …`) every case is linked against, as in a workspace. */
    readonly libraries: readonly CorpusFile[];
}

export interface FuzzCase {
    readonly index: number;
    /** The corpus file the case started from. */
    readonly base: string;
    /** The mutations applied, in order, in a few words each. */
    readonly steps: readonly string[];
    readonly text: string;
    /** What the worker exercises beyond the cheap stages (chosen by the case's seed). */
    readonly options: CaseOptions;
}

export interface CaseOptions {
    readonly language: 'en' | 'nb' | 'da';
    readonly theme: 'auto' | 'light' | 'dark';
    /** Lay out the graph views with Graphviz (SVG), and the documentation site's diagrams. */
    readonly layout: boolean;
    /** The layout option of the diagrams: `auto` aggregates large models, an engine draws every actor. */
    readonly engine: 'auto' | 'dot' | 'sfdp' | 'neato';
    /** Aggregate by sector from this many actors (0: always, to reach the aggregated views). */
    readonly aggregateAbove?: number;
    readonly letters: 'rapid' | 'raci';
    /** An offset (0..1 of the text) for hover, completion, definition and references. */
    readonly at: number;
}

function filesIn(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.samskap'))
        .map(entry => join(entry.parentPath, entry.name))
        .sort();
}

/** The corpus: examples/ (with its libraries), the invalid fixtures and the validity cases. */
export function loadCorpus(root: string): Corpus {
    const paths = [
        ...filesIn(join(root, 'examples')),
        ...filesIn(join(root, 'packages/language/test/fixtures/invalid')),
        ...filesIn(join(root, 'validity'))
    ];
    const files = paths.map(path => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));
    const libraries = files.filter(file => /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/|\s)*library\b/.test(file.text) && file.name.startsWith('examples'));
    const grammar = readFileSync(join(root, 'grammar/samskap.langium'), 'utf8');
    const words = new Set<string>([...grammar.matchAll(/'([^'\n]+)'/g)].map(match => match[1]));
    for (const file of files) {
        for (const token of tokenize(file.text)) {
            if (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(token.text) && token.text.length < 40) words.add(token.text);
        }
    }
    return { files, words: [...words].sort(), libraries };
}

interface Token {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

const TOKEN = /\/\*[\s\S]*?(?:\*\/|$)|\/\/[^\n\r]*|"(?:\\.|[^"\\\n\r])*"?|\d+(?:\.\d+)?|[\p{L}_][\p{L}\p{N}_]*|->|\.\.|\s+|[\s\S]/gu;

/** A rough lexer, close enough to the language's to cut and move whole tokens. */
function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    for (const match of text.matchAll(TOKEN)) {
        if (/^\s+$/.test(match[0])) continue;
        tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    }
    return tokens;
}

/** Text that has broken editors, terminals and parsers. */
export const HOSTILE = [
    '\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u200e', '\u061c', // bidirectional controls
    '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', // zero width
    '\u0301', '\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308', 'e\u0301', 'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035a', // combining
    '\ud800', '\udfff', '\udc00\ud800', '\ud83d', '\ud83d\ude00', '👩‍👩‍👧‍👦', '🏳️‍🌈', '𝕏', '\u{10ffff}', // surrogates, astral
    '\u0000', '\u0001', '\u0007', '\u0008', '\u001b[2J', '\u001b]0;title\u0007', '\u007f', '\u0085', '\u009b', // controls
    '\r', '\r\n', '\n\r', '\u2028', '\u2029', '\u000b', '\u000c', '\u00a0', '\u3000', '\u1680', // line and space characters
    'ＡＢＣ', 'Ø', 'æøå', 'ß', 'İ', 'ﬁ', '\u0130\u0131', 'Å', 'A\u030a', // folding and normalisation
    '<script>alert(1)</script>', '"><svg onload=alert(1)>', ']]>', '<!--', '&amp;', '${x}', '{{x}}', '\\', '\\"', '=cmd|\' /C calc\'!A0', '@SUM(1)', // injections
    '|', '`', '*', '_', '#', '[x](javascript:alert(1))', 'http://example.com/', '\t'
];

const NUMBERS = ['0', '-1', '1e309', '1e-320', '99999999999999999999999', '0.0000000001', '00000', '1.', '.5', '1..2', '2147483648', '9007199254740993', '1' + '0'.repeat(400), '3.14159265358979323846264338327950288'];

const NESTERS: ReadonlyArray<readonly [string, string]> = [
    ['{', '}'], ['decide a {', '}'], ['[', ']'], ['(', ')'], ['model m "M" {', '}'], ['decision d {', '}'], ['/*', '*/'], ['"', '"']
];

type Mutation = (text: string, rng: Random, corpus: Corpus) => [string, string];

function randomOffset(text: string, rng: Random): number {
    return rng.int(text.length + 1);
}

function someTokens(text: string): Token[] {
    return tokenize(text);
}

const truncate: Mutation = (text, rng) => {
    const at = randomOffset(text, rng);
    return [text.slice(0, at), `truncate at ${at}`];
};

const flipBytes: Mutation = (text, rng) => {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length === 0) return [text, 'flip nothing'];
    const count = rng.between(1, 8);
    const where: number[] = [];
    for (let i = 0; i < count; i++) {
        const at = rng.int(bytes.length);
        bytes[at] = rng.chance(0.5) ? bytes[at] ^ (1 << rng.int(8)) : rng.int(256);
        where.push(at);
    }
    return [new TextDecoder('utf-8').decode(bytes), `flip bytes ${where.join(',')}`];
};

const deleteToken: Mutation = (text, rng) => {
    const tokens = someTokens(text);
    if (tokens.length === 0) return [text, 'delete nothing'];
    const count = rng.chance(0.8) ? 1 : rng.between(2, 5);
    const first = rng.int(tokens.length);
    const last = tokens[Math.min(tokens.length - 1, first + count - 1)];
    return [text.slice(0, tokens[first].start) + text.slice(last.end), `delete ${count} token(s) from '${tokens[first].text.slice(0, 20)}'`];
};

const duplicateToken: Mutation = (text, rng) => {
    const tokens = someTokens(text);
    if (tokens.length === 0) return [text, 'duplicate nothing'];
    const token = rng.pick(tokens);
    const times = rng.chance(0.8) ? 1 : rng.between(2, 50);
    const at = rng.chance(0.5) ? token.end : rng.pick(tokens).start;
    return [text.slice(0, at) + ` ${token.text}`.repeat(times) + ' ' + text.slice(at), `duplicate '${token.text.slice(0, 20)}' ×${times}`];
};

const swapTokens: Mutation = (text, rng) => {
    const tokens = someTokens(text);
    if (tokens.length < 2) return [text, 'swap nothing'];
    let a = rng.int(tokens.length);
    let b = rng.chance(0.6) ? Math.min(tokens.length - 1, a + 1) : rng.int(tokens.length);
    if (a === b) return [text, 'swap nothing'];
    if (a > b) [a, b] = [b, a];
    const [x, y] = [tokens[a], tokens[b]];
    return [text.slice(0, x.start) + y.text + text.slice(x.end, y.start) + x.text + text.slice(y.end), `swap '${x.text.slice(0, 20)}' and '${y.text.slice(0, 20)}'`];
};

const replaceToken: Mutation = (text, rng, corpus) => {
    const tokens = someTokens(text);
    if (tokens.length === 0) return [text, 'replace nothing'];
    const token = rng.pick(tokens);
    const replacement = rng.weighted<() => string>([
        [6, () => rng.pick(corpus.words)],
        [3, () => rng.pick(tokens).text],
        [2, () => rng.pick(NUMBERS)],
        [1, () => rng.pick(['{', '}', '[', ']', '(', ')', ',', ';', '.', '..', '->', '%', '"', '/*', '*/', '//', '/**'])],
        [1, () => '"' + rng.pick(HOSTILE) + '"'],
        [1, () => '']
    ])();
    return [text.slice(0, token.start) + replacement + text.slice(token.end), `replace '${token.text.slice(0, 20)}' by '${replacement.slice(0, 20)}'`];
};

/** Another name of the same file in place of a name: mostly still valid syntax, other meanings. */
const renameIdentifier: Mutation = (text, rng, corpus) => {
    const names = someTokens(text).filter(token => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(token.text));
    if (names.length === 0) return [text, 'rename nothing'];
    const token = rng.pick(names);
    const replacement = rng.chance(0.8) ? rng.pick(names).text : rng.pick(corpus.words);
    return [text.slice(0, token.start) + replacement + text.slice(token.end), `rename '${token.text}' to '${replacement}'`];
};

/** A quoted text's content replaced: empty, blank, escapes, markup, hostile characters, long. */
const stringContent: Mutation = (text, rng) => {
    const strings = someTokens(text).filter(token => token.text.startsWith('"') && token.text.endsWith('"') && token.text.length >= 2);
    if (strings.length === 0) return [text, 'no string'];
    const token = rng.pick(strings);
    const content = rng.weighted<() => string>([
        [3, () => ''], [2, () => ' '], [2, () => '\\n'], [1, () => '\\'], [1, () => '\\"'],
        [6, () => Array.from({ length: rng.between(1, 3) }, () => rng.pick(HOSTILE)).join('')],
        [2, () => 'x'.repeat(rng.between(100, 5_000))],
        [1, () => 'http://example.com/a_b*c'], [1, () => '\\n\\nboard'], [1, () => 'a\tb']
    ])();
    return [`${text.slice(0, token.start)}"${content}"${text.slice(token.end)}`, `string ${token.text.slice(0, 20)} → ${JSON.stringify(content).slice(0, 30)}`];
};

const insertWord: Mutation = (text, rng, corpus) => {
    const tokens = someTokens(text);
    const at = tokens.length > 0 ? rng.pick(tokens).start : 0;
    const word = rng.pick(corpus.words);
    return [`${text.slice(0, at)}${word} ${text.slice(at)}`, `insert '${word}'`];
};

const lineOperation: Mutation = (text, rng) => {
    const lines = text.split('\n');
    const a = rng.int(lines.length);
    const count = rng.between(1, Math.min(8, lines.length - a));
    const block = lines.slice(a, a + count);
    const kind = rng.pick(['delete', 'duplicate', 'move'] as const);
    if (kind === 'delete') lines.splice(a, count);
    else if (kind === 'duplicate') lines.splice(a + count, 0, ...block);
    else {
        lines.splice(a, count);
        lines.splice(rng.int(lines.length + 1), 0, ...block);
    }
    return [lines.join('\n'), `${kind} ${count} line(s) from line ${a + 1}`];
};

const hostileUnicode: Mutation = (text, rng) => {
    const kind = rng.weighted<string>([[6, 'insert'], [2, 'wrap'], [1, 'endings'], [1, 'bom']]);
    if (kind === 'endings') {
        const ending = rng.pick(['\r', '\r\n', '\n\r', '\u2028', '\u0085']);
        return [text.replace(/\r\n|\n/g, ending), `line endings ${JSON.stringify(ending)}`];
    }
    if (kind === 'bom') return ['\ufeff' + text, 'byte order mark'];
    const tokens = someTokens(text);
    if (kind === 'wrap' && tokens.length > 0) {
        const token = rng.pick(tokens);
        const open = rng.pick(['\u202e', '\u2067', '\u200f', '\u200b', '\u0301']);
        return [text.slice(0, token.start) + open + token.text + rng.pick(['\u202c', '\u2069', '']) + text.slice(token.end), `wrap '${token.text.slice(0, 20)}' in ${JSON.stringify(open)}`];
    }
    const count = rng.between(1, 4);
    let out = text;
    const inserted: string[] = [];
    for (let i = 0; i < count; i++) {
        const hostile = rng.pick(HOSTILE);
        // Inside a token (a string, a name) as often as between tokens.
        const inside = tokens.length > 0 && rng.chance(0.5);
        const token = inside ? rng.pick(tokens) : undefined;
        const at = token ? Math.min(out.length, token.start + rng.int(token.text.length + 1)) : randomOffset(out, rng);
        out = out.slice(0, at) + hostile + out.slice(at);
        inserted.push(JSON.stringify(hostile));
    }
    return [out, `insert ${inserted.join(' ')}`];
};

const splice: Mutation = (text, rng, corpus) => {
    const other = rng.pick(corpus.files).text;
    const from = rng.int(other.length);
    const piece = other.slice(from, from + rng.between(1, 400));
    const at = randomOffset(text, rng);
    return [text.slice(0, at) + piece + text.slice(at), `splice ${piece.length} characters of another file at ${at}`];
};

const numbers: Mutation = (text, rng) => {
    const found = [...text.matchAll(/\d+(?:\.\d+)?/g)];
    if (found.length === 0) return [text, 'no number'];
    const match = rng.pick(found);
    const replacement = rng.pick(NUMBERS);
    return [text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length), `number ${match[0]} → ${replacement.slice(0, 20)}`];
};

/** Bounded so that a case stays a case: the lexer alone needs about a second per 10 MB. */
const huge: Mutation = (text, rng) => {
    const kind = rng.pick(['lines', 'string', 'name', 'comment', 'models', 'number'] as const);
    const size = rng.chance(0.9) ? rng.between(1_000, 20_000) : rng.between(20_000, 200_000);
    const lines = text.split('\n');
    const at = rng.int(lines.length);
    // Never `splice(at, 0, ...many)`: spread arguments overflow the stack at about 120,000.
    const insert = (added: readonly string[]): string => [...lines.slice(0, at), ...added, ...lines.slice(at)].join('\n');
    switch (kind) {
        case 'lines': {
            const line = lines[at] ?? '';
            const times = Math.max(1, Math.min(size, Math.floor(2_000_000 / Math.max(1, line.length))));
            return [insert(Array<string>(times).fill(line)), `repeat line ${at + 1} ×${times}`];
        }
        case 'string':
            return [insert([`actor big "${'x'.repeat(size * 10)}" is municipality`]), `a string of ${size * 10} characters at line ${at + 1}`];
        case 'name':
            return [insert([`actor ${'n'.repeat(size)} "N" is municipality`]), `a name of ${size} characters at line ${at + 1}`];
        case 'comment':
            return [insert(Array<string>(Math.min(size, 100_000)).fill('// comment')), `${Math.min(size, 100_000)} comment lines at line ${at + 1}`];
        case 'models': {
            const times = Math.max(1, Math.floor(Math.min(size, 40_000) / Math.max(1, text.length / 100)));
            return [Array<string>(Math.min(times, 200)).fill(text).join('\n'), `the file ×${Math.min(times, 200)}`];
        }
        case 'number':
            return [insert([`budget b "B" ${'9'.repeat(Math.min(size, 50_000))} NOK`]), `a number of ${Math.min(size, 50_000)} digits at line ${at + 1}`];
    }
};

const nested: Mutation = (text, rng) => {
    const [open, close] = rng.pick(NESTERS);
    const depth = rng.chance(0.8) ? rng.between(10, 500) : rng.between(500, 5_000);
    const balanced = rng.chance(0.5);
    const at = randomOffset(text, rng);
    const inner = `${open}\n`.repeat(depth) + (balanced ? `${close}\n`.repeat(depth) : '');
    return [text.slice(0, at) + inner + text.slice(at), `nest '${open}' ×${depth}${balanced ? ' balanced' : ''} at ${at}`];
};

const MUTATIONS: ReadonlyArray<readonly [number, Mutation]> = [
    [4, truncate], [6, flipBytes], [10, deleteToken], [6, duplicateToken], [6, swapTokens], [12, replaceToken], [5, insertWord], [8, renameIdentifier], [6, stringContent],
    [6, lineOperation], [8, hostileUnicode], [3, splice], [4, numbers], [0.4, huge], [0.6, nested]
];

/** Past this size a mutation's output is cut (every case has to finish well inside the watchdog). */
export const MAX_CASE_CHARS = 4_000_000;

/** Case `index` of the run seeded `seed`, cut to `maxChars` characters. */
export function generateCase(corpus: Corpus, seed: number, index: number, maxChars = MAX_CASE_CHARS): FuzzCase {
    const rng = new Random(caseSeed(seed, index));
    const base = rng.pick(corpus.files);
    let text = base.text;
    const steps: string[] = [];
    // A few cases stay unmutated or only lightly mutated: the valid models reach every generator.
    const count = rng.weighted<number>([[1, 0], [10, 1], [6, 2], [3, 3], [2, 4]]);
    for (let i = 0; i < count; i++) {
        const mutation = rng.weighted(MUTATIONS);
        const [next, step] = mutation(text, rng, corpus);
        text = next.length > maxChars ? next.slice(0, maxChars) : next;
        steps.push(step);
    }
    const options: CaseOptions = {
        language: rng.pick(['en', 'nb', 'da'] as const),
        theme: rng.pick(['auto', 'light', 'dark'] as const),
        layout: rng.chance(0.1),
        engine: rng.weighted<CaseOptions['engine']>([[8, 'auto'], [1, 'dot'], [1, 'sfdp'], [1, 'neato']]),
        aggregateAbove: rng.chance(0.2) ? rng.pick([0, 1, 3]) : undefined,
        letters: rng.pick(['rapid', 'raci'] as const),
        at: rng.next()
    };
    return { index, base: base.name, steps, text, options };
}
