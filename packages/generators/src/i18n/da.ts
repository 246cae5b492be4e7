import type { Labels } from './labels.js';
import { sharedLabels } from './shared.js';

/**
 * Danish display labels. Domain words as the Danish research uses them (samskabelse,
 * frivilligcenter, interessevaretagelse …; sources in docs/research.md).
 */
export const da: Labels = {
    language: 'da',
    ...sharedLabels('da'),
    actorKinds: {
        municipality: 'kommune', county: 'region', state_agency: 'statslig myndighed', voluntary_organisation: 'frivillig forening',
        volunteer_centre: 'frivilligcenter', association: 'forening', citizens: 'borgere', volunteers: 'frivillige',
        private_company: 'privat virksomhed', foundation: 'fond', bank: 'bank', social_entrepreneur: 'socialøkonomisk virksomhed',
        research_institution: 'forskningsinstitution', cooperative: 'andelsselskab'
    },
    bodyKinds: { steering_group: 'styregruppe', advisory_body: 'rådgivende organ', board: 'bestyrelse', working_group: 'arbejdsgruppe', platform: 'platform', forum: 'forum' },
    fields: {
        culture: 'kultur', sport: 'idræt', children_and_youth: 'børn og unge', inclusion: 'inklusion/integration',
        health_and_care: 'sundhed og omsorg', elderly: 'ældre', education: 'uddannelse', environment: 'miljø',
        emergency_preparedness: 'beredskab', employment: 'beskæftigelse', housing: 'bolig', social_services: 'socialområdet'
    },
    values: { social: 'social', democratic: 'demokratisk', economic: 'økonomisk', innovation: 'innovation', quality: 'kvalitet', effect: 'effekt' },
    severities: { error: 'fejl', warning: 'advarsler', info: 'bemærkninger' },
    views: { network: 'Aktørnetværk', funding: 'Finansieringsstrømme', governance: 'Styring og beslutningsret', decisions: 'Beslutningsmatrix' },
    uncertainCounts: {
        illustrative: { one: 'oplysning er illustrativ', other: 'oplysninger er illustrative' },
        assumed: { one: 'oplysning er antaget', other: 'oplysninger er antaget' }
    },
    text: {
        uncertain: 'antaget eller illustrativt: ikke et fund', restsOnUncertain: 'bygger på en antaget eller illustrativ oplysning',
        notFindings: 'ikke fund fra kilderne', notCitable: 'uden id: kan ikke citeres', unsourced: 'ingen kilde',
        modelsByRow: 'Modellerne som rækker (klik på en overskrift for at sortere modellerne)',
        content: 'Indhold',
        whyNotOtherForms: 'Hvorfor ikke de andre former', needs: 'kræver',
        missing: 'mangler', toState: 'for at angive', write: 'skriv', declared: 'angivet', derivedFromRights: 'udledt af rettighederne',
        claimGiven: 'fakta giver den', claimNotGiven: 'fakta giver den ikke',
        overviewByEdges: 'overblik: {edges} forbindelser, flere end de {limit}, der tegnes enkeltvis',
        focusedOn: 'kun det, der ligger omkring {party} (dybde {depth})',
        withinGroup: 'indbyrdes: {flows}',
        decisionsGroupedByLevel: 'beslutninger samlet pr. niveau', actorsGroupedBySector: 'aktører samlet pr. sektor',
        actorsGroupedByKind: 'aktører samlet pr. type',
        quickLayout: 'hurtig udlægning: {elements} knuder, forbindelser og etiketter, flere end de {limit}, der lægges ud med fuld krydsningsreduktion',
        notLaidOut: 'Ikke tegnet: {edges} forbindelser mellem {nodes} elementer er flere, end Samskap lægger ud (grænse: {limit} forbindelser). Dokumentationens tabeller og `samskap matrix` viser alle fakta; `--format dot` skriver grafen til Graphviz.',
        matrixListed: '{rows} × {columns} celler er flere, end en tabel viser (grænse: {limit}); i stedet listet, én række pr. par med en værdi',
        chair: 'formand', hours: 'timer', perMonth: 'pr. måned', defines: 'definerer',
        partnership: 'partnerskab', model: 'Samarbejdsmodel', models: 'Samarbejdsmodeller', comparison: 'Sammenligning af modeller',
        dimension: 'Dimension', summary: 'Resumé', context: 'Kontekst', country: 'Land', municipality: 'Kommune', period: 'Periode', phases: 'Faser',
        fields: 'Politikområder', purposes: 'Tilsigtet værdi', sources: 'Kilder', goals: 'Mål', actors: 'Aktører', actor: 'Aktør',
        kind: 'Type', sector: 'Sektor', roles: 'Roller', bodies: 'Organer', members: 'Medlemmer', decisions: 'Beslutninger',
        decision: 'Beslutning', funding: 'Finansiering', funder: 'Finansieringskilde', recipient: 'Modtager', amount: 'Beløb', total: 'I alt',
        perYear: 'pr. år', once: 'engangs', share: 'andel', nonMonetary: 'ikke-økonomisk', diagrams: 'Diagrammer',
        classifications: 'Klassifikationer', evidence: 'Belæg', criterion: 'Kriterium', holds: 'opfyldt', fails: 'ikke opfyldt',
        source: 'Kilde', findings: 'Fund', noFindings: 'Ingen fund.', notClassified: 'ikke klassificeret', none: '–',
        file: 'Fil', title: 'Titel', sectorsPresent: 'Sektorer med', actorCount: 'Antal aktører', initiator: 'Initiativ',
        firstNonPublicInvolvement: 'Første inddragelse af ikke-offentlig side', goalsDefinedBy: 'Mål defineret af',
        contentDefinedBy: 'Indhold defineret af', governanceMode: 'Styringsform', governanceFit: 'Styringsform passer (Provan & Kenis)',
        lorentzenProfile: 'Lorentzen-profil', coCreationForm: 'Samskabelsesform (beregnet)', claimedForm: 'Samskabelsesform (angivet)',
        pestoff: 'Pestoff', voorberg: 'Roller (Voorberg m.fl.)', participation: 'Deltagelse (IAP2 / Arnstein)',
        fundingTotalPerYear: 'Penge pr. år', fundingTotalOnce: 'Engangsbeløb', fundingShareOf: 'Andel af penge pr. år fra',
        largestFunder: 'Største finansieringskilde', largestFunderShare: 'Største kildes andel', concentration: 'Koncentration (Herfindahl)',
        remainingIfLargestLeaves: 'Tilbage hvis største kilde trækker sig', findingsOf: 'Fund:', decisionMatrix: 'Beslutningsret',
        fundingMatrix: 'Finansiering: kilde × modtager', legend: 'Signaturforklaring',
        lettersRapid: 'RAPID: D beslutter, A skal godkende, R anbefaler, I giver input (høres), P udfører, i informeres',
        lettersRaci: 'RACI: A ansvarlig (beslutter), R udførende, C hørt (også godkendelse, anbefaling), I informeret',
        holdsRole: 'har rollen', memberOf: 'medlem af organ', observerIn: 'observatør i organ (uden stemmeret)', edgeWidthByAmount: 'stregbredden vokser med beløbet pr. år',
        moneyFlow: 'penge', resourceFlow: 'andre ressourcer (lokaler, stillinger, timer, viden, naturalier)',
        filter: 'Filtrér rækker', generatedBy: 'Lavet af Samskap ud fra', openSource: 'kilde', aggregatedView: 'Stor model: samlet pr. sektor og beslutningsniveau',
        anchoring: 'Forankring', agreements: 'Aftaler', activities: 'Aktiviteter', initiative: 'Initiativ', involvement: 'Inddragelse',
        index: 'Oversigt', backToIndex: 'Tilbage til oversigten', decidesJointly: 'beslutter i fællesskab', via: 'via'
    }
};
