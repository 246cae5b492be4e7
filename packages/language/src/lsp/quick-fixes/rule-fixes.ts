import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, Position, TextEdit } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import type { Classification } from '../../analysis/classification.js';
import { displayVocabulary } from '../../analysis/labels.js';
import type { LocalText } from '../../analysis/local-text.js';
import { numberIn } from '../../validation/rule-message.js';
import { addStatement, indentationOf, modelAt, preferFirst, quickFix, removeLines, type QuickFix } from './quick-fix.js';

/** What a rule's fix reads besides the text: the classification of the model the finding is on. */
export interface RuleFixContext {
    readonly classificationOf: (model: ast.Model) => Classification | undefined;
}

/** How many names a fix offers at most: one action per actor would flood the menu of a large model. */
const MAX_CHOICES = 6;

const COUNTRIES: ReadonlyArray<readonly [string, LocalText, string]> = [
    ['NO', { en: 'Norway', nb: 'Norge', da: 'Norge' }, 'NOK'],
    ['DK', { en: 'Denmark', nb: 'Danmark', da: 'Danmark' }, 'DKK'],
    ['SE', { en: 'Sweden', nb: 'Sverige', da: 'Sverige' }, 'SEK'],
    ['FI', { en: 'Finland', nb: 'Finland', da: 'Finland' }, 'EUR'],
    ['IS', { en: 'Iceland', nb: 'Island', da: 'Island' }, '']
];
const PURPOSES = ['social', 'democratic', 'economic', 'innovation', 'quality', 'effect'] as const;

type Fixer = (document: LangiumDocument, diagnostic: Diagnostic, context: RuleFixContext) => QuickFix[];

/**
 * Fixes derived from a finding's rule code, where the message tells the user what to write: the
 * edit is built from the diagnostic's range and the model's syntax, so the rules need not carry
 * it. Each fix writes what the message names; what only the author knows (a reference, a
 * resolution) is left as a `TODO` text to fill in, never as a made-up fact.
 */
