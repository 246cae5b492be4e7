import type {
    ArnsteinRung, Certainty, DecisionLevel, DecisionRule, FundingKind, GovernanceMode, Iap2Level, Instrument, Phase, RightKind, RoleKind, Sector, SourceKind
} from '../model/partnership-model.js';
import type {
    CoCreationFormCode, CriterionCode, GovernanceFit, LorentzenCategory, MissingFact, PestoffCode, Side, VoorbergRole
} from './classification.js';
import { FORM_REQUIREMENTS, MISSING_FACT_TEXT, type DecidedForm } from './form-explanation.js';

/**
 * The display vocabulary of the classifications: ONE label set, read by the hovers and code
 * lenses here and derived by the generators' tables (site, matrices, diagrams), so the editor
 * and the documents cannot name a form, a criterion or a level differently. English keywords
 * stay the syntax; Norwegian (bokmål, nynorsk) and Danish labels are for display, chosen by the
 * `display.language` setting. Labels marked "research" are the terms of the Norwegian and Danish
 * research (docs/research.md, vocabulary); the others are the team's translations, to be checked
 * by a native speaker. Numbers are written here too, per language (formatDisplayNumber).
 */
export type DisplayLanguage = 'en' | 'nb' | 'nn' | 'da';
export const DISPLAY_LANGUAGES: readonly DisplayLanguage[] = ['en', 'nb', 'nn', 'da'];

/** The phrases of the hovers and the code lens around the labels. */
export interface HoverWords {
    readonly computedClassifications: string;
    readonly coCreationForm: string;
    readonly missing: string;
    readonly toState: string;
    readonly write: string;
    readonly claimed: string;
    readonly claimGiven: string;
    readonly claimNotGiven: string;
    readonly whyNotOtherForms: string;
    readonly needs: string;
    readonly lorentzenProfile: string;
    readonly none: string;
    readonly governance: string;
    readonly participants: (count: number) => string;
    readonly fit: string;
    readonly conditionsPointTo: string;
    readonly fundingDependency: string;
    readonly largestFunder: string;
    /** "public side in Leksehjelp", "Laget in Budsjett". */
    readonly in: string;
    readonly voorbergRole: string;
    readonly participationPerDecision: string;
    readonly separateScales: string;
    readonly rights: string;
    readonly funding: string;
    readonly givesShare: (share: string) => string;
    readonly fundedBy: string;
    readonly remainsWithout: (funder: string, share: string) => string;
    readonly members: (count: number) => string;
    readonly decidesBy: string;
    readonly noStatedRule: string;
    readonly publicMajority: string;
    readonly decides: string;
    readonly noFundingLine: string;
    readonly decidedBy: string;
    readonly jointly: (parties: string, rule?: string) => string;
    readonly nobodyStated: string;
    readonly missingFacts: (count: number) => string;
    readonly declared: string;
    readonly derivedFromRights: string;
    readonly perYear: string;
    readonly perMonth: string;
    readonly once: string;
    readonly hours: string;
}

/** Every label of the classifications in one display language. */
export interface DisplayVocabulary {
    readonly language: DisplayLanguage;
    /** Sentence case ("Likeverdig samskaping"): a label that starts a line or a cell. */
    readonly forms: Record<CoCreationFormCode, string>;
    /** Sentence case, as `forms`. */
    readonly lorentzen: Record<LorentzenCategory, string>;
    /** The rest in lower case: they stand inside sentences and lists. */
    readonly pestoff: Record<PestoffCode, string>;
    readonly voorberg: Record<VoorbergRole, string>;
    readonly governanceModes: Record<GovernanceMode | 'undeclared', string>;
    readonly governanceFit: Record<GovernanceFit, string>;
    readonly sides: Record<Side, string>;
    /** Sentence case: sector names head legends and clusters. */
    readonly sectors: Record<Sector, string>;
    readonly rights: Record<RightKind, string>;
    readonly rules: Record<DecisionRule, string>;
    readonly levels: Record<DecisionLevel, string>;
    /** The criteria of the evidence; in English their machine codes, which the docs and `--explain` use. */
    readonly criteria: Record<CriterionCode, string>;
    readonly iap2: Record<Iap2Level, string>;
    readonly arnstein: Record<ArnsteinRung, string>;
    /** What each form needs, after `words.needs` (English: form-explanation.ts, shared with `--explain`). */
    readonly formRequirements: Record<DecidedForm, string>;
    /** The facts an undetermined form may lack (English: form-explanation.ts). */
    readonly missingFacts: Record<MissingFact, string>;
    /** Provenance: the kinds of sources and how sure a fact is ("guribye p. 12 (stated)"). */
    readonly sourceKinds: Record<SourceKind, string>;
    readonly certainties: Record<Certainty, string>;
    /** Kinds of funding lines, roles and phases, in lower case (documents, diagrams and findings). */
    readonly fundingKinds: Record<FundingKind, string>;
    readonly roleKinds: Record<RoleKind, string>;
    readonly phases: Record<Phase, string>;
    readonly instruments: Record<Instrument, string>;
    readonly words: HoverWords;
}

