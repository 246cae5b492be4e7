import type { CoCreationForm, PartnershipModel, Phase, SourceRange } from '../model/partnership-model.js';
import { IAP2_LEVELS, PHASES, type Iap2Level } from '../model/partnership-model.js';
import type {
    CoCreationFacts, CoCreationFormCode, CoCreationResult, Evidence, FormAssessment, MissingFact, ParticipationResult, Side, Timing
} from './classification.js';
import { displayVocabulary, formLabel } from './labels.js';
import { inEachLanguage, sameText, type LocalText, type TextLanguage } from './local-text.js';
import { highestIap2 } from './participation.js';
import { earliestPhase, indexOf, sideLabel, type ModelIndex } from './model-index.js';
import { REFERENCES } from './references.js';

/** Where the forms come from, in every language (classification-sources.ts). */
export const CO_CREATION_SOURCE: LocalText = {
    en: `${REFERENCES.eimhjellenLoga2017.short} (criteria: when the non-public actors are involved, how much is done together, who controls goals and content); the forms as a decision procedure are our operationalisation (docs/classifications.md)`,
    nb: `${REFERENCES.eimhjellenLoga2017.short} (kriterier: når de ikke-offentlige aktørene involveres, hvor mye som gjøres sammen, hvem som styrer mål og innhold); formene som beslutningsprosedyre er vår operasjonalisering (docs/classifications.md)`,
    da: `${REFERENCES.eimhjellenLoga2017.short} (kriterier: hvornår de ikke-offentlige aktører inddrages, hvor meget der gøres sammen, hvem der styrer mål og indhold); formerne som beslutningsprocedure er vores operationalisering (docs/classifications.md)`
};
const SOURCE = CO_CREATION_SOURCE.en;

/** The claimable forms, co-creation first, in the order their assessments are listed. */
export const FORM_ORDER: readonly CoCreationForm[] = ['equal', 'municipality_led', 'voluntary_led', 'co_implementation', 'contracting', 'consultation', 'support'];

/** English labels; other display languages in labels.ts. */
export const FORM_LABELS: Record<CoCreationFormCode, string> = {
    equal: formLabel('equal'),
    voluntary_led: formLabel('voluntary_led'),
    municipality_led: formLabel('municipality_led'),
    co_implementation: formLabel('co_implementation'),
    contracting: formLabel('contracting'),
    consultation: formLabel('consultation'),
    support: formLabel('support'),
    no_relation: formLabel('no_relation'),
    undetermined: formLabel('undetermined')
};

const CO_CREATION_FORMS: ReadonlySet<CoCreationFormCode> = new Set(['equal', 'voluntary_led', 'municipality_led']);
const EARLY: ReadonlySet<Phase> = new Set(['initiation', 'commissioning', 'design']);

/** Whether the model has both sides; the procedure's step 0. */
export interface SidesPresent {
    readonly publicSide: boolean;
    readonly nonPublicSide: boolean;
}

interface FactRanges {
    readonly initiator: readonly SourceRange[];
    readonly involvement: readonly SourceRange[];
    readonly goals: readonly SourceRange[];
    readonly content: readonly SourceRange[];
    readonly strategic: readonly SourceRange[];
    readonly jointPhases: readonly SourceRange[];
    readonly together: readonly SourceRange[];
    readonly resources: readonly SourceRange[];
    readonly voice: readonly SourceRange[];
    readonly performs: readonly SourceRange[];
    readonly procurement: readonly SourceRange[];
}

const NO_RANGES: FactRanges = {
    initiator: [], involvement: [], goals: [], content: [], strategic: [], jointPhases: [],
    together: [], resources: [], voice: [], performs: [], procurement: []
};

/**
 * The co-creation form from Eimhjellen & Loga's three criteria, as the decision procedure of
 * docs/classifications.md. Every claimable form is assessed with its criteria, so a claim can be
 * checked against the criterion that fails and every other form can say why it does not hold.
 */
export function classifyCoCreation(model: PartnershipModel, participation: readonly ParticipationResult[]): CoCreationResult {
    const index = indexOf(model);
    const { facts, ranges } = coCreationFacts(index, participation);
    const sides: SidesPresent = { publicSide: index.publicActors().length > 0, nonPublicSide: index.nonPublicActors().length > 0 };
    const presence = presenceEvidence(index, sides);
    const { form, missing } = decideForm(facts, sides);
    const assessments = assessForms(facts, sides, ranges);
    const decided = assessments.find(assessment => assessment.form === form);
    const evidence = decided ? [presence, ...decided.evidence] : [presence, ...procedureEvidence(form, facts, sides, ranges)];
    return {
        code: form,
        label: FORM_LABELS[form],
        source: SOURCE,
        evidence,
        isCoCreation: CO_CREATION_FORMS.has(form),
        missing,
        facts,
        assessments
    };
}

// ---- The decision procedure: a pure function of the reduced facts -------------------------------