const FIXERS: Readonly<Record<string, Fixer>> = {
    'SK-CTX-001': swapPeriod,
    'SK-CTX-003': (document, diagnostic) => withModel(document, diagnostic, model =>
        PURPOSES.map(value => add(document, diagnostic, model, `purpose ${value}`, addTitle(`purpose ${value}`)))),
    'SK-CTX-005': (document, diagnostic) => withModel(document, diagnostic, model => {
        const currency = /\b(NOK|DKK|SEK|EUR)\b/.exec(model.$cstNode?.text ?? '')?.[1];
        const countries = [...COUNTRIES].sort((a, b) => Number(b[2] === currency) - Number(a[2] === currency));
        return countries.map(([code, country], index) => add(document, diagnostic, model, `country ${code}`, {
            en: `Add \`country ${code}\` (${country.en})`,
            nb: `Legg til \`country ${code}\` (${country.nb})`,
            da: `Tilføj \`country ${code}\` (${country.da})`
        }, 'start', index === 0 && currency !== undefined));
    }),
    'SK-CTX-006': (document, diagnostic) => withModel(document, diagnostic, model =>
        (['report', 'interview', 'document'] as const).map((kind, index) =>
            add(document, diagnostic, model, `source ${freeName(model, 'source1')} is ${kind} "TODO: full reference"`, {
                en: `Declare a ${kind} source to fill in`,
                nb: `Legg til en kilde (${displayVocabulary('nb').sourceKinds[kind]}) som skal fylles ut`,
                da: `Tilføj en kilde (${displayVocabulary('da').sourceKinds[kind]}), der skal udfyldes`
            }, 'start', index === 0))),
    'SK-FORM-004': (document, diagnostic) => withModel(document, diagnostic, model =>
        partiesOf(model).map(name => add(document, diagnostic, model, `initiative by ${name}`, addTitle(`initiative by ${name}`)))),
    'SK-FORM-005': (document, diagnostic) => withModel(document, diagnostic, model => {
        const actors = partiesOf(model, false);
        const all = actors.length > 1 ? [add(document, diagnostic, model, `goals defined by ${actors.join(', ')}`, addTitle(`goals defined by ${actors.join(', ')}`))] : [];
        return [...all, ...actors.map(name => add(document, diagnostic, model, `goals defined by ${name}`, addTitle(`goals defined by ${name}`))),
            add(document, diagnostic, model, 'goal "TODO: the shared goal in the actors\' words"', {
                en: 'Add a `goal` to fill in', nb: 'Legg til et `goal` som skal fylles ut', da: 'Tilføj et `goal`, der skal udfyldes'
            })];
    }),
    'SK-FORM-001': (document, diagnostic, context) => claimComputedForm(document, diagnostic, model => context.classificationOf(model)?.coCreation.code),
    // The message says the facts give co-implementation (late involvement, no say over goals or content).
    'SK-FORM-007': (document, diagnostic) => claimComputedForm(document, diagnostic, () => 'co_implementation'),
    'SK-FORM-008': volunteerCentreSide,
    'SK-GOV-003': changeGovernance,
    'SK-GOV-005': (document, diagnostic) => withModel(document, diagnostic, model => {
        const role = freeName(model, 'coordinator');
        return partiesOf(model).map(name => add(document, diagnostic, model, `role ${role} "Coordinator" is coordinator held by ${name}`, {
            en: `Add a coordinator role held by ${name}`,
            nb: `Legg til en koordinatorrolle som ${name} har`,
            da: `Tilføj en koordinatorrolle, som ${name} har`
        }));
    }),
    'SK-GOV-006': (document, diagnostic) => withModel(document, diagnostic, model => [
        add(document, diagnostic, model, 'anchoring resolution "TODO: the council\'s or committee\'s decision"', {
            en: 'Add an `anchoring` with the decision to fill in',
            nb: 'Legg til en `anchoring` med vedtaket, som skal fylles ut',
            da: 'Tilføj en `anchoring` med beslutningen, der skal udfyldes'
        }),
        add(document, diagnostic, model, 'anchoring unit "TODO: the owning unit"', {
            en: 'Add an `anchoring` with the owning unit to fill in',
            nb: 'Legg til en `anchoring` med eierenheten som skal fylles ut',
            da: 'Tilføj en `anchoring` med den ejende enhed, der skal udfyldes'
        })
    ]),
    'SK-GOV-008': changeGovernance,
    'SK-DEC-001': addDecider,
    'SK-FUND-006': shareForBudget,
    'SK-FUND-009': completeShares,
    'SK-PART-002': roleHolder,
    'SK-PART-005': (document, diagnostic) => removeDeclaration(document, diagnostic, ast.isActor, { en: 'Remove the actor declaration', nb: 'Fjern aktøren', da: 'Fjern aktøren' }),
    'SK-REF-001': renameDuplicate,
    'SK-REF-005': removeEmptyTitle,
    'SK-SRC-001': (document, diagnostic) => removeDeclaration(document, diagnostic, ast.isSourceStatement, { en: 'Remove the uncited source', nb: 'Fjern kilden som ikke blir sitert', da: 'Fjern kilden, der ikke citeres' }),
    'SK-WS-002': (document, diagnostic) => removeDeclaration(document, diagnostic, ast.isActor, { en: 'Remove the actor from the library', nb: 'Fjern aktøren fra biblioteket', da: 'Fjern aktøren fra biblioteket' })
};

export function ruleFixes(document: LangiumDocument, diagnostic: Diagnostic, code: string, context: RuleFixContext): QuickFix[] {
    const fixer = FIXERS[code];
    return fixer ? fixer(document, diagnostic, context).filter(fix => (fix.action.edit?.changes?.[document.textDocument.uri]?.length ?? 0) > 0) : [];
}

/** The rule codes with a derived fix (the tests check each against its rule). */
export const RULE_CODES_WITH_FIXES: readonly string[] = Object.keys(FIXERS);

function withModel(document: LangiumDocument, diagnostic: Diagnostic, build: (model: ast.Model) => QuickFix[]): QuickFix[] {
    const model = modelAt(document, diagnostic.range.start);
    return model ? build(model) : [];
}

