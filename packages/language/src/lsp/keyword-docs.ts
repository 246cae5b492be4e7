import type { AstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import { RULES_DOCUMENTATION } from '../validation/samskap-validator.js';

/** What hover shows on a keyword: the statement's syntax, what it means, and its section of the language reference. */
export interface KeywordDoc {
    /** The statement as docs/language.md writes its syntax. */
    readonly syntax: string;
    readonly meaning: string;
    /** The heading anchor in docs/language.md. */
    readonly section: string;
}

const FILE: KeywordDoc = { syntax: 'model NAME "Title" { … }', meaning: 'A partnership model: one partnership, or one case as a researcher studies it. Its statements may come in any order, one per line.', section: 'file-structure' };
const LIBRARY: KeywordDoc = { syntax: 'library NAME "Title" { actor … }', meaning: 'A shared actor library: actors that many case files refer to as `library.actor`, or unqualified after `uses library`.', section: 'libraries-uses-and-qualified-names' };
const ACTOR: KeywordDoc = { syntax: 'actor NAME "Title" is KIND [owned by ACTOR] [sector SECTOR]', meaning: 'An organisation or a group taking part. Its kind gives its sector; `owned by` or `sector` decide its side (public or non-public), which every classification depends on.', section: 'actors' };
const ROLE: KeywordDoc = { syntax: 'role NAME "Title" [is ROLE_KIND] [held by PARTY, …]', meaning: 'A role in the partnership (coordinator, leader, funder, …) and the actors or bodies that hold it.', section: 'roles' };
const BODY: KeywordDoc = { syntax: 'body NAME "Title" [is BODY_KIND] members ACTOR, … [observers ACTOR, …] [decides by RULE] [level LEVEL] [chair ACTOR]', meaning: 'A steering group, board, forum or platform (D7): its members, its observers (who sit in it without a vote), how it decides, the level it decides on and who chairs it. A body is a party: it can hold roles, take decisions, receive funding.', section: 'bodies' };
const INITIATIVE: KeywordDoc = { syntax: 'initiative by PARTY, … [in YEAR]', meaning: 'Who took the initiative, and when (D1).', section: 'initiative-and-involvement' };
const INVOLVEMENT: KeywordDoc = { syntax: 'involvement PARTY from PHASE', meaning: 'The first phase a party takes part in (D2). Phases are ordered: initiation < commissioning < design < delivery < assessment.', section: 'initiative-and-involvement' };
const DEFINED: KeywordDoc = { syntax: 'goals|content defined by PARTY, … [by RULE]', meaning: 'Who controls the goals and the content of the collaboration, and by which rule (D3): one of the three criteria for co-creation.', section: 'goals-and-content' };
const ACTIVITY: KeywordDoc = { syntax: 'activity NAME "Title" [phases PHASE, …] [done [jointly | separately] by PARTY, …]', meaning: 'What is done, in which phases, and whether the parties do it jointly or separately (D5). Without `jointly`/`separately` the mode is left unstated.', section: 'activities' };
const DECISION: KeywordDoc = { syntax: 'decision NAME "Title" [owned by PARTY] [level LEVEL] { decide …  RIGHT PARTY, … }', meaning: 'Decision rights per decision (D4): `decide` names who takes it, the other lines give rights (agree, recommend, consulted, informed, perform).', section: 'decisions' };
const DECIDE: KeywordDoc = { syntax: 'decide PARTY   or   decide joint(ACTOR, …) [by RULE]', meaning: 'The decision locus: one actor, one body, or an ad-hoc `joint(...)` of actors with a rule.', section: 'decisions' };
const RIGHT: KeywordDoc = { syntax: 'RIGHT PARTY, … [iap2 LEVEL] [arnstein RUNG] [with feedback "…"]', meaning: 'A right in the decision (RAPID/RACI): `agree` holds a veto, `recommend` makes the proposal, `consulted` gives input before, `informed` is told afterwards, `perform` carries it out. `iap2` and `arnstein` are two different scales, never converted into each other; the feedback says how input is answered.', section: 'decisions' };
const BUDGET: KeywordDoc = { syntax: 'budget NAME "Title" AMOUNT [period PERIOD]', meaning: 'A funded item with a stated total: funding lines `for` it may give shares instead of amounts; the shares of one budget should add up to 100 %.', section: 'budgets-and-funding' };
const FUNDING: KeywordDoc = { syntax: 'FROM -> TO KIND [AMOUNT] [share N %] [for BUDGET] [period PERIOD] [requirements LEVEL] ["description"]', meaning: 'Resource flows (D6), one line each: money, premises, paid positions, in-kind, volunteer hours or knowledge. An amount without a rate is read as a one-off sum.', section: 'budgets-and-funding' };
const GOVERNANCE: KeywordDoc = { syntax: 'governance shared | lead ACTOR | nao ACTOR [trust GRADE] [consensus GRADE]', meaning: 'How the network is governed (D7, Provan & Kenis 2008): shared (participant-governed), by a lead organisation, or by a network administrative organisation.', section: 'governance' };
const ANCHORING: KeywordDoc = { syntax: 'anchoring [unit "…"] [resolution "…"] [budget_line "…"]', meaning: 'How the collaboration is anchored in the municipal administration (D8): the owning unit, the political or administrative decision and the budget line.', section: 'anchoring' };
const AGREEMENT: KeywordDoc = { syntax: 'agreement NAME "Title" [is INSTRUMENT] [parties PARTY, …] [period PERIOD] [evaluation EVALUATION] [termination "…"] [pilot [continuation "…"]]', meaning: 'The legal instrument (D11) and its terms: parties, period, evaluation rhythm, termination terms, and whether it is a pilot.', section: 'agreements' };
const CLAIM: KeywordDoc = { syntax: 'claim form FORM   or   claim partnership', meaning: 'What the author claims about the case. Samskap computes the form from the facts and reports where the claim is not supported, naming the criterion that failed.', section: 'claims' };
const SOURCE: KeywordDoc = { syntax: 'source ID is KIND "full reference" [date "…"] [url "…"]', meaning: 'A source of the facts, declared once; statements cite it by its id in brackets at their end: `[guribye "p. 23"]`.', section: 'sources-and-provenance' };
const CONTEXT: KeywordDoc = { syntax: 'country CODE · municipality "…" · period START..END · fields FIELD, … · purpose VALUE, … · goal "…"', meaning: 'The context of the case (D12 context, D9 purpose, D10 policy field). Amounts are counted in the country\'s currency.', section: 'context' };
const USES: KeywordDoc = { syntax: 'uses LIBRARY', meaning: 'Brings a library\'s actors into scope unqualified; without it, name them as `library.actor`.', section: 'libraries-uses-and-qualified-names' };
const CERTAINTY: KeywordDoc = { syntax: '[SOURCE "locator", …; CERTAINTY]   or   [CERTAINTY]', meaning: 'How sure a statement is: `stated` (the default with a source), `inferred` by the author from the source, `assumed` (no source says it) or `illustrative` (invented to show how such a case is written down: never a finding).', section: 'sources-and-provenance' };

/**
 * The construct each kind of statement is, by its syntax node type: hover on any keyword of a
 * statement (`actor`, `owned`, `by`, `period` in a funding line) explains the statement it is in.
 */
export const KEYWORD_DOCS: Readonly<Partial<Record<ast.SamskapAstType[keyof ast.SamskapAstType]['$type'], KeywordDoc>>> = {
    Model: FILE, Library: LIBRARY, Uses: USES,
    CountryStatement: CONTEXT, MunicipalityStatement: CONTEXT, PeriodStatement: CONTEXT, FieldsStatement: CONTEXT,
    PurposeStatement: CONTEXT, GoalStatement: CONTEXT,
    SourceStatement: SOURCE, Provenance: CERTAINTY, Citation: CERTAINTY,
    Actor: ACTOR, Role: ROLE, Body: BODY, Initiative: INITIATIVE, Involvement: INVOLVEMENT, Definition: DEFINED,
    Activity: ACTIVITY, Decision: DECISION, DecisionLocus: DECIDE, JointLocus: DECIDE, RightAssignment: RIGHT,
    Budget: BUDGET, FundingBlock: FUNDING, FundingLine: FUNDING, Amount: FUNDING,
    Governance: GOVERNANCE, Anchoring: ANCHORING, Agreement: AGREEMENT, Claim: CLAIM
};

/** The explanation for a keyword in a node of this type or inside it, from the nearest statement that has one. */
export function keywordDocFor(node: AstNode): KeywordDoc | undefined {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        const doc = KEYWORD_DOCS[current.$type as keyof typeof KEYWORD_DOCS];
        if (doc) return doc;
    }
    return undefined;
}

/**
 * Where the language reference is: beside the rule catalogue the server links diagnostics to (the
 * repository's docs/ folder, or dist/docs in the extension, which carries both files).
 */
export function languageDocLink(section: string): string {
    return `${RULES_DOCUMENTATION.base.replace(/rules\.md$/, 'language.md')}#${section}`;
}

/** The hover text for a keyword: its construct's syntax, meaning and a link to the reference. */
export function keywordHoverMarkdown(doc: KeywordDoc): string {
    return ['```samskap', doc.syntax, '```', '', doc.meaning, '', `[Language reference](${languageDocLink(doc.section)})`].join('\n');
}