const CRITERIA_EN = {
    'public-to-non-public-resources': 'public-to-non-public-resources',
    'non-public-consulted-or-in-policy-body': 'non-public-consulted-or-in-policy-body',
    'joint-activity-body-or-agreement': 'joint-activity-body-or-agreement',
    'non-public-party-present': 'non-public-party-present',
    initiator: 'initiator',
    'first-involvement': 'first-involvement',
    'goals-defined-by': 'goals-defined-by',
    'content-defined-by': 'content-defined-by',
    'goals-and-content-defined-by': 'goals-and-content-defined-by',
    'strategic-decision-locus': 'strategic-decision-locus',
    'joint-phases': 'joint-phases',
    'public-contributes': 'public-contributes',
    'non-public-performs': 'non-public-performs',
    'highest-participation': 'highest-participation',
    'economic-support': 'economic-support',
    'joint-work': 'joint-work',
    'involved-early-or-shapes': 'involved-early-or-shapes',
    'not-all-joint': 'not-all-joint',
    'leading-side': 'leading-side',
    'public-specifies': 'public-specifies',
    'not-contracting': 'not-contracting',
    'decides-on-policy-or-planning': 'decides-on-policy-or-planning',
    'delivers-jointly-with-public': 'delivers-jointly-with-public',
    'individuals-contribute': 'individuals-contribute',
    'declared-level': 'declared-level',
    'derived-from-rights': 'derived-from-rights',
    'takes-initiative': 'takes-initiative',
    'shapes-design': 'shapes-design',
    implements: 'implements',
    'governance-declared': 'governance-declared',
    'participant-count': 'participant-count',
    trust: 'trust',
    'goal-consensus': 'goal-consensus',
    'organisation-named': 'organisation-named',
    funders: 'funders',
    concentration: 'concentration',
    'largest-funder-leaves': 'largest-funder-leaves',
    'lines-excluded': 'lines-excluded'
} as const satisfies Record<CriterionCode, string>;