/**
 * The sides do something together (how much is actually done together, the second criterion):
 * a joint phase, goals, content or strategic decisions defined or taken jointly, shared
 * governance, or a non-public actor sharing a public decision (IAP2 collaborate or empower).
 */
export function togetherOf(f: Omit<CoCreationFacts, 'together'>): boolean {
    return f.jointPhases.length > 0 || f.goalsDefinedBy === 'joint' || f.contentDefinedBy === 'joint' || f.strategicDecisionLocus === 'joint'
        || f.sharedGovernance || f.highestVoice === 'collaborate' || f.highestVoice === 'empower';
}

function together(f: CoCreationFacts): boolean {
    return togetherOf(f);
}

/** Does the non-public side share control of goals or content? `unknown` when a definition it might share is not stated. */
function sharesControl(f: CoCreationFacts): 'yes' | 'no' | 'unknown' {
    const shares = (side: Side): boolean => side === 'non_public' || side === 'joint';
    if (shares(f.goalsDefinedBy) || shares(f.contentDefinedBy)) return 'yes';
    if (f.goalsDefinedBy === 'unknown' || f.contentDefinedBy === 'unknown') return 'unknown';
    return 'no';
}

function publicSpecifies(f: CoCreationFacts): boolean {
    return f.contentDefinedBy === 'public' || (f.contentDefinedBy === 'unknown' && (f.goalsDefinedBy === 'public' || f.procurement));
}

function contracting(f: CoCreationFacts): boolean {
    return f.nonPublicPerforms && publicSpecifies(f);
}

function voiceWithoutSharing(f: CoCreationFacts): boolean {
    return f.highestVoice === 'consult' || f.highestVoice === 'involve';
}

function strategicJoint(f: CoCreationFacts): boolean | undefined {
    if (f.strategicDecisionLocus === 'joint') return true;
    if (f.strategicDecisionLocus === 'unknown') return f.sharedGovernance ? true : undefined;
    return false;
}

/** Equal co-creation's three conditions: true, false (one fails), or undefined (none fails, one is not stated). */
function equalHolds(f: CoCreationFacts): { holds: boolean | undefined; missing: MissingFact[] } {
    const goals = f.goalsDefinedBy === 'unknown' ? undefined : f.goalsDefinedBy === 'joint';
    const content = f.contentDefinedBy === 'unknown' ? undefined : f.contentDefinedBy === 'joint';
    const strategic = strategicJoint(f);
    if (goals === false || content === false || strategic === false) return { holds: false, missing: [] };
    const missing: MissingFact[] = [];
    if (goals === undefined) missing.push('goals');
    if (content === undefined) missing.push('content');
    if (strategic === undefined) missing.push('strategic-decisions');
    return { holds: missing.length === 0, missing };
}

/** The facts that decide who leads, in order: goals, content, initiative, strategic decisions. */
function leadingSide(f: CoCreationFacts): { side?: 'public' | 'non_public'; missing?: MissingFact; decidedBy?: MissingFact } {
    const order: Array<[MissingFact, Side]> = [
        ['goals', f.goalsDefinedBy], ['content', f.contentDefinedBy], ['initiator', f.initiator], ['strategic-decisions', f.strategicDecisionLocus]
    ];
    for (const [fact, side] of order) {
        if (side === 'public' || side === 'non_public') return { side, decidedBy: fact };
        if (side === 'unknown') return { missing: fact };
    }
    return {};
}

/**
 * The decision procedure (docs/classifications.md): total over every combination of the facts;
 * `undetermined` only when a step needs a fact the model does not state, which `missing` names.
 */
export function decideForm(f: CoCreationFacts, sides: SidesPresent): { form: CoCreationFormCode; missing: MissingFact[] } {
    const undetermined = (missing: MissingFact[]) => ({ form: 'undetermined' as const, missing });
    if (!sides.publicSide || !sides.nonPublicSide) {
        return undetermined([...(sides.publicSide ? [] : ['public-actor' as const]), ...(sides.nonPublicSide ? [] : ['non-public-actor' as const])]);
    }
    // 1. Nothing done together: not co-creation; what the relation is instead.
    if (!together(f)) {
        if (contracting(f)) return { form: 'contracting', missing: [] };
        if (voiceWithoutSharing(f)) return { form: 'consultation', missing: [] };
        if (f.publicResources) return { form: 'support', missing: [] };
        if (f.highestVoice === 'inform') return { form: 'consultation', missing: [] };
        return { form: 'no_relation', missing: [] };
    }
    // 2. Timing: in at delivery or later with no say over goals or content is co-implementation.
    const shares = sharesControl(f);
    const unstatedDefinitions: MissingFact[] = [
        ...(f.goalsDefinedBy === 'unknown' ? ['goals' as const] : []), ...(f.contentDefinedBy === 'unknown' ? ['content' as const] : [])
    ];
    if (shares !== 'yes') {
        if (f.timing === 'late' && shares === 'no') return { form: 'co_implementation', missing: [] };
        if (f.timing === 'late') return undetermined(unstatedDefinitions);
        if (f.timing === 'unknown') return undetermined(['first-involvement', ...unstatedDefinitions]);
    }
    // 3. Equal: goals, content and strategic decisions all joint.
    const equal = equalHolds(f);
    if (equal.holds === true) return { form: 'equal', missing: [] };
    if (equal.holds === undefined) return undetermined(equal.missing);
    // 4. Otherwise the side that leads.
    const lead = leadingSide(f);
    if (lead.side === 'public') return { form: 'municipality_led', missing: [] };
    if (lead.side === 'non_public') return { form: 'voluntary_led', missing: [] };
    return undetermined(lead.missing ? [lead.missing] : []);
}

