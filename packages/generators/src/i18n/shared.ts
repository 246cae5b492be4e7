import { displayVocabulary } from '@samskap/language';
import type { Labels, Language } from './labels.js';

type SharedKey = 'sectors' | 'rights' | 'rules' | 'levels' | 'governanceModes' | 'governanceFit' | 'forms' | 'formRequirements' | 'missingFacts'
    | 'lorentzen' | 'pestoff' | 'voorberg' | 'sides' | 'criteria' | 'iap2' | 'arnstein' | 'sourceKinds' | 'certainties' | 'fundingKinds' | 'roleKinds' | 'phases' | 'instruments';

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function mapValues<K extends string>(record: Record<K, string>, map: (text: string) => string): Record<K, string> {
    return Object.fromEntries(Object.entries<string>(record).map(([key, text]) => [key, map(text)])) as Record<K, string>;
}

/**
 * The labels the documents share with the hovers and code lenses: taken from the one label set
 * of @samskap/language (displayVocabulary), never written a second time here, so the site, the
 * matrices and the editor cannot drift apart. Forms and Lorentzen's categories stand inside
 * sentences in the documents, hence in lower case.
 */
export function sharedLabels(language: Language): Pick<Labels, SharedKey> {
    const vocabulary = displayVocabulary(language);
    return {
        sectors: vocabulary.sectors,
        rights: vocabulary.rights,
        rules: vocabulary.rules,
        levels: vocabulary.levels,
        governanceModes: vocabulary.governanceModes,
        governanceFit: vocabulary.governanceFit,
        forms: mapValues(vocabulary.forms, lowerFirst),
        formRequirements: vocabulary.formRequirements,
        missingFacts: vocabulary.missingFacts,
        lorentzen: mapValues(vocabulary.lorentzen, lowerFirst),
        pestoff: vocabulary.pestoff,
        voorberg: vocabulary.voorberg,
        sides: vocabulary.sides,
        criteria: vocabulary.criteria,
        iap2: vocabulary.iap2,
        arnstein: vocabulary.arnstein,
        sourceKinds: vocabulary.sourceKinds,
        certainties: vocabulary.certainties,
        fundingKinds: vocabulary.fundingKinds,
        roleKinds: vocabulary.roleKinds,
        phases: vocabulary.phases,
        instruments: vocabulary.instruments
    };
}