const EN: DisplayVocabulary = {
    language: 'en',
    forms: {
        equal: 'Equal co-creation',
        voluntary_led: 'Voluntary-led co-creation',
        municipality_led: 'Municipality-led co-creation',
        co_implementation: 'Not co-creation: co-implementation',
        contracting: 'Not co-creation: contracting',
        support: 'Not co-creation: support only',
        consultation: 'Not co-creation: consultation only',
        no_relation: 'Not co-creation: no relation between the sides',
        undetermined: 'Undetermined'
    },
    lorentzen: { economic_support: 'Economic support', interest_representation: 'Interest representation', institutional_collaboration: 'Institutional collaboration' },
    pestoff: { co_governance: 'co-governance', co_management: 'co-management', co_production: 'co-production' },
    voorberg: { initiator: 'initiator', co_designer: 'co-designer', co_implementer: 'co-implementer' },
    governanceModes: { shared: 'shared governance', lead: 'lead organisation', nao: 'network administrative organisation', undeclared: 'not declared' },
    governanceFit: { fits: 'fits', misfit: 'does not fit', unknown: 'unknown' },
    sides: { public: 'public side', non_public: 'non-public side', joint: 'jointly', unknown: 'not stated' },
    sectors: { public: 'Public sector', voluntary: 'Voluntary sector', private: 'Private sector', social_economy: 'Social economy', citizens: 'Citizens', philanthropic: 'Philanthropy (foundations)' },
    rights: { decide: 'decides', agree: 'must agree', recommend: 'recommends', consulted: 'is consulted', informed: 'is informed', perform: 'performs' },
    rules: { consensus: 'consensus', majority: 'majority', unanimity: 'unanimity' },
    levels: { policy: 'policy', strategic: 'strategic', operational: 'operational' },
    criteria: CRITERIA_EN,
    iap2: { inform: 'inform', consult: 'consult', involve: 'involve', collaborate: 'collaborate', empower: 'empower' },
    arnstein: {
        manipulation: 'manipulation', therapy: 'therapy', informing: 'informing', consultation: 'consultation', placation: 'placation',
        partnership: 'partnership', delegated_power: 'delegated power', citizen_control: 'citizen control'
    },
    formRequirements: FORM_REQUIREMENTS,
    missingFacts: MISSING_FACT_TEXT,
    sourceKinds: { interview: 'interview', document: 'document', survey: 'survey', observation: 'observation', report: 'report', article: 'article', web_page: 'web page', assumption: 'assumption' },
    certainties: { stated: 'stated', inferred: 'inferred', assumed: 'assumed', illustrative: 'illustrative' },
    fundingKinds: {
        operating_grant: 'operating grant', project_grant: 'project grant', volunteer_centre_grant: 'volunteer centre grant',
        procurement_contract: 'procurement', contract_payment: 'contract payment', donation: 'donation', sponsorship: 'sponsorship',
        premises: 'premises', position: 'position', in_kind: 'in kind', volunteer_hours: 'volunteer hours', knowledge: 'knowledge'
    },
    roleKinds: { coordinator: 'coordinator', leader: 'leader', facilitator: 'facilitator', provider: 'provider', funder: 'funder', advisor: 'advisor', member: 'member' },
    phases: { initiation: 'initiation', commissioning: 'commissioning', design: 'design', delivery: 'delivery', assessment: 'assessment' },
    instruments: {
        grant: 'grant', procurement_contract: 'procurement contract', partnership_agreement: 'partnership agreement',
        cooperation_agreement: 'cooperation agreement', volunteer_centre_grant: 'volunteer centre grant', letter_of_intent: 'letter of intent'
    },
    words: {
        computedClassifications: 'computed classifications', coCreationForm: 'Co-creation form', missing: 'missing', toState: 'to state',
        write: 'write', claimed: 'claimed', claimGiven: 'the facts give it', claimNotGiven: 'the facts do not give it',
        whyNotOtherForms: 'Why not the other forms', needs: 'needs', lorentzenProfile: 'Lorentzen profile', none: 'none',
        governance: 'Governance (Provan & Kenis)', participants: count => `${formatDisplayNumber(count, 'en')} participants`, fit: 'fit', conditionsPointTo: 'conditions point to',
        fundingDependency: 'Funding dependency', largestFunder: 'largest funder', in: 'in', voorbergRole: 'Voorberg et al. role',
        participationPerDecision: 'Participation per decision', separateScales: '(IAP2 and Arnstein are separate scales)', rights: 'rights',
        funding: 'Funding', givesShare: share => `gives ${share} of the money in the model`, fundedBy: 'Funded by',
        remainsWithout: (funder, share) => `without ${funder}, ${share} remains`, members: count => `${formatDisplayNumber(count, 'en')} member(s)`,
        decidesBy: 'decides by', noStatedRule: 'no stated rule',
        publicMajority: 'The public side holds the majority: the non-public members can be outvoted (Arnstein: placation).',
        decides: 'Decides', noFundingLine: 'No funding line is `for` this budget.', decidedBy: 'decided by',
        jointly: (parties, rule) => `joint(${parties})${rule ? ` by ${rule}` : ''}`, nobodyStated: 'nobody stated',
        missingFacts: count => `${formatDisplayNumber(count, 'en')} missing ${count === 1 ? 'fact' : 'facts'}`, declared: 'declared', derivedFromRights: 'derived from rights',
        perYear: 'per year', perMonth: 'per month', once: 'once', hours: 'hours'
    }
};

/** Nothing done together: the condition every not-co-creation form shares (formRequirements). */
const APART_NB = 'ingenting gjort sammen (ingen felles fase, mål, innhold, strategiske beslutninger eller styring, og ingen delt offentlig beslutning)';

