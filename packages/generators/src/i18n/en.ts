import type { Labels } from './labels.js';
import { sharedLabels } from './shared.js';

/** English display labels (the keywords' own language). */
export const en: Labels = {
    language: 'en',
    ...sharedLabels('en'),
    actorKinds: {
        municipality: 'municipality', county: 'county', state_agency: 'state agency', voluntary_organisation: 'voluntary organisation',
        volunteer_centre: 'volunteer centre', association: 'association', citizens: 'citizens', volunteers: 'volunteers',
        private_company: 'private company', foundation: 'foundation', bank: 'bank', social_entrepreneur: 'social entrepreneur',
        research_institution: 'research institution', cooperative: 'cooperative'
    },
    bodyKinds: { steering_group: 'steering group', advisory_body: 'advisory body', board: 'board', working_group: 'working group', platform: 'platform', forum: 'forum' },
    fields: {
        culture: 'culture', sport: 'sport', children_and_youth: 'children and youth', inclusion: 'inclusion/integration',
        health_and_care: 'health and care', elderly: 'elderly', education: 'education', environment: 'environment',
        emergency_preparedness: 'emergency preparedness', employment: 'employment', housing: 'housing', social_services: 'social services'
    },
    values: { social: 'social', democratic: 'democratic', economic: 'economic', innovation: 'innovation', quality: 'quality', effect: 'effect' },
    severities: { error: 'errors', warning: 'warnings', info: 'notes' },
    views: { network: 'Actor network', funding: 'Funding flows', governance: 'Governance and decision rights', decisions: 'Decision matrix' },
    uncertainCounts: {
        illustrative: { one: 'fact is illustrative', other: 'facts are illustrative' },
        assumed: { one: 'fact is assumed', other: 'facts are assumed' }
    },
    text: {
        uncertain: 'assumed or illustrative: not a finding', restsOnUncertain: 'rests on an assumed or illustrative fact',
        notFindings: 'not findings of the sources', notCitable: 'no id: cannot be cited', unsourced: 'no source',
        modelsByRow: 'The models as rows (click a heading to sort the models)',
        content: 'Content',
        whyNotOtherForms: 'Why not the other forms', needs: 'needs',
        missing: 'missing', toState: 'to state', write: 'write', declared: 'declared', derivedFromRights: 'derived from rights',
        claimGiven: 'the facts give it', claimNotGiven: 'the facts do not give it',
        overviewByEdges: 'overview: {edges} connections, more than the {limit} drawn one by one',
        focusedOn: 'only what lies around {party} (depth {depth})',
        withinGroup: 'among themselves: {flows}',
        decisionsGroupedByLevel: 'decisions grouped by level', actorsGroupedBySector: 'actors grouped by sector',
        actorsGroupedByKind: 'actors grouped by kind',
        quickLayout: 'quick layout: {elements} nodes, connections and labels, more than the {limit} laid out with full crossing reduction',
        notLaidOut: 'Not drawn: {edges} connections between {nodes} elements are more than Samskap lays out (limit: {limit} connections). The tables of the documentation and `samskap matrix` show every fact; `--format dot` writes the graph for Graphviz.',
        matrixListed: '{rows} × {columns} cells are more than a table shows (limit: {limit}); listed instead, one row per pair with a value',
        chair: 'chair', hours: 'hours', perMonth: 'per month', defines: 'defines',
        partnership: 'partnership', model: 'Model', models: 'Models', comparison: 'Comparison of models', dimension: 'Dimension',
        summary: 'Summary', context: 'Context', country: 'Country', municipality: 'Municipality', period: 'Period', phases: 'Phases',
        fields: 'Policy fields', purposes: 'Intended value', sources: 'Sources', goals: 'Goals', actors: 'Actors', actor: 'Actor',
        kind: 'Kind', sector: 'Sector', roles: 'Roles', bodies: 'Bodies', members: 'Members', decisions: 'Decisions',
        decision: 'Decision', funding: 'Funding', funder: 'Funder', recipient: 'Recipient', amount: 'Amount', total: 'Total',
        perYear: 'per year', once: 'once', share: 'share', nonMonetary: 'non-monetary', diagrams: 'Diagrams',
        classifications: 'Classifications', evidence: 'Evidence', criterion: 'Criterion', holds: 'holds', fails: 'does not hold',
        source: 'Source', findings: 'Findings', noFindings: 'No findings.', notClassified: 'not classified', none: '–',
        file: 'File', title: 'Title', sectorsPresent: 'Sectors present', actorCount: 'Number of actors', initiator: 'Initiative',
        firstNonPublicInvolvement: 'First involvement of the non-public side', goalsDefinedBy: 'Goals defined by',
        contentDefinedBy: 'Content defined by', governanceMode: 'Governance mode', governanceFit: 'Governance fit (Provan & Kenis)',
        lorentzenProfile: 'Lorentzen profile', coCreationForm: 'Co-creation form (computed)', claimedForm: 'Co-creation form (claimed)',
        pestoff: 'Pestoff', voorberg: 'Roles (Voorberg et al.)', participation: 'Participation (IAP2 / Arnstein)',
        fundingTotalPerYear: 'Money per year', fundingTotalOnce: 'One-off money', fundingShareOf: 'Share of money per year from',
        largestFunder: 'Largest funder', largestFunderShare: 'Largest funder’s share', concentration: 'Concentration (Herfindahl)',
        remainingIfLargestLeaves: 'Left if the largest funder leaves', findingsOf: 'Findings:', decisionMatrix: 'Decision rights',
        fundingMatrix: 'Funding: funder × recipient', legend: 'Legend',
        lettersRapid: 'RAPID: D decides, A must agree, R recommends, I gives input (consulted), P performs, i is informed',
        lettersRaci: 'RACI: A accountable (decides), R responsible (performs), C consulted (incl. must agree, recommends), I informed',
        holdsRole: 'holds role', memberOf: 'member of body', observerIn: 'observer in body (no vote)', edgeWidthByAmount: 'line width grows with the amount per year',
        moneyFlow: 'money', resourceFlow: 'other resources (premises, positions, hours, knowledge, in kind)',
        filter: 'Filter rows', generatedBy: 'Generated by Samskap from', openSource: 'source', aggregatedView: 'Large model: aggregated by sector and decision level',
        anchoring: 'Anchoring', agreements: 'Agreements', activities: 'Activities', initiative: 'Initiative', involvement: 'Involvement',
        index: 'Index', backToIndex: 'Back to the index', decidesJointly: 'decide jointly', via: 'via'
    }
};