// ---- Assessments: each claimable form with its criteria -------------------------------------------

/** An evidence detail in every language: English in `detail` (the contract), all three in `details`. */
function criterion(criterion: Evidence['criterion'], holds: boolean, detail: LocalText, ranges: readonly SourceRange[]): Evidence {
    return { criterion, holds, detail: detail.en, details: detail, ranges };
}


/** A phase in a detail: the keyword in English (as written), the display word in Norwegian and Danish. */
function phaseWord(phase: Phase, language: TextLanguage): string {
    return language === 'en' ? phase : displayVocabulary(language).phases[phase];
}

function iap2Word(level: Iap2Level, language: TextLanguage): string {
    return language === 'en' ? level : displayVocabulary(language).iap2[level];
}

function jointPhasesText(f: CoCreationFacts, language: TextLanguage): string {
    const phases = f.jointPhases.map(phase => phaseWord(phase, language)).join(', ');
    const said: LocalText = f.jointPhases.length > 0
        ? { en: `phases done jointly: ${phases}`, nb: `faser gjort i fellesskap: ${phases}`, da: `faser udført i fællesskab: ${phases}` }
        : { en: 'no phase is done jointly', nb: 'ingen fase gjøres i fellesskap', da: 'ingen fase udføres i fællesskab' };
    return said[language];
}

function timingText(f: CoCreationFacts, language: TextLanguage): string {
    const phase = f.firstNonPublicPhase;
    const said: LocalText = phase
        ? {
            en: `the non-public side is first involved in ${phase}`,
            nb: `den ikke-offentlige siden involveres først i ${phaseWord(phase, 'nb')}`,
            da: `den ikke-offentlige side inddrages først i ${phaseWord(phase, 'da')}`
        }
        : {
            en: 'the model does not say when the non-public side is first involved',
            nb: 'modellen sier ikke når den ikke-offentlige siden først involveres',
            da: 'modellen siger ikke, hvornår den ikke-offentlige side først inddrages'
        };
    return said[language];
}

function togetherText(f: CoCreationFacts, language: TextLanguage): string {
    const ways: string[] = [];
    if (f.jointPhases.length > 0) ways.push(jointPhasesText(f, language));
    if (f.goalsDefinedBy === 'joint') ways.push({ en: 'goals are defined jointly', nb: 'målene defineres i fellesskap', da: 'målene fastlægges i fællesskab' }[language]);
    if (f.contentDefinedBy === 'joint') ways.push({ en: 'content is defined jointly', nb: 'innholdet defineres i fellesskap', da: 'indholdet fastlægges i fællesskab' }[language]);
    if (f.strategicDecisionLocus === 'joint') {
        ways.push({ en: 'strategic decisions are taken jointly', nb: 'strategiske beslutninger tas i fellesskap', da: 'strategiske beslutninger træffes i fællesskab' }[language]);
    }
    if (f.sharedGovernance) ways.push({ en: 'governance is shared', nb: 'styringen er delt', da: 'styringen er delt' }[language]);
    const voice = f.highestVoice;
    if (voice === 'collaborate' || voice === 'empower') {
        ways.push({
            en: `the non-public side reaches IAP2 "${voice}" in a public decision`,
            nb: `den ikke-offentlige siden når IAP2-nivået "${iap2Word(voice, 'nb')}" i en offentlig beslutning`,
            da: `den ikke-offentlige side når IAP2-niveauet "${iap2Word(voice, 'da')}" i en offentlig beslutning`
        }[language]);
    }
    return ways.length > 0
        ? ways.join('; ')
        : {
            en: 'the sides do nothing together: no joint phase, no joint goals, content or strategic decisions, no shared governance or shared public decision',
            nb: 'sidene gjør ingenting sammen: ingen felles fase, ingen felles mål, innhold eller strategiske beslutninger, ingen delt styring eller delt offentlig beslutning',
            da: 'siderne gør intet sammen: ingen fælles fase, ingen fælles mål, indhold eller strategiske beslutninger, ingen delt styring eller delt offentlig beslutning'
        }[language];
}

