import { ValidationRegistry, type ValidationCategory } from 'langium';

/** Langium does not export the type of a registry entry. */
type ValidationCheckEntry = Parameters<ValidationRegistry['addEntry']>[1];

/**
 * Langium's registry, which also answers "which node types have checks in these categories"
 * from a cache that every registration clears. The validation walk asks once per document; the
 * uncached answer (a lookup per node type) was a twelfth of validating a thousand small files.
 */
export class SamskapValidationRegistry extends ValidationRegistry {
    private readonly checkedTypesByCategories = new Map<string, readonly string[]>();
    private registrations = 0;

    /** Changes whenever a check is registered: what callers key their own caches by. */
    get generation(): number {
        return this.registrations;
    }

    protected override addEntry(type: string, entry: ValidationCheckEntry): void {
        this.registrations++;
        this.checkedTypesByCategories.clear();
        super.addEntry(type, entry);
    }

    /** The node types (of the language's reflection) that have at least one check in these categories. */
    checkedTypes(categories?: ValidationCategory[]): readonly string[] {
        const key = categories ? [...categories].sort().join(',') : '*';
        let types = this.checkedTypesByCategories.get(key);
        if (!types) {
            types = this.reflection.getAllTypes().filter(type => this.getChecks(type, categories).head() !== undefined);
            this.checkedTypesByCategories.set(key, types);
        }
        return types;
    }
}
