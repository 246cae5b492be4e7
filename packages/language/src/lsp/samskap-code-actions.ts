import { CstUtils, DocumentValidator, GrammarUtils, type AstNode, type Grammar, type LangiumDocument, type LinkingErrorData, type ScopeProvider } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Position, type TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { SamskapServices } from '../samskap-module.js';
import type { SamskapDiagnosticData } from '../validation/samskap-validator.js';
import { numberIn } from '../validation/rule-message.js';
import { displayVocabulary, type DisplayLanguage } from '../analysis/labels.js';
import { textIn, type LocalText } from '../analysis/local-text.js';
import { didYouMean } from './quick-fixes/reference-fixes.js';
import { codeActionOf, indentationOf, modelAt, quickFix, type QuickFix } from './quick-fixes/quick-fix.js';
import { ruleFixes, type RuleFixContext } from './quick-fixes/rule-fixes.js';
import { syntaxFixes } from './quick-fixes/syntax-fixes.js';

/** Properties whose references name a party (actor or body) or an actor: a missing one can be declared. */
const PARTY_PROPERTIES = new Set(['holders', 'members', 'chair', 'initiators', 'party', 'definers', 'performers', 'parties', 'from', 'to', 'organisation', 'owner']);

/** The actor kinds a missing actor is most often declared as; the user changes the kind afterwards if needed. */
const DECLARE_AS = ['municipality', 'voluntary_organisation', 'private_company'] as const;

const FEEDBACK_STUB = ' with feedback "TODO: how is input answered?"';
const ADD_FEEDBACK: LocalText = {
    en: 'Add a feedback mechanism to fill in',
    nb: 'Legg til en ordning for tilbakemelding som skal fylles ut',
    da: 'Tilføj en ordning for tilbagemelding, der skal udfyldes'
};

/** The source kinds a missing source is most often declared as; the user changes the kind afterwards if needed. */
const DECLARE_SOURCE_AS = ['report', 'interview', 'document'] as const;
const SOURCE_STUB = '"TODO: full reference"';

const NAME = /^[_a-zA-Z\u00C0-\u024F][\w\u00C0-\u024F]*$/;

/**
 * Quick fixes for what the messages say. A name that resolves to nothing first gets "did you
 * mean" (the closest names in scope, library names included), then the offer to declare it; a
 * syntax error gets the word or brace the parser expected; a rule's finding gets the statement
 * its message tells the user to write (quick-fixes/rule-fixes.ts), or the repair its data carries
 * (rescale shares, add a decision rule or a feedback, remove a repeated statement, cite a
 * source). `source.fixAll` applies the safe fixes of the whole file at once (see QuickFix).
 */
export class SamskapCodeActionProvider implements CodeActionProvider {
    private readonly scopes: ScopeProvider;
    private readonly grammar: Grammar;
    private readonly context: RuleFixContext;
    private readonly services: SamskapServices;

    constructor(services: SamskapServices) {
        this.services = services;
        this.scopes = services.references.ScopeProvider;
        this.grammar = services.Grammar;
        this.context = {
            classificationOf: model => {
                const document = model.$document;
                const root = document?.parseResult.value;
                if (!document || !ast.isDocument(root)) return undefined;
                return services.analysis.ClassificationProvider.getClassifications(document)[root.elements.filter(ast.isModel).indexOf(model)];
            }
        };
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const only = Array.isArray(params.context?.only) ? params.context.only : undefined;
        const wants = (kind: string) => !only || only.some(wanted => kind === wanted || kind.startsWith(`${wanted}.`));
        const actions: CodeAction[] = [];
        // The titles in the language the findings they fix are written in.
        const language = this.services.analysis.Configuration.config.display.language;
        if (wants(CodeActionKind.QuickFix)) {
            // An editor may send no context or diagnostics (a request for the cursor's actions only): then there is nothing to fix.
            const diagnostics: readonly Diagnostic[] = Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : [];
            for (const diagnostic of diagnostics) {
                actions.push(...this.fixesFor(document, diagnostic).map(fix => codeActionOf(fix, language)));
            }
        }
        // Only when asked for (on save, or the "Source Action…" menu): in the light bulb it would repeat the quick fixes.
        if (only && wants(CodeActionKind.SourceFixAll)) {
            const fixAll = this.fixAll(document, language);
            if (fixAll) actions.push(fixAll);
        }
        return actions;
    }