function jointWork(f: CoCreationFacts, ranges: FactRanges, expected: boolean): Evidence {
    const [en, nb, da] = [togetherText(f, 'en'), togetherText(f, 'nb'), togetherText(f, 'da')];
    return criterion('joint-work', together(f) === expected,
        expected
            ? { en: `the sides must do something together; ${en}`, nb: `sidene må gjøre noe sammen; ${nb}`, da: `siderne skal gøre noget sammen; ${da}` }
            : { en: `nothing may be done together; ${en}`, nb: `ingenting kan gjøres sammen; ${nb}`, da: `intet må gøres sammen; ${da}` },
        ranges.together);
}

function earlyOrShapes(f: CoCreationFacts, ranges: FactRanges): Evidence {
    const shares = sharesControl(f);
    const [goals, content] = [f.goalsDefinedBy, f.contentDefinedBy];
    return criterion('involved-early-or-shapes', f.timing === 'early' || shares === 'yes', {
        en: `the non-public side must be involved before delivery or share control of goals or content; ${timingText(f, 'en')}, goals by ${sideLabel(goals)}, content by ${sideLabel(content)}`,
        nb: `den ikke-offentlige siden må være involvert før gjennomføringen eller dele kontrollen over mål eller innhold; ${timingText(f, 'nb')}, mål av ${sideLabel(goals, 'nb')}, innhold av ${sideLabel(content, 'nb')}`,
        da: `den ikke-offentlige side skal være inddraget før gennemførelsen eller dele kontrollen med mål eller indhold; ${timingText(f, 'da')}, mål af ${sideLabel(goals, 'da')}, indhold af ${sideLabel(content, 'da')}`
    }, [...ranges.involvement, ...ranges.goals, ...ranges.content]);
}

function notAllJoint(f: CoCreationFacts, ranges: FactRanges): Evidence {
    const [goals, content, strategic] = [f.goalsDefinedBy, f.contentDefinedBy, f.strategicDecisionLocus];
    return criterion('not-all-joint', equalHolds(f).holds === false, {
        en: `goals, content and strategic decisions must not all be joint (that is equal co-creation), and none of them may be unstated while the others are joint; goals by ${sideLabel(goals)}, content by ${sideLabel(content)}, strategic decisions by ${sideLabel(strategic)}`,
        nb: `mål, innhold og strategiske beslutninger kan ikke alle være felles (det er likeverdig samskaping), og ingen av dem kan være uoppgitt mens de andre er felles; mål av ${sideLabel(goals, 'nb')}, innhold av ${sideLabel(content, 'nb')}, strategiske beslutninger av ${sideLabel(strategic, 'nb')}`,
        da: `mål, indhold og strategiske beslutninger må ikke alle være fælles (det er ligeværdig samskabelse), og ingen af dem må være uangivet, mens de andre er fælles; mål af ${sideLabel(goals, 'da')}, indhold af ${sideLabel(content, 'da')}, strategiske beslutninger af ${sideLabel(strategic, 'da')}`
    }, [...ranges.goals, ...ranges.content, ...ranges.strategic]);
}

/** The fact that decides who leads, as the subject of a sentence, and its verb ("are defined by"). */
const LEAD_FACT_TEXT: Partial<Record<MissingFact, { readonly fact: LocalText; readonly verb: LocalText }>> = {
    goals: { fact: { en: 'the goals', nb: 'målene', da: 'målene' }, verb: { en: 'are defined', nb: 'defineres', da: 'fastlægges' } },
    content: { fact: { en: 'the content', nb: 'innholdet', da: 'indholdet' }, verb: { en: 'are defined', nb: 'defineres', da: 'fastlægges' } },
    initiator: { fact: { en: 'the initiative', nb: 'initiativet', da: 'initiativet' }, verb: { en: 'is taken', nb: 'er tatt', da: 'er taget' } },
    'strategic-decisions': {
        fact: { en: 'the strategic decisions', nb: 'de strategiske beslutningene', da: 'de strategiske beslutninger' },
        verb: { en: 'are taken', nb: 'tas', da: 'træffes' }
    }
};
const NO_FACT = { fact: { en: '', nb: '', da: '' }, verb: { en: '', nb: '', da: '' } };