const NB: DisplayVocabulary = {
    language: 'nb',
    forms: {
        equal: 'Likeverdig samskaping', // research
        voluntary_led: 'Frivilligstyrt samskaping',
        municipality_led: 'Kommunestyrt samskaping',
        co_implementation: 'Ikke samskaping: samimplementering',
        contracting: 'Ikke samskaping: kjøp av tjenester',
        support: 'Ikke samskaping: bare økonomisk støtte',
        consultation: 'Ikke samskaping: bare høring',
        no_relation: 'Ikke samskaping: ingen relasjon mellom sidene',
        undetermined: 'Ikke avgjort'
    },
    // research
    lorentzen: { economic_support: 'Økonomisk støtte', interest_representation: 'Interesserepresentasjon', institutional_collaboration: 'Institusjonelt samarbeid' },
    pestoff: { co_governance: 'samstyring', co_management: 'samforvaltning', co_production: 'samproduksjon' },
    voorberg: { initiator: 'initiativtaker', co_designer: 'medutformer', co_implementer: 'medutfører' },
    governanceModes: { shared: 'delt styring', lead: 'ledende organisasjon', nao: 'nettverksadministrativ organisasjon', undeclared: 'ikke oppgitt' },
    governanceFit: { fits: 'passer', misfit: 'passer ikke', unknown: 'ukjent' },
    sides: { public: 'offentlig side', non_public: 'ikke-offentlig side', joint: 'i fellesskap', unknown: 'ikke oppgitt' },
    sectors: { public: 'Offentlig sektor', voluntary: 'Frivillig sektor', private: 'Privat sektor', social_economy: 'Sosial økonomi', citizens: 'Innbyggere', philanthropic: 'Filantropi (stiftelser)' },
    rights: { decide: 'beslutter', agree: 'må samtykke', recommend: 'anbefaler', consulted: 'blir konsultert', informed: 'blir informert', perform: 'utfører' },
    rules: { consensus: 'konsensus', majority: 'flertall', unanimity: 'enstemmighet' },
    levels: { policy: 'politikk', strategic: 'strategisk', operational: 'operativ' },
    criteria: {
        'public-to-non-public-resources': 'ressurser fra offentlig til ikke-offentlig side',
        'non-public-consulted-or-in-policy-body': 'ikke-offentlig side konsultert eller med i politisk organ',
        'joint-activity-body-or-agreement': 'felles aktivitet, organ eller avtale',
        'non-public-party-present': 'ikke-offentlig part med',
        initiator: 'initiativtaker',
        'first-involvement': 'første involvering',
        'goals-defined-by': 'mål definert av',
        'content-defined-by': 'innhold definert av',
        'goals-and-content-defined-by': 'mål og innhold definert av',
        'strategic-decision-locus': 'hvem som tar de strategiske beslutningene',
        'joint-phases': 'felles faser',
        'public-contributes': 'offentlig side bidrar',
        'non-public-performs': 'ikke-offentlig side utfører',
        'highest-participation': 'høyeste deltakelse',
        'economic-support': 'økonomisk støtte',
        'joint-work': 'felles arbeid',
        'involved-early-or-shapes': 'involvert tidlig eller former arbeidet',
        'not-all-joint': 'ikke alt i fellesskap',
        'leading-side': 'ledende side',
        'public-specifies': 'offentlig side bestemmer arbeidet',
        'not-contracting': 'ikke kjøp av tjenester',
        'decides-on-policy-or-planning': 'beslutter om politikk eller planlegging',
        'delivers-jointly-with-public': 'gjennomfører sammen med offentlig side',
        'individuals-contribute': 'enkeltpersoner bidrar',
        'declared-level': 'oppgitt nivå',
        'derived-from-rights': 'utledet av rettighetene',
        'takes-initiative': 'tar initiativ',
        'shapes-design': 'former utformingen',
        implements: 'gjennomfører',
        'governance-declared': 'styringsform oppgitt',
        'participant-count': 'antall deltakere',
        trust: 'tillit',
        'goal-consensus': 'enighet om mål',
        'organisation-named': 'organisasjonen navngitt',
        funders: 'finansiører',
        concentration: 'konsentrasjon',
        'largest-funder-leaves': 'største finansiør trekker seg',
        'lines-excluded': 'linjer som ikke telles med'
    },
    iap2: { inform: 'informere', consult: 'konsultere', involve: 'involvere', collaborate: 'samarbeide', empower: 'myndiggjøre' },
    arnstein: {
        manipulation: 'manipulasjon', therapy: 'terapi', informing: 'informering', consultation: 'konsultasjon', placation: 'blidgjøring',
        partnership: 'partnerskap', delegated_power: 'delegert makt', citizen_control: 'innbyggerkontroll'
    },
    formRequirements: {
        equal: 'mål og innhold definert av begge sider i fellesskap, og at de strategiske beslutningene er delt (tatt i fellesskap, eller styringen oppgitt som delt)',
        municipality_led: 'at sidene arbeider sammen, at den ikke-offentlige siden deltar før gjennomføringen eller definerer mål eller innhold, og at den offentlige siden leder: av mål, innhold, initiativ og strategiske beslutninger (i den rekkefølgen) må det første som én side har alene, være den offentlige sidens',
        voluntary_led: 'at sidene arbeider sammen, at den ikke-offentlige siden deltar før gjennomføringen eller definerer mål eller innhold, og at den ikke-offentlige siden leder: av mål, innhold, initiativ og strategiske beslutninger (i den rekkefølgen) må det første som én side har alene, være den ikke-offentlige sidens',
        co_implementation: 'en ikke-offentlig side som først kommer inn ved gjennomføring eller evaluering og verken definerer mål eller innhold, uansett hvor mye den gjennomfører sammen med den offentlige siden',
        contracting: `${APART_NB}, og at den ikke-offentlige siden utfører arbeid som den offentlige siden bestemmer (definerer innholdet i, eller kjøper gjennom anskaffelse)`,
        support: `${APART_NB}, og ressurser (penger, lokaler, stillinger, naturalytelser) fra den offentlige til den ikke-offentlige siden utenfor en anskaffelseskontrakt`,
        consultation: `${APART_NB}, og at den ikke-offentlige siden blir konsultert eller involvert i offentlige beslutninger (eller bare informert, når ingen ressurser går til den)`,
        no_relation: `${APART_NB}, og at den ikke-offentlige siden verken utfører bestilt arbeid, mottar ressurser eller har en stemme i en offentlig beslutning`
    },
    missingFacts: {
        'public-actor': 'en offentlig aktør', 'non-public-actor': 'en ikke-offentlig aktør', goals: 'hvem som definerer målene',
        content: 'hvem som definerer innholdet', 'first-involvement': 'når den ikke-offentlige siden først deltar',
        initiator: 'hvem som tok initiativet', 'strategic-decisions': 'hvem som tar de strategiske beslutningene'
    },
    sourceKinds: { interview: 'intervju', document: 'dokument', survey: 'spørreundersøkelse', observation: 'observasjon', report: 'rapport', article: 'artikkel', web_page: 'nettside', assumption: 'antakelse' },
    certainties: { stated: 'oppgitt i kilden', inferred: 'utledet', assumed: 'antatt', illustrative: 'illustrativt' },
    fundingKinds: {
        operating_grant: 'driftstilskudd', project_grant: 'prosjekttilskudd', volunteer_centre_grant: 'tilskudd til frivilligsentral',
        procurement_contract: 'anskaffelse', contract_payment: 'kontraktsbetaling', donation: 'gave', sponsorship: 'sponsing',
        premises: 'lokaler', position: 'stilling', in_kind: 'naturalytelse', volunteer_hours: 'frivillige timer', knowledge: 'kunnskap'
    },
    roleKinds: { coordinator: 'koordinator', leader: 'leder', facilitator: 'tilrettelegger', provider: 'tjenesteyter', funder: 'finansiør', advisor: 'rådgiver', member: 'medlem' },
    phases: { initiation: 'initiering', commissioning: 'bestilling', design: 'utforming', delivery: 'gjennomføring', assessment: 'evaluering' },
    instruments: {
        grant: 'tilskudd', procurement_contract: 'anskaffelseskontrakt', partnership_agreement: 'partnerskapsavtale',
        cooperation_agreement: 'samarbeidsavtale', volunteer_centre_grant: 'tilskudd til frivilligsentral', letter_of_intent: 'intensjonsavtale'
    },
    words: {
        computedClassifications: 'beregnede klassifiseringer', coCreationForm: 'Samskapingsform', missing: 'mangler', toState: 'for å oppgi',
        write: 'skriv', claimed: 'oppgitt', claimGiven: 'fakta gir den', claimNotGiven: 'fakta gir den ikke',
        whyNotOtherForms: 'Hvorfor ikke de andre formene', needs: 'krever', lorentzenProfile: 'Lorentzen-profil', none: 'ingen',
        governance: 'Styringsform (Provan & Kenis)', participants: count => `${formatDisplayNumber(count, 'nb')} deltakere`, fit: 'passer', conditionsPointTo: 'forholdene peker mot',
        fundingDependency: 'Finansieringsavhengighet', largestFunder: 'største finansiør', in: 'i', voorbergRole: 'Rolle (Voorberg mfl.)',
        participationPerDecision: 'Deltakelse per beslutning', separateScales: '(IAP2 og Arnstein er to ulike skalaer)', rights: 'rettigheter',
        funding: 'Finansiering', givesShare: share => `gir ${share} av pengene i modellen`, fundedBy: 'Finansiert av',
        remainsWithout: (funder, share) => `uten ${funder} gjenstår ${share}`, members: count => `${formatDisplayNumber(count, 'nb')} medlem${count === 1 ? '' : 'mer'}`,
        decidesBy: 'beslutter ved', noStatedRule: 'ingen oppgitt beslutningsregel',
        publicMajority: 'Den offentlige siden har flertallet: de ikke-offentlige medlemmene kan nedstemmes (Arnstein: blidgjøring).',
        decides: 'Beslutter', noFundingLine: 'Ingen finansieringslinje er `for` dette budsjettet.', decidedBy: 'besluttet av',
        jointly: (parties, rule) => `i fellesskap (${parties})${rule ? ` ved ${rule}` : ''}`, nobodyStated: 'ingen oppgitt',
        missingFacts: count => `${formatDisplayNumber(count, 'nb')} ${count === 1 ? 'manglende opplysning' : 'manglende opplysninger'}`, declared: 'oppgitt',
        derivedFromRights: 'utledet av rettighetene', perYear: 'per år', perMonth: 'per måned', once: 'engangs', hours: 'timer'
    }
};