    /** Every fix for one diagnostic, the preferred one first. */
    fixesFor(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
        if (!diagnostic?.range?.start || !diagnostic.range.end) return [];
        const data = diagnostic.data as (SamskapDiagnosticData | LinkingErrorData | undefined);
        const code = data?.code ?? (typeof diagnostic.code === 'string' ? diagnostic.code : undefined);
        if (code === DocumentValidator.LinkingError && data) {
            const suggestions = didYouMean(document, diagnostic, data as LinkingErrorData, this.scopes);
            const declarations = [...declareActor(document, diagnostic, data as LinkingErrorData), ...declareSource(document, diagnostic, data as LinkingErrorData)];
            // With a close name, declaring a new one is not what the user most likely meant.
            return [...suggestions, ...(suggestions.length > 0 ? declarations.map(notPreferred) : declarations)];
        }
        if (code === DocumentValidator.ParsingError || code === DocumentValidator.LexingError) {
            return syntaxFixes(document, diagnostic, this.grammar);
        }
        const fixes: QuickFix[] = [];
        if (data && 'fix' in data) {
            switch (data.fix) {
                case 'add-decision-rule': fixes.push(...addDecisionRule(document, diagnostic, data.body)); break;
                case 'rescale-shares': fixes.push(...rescaleShares(document, diagnostic, data.item, data.total)); break;
                case 'add-feedback': fixes.push(addFeedback(document, diagnostic)); break;
                case 'remove-statement': fixes.push(removeStatement(document, diagnostic)); break;
                case 'add-citation': fixes.push(...addCitation(document, diagnostic, data.source)); break;
                default: break;
            }
        }
        if (code !== undefined && fixes.length === 0) fixes.push(...ruleFixes(document, diagnostic, code, this.context));
        return fixes;
    }

    /**
     * One action applying the safe fix of every diagnostic of the document that has exactly one,
     * skipping a fix whose edits overlap an earlier one's (the next fix-all run takes it).
     */
    private fixAll(document: LangiumDocument, language: DisplayLanguage): CodeAction | undefined {
        const edits: TextEdit[] = [];
        const fixed: Diagnostic[] = [];
        for (const diagnostic of document.diagnostics ?? []) {
            const safe = this.fixesFor(document, diagnostic).filter(fix => fix.safe);
            if (safe.length !== 1) continue;
            const candidate = safe[0].action.edit?.changes?.[document.textDocument.uri] ?? [];
            if (candidate.some(edit => edits.some(taken => overlaps(document, edit, taken)))) continue;
            edits.push(...candidate);
            fixed.push(diagnostic);
        }
        if (edits.length === 0) return undefined;
        const count = fixed.length;
        const title: LocalText = {
            en: `Fix all safe Samskap problems (${numberIn(count, 'en')})`,
            nb: `Rett alle trygge Samskap-problemer (${numberIn(count, 'nb')})`,
            da: `Ret alle sikre Samskap-problemer (${numberIn(count, 'da')})`
        };
        return {
            title: textIn(title, language),
            kind: CodeActionKind.SourceFixAll,
            diagnostics: fixed,
            edit: { changes: { [document.textDocument.uri]: edits } }
        };
    }
}

function overlaps(document: LangiumDocument, a: TextEdit, b: TextEdit): boolean {
    const offset = (position: Position) => document.textDocument.offsetAt(position);
    return offset(a.range.start) <= offset(b.range.end) && offset(b.range.start) <= offset(a.range.end);
}

function notPreferred(fix: QuickFix): QuickFix {
    return { ...fix, action: { ...fix.action, isPreferred: false } };
}

function endOf(node: AstNode | undefined): Position | undefined {
    return node?.$cstNode?.range.end;
}

