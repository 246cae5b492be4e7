import type { Labels } from './labels.js';
import { sharedLabels } from './shared.js';

/**
 * Norwegian (bokmål) display labels. Domain words as the Norwegian research uses them
 * (samskaping, frivilligsentral, økonomisk støtte …; sources in docs/research.md).
 */
export const nb: Labels = {
    language: 'nb',
    ...sharedLabels('nb'),
    actorKinds: {
        municipality: 'kommune', county: 'fylkeskommune', state_agency: 'statlig etat', voluntary_organisation: 'frivillig organisasjon',
        volunteer_centre: 'frivilligsentral', association: 'forening', citizens: 'innbyggere', volunteers: 'frivillige',
        private_company: 'privat bedrift', foundation: 'stiftelse', bank: 'bank', social_entrepreneur: 'sosial entreprenør',
        research_institution: 'forskningsinstitusjon', cooperative: 'samvirke'
    },
    bodyKinds: { steering_group: 'styringsgruppe', advisory_body: 'rådgivende organ', board: 'styre', working_group: 'arbeidsgruppe', platform: 'plattform', forum: 'forum' },
    fields: {
        culture: 'kultur', sport: 'idrett', children_and_youth: 'barn og unge', inclusion: 'inkludering/integrering',
        health_and_care: 'helse og omsorg', elderly: 'eldre', education: 'utdanning', environment: 'miljø',
        emergency_preparedness: 'beredskap', employment: 'arbeid', housing: 'bolig', social_services: 'sosiale tjenester'
    },
    values: { social: 'sosial', democratic: 'demokratisk', economic: 'økonomisk', innovation: 'innovasjon', quality: 'kvalitet', effect: 'effekt' },
    severities: { error: 'feil', warning: 'advarsler', info: 'merknader' },
    views: { network: 'Aktørnettverk', funding: 'Finansieringsstrømmer', governance: 'Styring og beslutningsrett', decisions: 'Beslutningsmatrise' },
    uncertainCounts: {
        illustrative: { one: 'opplysning er illustrativ', other: 'opplysninger er illustrative' },
        assumed: { one: 'opplysning er antatt', other: 'opplysninger er antatt' }
    },
    text: {
        uncertain: 'antatt eller illustrativt: ikke et funn', restsOnUncertain: 'bygger på en antatt eller illustrativ opplysning',
        notFindings: 'ikke funn fra kildene', notCitable: 'uten id: kan ikke siteres', unsourced: 'ingen kilde',
        modelsByRow: 'Modellene som rader (klikk på en overskrift for å sortere modellene)',
        content: 'Innhold',
        whyNotOtherForms: 'Hvorfor ikke de andre formene', needs: 'krever',
        missing: 'mangler', toState: 'for å oppgi', write: 'skriv', declared: 'oppgitt', derivedFromRights: 'utledet av rettighetene',
        claimGiven: 'fakta gir den', claimNotGiven: 'fakta gir den ikke',
        overviewByEdges: 'oversikt: {edges} forbindelser, flere enn de {limit} som tegnes enkeltvis',
        focusedOn: 'bare det som ligger rundt {party} (dybde {depth})',
        withinGroup: 'seg imellom: {flows}',
        decisionsGroupedByLevel: 'beslutninger samlet per nivå', actorsGroupedBySector: 'aktører samlet per sektor',
        actorsGroupedByKind: 'aktører samlet per type',
        quickLayout: 'rask utlegging: {elements} noder, forbindelser og etiketter, flere enn de {limit} som legges ut med full kryssingsreduksjon',
        notLaidOut: 'Ikke tegnet: {edges} forbindelser mellom {nodes} elementer er flere enn Samskap legger ut (grense: {limit} forbindelser). Tabellene i dokumentasjonen og `samskap matrix` viser alle fakta; `--format dot` skriver grafen for Graphviz.',
        matrixListed: '{rows} × {columns} celler er flere enn en tabell viser (grense: {limit}); i stedet listet, én rad per par med en verdi',
        chair: 'leder', hours: 'timer', perMonth: 'per måned', defines: 'definerer',
        partnership: 'partnerskap', model: 'Samarbeidsmodell', models: 'Samarbeidsmodeller', comparison: 'Sammenligning av modeller',
        dimension: 'Dimensjon', summary: 'Sammendrag', context: 'Kontekst', country: 'Land', municipality: 'Kommune', period: 'Periode', phases: 'Faser',
        fields: 'Politikkområder', purposes: 'Tilsiktet verdi', sources: 'Kilder', goals: 'Mål', actors: 'Aktører', actor: 'Aktør',
        kind: 'Type', sector: 'Sektor', roles: 'Roller', bodies: 'Organer', members: 'Medlemmer', decisions: 'Beslutninger',
        decision: 'Beslutning', funding: 'Finansiering', funder: 'Finansiør', recipient: 'Mottaker', amount: 'Beløp', total: 'Sum',
        perYear: 'per år', once: 'engangs', share: 'andel', nonMonetary: 'ikke-økonomisk', diagrams: 'Diagrammer',
        classifications: 'Klassifiseringer', evidence: 'Belegg', criterion: 'Kriterium', holds: 'oppfylt', fails: 'ikke oppfylt',
        source: 'Kilde', findings: 'Funn', noFindings: 'Ingen funn.', notClassified: 'ikke klassifisert', none: '–',
        file: 'Fil', title: 'Tittel', sectorsPresent: 'Sektorer med', actorCount: 'Antall aktører', initiator: 'Initiativ',
        firstNonPublicInvolvement: 'Første involvering av ikke-offentlig side', goalsDefinedBy: 'Mål definert av',
        contentDefinedBy: 'Innhold definert av', governanceMode: 'Styringsform', governanceFit: 'Styringsform passer (Provan & Kenis)',
        lorentzenProfile: 'Lorentzen-profil', coCreationForm: 'Samskapingsform (beregnet)', claimedForm: 'Samskapingsform (oppgitt)',
        pestoff: 'Pestoff', voorberg: 'Roller (Voorberg mfl.)', participation: 'Deltakelse (IAP2 / Arnstein)',
        fundingTotalPerYear: 'Penger per år', fundingTotalOnce: 'Engangsbeløp', fundingShareOf: 'Andel av penger per år fra',
        largestFunder: 'Største finansiør', largestFunderShare: 'Største finansiørs andel', concentration: 'Konsentrasjon (Herfindahl)',
        remainingIfLargestLeaves: 'Igjen hvis største finansiør trekker seg', findingsOf: 'Funn:', decisionMatrix: 'Beslutningsrett',
        fundingMatrix: 'Finansiering: finansiør × mottaker', legend: 'Tegnforklaring',
        lettersRapid: 'RAPID: D beslutter, A må samtykke, R anbefaler, I gir innspill (konsultert), P utfører, i blir informert',
        lettersRaci: 'RACI: A ansvarlig (beslutter), R utførende, C konsultert (også samtykke, anbefaling), I informert',
        holdsRole: 'har rollen', memberOf: 'medlem av organ', observerIn: 'observatør i organ (uten stemmerett)', edgeWidthByAmount: 'linjebredden øker med beløp per år',
        moneyFlow: 'penger', resourceFlow: 'andre ressurser (lokaler, stillinger, timer, kunnskap, naturalytelser)',
        filter: 'Filtrer rader', generatedBy: 'Laget av Samskap fra', openSource: 'kilde', aggregatedView: 'Stor modell: samlet per sektor og beslutningsnivå',
        anchoring: 'Forankring', agreements: 'Avtaler', activities: 'Aktiviteter', initiative: 'Initiativ', involvement: 'Involvering',
        index: 'Oversikt', backToIndex: 'Tilbake til oversikten', decidesJointly: 'beslutter sammen', via: 'via'
    }
};
