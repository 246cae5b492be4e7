import type { JurisdictionTable } from './jurisdiction-table.js';

/**
 * Denmark: the municipalities' support for voluntary social work under the Social Services Act
 * (lov om social service, serviceloven) § 18. § 18 obliges the municipal council to collaborate with
 * voluntary social organisations and associations and to set aside an amount every year to support
 * voluntary social work; the ministry's conditions for § 18 support require that the voluntary
 * effort is the core of the activity and that the grant supports that effort. Data, not code:
 * update the entry when the act or the ministry's conditions change, keep the old ones.
 */
export const DK_SERVICE_ACT_18: JurisdictionTable = {
    country: 'DK',
    topic: 'support for voluntary social work (serviceloven § 18)',
    fundingKinds: ['operating_grant', 'project_grant'],
    entries: [
        {
            id: 'DK-serviceloven-18-2007',
            title: 'Serviceloven § 18 (municipal collaboration with and support for voluntary social work)',
            // From the 2007 local-government reform the municipalities hold the responsibility for § 18 support;
            // § 18(4) (the statement of the block-grant amount) was repealed from 1 July 2017, which does not touch this condition.
            validFrom: '2007-01-01',
            source: 'Lov om social service § 18 (stk. 1: the municipal council shall collaborate with voluntary social organisations and associations; stk. 2: it shall set aside an amount every year to support voluntary social work); Social- og Boligministeriet, «Servicelovens §§ 18 og 18a» and «Betingelser for § 18-støtte», sm.dk (the voluntary effort must be the core of the activity)',
            retrieved: '2026-12-03',
            translations: {
                nb: {
                    title: 'Serviceloven § 18 (kommunalt samarbeid med og støtte til frivillig sosialt arbeid)',
                    source: 'Lov om social service § 18 (stk. 1: kommunestyret skal samarbeide med frivillige sosiale organisasjoner og foreninger; stk. 2: det skal hvert år sette av et beløp til støtte for frivillig sosialt arbeid); Social- og Boligministeriet, «Servicelovens §§ 18 og 18a» og «Betingelser for § 18-støtte», sm.dk (den frivillige innsatsen må være kjernen i aktiviteten)'
                },
                da: {
                    title: 'Serviceloven § 18 (kommunalt samarbejde med og støtte til frivilligt socialt arbejde)',
                    source: 'Lov om social service § 18 (stk. 1: kommunalbestyrelsen samarbejder med frivillige sociale organisationer og foreninger; stk. 2: kommunalbestyrelsen afsætter hvert år et beløb til støtte af frivilligt socialt arbejde); Social- og Boligministeriet, «Servicelovens §§ 18 og 18a» og «Betingelser for § 18-støtte», sm.dk (den frivillige indsats skal være kernen i aktiviteten)'
                }
            },
            conditions: [
                {
                    rule: 'SK-JUR-006', kind: 'voluntary-effort-core', fields: ['social_services', 'elderly', 'health_and_care', 'inclusion'],
                    text: {
                        en: 'that the voluntary effort is the core of the activity and that the grant supports that effort',
                        nb: 'at den frivillige innsatsen er kjernen i aktiviteten, og at tilskuddet støtter den innsatsen',
                        da: 'at den frivillige indsats er kernen i aktiviteten, og at tilskuddet støtter denne indsats'
                    }
                }
            ]
        }
    ]
};
