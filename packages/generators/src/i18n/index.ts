import { da } from './da.js';
import { en } from './en.js';
import type { Labels, Language } from './labels.js';
import { nb } from './nb.js';

export { LANGUAGES, type Labels, type Language } from './labels.js';

const TABLES: Record<Language, Labels> = { en, nb, da };

export function labelsFor(language: Language = 'en'): Labels {
    return TABLES[language];
}

/** A label with `{name}` placeholders filled in (`labels.text.matrixListed`, `labels.text.overviewByEdges`). */
export function fillLabel(template: string, values: Readonly<Record<string, string>>): string {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