function leads(f: CoCreationFacts, ranges: FactRanges, side: 'public' | 'non_public'): Evidence {
    const lead = leadingSide(f);
    const name: LocalText = side === 'public'
        ? { en: 'the public side', nb: 'den offentlige siden', da: 'den offentlige side' }
        : { en: 'the non-public side', nb: 'den ikke-offentlige siden', da: 'den ikke-offentlige side' };
    const must: LocalText = {
        en: `${name.en} must lead: the first of goals, content, initiative and strategic decisions held by one side`,
        nb: `${name.nb} må lede: det første av mål, innhold, initiativ og strategiske beslutninger som én side har alene`,
        da: `${name.da} skal lede: det første af mål, indhold, initiativ og strategiske beslutninger, som én side har alene`
    };
    let found: LocalText;
    if (lead.side) {
        const { fact, verb } = LEAD_FACT_TEXT[lead.decidedBy ?? 'goals'] ?? NO_FACT;
        const by = lead.side;
        found = { en: `${fact.en} ${verb.en} by ${sideLabel(by)}`, nb: `${fact.nb} ${verb.nb} av ${sideLabel(by, 'nb')}`, da: `${fact.da} ${verb.da} af ${sideLabel(by, 'da')}` };
    } else if (lead.missing) {
        const { fact } = LEAD_FACT_TEXT[lead.missing] ?? NO_FACT;
        found = { en: `${fact.en} are not stated`, nb: `${fact.nb} er ikke oppgitt`, da: `${fact.da} er ikke angivet` };
    } else {
        found = { en: 'all of them are joint', nb: 'alle er felles', da: 'de er alle fælles' };
    }
    return criterion('leading-side', lead.side === side, inEachLanguage(language => `${must[language]}; ${found[language]}`),
        [...ranges.goals, ...ranges.content, ...ranges.initiator, ...ranges.strategic]);
}

function assessment(form: CoCreationForm, presenceHolds: Evidence, evidence: Evidence[]): FormAssessment {
    const all = [presenceHolds, ...evidence];
    return { form, supported: all.every(e => e.holds), evidence };
}

