import type { SourceRange } from '../model/partnership-model.js';
import type { CoCreationFormCode, CoCreationResult, Evidence, FormAssessment, MissingFact, ScaleReading } from './classification.js';

/**
 * How a judgement is explained, in one formulation shared by `samskap validate --explain`, the
 * hovers and the documentation site: why each other co-creation form does not hold, which facts
 * an undetermined form lacks and how to write them, a declared participation level beside the
 * derived one, and the places the evidence was read. Pure functions of the classification.
 *
 * ✓ and ✗ always say whether a criterion holds for the model, never whether the model states a
 * fact: a fact the procedure needs and the model lacks is listed as missing instead.
 */

/** Forms the procedure can reach (every co-creation form code but `undetermined`). */
export type DecidedForm = Exclude<CoCreationFormCode, 'undetermined'>;

/** "Nothing done together", the condition every not-co-creation form shares. */
const APART = 'nothing done together (no joint phase, goals, content, strategic decisions or governance, and no shared public decision)';

/**
 * What each form needs, as a noun phrase after "needs". Eimhjellen & Loga (2017) name the three
 * criteria (when the non-public side is involved, what the sides actually do together, who
 * controls goals and content); the forms' boundaries are our operationalisation [derived], set
 * out in docs/classifications.md.
 */
export const FORM_REQUIREMENTS: Record<DecidedForm, string> = {
    equal: 'goals and content defined jointly by both sides, and the strategic decisions shared (taken jointly, or governance declared shared)',
    municipality_led: 'the sides working together, the non-public side taking part before delivery or defining goals or content, and the public side leading: of goals, content, initiative and strategic decisions (in that order), the first that one side holds alone must be the public side’s',
    voluntary_led: 'the sides working together, the non-public side taking part before delivery or defining goals or content, and the non-public side leading: of goals, content, initiative and strategic decisions (in that order), the first that one side holds alone must be the non-public side’s',
    co_implementation: 'a non-public side that first comes in at delivery or assessment and defines neither the goals nor the content, however jointly it then delivers',
    contracting: `${APART}, and the non-public side delivering work that the public side specifies (defines its content, or buys it by procurement)`,
    support: `${APART}, and resources (money, premises, positions, in kind) flowing from the public to the non-public side outside a procurement contract`,
    consultation: `${APART}, and the non-public side consulted or involved on public decisions (or only informed, when no resources flow to it)`,
    no_relation: `${APART}, and the non-public side neither delivering specified work, nor receiving resources, nor having a voice in a public decision`
};

/** Why one form other than the computed one does not hold. */
export interface FormRejection {
    readonly form: FormAssessment['form'];
    /** What the form needs (FORM_REQUIREMENTS). */
    readonly requirement: string;
    /** The form's criteria that do not hold for this model, with their evidence (never empty: only the computed form's all hold). */
    readonly failing: readonly Evidence[];
}

/** For every form the procedure tested other than the computed one: what it needs and which criteria fail. */
export function whyNotOtherForms(result: CoCreationResult): FormRejection[] {
    return result.assessments
        .filter(assessment => assessment.form !== result.code)
        .map(assessment => ({
            form: assessment.form,
            requirement: FORM_REQUIREMENTS[assessment.form],
            failing: assessment.evidence.filter(evidence => !evidence.holds)
        }));
}

/** Each fact the procedure may lack, in words (English; the site has its own translations). */
export const MISSING_FACT_TEXT: Record<MissingFact, string> = {
    'public-actor': 'a public actor',
    'non-public-actor': 'a non-public actor',
    goals: 'who defines the goals',
    content: 'who defines the content',
    'first-involvement': 'when the non-public side first takes part',
    initiator: 'who took the initiative',
    'strategic-decisions': 'who takes the strategic decisions'
};

/** The Samskap statement that gives each fact (placeholders in capitals; see docs/language.md). */
export const MISSING_FACT_STATEMENT: Record<MissingFact, string> = {
    'public-actor': 'actor ID "TITLE" is municipality',
    'non-public-actor': 'actor ID "TITLE" is voluntary_organisation',
    goals: 'goals defined by PARTY',
    content: 'content defined by PARTY',
    'first-involvement': 'involvement PARTY from PHASE',
    initiator: 'initiative by PARTY',
    'strategic-decisions': 'decision ID "TITLE" level strategic { decide PARTY }'
};

/** One fact an undetermined form lacks: its code, its words and the statement that would give it. */
export interface MissingFactExplained {
    readonly fact: MissingFact;
    readonly text: string;
    readonly write: string;
}

/** The facts the co-creation procedure needed and the model does not state (empty unless undetermined). */
export function missingFacts(result: CoCreationResult): MissingFactExplained[] {
    return result.missing.map(fact => ({ fact, text: MISSING_FACT_TEXT[fact], write: MISSING_FACT_STATEMENT[fact] }));
}

/** The words around a participation level; English by default, the site passes its labels. */
export interface ScaleWords {
    readonly declared: string;
    readonly derivedFromRights: string;
    readonly none: string;
    /** A level's name in the display language; by default the code with spaces (`delegated power`). */
    readonly level?: (code: string) => string;
}

export const ENGLISH_SCALE_WORDS: ScaleWords = { declared: 'declared', derivedFromRights: 'derived from rights', none: '–' };

/**
 * A reading on IAP2 or Arnstein with a declared level shown beside the derived one:
 * `consult (declared) · derived from rights: involve`; the derived level alone when nothing is declared.
 */
export function scaleReadingText(reading: ScaleReading<string>, words: ScaleWords = ENGLISH_SCALE_WORDS): string {
    const level = (code: string | undefined): string => (code === undefined ? words.none : words.level?.(code) ?? code.replace(/_/g, ' '));
    if (reading.declared !== undefined) {
        return `${level(reading.declared)} (${words.declared}) · ${words.derivedFromRights}: ${level(reading.derived)}`;
    }
    return level(reading.derived ?? reading.code);
}

/**
 * Every place the evidence was read, once (ranges starting at the same uri, line and character
 * are one place), in source order: files in the order they first appear, then by position.
 */
export function evidenceLocations(evidence: Evidence | readonly Evidence[]): SourceRange[] {
    const items = isEvidence(evidence) ? [evidence] : evidence;
    const files = new Map<string, number>();
    const seen = new Map<string, SourceRange>();
    for (const item of items) {
        for (const range of item.ranges) {
            if (!files.has(range.uri)) files.set(range.uri, files.size);
            const key = `${range.uri}\u0000${range.start.line}\u0000${range.start.character}`;
            if (!seen.has(key)) seen.set(key, range);
        }
    }
    return [...seen.values()].sort((a, b) =>
        (files.get(a.uri) ?? 0) - (files.get(b.uri) ?? 0) || a.start.line - b.start.line || a.start.character - b.start.character);
}

function isEvidence(value: Evidence | readonly Evidence[]): value is Evidence {
    return !Array.isArray(value);
}

/** `case.samskap:12`: the file's name and the 1-based line where a piece of evidence was read. */
export function locationText(range: SourceRange): string {
    const file = decodeURIComponent(range.uri.slice(range.uri.lastIndexOf('/') + 1));
    return `${file}:${range.start.line + 1}`;
}

/** The evidence's places as `a.samskap:3, a.samskap:9`, each line once; empty when it has none. */
export function locationsText(evidence: Evidence | readonly Evidence[]): string {
    return [...new Set(evidenceLocations(evidence).map(locationText))].join(', ');
}