/** Nynorsk: the forms and Lorentzen's categories in nynorsk; the other words as bokmål until translated. */
const NN: DisplayVocabulary = {
    ...NB,
    language: 'nn',
    forms: {
        equal: 'Likeverdig samskaping', // research
        voluntary_led: 'Frivilligstyrt samskaping',
        municipality_led: 'Kommunestyrt samskaping',
        co_implementation: 'Ikkje samskaping: samimplementering',
        contracting: 'Ikkje samskaping: kjøp av tenester',
        support: 'Ikkje samskaping: berre økonomisk støtte',
        consultation: 'Ikkje samskaping: berre høyring',
        no_relation: 'Ikkje samskaping: ingen relasjon mellom sidene',
        undetermined: 'Ikkje avgjort'
    },
    // research (bokmål and nynorsk share the terms)
    lorentzen: NB.lorentzen,
    sourceKinds: { ...NB.sourceKinds, survey: 'spørjeundersøking', assumption: 'antaking' },
    certainties: { stated: 'oppgitt i kjelda', inferred: 'utleidd', assumed: 'anteke', illustrative: 'illustrativt' }
};

/** Nothing done together: the condition every not-co-creation form shares (formRequirements). */
const APART_DA = 'intet gjort sammen (ingen fælles fase, mål, indhold, strategiske beslutninger eller styring, og ingen delt offentlig beslutning)';

