import type { ActorKind, Sector } from './partnership-model.js';

/**
 * The sector an actor kind belongs to unless the model declares otherwise with `sector`.
 * Foundations are philanthropic, a sector of their own [ours, docs/classifications.md]: their
 * grants are not the voluntary sector's money, and counting them there made a foundation's grant
 * read as voluntary funding. A foundation that is itself a voluntary organisation (a diaconal
 * foundation delivering services) says `sector voluntary`. Banks are private; a savings-bank
 * foundation that acts as a sponsor is still a foundation. Research institutions default to
 * public because in Norway and Denmark they mostly are.
 */
const SECTOR_OF_KIND: Record<ActorKind, Sector> = {
    municipality: 'public',
    county: 'public',
    state_agency: 'public',
    research_institution: 'public',
    voluntary_organisation: 'voluntary',
    volunteer_centre: 'voluntary',
    association: 'voluntary',
    foundation: 'philanthropic',
    citizens: 'citizens',
    volunteers: 'citizens',
    private_company: 'private',
    bank: 'private',
    social_entrepreneur: 'social_economy',
    cooperative: 'social_economy'
};

export function sectorOf(kind: ActorKind, declared?: Sector): Sector {
    return declared ?? SECTOR_OF_KIND[kind];
}

export const SECTORS: readonly Sector[] = ['public', 'voluntary', 'philanthropic', 'private', 'social_economy', 'citizens'];
