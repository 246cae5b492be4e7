import type { Labels } from './labels.js';

/** Nothing done together: the condition every not-co-creation form shares (formRequirements). */
const APART = 'intet gjort sammen (ingen fælles fase, mål, indhold, strategiske beslutninger eller styring, og ingen delt offentlig beslutning)';

/**
 * Danish display labels. Domain words as the Danish research uses them (samskabelse,
 * frivilligcenter, interessevaretagelse …; sources in docs/research.md).
 */
export const da: Labels = {
    language: 'da',
    sectors: { public: 'Offentlig sektor', voluntary: 'Frivillig sektor', private: 'Privat sektor', social_economy: 'Socialøkonomi', citizens: 'Borgere' },
    actorKinds: {
        municipality: 'kommune', county: 'region', state_agency: 'statslig myndighed', voluntary_organisation: 'frivillig forening',
        volunteer_centre: 'frivilligcenter', association: 'forening', citizens: 'borgere', volunteers: 'frivillige',
        private_company: 'privat virksomhed', foundation: 'fond', bank: 'bank', social_entrepreneur: 'socialøkonomisk virksomhed',
        research_institution: 'forskningsinstitution', cooperative: 'andelsselskab'
    },
    roleKinds: { coordinator: 'koordinator', leader: 'leder', facilitator: 'facilitator', provider: 'leverandør', funder: 'finansieringskilde', advisor: 'rådgiver', member: 'medlem' },
    bodyKinds: { steering_group: 'styregruppe', advisory_body: 'rådgivende organ', board: 'bestyrelse', working_group: 'arbejdsgruppe', platform: 'platform', forum: 'forum' },
    phases: { initiation: 'igangsættelse', commissioning: 'bestilling', design: 'udformning', delivery: 'gennemførelse', assessment: 'evaluering' },
    rights: { decide: 'beslutter', agree: 'skal godkende', recommend: 'anbefaler', consulted: 'bliver hørt', informed: 'bliver informeret', perform: 'udfører' },
    rules: { consensus: 'konsensus', majority: 'flertal', unanimity: 'enstemmighed' },
    levels: { policy: 'politik', strategic: 'strategisk', operational: 'operationel' },
    fundingKinds: {
        operating_grant: 'driftstilskud', project_grant: 'projekttilskud', volunteer_centre_grant: 'tilskud til frivilligcenter',
        procurement_contract: 'udbud', contract_payment: 'kontraktbetaling', donation: 'donation', sponsorship: 'sponsorat',
        premises: 'lokaler', position: 'stilling', in_kind: 'naturalieydelse', volunteer_hours: 'frivillige timer', knowledge: 'viden'
    },
    governanceModes: { shared: 'delt styring', lead: 'ledende organisation', nao: 'netværksadministrativ organisation', undeclared: 'ikke angivet' },
    governanceFit: { fits: 'passer', misfit: 'passer ikke', unknown: 'ukendt' },
    forms: {
        equal: 'ligeværdig samskabelse', municipality_led: 'kommuneledet samskabelse', voluntary_led: 'frivilligledet samskabelse',
        co_implementation: 'ikke samskabelse: samimplementering', contracting: 'ikke samskabelse: køb af ydelser',
        support: 'ikke samskabelse: kun økonomisk støtte', consultation: 'ikke samskabelse: kun høring',
        no_relation: 'ikke samskabelse: ingen relation mellem parterne', undetermined: 'ikke afgjort'
    },
    formRequirements: {
        equal: 'mål og indhold fastlagt af begge parter i fællesskab, og at de strategiske beslutninger er delt (truffet i fællesskab, eller styringen angivet som delt)',
        municipality_led: 'at parterne arbejder sammen, at den ikke-offentlige part deltager før gennemførelsen eller fastlægger mål eller indhold, og at den offentlige part leder: af mål, indhold, initiativ og strategiske beslutninger (i den rækkefølge) skal det første, som én part har alene, være den offentlige parts',
        voluntary_led: 'at parterne arbejder sammen, at den ikke-offentlige part deltager før gennemførelsen eller fastlægger mål eller indhold, og at den ikke-offentlige part leder: af mål, indhold, initiativ og strategiske beslutninger (i den rækkefølge) skal det første, som én part har alene, være den ikke-offentlige parts',
        co_implementation: 'en ikke-offentlig part, der først kommer ind ved gennemførelse eller evaluering og hverken fastlægger mål eller indhold, uanset hvor meget den gennemfører sammen med den offentlige part',
        contracting: `${APART}, og at den ikke-offentlige part udfører arbejde, som den offentlige part fastlægger (bestemmer indholdet af eller køber gennem udbud)`,
        support: `${APART}, og ressourcer (penge, lokaler, stillinger, naturalieydelser) fra den offentlige til den ikke-offentlige part uden for en udbudskontrakt`,
        consultation: `${APART}, og at den ikke-offentlige part bliver hørt eller inddraget i offentlige beslutninger (eller kun informeret, når ingen ressourcer går til den)`,
        no_relation: `${APART}, og at den ikke-offentlige part hverken udfører bestilt arbejde, modtager ressourcer eller har indflydelse på en offentlig beslutning`
    },
    missingFacts: {
        'public-actor': 'en offentlig aktør', 'non-public-actor': 'en ikke-offentlig aktør', goals: 'hvem der fastlægger målene',
        content: 'hvem der fastlægger indholdet', 'first-involvement': 'hvornår den ikke-offentlige part først deltager',
        initiator: 'hvem der tog initiativet', 'strategic-decisions': 'hvem der træffer de strategiske beslutninger'
    },
    lorentzen: { economic_support: 'økonomisk støtte', interest_representation: 'interessevaretagelse', institutional_collaboration: 'institutionelt samarbejde' },
    pestoff: { co_governance: 'samstyring', co_management: 'samforvaltning', co_production: 'samproduktion' },
    voorberg: { initiator: 'initiativtager', co_designer: 'medudvikler', co_implementer: 'medudfører' },
    sides: { public: 'offentlig side', non_public: 'ikke-offentlig side', joint: 'i fællesskab', unknown: 'ikke angivet' },
    fields: {
        culture: 'kultur', sport: 'idræt', children_and_youth: 'børn og unge', inclusion: 'inklusion/integration',
        health_and_care: 'sundhed og omsorg', elderly: 'ældre', education: 'uddannelse', environment: 'miljø',
        emergency_preparedness: 'beredskab', employment: 'beskæftigelse', housing: 'bolig', social_services: 'sociale ydelser'
    },
    values: { social: 'social', democratic: 'demokratisk', economic: 'økonomisk', innovation: 'innovation', quality: 'kvalitet', effect: 'effekt' },
    severities: { error: 'fejl', warning: 'advarsler', info: 'bemærkninger' },
    instruments: {
        grant: 'tilskud', procurement_contract: 'udbudskontrakt', partnership_agreement: 'partnerskabsaftale',
        cooperation_agreement: 'samarbejdsaftale', volunteer_centre_grant: 'tilskud til frivilligcenter', letter_of_intent: 'hensigtserklæring'
    },
    sourceKinds: { interview: 'interview', document: 'dokument', survey: 'spørgeskema', observation: 'observation', report: 'rapport', article: 'artikel', web_page: 'webside', assumption: 'antagelse' },
    views: { network: 'Aktørnetværk', funding: 'Finansieringsstrømme', governance: 'Styring og beslutningsret', decisions: 'Beslutningsmatrix' },
    text: {
        modelsByRow: 'Modellerne som rækker (klik på en overskrift for at sortere modellerne)',
        content: 'Indhold',
        whyNotOtherForms: 'Hvorfor ikke de andre former', needs: 'kræver',
        missing: 'mangler', toState: 'for at angive', write: 'skriv', declared: 'angivet', derivedFromRights: 'udledt af rettighederne',
        claimGiven: 'fakta giver den', claimNotGiven: 'fakta giver den ikke',
        chair: 'formand', hours: 'timer', perMonth: 'pr. måned', defines: 'definerer',
        partnership: 'partnerskab', model: 'Samarbejdsmodel', models: 'Samarbejdsmodeller', comparison: 'Sammenligning af modeller',
        dimension: 'Dimension', summary: 'Resumé', context: 'Kontekst', country: 'Land', municipality: 'Kommune', period: 'Periode',
        fields: 'Politikområder', purposes: 'Tilsigtet værdi', sources: 'Kilder', goals: 'Mål', actors: 'Aktører', actor: 'Aktør',
        kind: 'Type', sector: 'Sektor', roles: 'Roller', bodies: 'Organer', members: 'Medlemmer', decisions: 'Beslutninger',
        decision: 'Beslutning', funding: 'Finansiering', funder: 'Finansieringskilde', recipient: 'Modtager', amount: 'Beløb', total: 'I alt',
        perYear: 'pr. år', once: 'engangs', share: 'andel', nonMonetary: 'ikke-økonomisk', diagrams: 'Diagrammer',
        classifications: 'Klassifikationer', evidence: 'Belæg', criterion: 'Kriterium', holds: 'opfyldt', fails: 'ikke opfyldt',
        source: 'Kilde', findings: 'Fund', noFindings: 'Ingen fund.', notClassified: 'ikke klassificeret', none: '–',
        file: 'Fil', title: 'Titel', sectorsPresent: 'Sektorer med', actorCount: 'Antal aktører', initiator: 'Initiativ',
        firstNonPublicInvolvement: 'Første inddragelse af ikke-offentlig side', goalsDefinedBy: 'Mål defineret af',
        contentDefinedBy: 'Indhold defineret af', governanceMode: 'Styringsform', governanceFit: 'Styringsform passer (Provan & Kenis)',
        lorentzenProfile: 'Lorentzen-profil', coCreationForm: 'Samskabelsesform (beregnet)', claimedForm: 'Samskabelsesform (påstået)',
        pestoff: 'Pestoff', voorberg: 'Roller (Voorberg m.fl.)', participation: 'Deltagelse (IAP2 / Arnstein)',
        fundingTotalPerYear: 'Penge pr. år', fundingTotalOnce: 'Engangsbeløb', fundingShareOf: 'Andel af penge pr. år fra',
        largestFunder: 'Største finansieringskilde', largestFunderShare: 'Største kildes andel', concentration: 'Koncentration (Herfindahl)',
        remainingIfLargestLeaves: 'Tilbage hvis største kilde trækker sig', findingsOf: 'Fund:', decisionMatrix: 'Beslutningsret',
        fundingMatrix: 'Finansiering: kilde × modtager', legend: 'Signaturforklaring',
        lettersRapid: 'RAPID: D beslutter, A skal godkende, R anbefaler, I giver input (høres), P udfører, i informeres',
        lettersRaci: 'RACI: A ansvarlig (beslutter), R udførende, C hørt (også godkendelse, anbefaling), I informeret',
        holdsRole: 'har rollen', memberOf: 'medlem af organ', edgeWidthByAmount: 'stregbredden vokser med beløbet pr. år',
        moneyFlow: 'penge', resourceFlow: 'andre ressourcer (lokaler, stillinger, timer, viden, naturalier)',
        filter: 'Filtrér rækker', generatedBy: 'Lavet af Samskap ud fra', openSource: 'kilde', aggregatedView: 'Stor model: samlet pr. sektor og beslutningsniveau',
        anchoring: 'Forankring', agreements: 'Aftaler', activities: 'Aktiviteter', initiative: 'Initiativ', involvement: 'Inddragelse',
        index: 'Oversigt', backToIndex: 'Tilbage til oversigten', decidesJointly: 'beslutter i fællesskab', via: 'via'
    }
};