const DA: DisplayVocabulary = {
    language: 'da',
    forms: {
        equal: 'Ligeværdig samskabelse', // research
        voluntary_led: 'Frivilligledet samskabelse',
        municipality_led: 'Kommunalt ledet samskabelse',
        co_implementation: 'Ikke samskabelse: samimplementering',
        contracting: 'Ikke samskabelse: køb af ydelser',
        support: 'Ikke samskabelse: kun økonomisk støtte',
        consultation: 'Ikke samskabelse: kun høring',
        no_relation: 'Ikke samskabelse: ingen relation mellem parterne',
        undetermined: 'Ikke afgjort'
    },
    // research
    lorentzen: { economic_support: 'Økonomisk støtte', interest_representation: 'Interessevaretagelse', institutional_collaboration: 'Institutionelt samarbejde' },
    pestoff: { co_governance: 'samstyring', co_management: 'samforvaltning', co_production: 'samproduktion' },
    voorberg: { initiator: 'initiativtager', co_designer: 'medudvikler', co_implementer: 'medudfører' },
    governanceModes: { shared: 'delt styring', lead: 'ledende organisation', nao: 'netværksadministrativ organisation', undeclared: 'ikke angivet' },
    governanceFit: { fits: 'passer', misfit: 'passer ikke', unknown: 'ukendt' },
    sides: { public: 'offentlig side', non_public: 'ikke-offentlig side', joint: 'i fællesskab', unknown: 'ikke angivet' },
    sectors: { public: 'Offentlig sektor', voluntary: 'Frivillig sektor', private: 'Privat sektor', social_economy: 'Socialøkonomi', citizens: 'Borgere', philanthropic: 'Filantropi (fonde)' },
    rights: { decide: 'beslutter', agree: 'skal godkende', recommend: 'anbefaler', consulted: 'bliver hørt', informed: 'bliver informeret', perform: 'udfører' },
    rules: { consensus: 'konsensus', majority: 'flertal', unanimity: 'enstemmighed' },
    levels: { policy: 'politik', strategic: 'strategisk', operational: 'operationel' },
    criteria: {
        'public-to-non-public-resources': 'ressourcer fra offentlig til ikke-offentlig part',
        'non-public-consulted-or-in-policy-body': 'ikke-offentlig part hørt eller med i politisk organ',
        'joint-activity-body-or-agreement': 'fælles aktivitet, organ eller aftale',
        'non-public-party-present': 'ikke-offentlig part med',
        initiator: 'initiativtager',
        'first-involvement': 'første inddragelse',
        'goals-defined-by': 'mål fastlagt af',
        'content-defined-by': 'indhold fastlagt af',
        'goals-and-content-defined-by': 'mål og indhold fastlagt af',
        'strategic-decision-locus': 'hvem der træffer de strategiske beslutninger',
        'joint-phases': 'fælles faser',
        'public-contributes': 'offentlig part bidrager',
        'non-public-performs': 'ikke-offentlig part udfører',
        'highest-participation': 'højeste deltagelse',
        'economic-support': 'økonomisk støtte',
        'joint-work': 'fælles arbejde',
        'involved-early-or-shapes': 'inddraget tidligt eller former arbejdet',
        'not-all-joint': 'ikke alt i fællesskab',
        'leading-side': 'ledende part',
        'public-specifies': 'offentlig part fastlægger arbejdet',
        'not-contracting': 'ikke køb af ydelser',
        'decides-on-policy-or-planning': 'beslutter om politik eller planlægning',
        'delivers-jointly-with-public': 'udfører sammen med offentlig part',
        'individuals-contribute': 'enkeltpersoner bidrager',
        'declared-level': 'angivet niveau',
        'derived-from-rights': 'udledt af rettighederne',
        'takes-initiative': 'tager initiativ',
        'shapes-design': 'former udformningen',
        implements: 'gennemfører',
        'governance-declared': 'styringsform angivet',
        'participant-count': 'antal deltagere',
        trust: 'tillid',
        'goal-consensus': 'enighed om mål',
        'organisation-named': 'organisationen navngivet',
        funders: 'finansieringskilder',
        concentration: 'koncentration',
        'largest-funder-leaves': 'største kilde trækker sig',
        'lines-excluded': 'linjer, der ikke tælles med'
    },
    iap2: { inform: 'informere', consult: 'høre', involve: 'inddrage', collaborate: 'samarbejde', empower: 'overdrage beslutningen' },
    arnstein: {
        manipulation: 'manipulering', therapy: 'terapi', informing: 'informering', consultation: 'høring', placation: 'formildning',
        partnership: 'partnerskab', delegated_power: 'delegeret magt', citizen_control: 'borgerkontrol'
    },
    formRequirements: {
        equal: 'mål og indhold fastlagt af begge parter i fællesskab, og at de strategiske beslutninger er delt (truffet i fællesskab, eller styringen angivet som delt)',
        municipality_led: 'at parterne arbejder sammen, at den ikke-offentlige part deltager før gennemførelsen eller fastlægger mål eller indhold, og at den offentlige part leder: af mål, indhold, initiativ og strategiske beslutninger (i den rækkefølge) skal det første, som én part har alene, være den offentlige parts',
        voluntary_led: 'at parterne arbejder sammen, at den ikke-offentlige part deltager før gennemførelsen eller fastlægger mål eller indhold, og at den ikke-offentlige part leder: af mål, indhold, initiativ og strategiske beslutninger (i den rækkefølge) skal det første, som én part har alene, være den ikke-offentlige parts',
        co_implementation: 'en ikke-offentlig part, der først kommer ind ved gennemførelse eller evaluering og hverken fastlægger mål eller indhold, uanset hvor meget den gennemfører sammen med den offentlige part',
        contracting: `${APART_DA}, og at den ikke-offentlige part udfører arbejde, som den offentlige part fastlægger (bestemmer indholdet af eller køber gennem udbud)`,
        support: `${APART_DA}, og ressourcer (penge, lokaler, stillinger, naturalieydelser) fra den offentlige til den ikke-offentlige part uden for en udbudskontrakt`,
        consultation: `${APART_DA}, og at den ikke-offentlige part bliver hørt eller inddraget i offentlige beslutninger (eller kun informeret, når ingen ressourcer går til den)`,
        no_relation: `${APART_DA}, og at den ikke-offentlige part hverken udfører bestilt arbejde, modtager ressourcer eller har indflydelse på en offentlig beslutning`
    },
    missingFacts: {
        'public-actor': 'en offentlig aktør', 'non-public-actor': 'en ikke-offentlig aktør', goals: 'hvem der fastlægger målene',
        content: 'hvem der fastlægger indholdet', 'first-involvement': 'hvornår den ikke-offentlige part først deltager',
        initiator: 'hvem der tog initiativet', 'strategic-decisions': 'hvem der træffer de strategiske beslutninger'
    },
    sourceKinds: { interview: 'interview', document: 'dokument', survey: 'spørgeskema', observation: 'observation', report: 'rapport', article: 'artikel', web_page: 'webside', assumption: 'antagelse' },
    certainties: { stated: 'angivet i kilden', inferred: 'udledt', assumed: 'antaget', illustrative: 'illustrativt' },
    fundingKinds: {
        operating_grant: 'driftstilskud', project_grant: 'projekttilskud', volunteer_centre_grant: 'tilskud til frivilligcenter',
        procurement_contract: 'udbud', contract_payment: 'kontraktbetaling', donation: 'donation', sponsorship: 'sponsorat',
        premises: 'lokaler', position: 'stilling', in_kind: 'naturalieydelse', volunteer_hours: 'frivillige timer', knowledge: 'viden'
    },
    roleKinds: { coordinator: 'koordinator', leader: 'leder', facilitator: 'facilitator', provider: 'leverandør', funder: 'finansieringskilde', advisor: 'rådgiver', member: 'medlem' },
    phases: { initiation: 'igangsættelse', commissioning: 'bestilling', design: 'udformning', delivery: 'gennemførelse', assessment: 'evaluering' },
    instruments: {
        grant: 'tilskud', procurement_contract: 'udbudskontrakt', partnership_agreement: 'partnerskabsaftale',
        cooperation_agreement: 'samarbejdsaftale', volunteer_centre_grant: 'tilskud til frivilligcenter', letter_of_intent: 'hensigtserklæring'
    },
    words: {
        computedClassifications: 'beregnede klassifikationer', coCreationForm: 'Samskabelsesform', missing: 'mangler', toState: 'for at angive',
        write: 'skriv', claimed: 'angivet', claimGiven: 'fakta giver den', claimNotGiven: 'fakta giver den ikke',
        whyNotOtherForms: 'Hvorfor ikke de andre former', needs: 'kræver', lorentzenProfile: 'Lorentzen-profil', none: 'ingen',
        governance: 'Styringsform (Provan & Kenis)', participants: count => `${formatDisplayNumber(count, 'da')} deltagere`, fit: 'passer', conditionsPointTo: 'forholdene peger mod',
        fundingDependency: 'Finansieringsafhængighed', largestFunder: 'største finansieringskilde', in: 'i', voorbergRole: 'Rolle (Voorberg m.fl.)',
        participationPerDecision: 'Deltagelse pr. beslutning', separateScales: '(IAP2 og Arnstein er to forskellige skalaer)', rights: 'rettigheder',
        funding: 'Finansiering', givesShare: share => `giver ${share} af pengene i modellen`, fundedBy: 'Finansieret af',
        remainsWithout: (funder, share) => `uden ${funder} er der ${share} tilbage`, members: count => `${formatDisplayNumber(count, 'da')} medlem${count === 1 ? '' : 'mer'}`,
        decidesBy: 'beslutter ved', noStatedRule: 'ingen angivet beslutningsregel',
        publicMajority: 'Den offentlige side har flertallet: de ikke-offentlige medlemmer kan stemmes ned (Arnstein: formildning).',
        decides: 'Beslutter', noFundingLine: 'Ingen finansieringslinje er `for` dette budget.', decidedBy: 'besluttet af',
        jointly: (parties, rule) => `i fællesskab (${parties})${rule ? ` ved ${rule}` : ''}`, nobodyStated: 'ingen angivet',
        missingFacts: count => `${formatDisplayNumber(count, 'da')} ${count === 1 ? 'manglende oplysning' : 'manglende oplysninger'}`, declared: 'angivet',
        derivedFromRights: 'udledt af rettighederne', perYear: 'pr. år', perMonth: 'pr. måned', once: 'engangs', hours: 'timer'
    }
};

