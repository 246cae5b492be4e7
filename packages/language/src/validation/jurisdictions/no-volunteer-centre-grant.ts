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
            conditions: []
        },
        {
            id: 'NO-frivilligsentral-forskrift-2022',
            title: 'Forskrift om tilskudd til frivilligsentraler',
            validFrom: '2023-01-01',
            source: 'Forskrift om tilskudd til frivilligsentraler (adopted July 2022, first grants for 2023), as summarised by Kultur- og likestillingsdepartementet, regjeringen.no (id2000850); administered by Lotteri- og stiftelsestilsynet',
            retrieved: '2026-11-23',
            conditions: [
                { rule: 'SK-JUR-001', kind: 'local-funding-share', minShare: 0.4, text: 'local funding of at least 40 % of the centre\'s total operating income' },
                { rule: 'SK-JUR-002', kind: 'advisory-body-with-voluntary', text: 'an advisory body in which the voluntary sector is represented and which can influence how the centre is run' },
                { rule: 'SK-JUR-003', kind: 'min-positions', minFte: 1, text: 'at least one full-time equivalent (as a rule one person in a full-time position)' },
                { rule: 'SK-JUR-004', kind: 'premises', text: 'access to physical premises' }
            ]
        }
    ]
};
