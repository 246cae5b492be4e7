import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type Position, type TextEdit } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import type { DisplayLanguage } from '../../analysis/labels.js';
import { textIn, type LocalText } from '../../analysis/local-text.js';

/**
 * A quick fix with what `source.fixAll` needs to know: `safe` fixes repair the text to what it
 * evidently meant (a typo with one close name, a missing keyword the parser names, a repeated
 * statement) and add no fact; the others add or change facts, which only the author can choose.
 * The title is written in every display language side by side where the fix is made (as a
 * finding's message, RuleMessage), so a missing translation is a compile error; the provider
 * picks one by `display.language` when it answers (codeActionOf).
 */
export interface QuickFix {
    readonly title: LocalText;
    readonly action: Omit<CodeAction, 'title'>;
    readonly safe: boolean;
}

export function quickFix(document: LangiumDocument, diagnostic: Diagnostic, title: LocalText, edits: TextEdit[], options: { preferred?: boolean; safe?: boolean } = {}): QuickFix {
    return {
        title,
        action: {
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: options.preferred ?? false,
            edit: { changes: { [document.textDocument.uri]: edits } }
        },
        safe: options.safe ?? false
    };
}

/** The code action an editor is sent: the fix with its title in the display language (nynorsk reads bokmål). */
export function codeActionOf(fix: QuickFix, language: DisplayLanguage): CodeAction {
    return { title: textIn(fix.title, language), ...fix.action };
}

/** Marks the first fix preferred (the one an editor applies with its "auto fix" key). */
export function preferFirst(fixes: QuickFix[]): QuickFix[] {
    return fixes.map((fix, index) => index === 0 ? { ...fix, action: { ...fix.action, isPreferred: true } } : fix);
}

/** The model whose text holds a position. */
export function modelAt(document: LangiumDocument, position: Position): ast.Model | undefined {
    const root = document.parseResult.value;
    if (!ast.isDocument(root)) return undefined;
    const offset = document.textDocument.offsetAt(position);
    return root.elements.filter(ast.isModel).find(model => {
        const cst = model.$cstNode;
        return cst !== undefined && cst.offset <= offset && offset <= cst.end;
    });
}

/** The leading white space of the line a node starts on. */
export function indentationOf(document: LangiumDocument, node: AstNode | undefined): string {
    const line = node?.$cstNode?.range.start.line;
    if (line === undefined) return '    ';
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(text)?.[0] ?? '    ';
}

/** The indentation of a model's statements: as its first statement's, else one level in from the model. */
function statementIndentation(document: LangiumDocument, model: ast.Model): string {
    const first = [...model.uses, ...model.context, ...model.actors, ...model.roles, ...model.bodies].at(0);
    return first ? indentationOf(document, first) : `${indentationOf(document, model)}    `;
}

/**
 * An edit that adds a statement to a model on a line of its own: first in the model (`at: 'start'`,
 * for context such as `country`), else after its last statement, before the closing brace.
 */
export function addStatement(document: LangiumDocument, model: ast.Model, statement: string, at: 'start' | 'end' = 'end'): TextEdit | undefined {
    const indentation = statementIndentation(document, model);
    const open = GrammarUtils.findNodeForKeyword(model.$cstNode, '{');
    const close = GrammarUtils.findNodesForKeyword(model.$cstNode, '}').at(-1);
    if (at === 'start' || !close) {
        if (!open) return undefined;
        return { range: { start: open.range.end, end: open.range.end }, newText: `\n${indentation}${statement}` };
    }
    const lineStart = { line: close.range.start.line, character: 0 };
    const before = document.textDocument.getText({ start: lineStart, end: close.range.start });
    return before.trim() === ''
        ? { range: { start: lineStart, end: lineStart }, newText: `${indentation}${statement}\n` }
        : { range: { start: close.range.start, end: close.range.start }, newText: `\n${indentation}${statement}\n` };
}

/** Removes the lines a node stands on, with a doc comment right above it, when nothing else is on them. */
export function removeLines(document: LangiumDocument, node: AstNode): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const text = document.textDocument;
    let startLine = cst.range.start.line;
    const endLine = cst.range.end.line;
    const before = text.getText({ start: { line: startLine, character: 0 }, end: cst.range.start });
    const after = text.getText({ start: cst.range.end, end: { line: endLine + 1, character: 0 } });
    if (before.trim() !== '' || after.trim() !== '') return { range: cst.range, newText: '' };
    // A doc comment (`/** … */`) ending on the line above documents this node: it goes with it.
    const above = startLine > 0 ? text.getText({ start: { line: startLine - 1, character: 0 }, end: { line: startLine, character: 0 } }) : '';
    if (/\*\/\s*$/.test(above)) {
        let line = startLine - 1;
        while (line > 0 && !text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).trimStart().startsWith('/**')) line--;
        if (text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).trimStart().startsWith('/**')) startLine = line;
    }
    return { range: { start: { line: startLine, character: 0 }, end: { line: endLine + 1, character: 0 } }, newText: '' };
}