/** "Add `statement`", for a fix that adds the statement its finding names (keywords stay English). */
function addTitle(statement: string): LocalText {
    return { en: `Add \`${statement}\``, nb: `Legg til \`${statement}\``, da: `Tilføj \`${statement}\`` };
}

function add(document: LangiumDocument, diagnostic: Diagnostic, model: ast.Model, statement: string, title: LocalText, at: 'start' | 'end' = 'end', preferred = false): QuickFix {
    const edit = addStatement(document, model, statement, at);
    return quickFix(document, diagnostic, title, edit ? [edit] : [], { preferred });
}

/** The model's own actors and bodies (library actors are named by the case only where they take part). */
function partiesOf(model: ast.Model, bodies = true): string[] {
    return [...model.actors, ...(bodies ? model.bodies : [])].map(party => party.name).filter(name => name).slice(0, MAX_CHOICES);
}

/** `base`, or `base_2`, `base_3`, … when the model already uses the name. */
function freeName(model: ast.Model, base: string): string {
    const taken = new Set(AstUtils.streamAllContents(model).map(node => (node as { name?: unknown }).name).filter((name): name is string => typeof name === 'string'));
    if (!taken.has(base)) return base;
    let suffix = 2;
    while (taken.has(`${base}_${suffix}`)) suffix++;
    return `${base}_${suffix}`;
}

/** The innermost node of a type at the diagnostic's start. */
function nodeAt<T extends AstNode>(document: LangiumDocument, position: Position, is: (node: AstNode) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, is) : undefined;
}

function insertAfter(node: AstNode, property: string, text: string): TextEdit | undefined {
    const at = GrammarUtils.findNodesForProperty(node.$cstNode, property).at(-1)?.range.end;
    return at && { range: { start: at, end: at }, newText: text };
}

/** SK-CTX-001: a period written backwards (`2019..2015`) turned round. */
function swapPeriod(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
    const written = document.textDocument.getText(diagnostic.range);
    const period = /^(.*?)(\d+)(\s*\.\.\s*)(\d+)(.*)$/s.exec(written);
    if (!period) return [];
    const [, before, start, dots, end, after] = period;
    return [quickFix(document, diagnostic, {
        en: `Write the period as ${end}..${start}`, nb: `Skriv perioden som ${end}..${start}`, da: `Skriv perioden som ${end}..${start}`
    }, [{ range: diagnostic.range, newText: `${before}${end}${dots}${start}${after}` }], { preferred: true })];
}

/** SK-FORM-001, SK-FORM-007: the claim changed to the form the facts give, when that is a form one can claim. */
function claimComputedForm(document: LangiumDocument, diagnostic: Diagnostic, computedForm: (model: ast.Model) => string | undefined): QuickFix[] {
    const model = modelAt(document, diagnostic.range.start);
    const claim = model?.claims.find(candidate => candidate.form !== undefined);
    const computed = model && computedForm(model);
    const value = claim && GrammarUtils.findNodeForProperty(claim.$cstNode, 'form');
    const claimable = new Set<string>(['equal', 'municipality_led', 'voluntary_led', 'co_implementation', 'support', 'consultation', 'contracting']);
    const fixes: QuickFix[] = [];
    if (value && computed && claimable.has(computed) && computed !== claim.form) {
        fixes.push(quickFix(document, diagnostic, {
            en: `Claim the computed form: \`claim form ${computed}\``,
            nb: `Oppgi den beregnede formen: \`claim form ${computed}\``,
            da: `Angiv den beregnede form: \`claim form ${computed}\``
        }, [{ range: value.range, newText: computed }], { preferred: true }));
    }
    const removal = claim && removeLines(document, claim);
    if (removal) fixes.push(quickFix(document, diagnostic, { en: 'Remove the claim', nb: 'Fjern den oppgitte formen', da: 'Fjern den angivne form' }, [removal]));
    return fixes;
}