/** Every claimable form with its criteria; exactly the decided form's all hold (tested over the whole fact space). */
export function assessForms(f: CoCreationFacts, sides: SidesPresent, ranges: FactRanges = NO_RANGES): FormAssessment[] {
    const presence = criterion('non-public-party-present', sides.publicSide && sides.nonPublicSide, sameText(''), []);
    const shares = sharesControl(f);
    const strategic = strategicJoint(f);
    const side = (which: Side): LocalText => inEachLanguage(language => sideLabel(which, language));
    const [goals, content, locus] = [side(f.goalsDefinedBy), side(f.contentDefinedBy), side(f.strategicDecisionLocus)];
    const voice = f.highestVoice;
    return FORM_ORDER.map(form => {
        switch (form) {
            case 'equal': return assessment(form, presence, [
                criterion('goals-defined-by', f.goalsDefinedBy === 'joint', {
                    en: `goals must be defined jointly; defined by ${goals.en}`,
                    nb: `målene må defineres i fellesskap; definert av ${goals.nb}`,
                    da: `målene skal fastlægges i fællesskab; fastlagt af ${goals.da}`
                }, ranges.goals),
                criterion('content-defined-by', f.contentDefinedBy === 'joint', {
                    en: `content must be defined jointly; defined by ${content.en}`,
                    nb: `innholdet må defineres i fellesskap; definert av ${content.nb}`,
                    da: `indholdet skal fastlægges i fællesskab; fastlagt af ${content.da}`
                }, ranges.content),
                criterion('strategic-decision-locus', strategic === true,
                    f.strategicDecisionLocus === 'unknown' && f.sharedGovernance
                        ? {
                            en: 'no strategic decision stated; governance is declared shared',
                            nb: 'ingen strategisk beslutning oppgitt; styringen er oppgitt som delt',
                            da: 'ingen strategisk beslutning angivet; styringen er angivet som delt'
                        }
                        : {
                            en: `strategic decisions must be taken jointly (or, when none is stated, governance shared); taken by ${locus.en}`,
                            nb: `strategiske beslutninger må tas i fellesskap (eller, når ingen er oppgitt, styringen være delt); tatt av ${locus.nb}`,
                            da: `strategiske beslutninger skal træffes i fællesskab (eller, når ingen er angivet, styringen være delt); truffet af ${locus.da}`
                        },
                    ranges.strategic)
            ]);
            case 'municipality_led':
            case 'voluntary_led': return assessment(form, presence, [
                jointWork(f, ranges, true),
                earlyOrShapes(f, ranges),
                notAllJoint(f, ranges),
                leads(f, ranges, form === 'municipality_led' ? 'public' : 'non_public')
            ]);
            case 'co_implementation': return assessment(form, presence, [
                jointWork(f, ranges, true),
                criterion('first-involvement', f.timing === 'late', {
                    en: `the non-public side must first come in at delivery or later; ${timingText(f, 'en')}`,
                    nb: `den ikke-offentlige siden må komme inn først ved gjennomføringen eller senere; ${timingText(f, 'nb')}`,
                    da: `den ikke-offentlige side skal først komme ind ved gennemførelsen eller senere; ${timingText(f, 'da')}`
                }, ranges.involvement),
                criterion('goals-and-content-defined-by', shares === 'no', {
                    en: `the non-public side must define neither goals nor content (both stated); goals by ${goals.en}, content by ${content.en}`,
                    nb: `den ikke-offentlige siden må verken definere mål eller innhold (begge oppgitt); mål av ${goals.nb}, innhold av ${content.nb}`,
                    da: `den ikke-offentlige side må hverken fastlægge mål eller indhold (begge angivet); mål af ${goals.da}, indhold af ${content.da}`
                }, [...ranges.goals, ...ranges.content])
            ]);
            case 'contracting': return assessment(form, presence, [
                jointWork(f, ranges, false),
                criterion('non-public-performs', f.nonPublicPerforms, f.nonPublicPerforms
                    ? { en: 'the non-public side delivers work', nb: 'den ikke-offentlige siden utfører arbeid', da: 'den ikke-offentlige side udfører arbejde' }
                    : {
                        en: 'the non-public side must deliver work; none is stated',
                        nb: 'den ikke-offentlige siden må utføre arbeid; ikke noe er oppgitt',
                        da: 'den ikke-offentlige side skal udføre arbejde; intet er angivet'
                    }, ranges.performs),
                criterion('public-specifies', publicSpecifies(f), {
                    en: `the public side must specify the work: define the content alone (or the goals, or buy it by procurement, when the content is not stated); content by ${content.en}, goals by ${goals.en}${f.procurement ? ', a procurement contract or contract payment is stated' : ''}`,
                    nb: `den offentlige siden må bestemme arbeidet: definere innholdet alene (eller målene, eller kjøpe det gjennom anskaffelse, når innholdet ikke er oppgitt); innhold av ${content.nb}, mål av ${goals.nb}${f.procurement ? ', en anskaffelseskontrakt eller kontraktsbetaling er oppgitt' : ''}`,
                    da: `den offentlige side skal fastlægge arbejdet: fastlægge indholdet alene (eller målene, eller købe det gennem udbud, når indholdet ikke er angivet); indhold af ${content.da}, mål af ${goals.da}${f.procurement ? ', en udbudskontrakt eller kontraktbetaling er angivet' : ''}`
                }, [...ranges.content, ...ranges.goals, ...ranges.procurement])
            ]);
            case 'consultation': return assessment(form, presence, [
                jointWork(f, ranges, false),
                notContracting(f, ranges),
                criterion('highest-participation', voiceWithoutSharing(f) || (voice === 'inform' && !f.publicResources), {
                    en: `the non-public side must be consulted or involved in a public decision (or only informed, with no resources from the public side); ${voice ? `the highest IAP2 level is ${voice}` : 'it has no voice in any public decision'}${f.publicResources ? '; resources flow from the public side' : ''}`,
                    nb: `den ikke-offentlige siden må bli konsultert eller involvert i en offentlig beslutning (eller bare informert, uten ressurser fra den offentlige siden); ${voice ? `høyeste IAP2-nivå er ${iap2Word(voice, 'nb')}` : 'den har ingen stemme i noen offentlig beslutning'}${f.publicResources ? '; ressurser går fra den offentlige siden' : ''}`,
                    da: `den ikke-offentlige side skal høres eller inddrages i en offentlig beslutning (eller kun informeres, uden ressourcer fra den offentlige side); ${voice ? `højeste IAP2-niveau er ${iap2Word(voice, 'da')}` : 'den har ingen indflydelse på nogen offentlig beslutning'}${f.publicResources ? '; der går ressourcer fra den offentlige side' : ''}`
                }, [...ranges.voice, ...ranges.resources])
            ]);
            case 'support': return assessment(form, presence, [
                jointWork(f, ranges, false),
                notContracting(f, ranges),
                criterion('economic-support', f.publicResources, f.publicResources
                    ? {
                        en: 'money or in-kind resources flow from the public to the non-public side',
                        nb: 'penger eller naturalytelser går fra den offentlige til den ikke-offentlige siden',
                        da: 'penge eller naturalieydelser går fra den offentlige til den ikke-offentlige side'
                    }
                    : {
                        en: 'money or in-kind resources must flow from the public to the non-public side; none do',
                        nb: 'penger eller naturalytelser må gå fra den offentlige til den ikke-offentlige siden; ingen gjør det',
                        da: 'penge eller naturalieydelser skal gå fra den offentlige til den ikke-offentlige side; ingen gør det'
                    },
                ranges.resources),
                criterion('highest-participation', !voiceWithoutSharing(f), {
                    en: `the non-public side must have no voice beyond being informed; ${voice ? `it reaches IAP2 "${voice}"` : 'it has none in any public decision'}`,
                    nb: `den ikke-offentlige siden kan ikke ha mer å si enn å bli informert; ${voice ? `den når IAP2-nivået "${iap2Word(voice, 'nb')}"` : 'den har ingen stemme i noen offentlig beslutning'}`,
                    da: `den ikke-offentlige side må ikke have mere indflydelse end at blive informeret; ${voice ? `den når IAP2-niveauet "${iap2Word(voice, 'da')}"` : 'den har ingen indflydelse på nogen offentlig beslutning'}`
                }, ranges.voice)
            ]);
        }
    });
}

const DELIVERS_NO_SPECIFIED_WORK: LocalText = {
    en: 'the non-public side delivers no work the public side specifies',
    nb: 'den ikke-offentlige siden utfører ikke arbeid som den offentlige siden bestemmer',
    da: 'den ikke-offentlige side udfører intet arbejde, som den offentlige side fastlægger'
};