function declareActor(document: LangiumDocument, diagnostic: Diagnostic, data: LinkingErrorData): QuickFix[] {
    const name = data.refText;
    if (!PARTY_PROPERTIES.has(data.property) || !NAME.test(name)) return [];
    const model = modelAt(document, diagnostic.range.start);
    if (!model) return [];
    const lastActor = model.actors.at(-1);
    let position = endOf(lastActor);
    let indentation = indentationOf(document, lastActor);
    if (!position) {
        const brace = GrammarUtils.findNodeForKeyword(model.$cstNode, '{');
        position = brace?.range.end;
        indentation = `${indentationOf(document, model)}    `;
    }
    if (!position) return [];
    const at = position;
    return DECLARE_AS.map((kind, index) => quickFix(document, diagnostic, {
        en: `Declare actor '${name}' as ${kind.replace(/_/g, ' ')}`,
        nb: `Legg til aktøren '${name}' som \`${kind}\``,
        da: `Tilføj aktøren '${name}' som \`${kind}\``
    }, [{ range: { start: at, end: at }, newText: `\n${indentation}actor ${name} "${name}" is ${kind}` }], { preferred: index === 0 }));
}

function addDecisionRule(document: LangiumDocument, diagnostic: Diagnostic, bodyName: string | undefined): QuickFix[] {
    let position: Position | undefined = diagnostic.range.end;
    let prefix = ' by';
    if (bodyName !== undefined) {
        const model = modelAt(document, diagnostic.range.start);
        const body = model?.bodies.find(b => b.name === bodyName);
        position = GrammarUtils.findNodesForProperty(body?.$cstNode, 'members').at(-1)?.range.end;
        prefix = ' decides by';
    }
    if (!position) return [];
    const at = position;
    return (['consensus', 'majority', 'unanimity'] as const).map((rule, index) =>
        quickFix(document, diagnostic, {
            en: `Decide by ${rule}`,
            nb: `Beslutt ved ${displayVocabulary('nb').rules[rule]}`,
            da: `Beslut ved ${displayVocabulary('da').rules[rule]}`
        }, [{ range: { start: at, end: at }, newText: `${prefix} ${rule}` }], { preferred: index === 0 }));
}

function formatShare(value: number): string {
    return (Math.round(value * 100) / 100).toString();
}

function rescaleShares(document: LangiumDocument, diagnostic: Diagnostic, item: string | undefined, total: number | undefined): QuickFix[] {
    const model = modelAt(document, diagnostic.range.start);
    if (!model || !item || !total || total <= 0) return [];
    const lines = model.fundingBlocks.flatMap(block => block.lines).filter(line => line.item?.$refText === item && line.share !== undefined);
    if (lines.length === 0) return [];
    // Rescale each share, rounding to two decimals, and give the rounding remainder to the largest.
    const scaled = lines.map(line => Math.round(((line.share ?? 0) * 100 / total) * 100) / 100);
    const remainder = Math.round((100 - scaled.reduce((sum, share) => sum + share, 0)) * 100) / 100;
    const largest = scaled.indexOf(Math.max(...scaled));
    scaled[largest] = Math.round((scaled[largest] + remainder) * 100) / 100;
    const edits: TextEdit[] = [];
    lines.forEach((line, index) => {
        const share = GrammarUtils.findNodeForProperty(line.$cstNode, 'share');
        if (share) edits.push({ range: share.range, newText: formatShare(scaled[index]) });
    });
    return edits.length === lines.length ? [quickFix(document, diagnostic, {
        en: `Rescale the shares for '${item}' to 100 %`,
        nb: `Skaler andelene for '${item}' om til 100 %`,
        da: `Skalér andelene for '${item}' om til 100 %`
    }, edits, { preferred: true })] : [];
}

/** Removes the statement with its line when it stands alone on it, so no blank line is left. */
function removeStatement(document: LangiumDocument, diagnostic: Diagnostic): QuickFix {
    const { start, end } = diagnostic.range;
    const text = document.textDocument;
    const lineStart = { line: start.line, character: 0 };
    const before = text.getText({ start: lineStart, end: start });
    const after = text.getText({ start: end, end: { line: end.line + 1, character: 0 } });
    const alone = before.trim() === '' && after.trim() === '';
    const range = alone ? { start: lineStart, end: { line: end.line + 1, character: 0 } } : diagnostic.range;
    // The repeated statement says again what is said: removing it changes no fact.
    return quickFix(document, diagnostic, {
        en: 'Remove the repeated statement', nb: 'Fjern utsagnet som gjentas', da: 'Fjern det gentagne udsagn'
    }, [{ range, newText: '' }], { preferred: true, safe: true });
}

