import type { JurisdictionTable } from './jurisdiction-table.js';

/**
 * Norway: the national threshold of the public procurement regulation (anskaffelsesforskriften),
 * above which a municipality must announce a contract nationally (Doffin). Amounts exclude VAT.
 */
export const NO_PROCUREMENT_THRESHOLDS: JurisdictionTable = {
    country: 'NO',
    topic: 'the national procurement threshold',
    fundingKinds: ['procurement_contract', 'contract_payment'],
    entries: [
        {
            id: 'NO-nasjonal-terskelverdi-2017',
            title: 'Nasjonal terskelverdi, anskaffelsesforskriften 2017',
            validFrom: '2017-01-01',
            validTo: '2018-04-05',
            source: 'Nærings- og fiskeridepartementet, forskrift om endring i anskaffelsesforskriften 2018-04-04-533 (raised the national threshold from NOK 1.1 to 1.3 million); as reported by prosjektanskaffelser.no and LAB Norge',
            retrieved: '2026-11-23',
            conditions: [
                { rule: 'SK-JUR-005', kind: 'national-threshold', amount: 1100000, currency: 'NOK', text: 'national announcement (Doffin) of contracts above NOK 1.1 million excluding VAT' }
            ]
        },
        {
            id: 'NO-nasjonal-terskelverdi-2018',
            title: 'Nasjonal terskelverdi, anskaffelsesforskriften',
            validFrom: '2018-04-06',
            source: 'Forskrift 2018-04-04-533 (NOK 1.3 million from 6 April 2018); KS Advokatene, «Nye EØS-terskelverdier for 2024–2026»: the national threshold for municipalities stays NOK 1.3 million excluding VAT',
            retrieved: '2026-11-23',
            conditions: [
                { rule: 'SK-JUR-005', kind: 'national-threshold', amount: 1300000, currency: 'NOK', text: 'national announcement (Doffin) of contracts above NOK 1.3 million excluding VAT' }
            ]
        }
    ]
};
