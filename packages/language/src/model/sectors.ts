import type { ActorKind, Sector } from './partnership-model.js';

/**
 * The sector an actor kind belongs to unless the model declares otherwise with `sector`.
 * Foundations count as voluntary (non-profit third sector), banks as private; a savings-bank
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
    foundation: 'voluntary',
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

export const SECTORS: readonly Sector[] = ['public', 'voluntary', 'private', 'social_economy', 'citizens'];