/** SK-PART-003: `with feedback "…"` at the end of the right, before its provenance (`[…]` ends a statement). */
function addFeedback(document: LangiumDocument, diagnostic: Diagnostic): QuickFix {
    const right = statementAt(document, diagnostic.range.start);
    const provenance = ast.isRightAssignment(right) ? right.provenance?.$cstNode : undefined;
    if (provenance) {
        const at = document.textDocument.positionAt(provenance.offset);
        const spaced = /\s/.test(document.textDocument.getText().charAt(provenance.offset - 1));
        return quickFix(document, diagnostic, ADD_FEEDBACK,
            [{ range: { start: at, end: at }, newText: `${spaced ? FEEDBACK_STUB.trimStart() : FEEDBACK_STUB} ` }], { preferred: true });
    }
    const at = diagnostic.range.end;
    return quickFix(document, diagnostic, ADD_FEEDBACK, [{ range: { start: at, end: at }, newText: FEEDBACK_STUB }], { preferred: true });
}

function declareSource(document: LangiumDocument, diagnostic: Diagnostic, data: LinkingErrorData): QuickFix[] {
    const name = data.refText;
    if (data.containerType !== ast.Citation.$type || !NAME.test(name)) return [];
    const model = modelAt(document, diagnostic.range.start);
    if (!model) return [];
    // After the model's last source, else first in the model.
    const lastSource = model.context.filter(ast.isSourceStatement).at(-1);
    let position = endOf(lastSource);
    let indentation = indentationOf(document, lastSource);
    if (!position) {
        position = GrammarUtils.findNodeForKeyword(model.$cstNode, '{')?.range.end;
        indentation = `${indentationOf(document, model)}    `;
    }
    if (!position) return [];
    const at = position;
    return DECLARE_SOURCE_AS.map((kind, index) => quickFix(document, diagnostic, {
        en: `Declare source '${name}' as ${kind}`,
        nb: `Legg til kilden '${name}' som ${displayVocabulary('nb').sourceKinds[kind]}`,
        da: `Tilføj kilden '${name}' som ${displayVocabulary('da').sourceKinds[kind]}`
    }, [{ range: { start: at, end: at }, newText: `\n${indentation}source ${name} is ${kind} ${SOURCE_STUB}` }], { preferred: index === 0 }));
}

/** The statement a diagnostic starts on that can carry a provenance (`[…]`). */
function statementAt(document: LangiumDocument, position: Position): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    let node: AstNode | undefined = leaf?.astNode;
    while (node && ast.reflection.getTypeMetaData(node.$type).properties.provenance === undefined) {
        node = node.$container;
    }
    return node;
}

/**
 * Where a statement's provenance goes: at its end, or for a decision at the end of its header,
 * before the `{` of its block.
 */
function provenancePosition(node: AstNode): Position | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    if (!ast.isDecision(node)) return cst.range.end;
    const brace = GrammarUtils.findNodeForKeyword(cst, '{');
    if (!brace) return undefined;
    let last: Position | undefined;
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (leaf.offset >= brace.offset) break;
        if (!leaf.hidden) last = leaf.range.end;
    }
    return last;
}

/** SK-SRC-002: `[source]` (the model's first citable source) or `[assumed]`, appended to the statement. */
function addCitation(document: LangiumDocument, diagnostic: Diagnostic, source: string | undefined): QuickFix[] {
    const statement = statementAt(document, diagnostic.range.start);
    const at = statement && !(statement as { provenance?: unknown }).provenance ? provenancePosition(statement) : undefined;
    if (!at) return [];
    const marks: Array<readonly [LocalText, string]> = [
        [{ en: 'Mark as assumed', nb: 'Merk som antatt', da: 'Markér som antaget' }, '[assumed]'],
        [{ en: 'Mark as illustrative', nb: 'Merk som illustrativt', da: 'Markér som illustrativt' }, '[illustrative]']
    ];
    const stubs = source !== undefined
        ? [[{ en: `Cite '${source}'`, nb: `Siter '${source}'`, da: `Citér '${source}'` }, `[${source}]`] as const, ...marks]
        : marks;
    return stubs.map(([title, stub], index) => quickFix(document, diagnostic, title, [{ range: { start: at, end: at }, newText: ` ${stub}` }], { preferred: index === 0 }));
}