function notContracting(f: CoCreationFacts, ranges: FactRanges): Evidence {
    return criterion('not-contracting', !contracting(f), contracting(f)
        ? {
            en: 'the non-public side delivers work the public side specifies (contracting)',
            nb: 'den ikke-offentlige siden utfører arbeid som den offentlige siden bestemmer (kjøp av tjenester)',
            da: 'den ikke-offentlige side udfører arbejde, som den offentlige side fastlægger (køb af ydelser)'
        }
        : DELIVERS_NO_SPECIFIED_WORK,
    [...ranges.performs, ...ranges.procurement]);
}

/** The procedure's steps for an outcome that is no claimable form: no relation, or undetermined. */
function procedureEvidence(form: CoCreationFormCode, f: CoCreationFacts, sides: SidesPresent, ranges: FactRanges): Evidence[] {
    if (!sides.publicSide || !sides.nonPublicSide) return [];
    if (form === 'no_relation') {
        return [
            jointWork(f, ranges, false),
            criterion('non-public-performs', false, DELIVERS_NO_SPECIFIED_WORK, ranges.performs),
            criterion('economic-support', false, {
                en: 'no money or in-kind resources flow from the public to the non-public side',
                nb: 'ingen penger eller naturalytelser går fra den offentlige til den ikke-offentlige siden',
                da: 'ingen penge eller naturalieydelser går fra den offentlige til den ikke-offentlige side'
            }, ranges.resources),
            criterion('highest-participation', false, {
                en: 'the non-public side has no voice in any public decision',
                nb: 'den ikke-offentlige siden har ingen stemme i noen offentlig beslutning',
                da: 'den ikke-offentlige side har ingen indflydelse på nogen offentlig beslutning'
            }, ranges.voice)
        ];
    }
    // Undetermined with both sides present: they do something together (otherwise step 1 decides),
    // and the timing step or a later one needs a fact the model does not state.
    return [jointWork(f, ranges, true), earlyOrShapes(f, ranges)];
}

function presenceEvidence(index: ModelIndex, sides: SidesPresent): Evidence {
    const nonPublic = index.nonPublicActors();
    const titles = index.titles(nonPublic.map(actor => actor.id));
    return criterion('non-public-party-present', sides.publicSide && sides.nonPublicSide, !sides.nonPublicSide
        ? { en: 'the model declares no non-public actor', nb: 'modellen har ingen ikke-offentlig aktør', da: 'modellen har ingen ikke-offentlig aktør' }
        : !sides.publicSide
            ? { en: 'the model declares no public actor', nb: 'modellen har ingen offentlig aktør', da: 'modellen har ingen offentlig aktør' }
            : { en: `non-public side: ${titles}`, nb: `ikke-offentlig side: ${titles}`, da: `ikke-offentlig side: ${titles}` },
    nonPublic.map(actor => actor.nameRange));
}

// ---- From the model to the facts ------------------------------------------------------------------

function timingOf(phase: Phase | undefined): Timing {
    if (phase === undefined) return 'unknown';
    return EARLY.has(phase) ? 'early' : 'late';
}

