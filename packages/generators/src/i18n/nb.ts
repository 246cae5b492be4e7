import type { Labels } from './labels.js';

/** Nothing done together: the condition every not-co-creation form shares (formRequirements). */
const APART = 'ingenting gjort sammen (ingen felles fase, mål, innhold, strategiske beslutninger eller styring, og ingen delt offentlig beslutning)';

/**
 * Norwegian (bokmål) display labels. Domain words as the Norwegian research uses them
 * (samskaping, frivilligsentral, økonomisk støtte …; sources in docs/research.md).
 */
export const nb: Labels = {
    language: 'nb',
    sectors: { public: 'Offentlig sektor', voluntary: 'Frivillig sektor', private: 'Privat sektor', social_economy: 'Sosial økonomi', citizens: 'Innbyggere' },
    actorKinds: {
        municipality: 'kommune', county: 'fylkeskommune', state_agency: 'statlig etat', voluntary_organisation: 'frivillig organisasjon',
        volunteer_centre: 'frivilligsentral', association: 'forening', citizens: 'innbyggere', volunteers: 'frivillige',
        private_company: 'privat bedrift', foundation: 'stiftelse', bank: 'bank', social_entrepreneur: 'sosial entreprenør',
        research_institution: 'forskningsinstitusjon', cooperative: 'samvirke'
    },
    roleKinds: { coordinator: 'koordinator', leader: 'leder', facilitator: 'tilrettelegger', provider: 'tjenesteyter', funder: 'finansiør', advisor: 'rådgiver', member: 'medlem' },
    bodyKinds: { steering_group: 'styringsgruppe', advisory_body: 'rådgivende organ', board: 'styre', working_group: 'arbeidsgruppe', platform: 'plattform', forum: 'forum' },
    phases: { initiation: 'initiering', commissioning: 'bestilling', design: 'utforming', delivery: 'gjennomføring', assessment: 'evaluering' },
    rights: { decide: 'beslutter', agree: 'må samtykke', recommend: 'anbefaler', consulted: 'blir konsultert', informed: 'blir informert', perform: 'utfører' },
    rules: { consensus: 'konsensus', majority: 'flertall', unanimity: 'enstemmighet' },
    levels: { policy: 'politikk', strategic: 'strategisk', operational: 'operativ' },
    fundingKinds: {
        operating_grant: 'driftstilskudd', project_grant: 'prosjekttilskudd', volunteer_centre_grant: 'tilskudd til frivilligsentral',
        procurement_contract: 'anskaffelse', contract_payment: 'kontraktsbetaling', donation: 'gave', sponsorship: 'sponsing',
        premises: 'lokaler', position: 'stilling', in_kind: 'naturalytelse', volunteer_hours: 'frivillige timer', knowledge: 'kunnskap'
    },
    governanceModes: { shared: 'delt styring', lead: 'lederorganisasjon', nao: 'nettverksadministrativ organisasjon', undeclared: 'ikke oppgitt' },
    governanceFit: { fits: 'passer', misfit: 'passer ikke', unknown: 'ukjent' },
    forms: {
        equal: 'likeverdig samskaping', municipality_led: 'kommuneledet samskaping', voluntary_led: 'frivillig-ledet samskaping',
        co_implementation: 'ikke samskaping: samimplementering', contracting: 'ikke samskaping: kjøp av tjenester',
        support: 'ikke samskaping: bare økonomisk støtte', consultation: 'ikke samskaping: bare høring',
        no_relation: 'ikke samskaping: ingen relasjon mellom sidene', undetermined: 'ikke avgjort'
    },
    formRequirements: {
        equal: 'mål og innhold definert av begge sider i fellesskap, og at de strategiske beslutningene er delt (tatt i fellesskap, eller styringen oppgitt som delt)',
        municipality_led: 'at sidene arbeider sammen, at den ikke-offentlige siden deltar før gjennomføringen eller definerer mål eller innhold, og at den offentlige siden leder: av mål, innhold, initiativ og strategiske beslutninger (i den rekkefølgen) må det første som én side har alene, være den offentlige sidens',
        voluntary_led: 'at sidene arbeider sammen, at den ikke-offentlige siden deltar før gjennomføringen eller definerer mål eller innhold, og at den ikke-offentlige siden leder: av mål, innhold, initiativ og strategiske beslutninger (i den rekkefølgen) må det første som én side har alene, være den ikke-offentlige sidens',
        co_implementation: 'en ikke-offentlig side som først kommer inn ved gjennomføring eller evaluering og verken definerer mål eller innhold, uansett hvor mye den gjennomfører sammen med den offentlige siden',
        contracting: `${APART}, og at den ikke-offentlige siden utfører arbeid som den offentlige siden bestemmer (definerer innholdet i, eller kjøper gjennom anskaffelse)`,
        support: `${APART}, og ressurser (penger, lokaler, stillinger, naturalytelser) fra den offentlige til den ikke-offentlige siden utenfor en anskaffelseskontrakt`,
        consultation: `${APART}, og at den ikke-offentlige siden blir konsultert eller involvert i offentlige beslutninger (eller bare informert, når ingen ressurser går til den)`,
        no_relation: `${APART}, og at den ikke-offentlige siden verken utfører bestilt arbeid, mottar ressurser eller har en stemme i en offentlig beslutning`
    },
    missingFacts: {
        'public-actor': 'en offentlig aktør', 'non-public-actor': 'en ikke-offentlig aktør', goals: 'hvem som definerer målene',
        content: 'hvem som definerer innholdet', 'first-involvement': 'når den ikke-offentlige siden først deltar',
        initiator: 'hvem som tok initiativet', 'strategic-decisions': 'hvem som tar de strategiske beslutningene'
    },
    lorentzen: { economic_support: 'økonomisk støtte', interest_representation: 'interesserepresentasjon', institutional_collaboration: 'institusjonelt samarbeid' },
    pestoff: { co_governance: 'samstyring', co_management: 'samforvaltning', co_production: 'samproduksjon' },
    voorberg: { initiator: 'initiativtaker', co_designer: 'medutformer', co_implementer: 'medutfører' },
    sides: { public: 'offentlig side', non_public: 'ikke-offentlig side', joint: 'i fellesskap', unknown: 'ikke oppgitt' },
    fields: {
        culture: 'kultur', sport: 'idrett', children_and_youth: 'barn og unge', inclusion: 'inkludering/integrering',
        health_and_care: 'helse og omsorg', elderly: 'eldre', education: 'utdanning', environment: 'miljø',
        emergency_preparedness: 'beredskap', employment: 'arbeid', housing: 'bolig', social_services: 'sosiale tjenester'
    },
    values: { social: 'sosial', democratic: 'demokratisk', economic: 'økonomisk', innovation: 'innovasjon', quality: 'kvalitet', effect: 'effekt' },
    severities: { error: 'feil', warning: 'advarsler', info: 'merknader' },
    instruments: {
        grant: 'tilskudd', procurement_contract: 'anskaffelseskontrakt', partnership_agreement: 'partnerskapsavtale',
        cooperation_agreement: 'samarbeidsavtale', volunteer_centre_grant: 'tilskudd til frivilligsentral', letter_of_intent: 'intensjonsavtale'
    },
    sourceKinds: { interview: 'intervju', document: 'dokument', survey: 'spørreundersøkelse', observation: 'observasjon', report: 'rapport', article: 'artikkel', web_page: 'nettside', assumption: 'antakelse' },
    views: { network: 'Aktørnettverk', funding: 'Finansieringsstrømmer', governance: 'Styring og beslutningsrett', decisions: 'Beslutningsmatrise' },
    text: {
        modelsByRow: 'Modellene som rader (klikk på en overskrift for å sortere modellene)',
        content: 'Innhold',
        whyNotOtherForms: 'Hvorfor ikke de andre formene', needs: 'krever',
        missing: 'mangler', toState: 'for å oppgi', write: 'skriv', declared: 'oppgitt', derivedFromRights: 'utledet av rettighetene',
        claimGiven: 'fakta gir den', claimNotGiven: 'fakta gir den ikke',
        chair: 'leder', hours: 'timer', perMonth: 'per måned', defines: 'definerer',
        partnership: 'partnerskap', model: 'Samarbeidsmodell', models: 'Samarbeidsmodeller', comparison: 'Sammenligning av modeller',
        dimension: 'Dimensjon', summary: 'Sammendrag', context: 'Kontekst', country: 'Land', municipality: 'Kommune', period: 'Periode',
        fields: 'Politikkområder', purposes: 'Tilsiktet verdi', sources: 'Kilder', goals: 'Mål', actors: 'Aktører', actor: 'Aktør',
        kind: 'Type', sector: 'Sektor', roles: 'Roller', bodies: 'Organer', members: 'Medlemmer', decisions: 'Beslutninger',
        decision: 'Beslutning', funding: 'Finansiering', funder: 'Finansiør', recipient: 'Mottaker', amount: 'Beløp', total: 'Sum',
        perYear: 'per år', once: 'engangs', share: 'andel', nonMonetary: 'ikke-økonomisk', diagrams: 'Diagrammer',
        classifications: 'Klassifiseringer', evidence: 'Belegg', criterion: 'Kriterium', holds: 'oppfylt', fails: 'ikke oppfylt',
        source: 'Kilde', findings: 'Funn', noFindings: 'Ingen funn.', notClassified: 'ikke klassifisert', none: '–',
        file: 'Fil', title: 'Tittel', sectorsPresent: 'Sektorer med', actorCount: 'Antall aktører', initiator: 'Initiativ',
        firstNonPublicInvolvement: 'Første involvering av ikke-offentlig side', goalsDefinedBy: 'Mål definert av',
        contentDefinedBy: 'Innhold definert av', governanceMode: 'Styringsform', governanceFit: 'Styringsform passer (Provan & Kenis)',
        lorentzenProfile: 'Lorentzen-profil', coCreationForm: 'Samskapingsform (beregnet)', claimedForm: 'Samskapingsform (hevdet)',
        pestoff: 'Pestoff', voorberg: 'Roller (Voorberg mfl.)', participation: 'Deltakelse (IAP2 / Arnstein)',
        fundingTotalPerYear: 'Penger per år', fundingTotalOnce: 'Engangsbeløp', fundingShareOf: 'Andel av penger per år fra',
        largestFunder: 'Største finansiør', largestFunderShare: 'Største finansiørs andel', concentration: 'Konsentrasjon (Herfindahl)',
        remainingIfLargestLeaves: 'Igjen hvis største finansiør trekker seg', findingsOf: 'Funn:', decisionMatrix: 'Beslutningsrett',
        fundingMatrix: 'Finansiering: finansiør × mottaker', legend: 'Tegnforklaring',
        lettersRapid: 'RAPID: D beslutter, A må samtykke, R anbefaler, I gir innspill (konsultert), P utfører, i blir informert',
        lettersRaci: 'RACI: A ansvarlig (beslutter), R utførende, C konsultert (også samtykke, anbefaling), I informert',
        holdsRole: 'har rollen', memberOf: 'medlem av organ', edgeWidthByAmount: 'linjebredden øker med beløp per år',
        moneyFlow: 'penger', resourceFlow: 'andre ressurser (lokaler, stillinger, timer, kunnskap, naturalytelser)',
        filter: 'Filtrer rader', generatedBy: 'Laget av Samskap fra', openSource: 'kilde', aggregatedView: 'Stor modell: samlet per sektor og beslutningsnivå',
        anchoring: 'Forankring', agreements: 'Avtaler', activities: 'Aktiviteter', initiative: 'Initiativ', involvement: 'Involvering',
        index: 'Oversikt', backToIndex: 'Tilbake til oversikten', decidesJointly: 'beslutter sammen', via: 'via'
    }
};
