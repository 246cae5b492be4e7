import { CstUtils, DocumentValidator, GrammarUtils, type AstNode, type LangiumDocument, type LinkingErrorData, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Position, type TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { SamskapDiagnosticData } from '../validation/samskap-validator.js';

/** Properties whose references name a party (actor or body) or an actor: a missing one can be declared. */
const PARTY_PROPERTIES = new Set(['holders', 'members', 'chair', 'initiators', 'party', 'definers', 'performers', 'parties', 'from', 'to', 'organisation']);

/** The actor kinds a missing actor is most often declared as; the user changes the kind afterwards if needed. */
const DECLARE_AS = ['municipality', 'voluntary_organisation', 'private_company'] as const;

const FEEDBACK_STUB = ' with feedback "TODO: how is input answered?"';

/** The source kinds a missing source is most often declared as; the user changes the kind afterwards if needed. */
const DECLARE_SOURCE_AS = ['report', 'interview', 'document'] as const;
const SOURCE_STUB = '"TODO: full reference"';

/**
 * Quick fixes for mechanical repairs: declare a missing actor (from the linker's diagnostic),
 * add a rule to a joint decision (SK-DEC-004), rescale shares to 100 % (SK-FUND-001), add a
 * feedback stub to a consultation (SK-PART-003), remove a repeated statement (SK-REF-003),
 * declare a missing source (from the linker's diagnostic), give an unsourced statement a citation
 * stub (SK-SRC-002).
 */
export class SamskapCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as (SamskapDiagnosticData | LinkingErrorData | undefined);
            if (!data) continue;
            if (data.code === DocumentValidator.LinkingError) {
                actions.push(...declareActor(document, diagnostic, data as LinkingErrorData));
                actions.push(...declareSource(document, diagnostic, data as LinkingErrorData));
            } else if ('fix' in data) {
                switch (data.fix) {
                    case 'add-decision-rule': actions.push(...addDecisionRule(document, diagnostic, data.body)); break;
                    case 'rescale-shares': actions.push(...rescaleShares(document, diagnostic, data.item, data.total)); break;
                    case 'add-feedback': actions.push(addFeedback(document, diagnostic)); break;
                    case 'remove-statement': actions.push(removeStatement(document, diagnostic)); break;
                    case 'add-citation': actions.push(...addCitation(document, diagnostic, data.source)); break;
                    default: break;
                }
            }
        }
        return actions;
    }
}

function edit(document: LangiumDocument, diagnostic: Diagnostic, title: string, edits: TextEdit[], preferred = false): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: preferred,
        edit: { changes: { [document.textDocument.uri]: edits } }
    };
}

function modelAt(document: LangiumDocument, position: Position): ast.Model | undefined {
    const root = document.parseResult.value;
    if (!ast.isDocument(root)) return undefined;
    const offset = document.textDocument.offsetAt(position);
    return root.elements.filter(ast.isModel).find(model => {
        const cst = model.$cstNode;
        return cst !== undefined && cst.offset <= offset && offset <= cst.end;
    });
}

function endOf(node: AstNode | undefined): Position | undefined {
    return node?.$cstNode?.range.end;
}

function indentationOf(document: LangiumDocument, node: AstNode | undefined): string {
    const line = node?.$cstNode?.range.start.line;
    if (line === undefined) return '    ';
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^\s*/.exec(text)?.[0].replace(/[\r\n]/g, '') ?? '    ';
}

function declareActor(document: LangiumDocument, diagnostic: Diagnostic, data: LinkingErrorData): CodeAction[] {
    const name = data.refText;
    if (!PARTY_PROPERTIES.has(data.property) || !/^[_a-zA-Z\u00C0-\u024F][\w\u00C0-\u024F]*$/.test(name)) return [];
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
    return DECLARE_AS.map((kind, index) => edit(document, diagnostic, `Declare actor '${name}' as ${kind.replace(/_/g, ' ')}`,
        [{ range: { start: at, end: at }, newText: `\n${indentation}actor ${name} "${name}" is ${kind}` }], index === 0));
}

function addDecisionRule(document: LangiumDocument, diagnostic: Diagnostic, bodyName: string | undefined): CodeAction[] {
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
        edit(document, diagnostic, `Decide by ${rule}`, [{ range: { start: at, end: at }, newText: `${prefix} ${rule}` }], index === 0));
}

function formatShare(value: number): string {
    return (Math.round(value * 100) / 100).toString();
}

function rescaleShares(document: LangiumDocument, diagnostic: Diagnostic, item: string | undefined, total: number | undefined): CodeAction[] {
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
    return edits.length === lines.length ? [edit(document, diagnostic, `Rescale the shares for '${item}' to 100 %`, edits, true)] : [];
}

/** Removes the statement with its line when it stands alone on it, so no blank line is left. */
function removeStatement(document: LangiumDocument, diagnostic: Diagnostic): CodeAction {
    const { start, end } = diagnostic.range;
    const text = document.textDocument;
    const lineStart = { line: start.line, character: 0 };
    const before = text.getText({ start: lineStart, end: start });
    const after = text.getText({ start: end, end: { line: end.line + 1, character: 0 } });
    const alone = before.trim() === '' && after.trim() === '';
    const range = alone ? { start: lineStart, end: { line: end.line + 1, character: 0 } } : diagnostic.range;
    return edit(document, diagnostic, 'Remove the repeated statement', [{ range, newText: '' }], true);
}

function addFeedback(document: LangiumDocument, diagnostic: Diagnostic): CodeAction {
    const at = diagnostic.range.end;
    return edit(document, diagnostic, 'Add a feedback mechanism to fill in', [{ range: { start: at, end: at }, newText: FEEDBACK_STUB }], true);
}

function declareSource(document: LangiumDocument, diagnostic: Diagnostic, data: LinkingErrorData): CodeAction[] {
    const name = data.refText;
    if (data.containerType !== ast.Citation.$type || !/^[_a-zA-Z\u00C0-\u024F][\w\u00C0-\u024F]*$/.test(name)) return [];
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
    return DECLARE_SOURCE_AS.map((kind, index) => edit(document, diagnostic, `Declare source '${name}' as ${kind}`,
        [{ range: { start: at, end: at }, newText: `\n${indentation}source ${name} is ${kind} ${SOURCE_STUB}` }], index === 0));
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
function addCitation(document: LangiumDocument, diagnostic: Diagnostic, source: string | undefined): CodeAction[] {
    const statement = statementAt(document, diagnostic.range.start);
    const at = statement && !(statement as { provenance?: unknown }).provenance ? provenancePosition(statement) : undefined;
    if (!at) return [];
    const stubs = source !== undefined
        ? [[`Cite '${source}'`, `[${source}]`], ['Mark as assumed', '[assumed]'], ['Mark as illustrative', '[illustrative]']]
        : [['Mark as assumed', '[assumed]'], ['Mark as illustrative', '[illustrative]']];
    return stubs.map(([title, stub], index) => edit(document, diagnostic, title, [{ range: { start: at, end: at }, newText: ` ${stub}` }], index === 0));
}