const VOCABULARIES: Record<DisplayLanguage, DisplayVocabulary> = { en: EN, nb: NB, nn: NN, da: DA };

/** The one label set of a display language (hover, code lens, site, matrices, diagrams). */
export function displayVocabulary(language: DisplayLanguage = 'en'): DisplayVocabulary {
    return VOCABULARIES[language] ?? EN;
}

export function formLabel(form: CoCreationFormCode, language: DisplayLanguage = 'en'): string {
    return displayVocabulary(language).forms[form];
}

export function lorentzenLabel(category: LorentzenCategory, language: DisplayLanguage = 'en'): string {
    return displayVocabulary(language).lorentzen[category];
}

export function criterionLabel(criterion: CriterionCode, language: DisplayLanguage = 'en'): string {
    return displayVocabulary(language).criteria[criterion];
}

/**
 * A number as the display language writes it, the same bytes on every machine (no dependence on
 * the runtime's locale data): digit groups of three, separated by a no-break space and with a
 * decimal comma in Norwegian and Danish ("1 200 000", "0,72"), by a comma with a decimal point
 * in English ("1,200,000", "0.72"). Negative numbers take a minus sign (U+2212).
 */
export function formatDisplayNumber(value: number, language: DisplayLanguage = 'en', decimals = 0): string {
    const fixed = Math.abs(value).toFixed(decimals);
    const [whole, fraction] = fixed.split('.');
    const groupSeparator = language === 'en' ? ',' : '\u00A0';
    const decimalSeparator = language === 'en' ? '.' : ',';
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);
    const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
    return `${sign}${grouped}${fraction ? decimalSeparator + fraction : ''}`;
}

/**
 * The decimals a number from the model is written with: the fewest, at most `max`, that write it
 * as it is to `max` decimals ("16.67", not "16.670000000000002"; "12.5", not "12.50").
 */
export function displayDecimals(value: number, max = 4): number {
    const rounded = Number(value.toFixed(max));
    for (let decimals = 0; decimals < max; decimals++) {
        if (Number(value.toFixed(decimals)) === rounded) return decimals;
    }
    return max;
}

/** A share 0..1 as a percentage with at most one decimal: "83.3 %", "83,3 %". */
export function formatDisplayPercent(share: number, language: DisplayLanguage = 'en'): string {
    const percent = Math.round(share * 1000) / 10;
    return `${formatDisplayNumber(percent, language, Number.isInteger(percent) ? 0 : 1)} %`;
}