/** SK-FORM-008: a volunteer centre's owner (a public actor of the model), or `sector voluntary`. */
function volunteerCentreSide(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
    const centre = nodeAt(document, diagnostic.range.start, ast.isActor);
    const model = centre && AstUtils.getContainerOfType(centre, ast.isModel);
    if (!centre || !model) return [];
    const owners = model.actors.filter(actor => actor !== centre && (actor.kind === 'municipality' || actor.kind === 'county')).slice(0, MAX_CHOICES);
    const fixes = owners.map(owner => quickFix(document, diagnostic, { en: `Owned by ${owner.name}`, nb: `Eid av ${owner.name}`, da: `Ejet af ${owner.name}` }, [insertAfter(centre, 'kind', ` owned by ${owner.name}`)].filter(edit => edit !== undefined)));
    fixes.push(quickFix(document, diagnostic, {
        en: 'An independent association: `sector voluntary`',
        nb: 'En selvstendig forening: `sector voluntary`',
        da: 'En selvstændig forening: `sector voluntary`'
    }, [insertAfter(centre, 'kind', ' sector voluntary')].filter(edit => edit !== undefined)));
    return fixes;
}

/** SK-GOV-003, SK-GOV-008: the other governance modes the message's conditions point to. */
function changeGovernance(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
    const model = modelAt(document, diagnostic.range.start);
    const governance = model?.governance.at(0);
    const mode = governance && GrammarUtils.findNodeForProperty(governance.$cstNode, 'mode');
    if (!model || !governance || !mode) return [];
    const organisation = GrammarUtils.findNodeForProperty(governance.$cstNode, 'organisation');
    const range = { start: mode.range.start, end: (organisation ?? mode).range.end };
    const named = governance.organisation?.$refText;
    const leads = named ? [named] : partiesOf(model, false).slice(0, 3);
    const choices = [
        ...(governance.mode !== 'shared' ? ['shared'] : []),
        ...(governance.mode !== 'lead' ? leads.map(name => `lead ${name}`) : []),
        ...(governance.mode !== 'nao' ? leads.map(name => `nao ${name}`) : [])
    ];
    return choices.map(choice => quickFix(document, diagnostic, {
        en: `Change to \`governance ${choice}\``, nb: `Endre til \`governance ${choice}\``, da: `Skift til \`governance ${choice}\``
    }, [{ range, newText: choice }]));
}

/** SK-DEC-001: `decide <party>` as the first line of the decision's block. */
function addDecider(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
    const decision = nodeAt(document, diagnostic.range.start, ast.isDecision);
    const model = decision && AstUtils.getContainerOfType(decision, ast.isModel);
    const open = decision && GrammarUtils.findNodeForKeyword(decision.$cstNode, '{');
    if (!decision || !model || !open) return [];
    const indentation = `${indentationOf(document, decision)}    `;
    return preferFirst(partiesOf(model).map(name => quickFix(document, diagnostic, addTitle(`decide ${name}`),
        [{ range: { start: open.range.end, end: open.range.end }, newText: `\n${indentation}decide ${name}` }])));
}

/** SK-FUND-006: ` for <budget>` after the share, one fix per budget of the model. */
function shareForBudget(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
    const line = nodeAt(document, diagnostic.range.start, ast.isFundingLine);
    const model = line && AstUtils.getContainerOfType(line, ast.isModel);
    const percent = line && GrammarUtils.findNodeForKeyword(line.$cstNode, '%');
    if (!line || !model || !percent) return [];
    const budgets = model.budgets.map(budget => budget.name).filter(name => name).slice(0, MAX_CHOICES);
    return preferFirst(budgets.map(name => quickFix(document, diagnostic, addTitle(`for ${name}`),
        [{ range: { start: percent.range.end, end: percent.range.end }, newText: ` for ${name}` }])));
}

/**
 * SK-FUND-009: the known shares of a budget fall short of 100 % ("add the missing funders if they
 * are known"). When one of its lines gives no figure, it gets the rest; else a funding line for
 * the rest is added, from a party of the model the author picks, to the recipient and of the kind
 * of the budget's other lines. The shares are never rescaled: the known ones are facts.
 */
