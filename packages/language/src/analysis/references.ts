/**
 * The publications and legal texts Samskap's classifications and rules rest on, each with its
 * full reference in one place. Results and rule messages cite them by short citation; the
 * documentation (docs/research.md, section References) lists the same references, word for word,
 * and says what each one supports and which details could not be confirmed.
 */
export interface Reference {
    /** Author–year citation, as shown beside a result ("Eimhjellen & Loga 2017"). */
    readonly short: string;
    /** The full reference. */
    readonly full: string;
}

export const REFERENCES = {
    aggerTortzen2015: {
        short: 'Agger & Tortzen 2015',
        full: 'Agger, A. & Tortzen, A. (2015). Forskningsreview om samskabelse. Roskilde: Roskilde Universitet.'
    },
    ansellGash2008: {
        short: 'Ansell & Gash 2008',
        full: 'Ansell, C. & Gash, A. (2008). Collaborative governance in theory and practice. Journal of Public Administration Research and Theory 18(4), 543–571.'
    },
    arnstein1969: {
        short: 'Arnstein 1969',
        full: 'Arnstein, S. R. (1969). A ladder of citizen participation. Journal of the American Institute of Planners 35(4), 216–224.'
    },
    brandsenHoningh2016: {
        short: 'Brandsen & Honingh 2016',
        full: 'Brandsen, T. & Honingh, M. (2016). Distinguishing different types of coproduction: a conceptual analysis based on the classical definitions. Public Administration Review 76(3), 427–435.'
    },
    brandsenPestoff2006: {
        short: 'Brandsen & Pestoff 2006',
        full: 'Brandsen, T. & Pestoff, V. (2006). Co-production, the third sector and the delivery of public services: an introduction. Public Management Review 8(4), 493–501.'
    },
    dugstadLorentzen2007: {
        short: 'Dugstad & Lorentzen 2007',
        full: 'Dugstad, L. & Lorentzen, H. (2007). Sivile eierformer: Med frivillighetssentralene som case. Oslo: Institutt for samfunnsforskning, rapport 2007:8.'
    },
    eimhjellenLoga2017: {
        short: 'Eimhjellen & Loga 2017',
        full: 'Eimhjellen, I. & Loga, J. (2017). Nye samarbeidsrelasjoner mellom kommuner og frivillige aktører: Samskaping i nye samarbeidsforhold? Bergen/Oslo: Senter for forskning på sivilsamfunn og frivillig sektor, rapport 2017:9.'
    },
    guribye2016: {
        short: 'Guribye 2016',
        full: 'Guribye, E. (2016). Mot Kommune 3.0? Modeller for samarbeid mellom offentlig og frivillig sektor: Med hjerte for Arendal. Kristiansand: Agderforskning, FoU-rapport nr. 3/2016.'
    },
    ibsenEspersen2016: {
        short: 'Ibsen & Espersen 2016',
        full: 'Ibsen, B. & Espersen, H. H. (2016). Kommunernes samarbejde med civile aktører: Forskelle og ligheder i forventninger, praksis, samarbejdspartnere og oplevet udbytte. København: KORA.'
    },
    iap2: {
        short: 'IAP2 Spectrum',
        full: 'International Association for Public Participation (IAP2). IAP2 Spectrum of Public Participation.'
    },
    loga2016: {
        short: 'Loga et al. 2016',
        full: 'Loga, J. M., Eimhjellen, I., Eschweiler, J., Ingstad, E. L., Stokstad, S. & Winsvold, M. (2016). Sosiale entreprenører – partnerskap for nye løsninger. Rapport til KS. Bergen: Uni Research Rokkansenteret, rapport 1-2016.'
    },
    lorentzen2010: {
        short: 'Lorentzen 2010',
        full: 'Lorentzen (2010), as cited in Eimhjellen & Loga 2017 for the three categories of interaction between municipalities and voluntary organisations (economic support, interest representation, institutional collaboration). Full reference not confirmed: see the reference list of Eimhjellen & Loga 2017.'
    },
    nabatchi2017: {
        short: 'Nabatchi, Sancino & Sicilia 2017',
        full: 'Nabatchi, T., Sancino, A. & Sicilia, M. (2017). Varieties of participation in public services: the who, when, and what of coproduction. Public Administration Review 77(5), 766–776.'
    },
    pestoff2006: {
        short: 'Pestoff 2006',
        full: 'Pestoff, V. (2006). Citizens and co-production of welfare services: childcare in eight European countries. Public Management Review 8(4), 503–519.'
    },
    provanKenis2008: {
        short: 'Provan & Kenis 2008',
        full: 'Provan, K. G. & Kenis, P. (2008). Modes of network governance: structure, management, and effectiveness. Journal of Public Administration Research and Theory 18(2), 229–252.'
    },
    rogersBlenko2006: {
        short: 'Rogers & Blenko 2006',
        full: 'Rogers, P. & Blenko, M. (2006). Who has the D? How clear decision roles enhance organizational performance. Harvard Business Review 84(1), 52–61.'
    },
    torfing2019: {
        short: 'Torfing, Sørensen & Røiseland 2019',
        full: 'Torfing, J., Sørensen, E. & Røiseland, A. (2019). Transforming the public sector into an arena for co-creation: barriers, drivers, benefits, and ways forward. Administration & Society 51(5), 795–825.'
    },
    voorberg2015: {
        short: 'Voorberg, Bekkers & Tummers 2015',
        full: 'Voorberg, W. H., Bekkers, V. J. J. M. & Tummers, L. G. (2015). A systematic review of co-creation and co-production: embarking on the social innovation journey. Public Management Review 17(9), 1333–1357.'
    },
    // Legal texts: rules cite the law, with the version and date in their jurisdiction tables.
    anskaffelsesloven: {
        short: 'anskaffelsesloven',
        full: 'Lov om offentlige anskaffelser (anskaffelsesloven), LOV-2016-06-17-73 (Norway).'
    },
    anskaffelsesforskriften: {
        short: 'anskaffelsesforskriften',
        full: 'Forskrift om offentlige anskaffelser (anskaffelsesforskriften), FOR-2016-08-12-974 (Norway): part IV, chapter 30 (health and social services), and the rules on reserving such contracts for non-profit (ideelle) providers.'
    },
    eeaStateAid: {
        short: 'EØS-avtalen art. 61',
        full: 'Avtale om Det europeiske økonomiske samarbeidsområde (EØS-avtalen), article 61: state aid.'
    },
    serviceloven18: {
        short: 'serviceloven § 18',
        full: 'Lov om social service (serviceloven), § 18: the municipalities\' collaboration with voluntary social organisations and associations (Denmark).'
    }
} as const satisfies Record<string, Reference>;

export type ReferenceKey = keyof typeof REFERENCES;
