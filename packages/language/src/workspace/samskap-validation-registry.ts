import { ValidationRegistry } from 'langium';

/** Langium does not export the type of a registry entry. */
type ValidationCheckEntry = Parameters<ValidationRegistry['addEntry']>[1];

/**
 * Langium's registry with a generation that changes whenever a check is registered, so what is
 * derived from the registered checks (the validation walk's containers, walking-document-validator.ts)
 * can be kept until the checks change instead of being derived again for every document.
 */
export class SamskapValidationRegistry extends ValidationRegistry {
    private registrations = 0;

    get generation(): number {
        return this.registrations;
    }

    protected override addEntry(type: string, entry: ValidationCheckEntry): void {
        this.registrations++;
        super.addEntry(type, entry);
    }
}
