import type { JurisdictionTable } from './jurisdiction-table.js';

/**
 * Norway: the state grant to volunteer centres (tilskudd til frivilligsentraler). Data, not
 * code: update the entries when the regulation changes, keep the old ones for older models.
 */
export const NO_VOLUNTEER_CENTRE_GRANT: JurisdictionTable = {
    country: 'NO',
    topic: 'the state grant to volunteer centres',
    fundingKinds: ['volunteer_centre_grant'],
    entries: [
        {
            id: 'NO-frivilligsentral-rammetilskudd-2017',
            title: 'Volunteer-centre money in the municipal block grant (særskilt fordelt rammetilskudd)',
            validFrom: '2017-01-01',
            validTo: '2022-12-31',
            source: 'Kulturdepartementet, «Frivilligsentraler», regjeringen.no (id2000850): from 1 January 2017 the money is part of the municipalities\' block grant, and each municipality sets its own conditions',
            retrieved: '2026-11-23',
            translations: {
                nb: {
                    title: 'Midler til frivilligsentraler i kommunenes rammetilskudd (særskilt fordelt rammetilskudd)',
                    source: 'Kulturdepartementet, «Frivilligsentraler», regjeringen.no (id2000850): fra 1. januar 2017 er midlene en del av kommunenes rammetilskudd, og hver kommune setter egne vilkår'
                },
                da: {
                    title: 'Midler til frivilligcentraler i kommunernes bloktilskud (særskilt fordelt rammetilskudd)',
                    source: 'Kulturdepartementet, «Frivilligsentraler», regjeringen.no (id2000850): fra 1. januar 2017 indgår midlerne i kommunernes bloktilskud, og hver kommune fastsætter sine egne betingelser'
                }
            },
            conditions: []
        },
        {
            id: 'NO-frivilligsentral-forskrift-2022',
            title: 'Forskrift om tilskudd til frivilligsentraler',
            validFrom: '2023-01-01',
            source: 'Forskrift om tilskudd til frivilligsentraler (adopted July 2022, first grants for 2023), as summarised by Kultur- og likestillingsdepartementet, regjeringen.no (id2000850); administered by Lotteri- og stiftelsestilsynet',
            retrieved: '2026-11-23',
            translations: {
                nb: {
                    title: 'Forskrift om tilskudd til frivilligsentraler',
                    source: 'Forskrift om tilskudd til frivilligsentraler (vedtatt juli 2022, første tilskudd for 2023), slik Kultur- og likestillingsdepartementet oppsummerer den, regjeringen.no (id2000850); forvaltes av Lotteri- og stiftelsestilsynet'
                },
                da: {
                    title: 'Forskrift om tilskudd til frivilligsentraler',
                    source: 'Forskrift om tilskudd til frivilligsentraler (vedtaget juli 2022, første tilskud for 2023), som sammenfattet af Kultur- og likestillingsdepartementet, regjeringen.no (id2000850); administreres af Lotteri- og stiftelsestilsynet'
                }
            },
            conditions: [
                {
                    rule: 'SK-JUR-001', kind: 'local-funding-share', minShare: 0.4,
                    text: {
                        en: 'local funding of at least 40 % of the centre\'s total operating income',
                        nb: 'lokal finansiering på minst 40 % av sentralens samlede driftsinntekter',
                        da: 'lokal finansiering på mindst 40 % af centralens samlede driftsindtægter'
                    }
                },
                {
                    rule: 'SK-JUR-002', kind: 'advisory-body-with-voluntary',
                    text: {
                        en: 'an advisory body in which the voluntary sector is represented and which can influence how the centre is run',
                        nb: 'et rådgivende organ der frivillig sektor er representert og kan påvirke driften av sentralen',
                        da: 'et rådgivende organ, hvor frivillig sektor er repræsenteret og kan påvirke driften af centralen'
                    }
                },
                {
                    rule: 'SK-JUR-003', kind: 'min-positions', minFte: 1,
                    text: {
                        en: 'at least one full-time equivalent (as a rule one person in a full-time position)',
                        nb: 'minst ett årsverk (som regel én person i full stilling)',
                        da: 'mindst ét årsværk (som regel én person i en fuldtidsstilling)'
                    }
                },
                { rule: 'SK-JUR-004', kind: 'premises', text: { en: 'access to physical premises', nb: 'tilgang til fysiske lokaler', da: 'adgang til fysiske lokaler' } }
            ]
        }
    ]
};