/** Reduces the model to the facts the procedure reads; the operationalisation is in docs/classifications.md. */
export function coCreationFacts(index: ModelIndex, participation: readonly ParticipationResult[] = []): { facts: CoCreationFacts; ranges: FactRanges } {
    const model = index.model;
    const initiatorRanges = model.initiatives.map(initiative => initiative.range);
    const initiator = index.sideOf(model.initiatives.flatMap(initiative => initiative.initiators));
    const nonPublicParty = (party: string): boolean => index.actorsOf(party).some(actor => !index.isPublic(actor));

    // First involvement of the non-public side: an explicit `involvement`, taking the initiative
    // (initiation), or performing an activity in a phase (an activity without phases is delivery).
    const nonPublicPhases: Phase[] = [];
    const involvementRanges: SourceRange[] = [];
    for (const involvement of model.involvements) {
        if (nonPublicParty(involvement.party)) {
            nonPublicPhases.push(involvement.phase);
            involvementRanges.push(involvement.range);
        }
    }
    for (const initiative of model.initiatives) {
        if (initiative.initiators.some(nonPublicParty)) {
            nonPublicPhases.push('initiation');
            involvementRanges.push(initiative.range);
        }
    }
    const performsRanges: SourceRange[] = [];
    for (const activity of model.activities) {
        if (activity.performers.some(nonPublicParty)) {
            nonPublicPhases.push(...(activity.phases.length > 0 ? activity.phases : ['delivery' as const]));
            involvementRanges.push(activity.range);
            performsRanges.push(activity.range);
        }
    }
    for (const decision of model.decisions) {
        for (const right of decision.rights) {
            if (right.right === 'perform' && nonPublicParty(right.party)) performsRanges.push(right.range);
        }
    }

    const definitions = (aspect: 'goals' | 'content') => model.definitions.filter(definition => definition.aspect === aspect);
    const goals = definitions('goals');
    const content = definitions('content');

    // Strategic decisions: those at policy or strategic level (their own or their deciding body's);
    // when the model levels none, every decision counts, since nothing marks any as operational.
    const levelled = model.decisions.filter(decision => index.levelOf(decision) !== undefined);
    const strategic = levelled.length > 0 ? levelled.filter(decision => index.levelOf(decision) !== 'operational') : model.decisions;
    const strategicRanges = strategic.flatMap(decision => decision.loci.map(locus => locus.range));
    const strategicDecisionLocus = index.sideOf(strategic.flatMap(decision => index.decidersOf(decision)));

    // Joint phases: phases of activities whose performers span both sides (not done `separately`),
    // and initiation when public and non-public parties take the initiative together.
    const joint = new Set<Phase>();
    const jointRanges: SourceRange[] = [];
    for (const activity of model.activities) {
        if (activity.mode !== 'separately' && index.sideOf(activity.performers) === 'joint') {
            for (const phase of activity.phases.length > 0 ? activity.phases : ['delivery' as const]) joint.add(phase);
            jointRanges.push(activity.range);
        }
    }
    if (initiator === 'joint') {
        joint.add('initiation');
        jointRanges.push(...initiatorRanges);
    }

    const voiceRanges: SourceRange[] = [];
    for (const result of participation) {
        for (const evidence of result.iap2.evidence) voiceRanges.push(...evidence.ranges);
    }
    // A seat in a body with members on both sides is a voice even when no decision of the body is
    // written down (a voluntary-sector council): advice in an advisory body or forum; a share in
    // the decisions in a steering group, a board or any body that decides by a rule. A platform or
    // working group without a rule is a place to work together, not a stated voice.
    const voices: Iap2Level[] = [];
    const highestDecisionVoice = highestIap2(participation);
    if (highestDecisionVoice) voices.push(highestDecisionVoice);
    for (const body of model.bodies) {
        if (index.sideOf(body.members) !== 'joint') continue;
        const voice = body.kind === 'advisory_body' || body.kind === 'forum' ? 'consult'
            : body.rule !== undefined || body.kind === 'steering_group' || body.kind === 'board' ? 'collaborate'
                : undefined;
        if (voice === undefined) continue;
        voices.push(voice);
        voiceRanges.push(body.range);
    }
    const highestVoice = voices.length > 0 ? voices.reduce((a, b) => IAP2_LEVELS.indexOf(b) > IAP2_LEVELS.indexOf(a) ? b : a) : undefined;
    const resourceLines = index.publicToNonPublicLines().filter(line =>
        line.category !== 'knowledge' && line.category !== 'volunteer_hours' && line.kind !== 'procurement_contract' && line.kind !== 'contract_payment');
    const procurementRanges = [
        ...model.funding.filter(line => line.kind === 'procurement_contract' || line.kind === 'contract_payment').map(line => line.range),
        ...model.agreements.filter(agreement => agreement.instrument === 'procurement_contract').map(agreement => agreement.range)
    ];

    const goalsDefinedBy = index.sideOf(goals.flatMap(definition => definition.definers));
    const contentDefinedBy = index.sideOf(content.flatMap(definition => definition.definers));
    const sharedGovernance = model.governance?.mode === 'shared';
    const firstNonPublicPhase = earliestPhase(nonPublicPhases);
    const togetherRanges = [
        ...jointRanges,
        ...(goalsDefinedBy === 'joint' ? goals.map(d => d.range) : []),
        ...(contentDefinedBy === 'joint' ? content.map(d => d.range) : []),
        ...(strategicDecisionLocus === 'joint' ? strategicRanges : []),
        ...(sharedGovernance && model.governance ? [model.governance.range] : []),
        ...(highestVoice === 'collaborate' || highestVoice === 'empower' ? voiceRanges : [])
    ];
    const reduced: Omit<CoCreationFacts, 'together'> = {
        initiator,
        firstNonPublicPhase,
        goalsDefinedBy,
        contentDefinedBy,
        strategicDecisionLocus,
        jointPhases: PHASES.filter(phase => joint.has(phase)),
        timing: timingOf(firstNonPublicPhase),
        sharedGovernance,
        highestVoice,
        publicResources: resourceLines.length > 0,
        nonPublicPerforms: performsRanges.length > 0,
        procurement: procurementRanges.length > 0
    };
    const facts: CoCreationFacts = { ...reduced, together: togetherOf(reduced) };
    return {
        facts,
        ranges: {
            initiator: initiatorRanges,
            involvement: involvementRanges,
            goals: goals.map(definition => definition.range),
            content: content.map(definition => definition.range),
            strategic: strategicRanges,
            jointPhases: jointRanges,
            together: togetherRanges,
            resources: resourceLines.map(line => line.range),
            voice: voiceRanges,
            performs: performsRanges,
            procurement: procurementRanges
        }
    };
}
