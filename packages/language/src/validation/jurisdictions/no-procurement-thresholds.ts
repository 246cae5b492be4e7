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
            translations: {
                nb: {
                    title: 'Nasjonal terskelverdi, anskaffelsesforskriften 2017',
                    source: 'Nærings- og fiskeridepartementet, forskrift om endring i anskaffelsesforskriften 2018-04-04-533 (hevet den nasjonale terskelverdien fra 1,1 til 1,3 millioner kroner); som omtalt av prosjektanskaffelser.no og LAB Norge'
                },
                da: {
                    title: 'Nasjonal terskelverdi, anskaffelsesforskriften 2017',
                    source: 'Nærings- og fiskeridepartementet, forskrift om endring i anskaffelsesforskriften 2018-04-04-533 (hævede den nationale tærskelværdi fra 1,1 til 1,3 mio. norske kroner); som omtalt af prosjektanskaffelser.no og LAB Norge'
                }
            },
            conditions: [
                {
                    rule: 'SK-JUR-005', kind: 'national-threshold', amount: 1100000, currency: 'NOK',
                    text: {
                        en: 'national announcement (Doffin) of contracts above NOK 1.1 million excluding VAT',
                        nb: 'nasjonal kunngjøring (Doffin) av kontrakter over 1,1 millioner kroner uten merverdiavgift',
                        da: 'national bekendtgørelse (Doffin) af kontrakter over 1,1 mio. norske kroner ekskl. moms'
                    }
                }
            ]
        },
        {
            id: 'NO-nasjonal-terskelverdi-2018',
            title: 'Nasjonal terskelverdi, anskaffelsesforskriften',
            validFrom: '2018-04-06',
            source: 'Forskrift 2018-04-04-533 (NOK 1.3 million from 6 April 2018); KS Advokatene, «Nye EØS-terskelverdier for 2024–2026»: the national threshold for municipalities stays NOK 1.3 million excluding VAT',
            retrieved: '2026-11-23',
            translations: {
                nb: {
                    title: 'Nasjonal terskelverdi, anskaffelsesforskriften',
                    source: 'Forskrift 2018-04-04-533 (1,3 millioner kroner fra 6. april 2018); KS Advokatene, «Nye EØS-terskelverdier for 2024–2026»: den nasjonale terskelverdien for kommuner er fortsatt 1,3 millioner kroner uten merverdiavgift'
                },
                da: {
                    title: 'Nasjonal terskelverdi, anskaffelsesforskriften',
                    source: 'Forskrift 2018-04-04-533 (1,3 mio. norske kroner fra 6. april 2018); KS Advokatene, «Nye EØS-terskelverdier for 2024–2026»: den nationale tærskelværdi for kommuner forbliver 1,3 mio. norske kroner ekskl. moms'
                }
            },
            conditions: [
                {
                    rule: 'SK-JUR-005', kind: 'national-threshold', amount: 1300000, currency: 'NOK',
                    text: {
                        en: 'national announcement (Doffin) of contracts above NOK 1.3 million excluding VAT',
                        nb: 'nasjonal kunngjøring (Doffin) av kontrakter over 1,3 millioner kroner uten merverdiavgift',
                        da: 'national bekendtgørelse (Doffin) af kontrakter over 1,3 mio. norske kroner ekskl. moms'
                    }
                }
            ]
        }
    ]
};