function completeShares(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
    const model = modelAt(document, diagnostic.range.start);
    const budget = nodeAt(document, diagnostic.range.start, ast.isBudget);
    if (!model || !budget) return [];
    const lines = model.fundingBlocks.flatMap(block => block.lines).filter(line => line.item?.$refText === budget.name);
    const rest = Math.round((100 - lines.reduce((sum, line) => sum + (line.share ?? 0), 0)) * 100) / 100;
    const last = lines.at(-1);
    if (rest <= 0 || !last?.$cstNode) return [];
    const open = lines.filter(line => line.share === undefined && line.amount === undefined);
    if (open.length === 1) {
        const at = GrammarUtils.findNodeForProperty(open[0].$cstNode, 'kind')?.range.end;
        const line = `${open[0].from.$refText} -> ${open[0].to.$refText}`;
        if (at) return [quickFix(document, diagnostic, {
            en: `Give '${line}' the remaining ${numberIn(rest, 'en')} %`,
            nb: `Gi '${line}' de resterende ${numberIn(rest, 'nb')} %`,
            da: `Giv '${line}' de resterende ${numberIn(rest, 'da')} %`
        }, [{ range: { start: at, end: at }, newText: ` share ${rest} %` }], { preferred: true })];
    }
    const funders = new Set(lines.map(line => line.from.$refText));
    const indentation = indentationOf(document, last);
    const at = last.$cstNode.range.end;
    return partiesOf(model).filter(name => !funders.has(name)).map(name => quickFix(document, diagnostic, {
        en: `Add a funding line from ${name} for the remaining ${numberIn(rest, 'en')} %`,
        nb: `Legg til en finansieringslinje fra ${name} for de resterende ${numberIn(rest, 'nb')} %`,
        da: `Tilføj en finansieringslinje fra ${name} for de resterende ${numberIn(rest, 'da')} %`
    }, [{ range: { start: at, end: at }, newText: `\n${indentation}${name} -> ${last.to.$refText} ${last.kind} share ${rest} % for ${budget.name}` }]));
}

/** SK-PART-002: ` held by <party>` for a role held by nobody. */
function roleHolder(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
    const role = nodeAt(document, diagnostic.range.start, ast.isRole);
    const model = role && AstUtils.getContainerOfType(role, ast.isModel);
    if (!role || !model || role.holders.length > 0) return [];
    const after = ['kind', 'title', 'name'].map(property => GrammarUtils.findNodeForProperty(role.$cstNode, property)).find(node => node !== undefined);
    if (!after) return [];
    return partiesOf(model).map(name => quickFix(document, diagnostic, { en: `Held by ${name}`, nb: `${name} har rollen`, da: `${name} har rollen` }, [{ range: { start: after.range.end, end: after.range.end }, newText: ` held by ${name}` }]));
}

function removeDeclaration(document: LangiumDocument, diagnostic: Diagnostic, is: (node: AstNode) => node is AstNode, title: LocalText): QuickFix[] {
    const node = nodeAt(document, diagnostic.range.start, is);
    const edit = node && removeLines(document, node);
    return edit ? [quickFix(document, diagnostic, title, [edit])] : [];
}

/** SK-REF-001: the second declaration renamed to a free name (its references are the author's to sort out). */
function renameDuplicate(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
    const written = document.textDocument.getText(diagnostic.range);
    const model = modelAt(document, diagnostic.range.start);
    if (!model || !/^[\w\u00C0-\u024F]+$/.test(written)) return [];
    const name = freeName(model, `${written}_2`);
    return [quickFix(document, diagnostic, { en: `Rename this one to '${name}'`, nb: `Gi denne navnet '${name}'`, da: `Omdøb denne til '${name}'` }, [{ range: diagnostic.range, newText: name }])];
}

/** SK-REF-005: an empty title `""` removed (the name is shown, as now). */
function removeEmptyTitle(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    const node = leaf?.astNode;
    const title = node && GrammarUtils.findNodeForProperty(node.$cstNode, 'title');
    if (!title || title.text.slice(1, -1).trim() !== '') return [];
    const start = document.textDocument.positionAt(title.offset - (document.textDocument.getText().charAt(title.offset - 1) === ' ' ? 1 : 0));
    return [quickFix(document, diagnostic, { en: 'Remove the empty title', nb: 'Fjern den tomme tittelen', da: 'Fjern den tomme titel' }, [{ range: { start, end: title.range.end }, newText: '' }], { preferred: true })];
}
