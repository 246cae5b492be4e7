/**
 * `JSON.stringify(value, null, 2)` as a sequence of pieces, so that a large document is written as
 * it is produced instead of as one string: `export` of 100,000 actors built a 450 MB string (and
 * its UTF-8 copy) on top of the model, 2.5 GB of memory in all. The text is byte for byte what
 * JSON.stringify gives for plain data (toJSON called, undefined and functions left out of objects
 * and null in arrays, non-finite numbers null). A value of a few hundred nodes (an actor, a
 * finding, a range) is stringified whole; larger objects and arrays are taken apart, so no piece
 * is larger than that, save a single long string.
 */
export function* jsonChunks(value: unknown): Generator<string> {
    const resolved = toJsonValue(value, '');
    if (resolved !== undefined) {
        yield* chunksOf(resolved, '');
    }
}

const INDENT = '  ';
/** Values of at most this many nodes are stringified whole. */
const SMALL = 256;

/** The pieces of a value already resolved by toJsonValue (and not undefined), at indentation `indent`. */
function* chunksOf(value: unknown, indent: string): Generator<string> {
    if (value === null || typeof value !== 'object' || isSmall(value)) {
        const whole = JSON.stringify(value, null, INDENT);
        yield indent === '' || typeof value !== 'object' || value === null ? whole : whole.replace(/\n/g, `\n${indent}`);
        return;
    }
    const inner = indent + INDENT;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            yield `${i === 0 ? '[' : ','}\n${inner}`;
            const element = toJsonValue(value[i], String(i));
            if (element === undefined) yield 'null';
            else yield* chunksOf(element, inner);
        }
        yield `\n${indent}]`;
        return;
    }
    let first = true;
    for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
        const resolved = toJsonValue(member, name);
        if (resolved === undefined) {
            continue;
        }
        yield `${first ? '{' : ','}\n${inner}${JSON.stringify(name)}: `;
        first = false;
        yield* chunksOf(resolved, inner);
    }
    yield first ? '{}' : `\n${indent}}`;
}

/** Whether a value has at most SMALL nodes (counted without recursion, and stopping at the bound). */
function isSmall(value: object): boolean {
    const stack: unknown[] = [value];
    let nodes = 0;
    while (stack.length > 0) {
        const item = stack.pop();
        if (++nodes > SMALL) return false;
        if (item !== null && typeof item === 'object') {
            for (const child of Array.isArray(item) ? item : Object.values(item)) {
                if (child !== null && typeof child === 'object') stack.push(child);
                else if (++nodes > SMALL) return false;
            }
        }
    }
    return true;
}

/**
 * What JSON.stringify serialises for a value: its toJSON result, primitives unwrapped, and
 * undefined for what it leaves out (undefined, functions, symbols).
 */
function toJsonValue(value: unknown, key: string): unknown {
    let result = value;
    if (result !== null && typeof result === 'object' && typeof (result as { toJSON?: unknown }).toJSON === 'function') {
        result = (result as { toJSON: (key: string) => unknown }).toJSON(key);
    }
    if (result instanceof Number || result instanceof String || result instanceof Boolean) {
        result = result.valueOf();
    }
    if (typeof result === 'function' || typeof result === 'symbol') {
        return undefined;
    }
    return result;
}
