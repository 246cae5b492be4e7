/**
 * A small JSON Schema (draft-07 subset) checker for the schema in docs/: $ref to #/definitions,
 * type, properties, required, additionalProperties: false, enum, const, items, oneOf, minimum.
 * Returns the problems found, each with its JSON path; an empty list means the value is valid.
 */
export interface Schema {
    readonly $ref?: string;
    readonly type?: string;
    readonly properties?: Readonly<Record<string, Schema>>;
    readonly required?: readonly string[];
    readonly additionalProperties?: boolean;
    readonly enum?: readonly unknown[];
    readonly const?: unknown;
    readonly items?: Schema;
    readonly oneOf?: readonly Schema[];
    readonly minimum?: number;
    readonly definitions?: Readonly<Record<string, Schema>>;
}

export function checkSchema(root: Schema, value: unknown): string[] {
    const problems: string[] = [];
    check(root, root, value, '$', problems);
    return problems;
}

function typeOf(value: unknown): string {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}

function check(root: Schema, schema: Schema, value: unknown, path: string, problems: string[]): void {
    if (schema.$ref) {
        const name = schema.$ref.replace('#/definitions/', '');
        const target = root.definitions?.[name];
        if (!target) {
            problems.push(`${path}: unknown $ref ${schema.$ref}`);
            return;
        }
        check(root, target, value, path, problems);
        return;
    }
    if (schema.oneOf) {
        const matching = schema.oneOf.filter(option => {
            const inner: string[] = [];
            check(root, option, value, path, inner);
            return inner.length === 0;
        });
        if (matching.length !== 1) problems.push(`${path}: matches ${matching.length} of the oneOf alternatives, not exactly one`);
        return;
    }
    const actual = typeOf(value);
    if (schema.type && !(schema.type === actual || (schema.type === 'number' && actual === 'integer'))) {
        problems.push(`${path}: expected ${schema.type}, got ${actual}`);
        return;
    }
    if (schema.const !== undefined && value !== schema.const) problems.push(`${path}: expected ${JSON.stringify(schema.const)}`);
    if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
    if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum) problems.push(`${path}: below ${schema.minimum}`);
    if (actual === 'array' && schema.items) {
        (value as unknown[]).forEach((item, index) => check(root, schema.items as Schema, item, `${path}[${index}]`, problems));
    }
    if (actual === 'object') {
        const record = value as Record<string, unknown>;
        for (const key of schema.required ?? []) {
            if (!(key in record)) problems.push(`${path}: missing required property ${key}`);
        }
        for (const [key, item] of Object.entries(record)) {
            const property = schema.properties?.[key];
            if (property) check(root, property, item, `${path}.${key}`, problems);
            else if (schema.additionalProperties === false) problems.push(`${path}: property ${key} is not in the schema`);
        }
    }
}
