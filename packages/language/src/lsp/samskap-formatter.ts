import { isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingContext } from 'langium/lsp';
import type { FormattingOptions, Position, Range, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { visibleLeaves } from './visible-leaves.js';

/**
 * The canonical layout of a Samskap file:
 * - top-level `model` and `library` blocks separated by one blank line, a doc comment directly
 *   above the block it documents;
 * - inside a block, one statement per line, indented one level (the editor's tab size, 4 spaces
 *   by default), at most one blank line between statements and none after `{`;
 * - `decision` and `funding` blocks expanded, one right or funding line per line;
 * - single spaces between tokens, a comma followed by a space, no space around `.` and `..`,
 *   `joint(a, b)` written tight, a trailing comment one space after the code;
 * - the file ends with exactly one newline; `\r\n` files keep `\r\n`.
 * Formatting a formatted file changes nothing.
 */
export class SamskapFormatter extends AbstractFormatter {
    /** A statement on its own line, one level deeper, keeping at most one blank line above it. */
    private static readonly STATEMENT: FormattingAction = Formatting.fit(
        Formatting.indent(),
        { options: {}, moves: [{ tabs: 1, lines: 2 }] }
    );

    protected override format(node: AstNode): void {
        if (ast.isDocument(node)) {
            this.formatDocumentElements(node);
            return;
        }
        if (ast.isModel(node) || ast.isLibrary(node) || ast.isDecision(node) || ast.isFundingBlock(node)) {
            this.formatBlock(node);
        }
        if (isBlockItem(node) || ast.isModel(node) || ast.isLibrary(node)) {
            this.formatTokens(node);
        }
    }

    private formatDocumentElements(document: ast.Document): void {
        const formatter = this.getNodeFormatter(document);
        const rootContent = document.$cstNode && isCompositeCstNode(document.$cstNode) ? document.$cstNode.content : [];
        document.elements.forEach(element => {
            const cst = element.$cstNode;
            if (!cst) {
                return;
            }
            const previous = [...rootContent].reverse().find(node => node.end <= cst.offset);
            let spacing: FormattingAction;
            if (!previous) {
                spacing = Formatting.noSpace();
            } else if (previous.hidden) {
                // A (doc) comment stays directly above the block it belongs to.
                spacing = Formatting.newLine();
            } else {
                spacing = Formatting.newLines(2);
            }
            formatter.node(element).prepend(spacing);
        });
    }

    private formatBlock(node: ast.Model | ast.Library | ast.Decision | ast.FundingBlock): void {
        const formatter = this.getNodeFormatter(node);
        const open = formatter.keyword('{');
        const close = formatter.keyword('}');
        const interior = formatter.interior(open, close);
        interior.prepend(SamskapFormatter.STATEMENT);
        // No blank line directly after `{`.
        interior.slice(0, 1).prepend(Formatting.indent({ priority: 1 }));
        close.prepend(Formatting.newLine({ priority: 1 }));
    }

    /** Single spaces between the tokens of one statement (or of a block's header). */
    private formatTokens(node: AstNode): void {
        if (!node.$cstNode) {
            return;
        }
        const formatter = this.getNodeFormatter(node);
        const leaves = ownLeaves(node.$cstNode, node);
        for (let i = 1; i < leaves.length; i++) {
            const leaf = leaves[i];
            const spacing = spacingBetween(leaves[i - 1].text, leaf.text);
            if (spacing) {
                formatter.cst([leaf]).prepend(spacing);
            }
        }
    }

    /**
     * Comments are hidden tokens: Langium only re-indents those on their own line. Here a
     * trailing comment gets exactly one space, and a comment on its own line gets the
     * indentation of its block, at most one blank line above it, and its ` * ` lines aligned.
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        const start = hidden.range.start;
        if (previous && previous.range.end.line === start.line) {
            return previous.hidden ? [] : [{ range: { start: previous.range.end, end: start }, newText: ' ' }];
        }
        const existingLines = start.line - (previous?.range.end.line ?? 0);
        let lines: number;
        if (!previous) {
            lines = 0;
        } else if (previous.text === '{') {
            lines = 1;
        } else if (isTopLevel(hidden) && !previous.hidden) {
            lines = 2;
        } else {
            lines = Math.min(Math.max(existingLines, 1), 2);
        }
        const move = formatting ? this.findFittingMove({ start: previous?.range.end ?? { line: 0, character: 0 }, end: start }, formatting.moves, context) : undefined;
        const indentation = this.getIndentationCharacterCount(context, move);
        const indent = (context.options.insertSpaces ? ' ' : '\t').repeat(indentation);
        const edits: TextEdit[] = [{
            range: { start: previous?.range.end ?? { line: 0, character: 0 }, end: start },
            newText: '\n'.repeat(lines) + (lines > 0 || !previous ? indent : '')
        }];
        // The continuation lines of a block comment: ` * text` one space deeper than `/**`.
        hidden.text.split('\n').forEach((line, index) => {
            if (index === 0 || !line.trimStart().startsWith('*')) {
                return;
            }
            const existing = line.length - line.trimStart().length;
            edits.push({
                range: { start: { line: start.line + index, character: 0 }, end: { line: start.line + index, character: existing } },
                newText: `${indent} `
            });
        });
        return edits;
    }

    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        const edits = this.keepLineEndings(document, this.layoutEdits(document, options, range));
        // Edits that only rewrote a line ending into the same line ending are no change.
        return edits.filter(edit => document.textDocument.getText(edit.range) !== edit.newText);
    }

    /** Langium writes `\n`; a file written with `\r\n` keeps `\r\n`. */
    private keepLineEndings(document: LangiumDocument, edits: TextEdit[]): TextEdit[] {
        if (!document.textDocument.getText().includes('\r\n')) {
            return edits;
        }
        return edits.map(edit => ({ ...edit, newText: edit.newText.replace(/\r?\n/g, '\r\n') }));
    }

    private layoutEdits(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        const edits = super.doDocumentFormat(document, options, range);
        const root = document.parseResult.value.$cstNode;
        if (range) {
            // Langium keeps every edit that touches a selected line; an edit that ends after the
            // selection would re-indent the next, unselected line.
            return edits.filter(edit => !isBefore(edit.range.end, range.start) && !isBefore(range.end, edit.range.end));
        }
        if (!root) {
            return edits;
        }
        // Exactly one newline at the end of the file.
        const text = document.textDocument.getText();
        const end = lastLeafEnd(root);
        if (text.slice(end) !== '\n' && text.slice(end) !== '\r\n') {
            edits.push({
                range: { start: document.textDocument.positionAt(end), end: document.textDocument.positionAt(text.length) },
                newText: '\n'
            });
        }
        return edits;
    }
}

/** Statements of a model or library, and the lines of a decision or funding block. */
function isBlockItem(node: AstNode): boolean {
    const container = node.$container;
    return container !== undefined
        && (ast.isModel(container) || ast.isLibrary(container) || ast.isDecision(container) || ast.isFundingBlock(container));
}

function isTopLevel(cst: CstNode): boolean {
    return cst.container !== undefined && ast.isDocument(cst.container.astNode) && cst.container.container === undefined;
}

/** The visible tokens of a statement, leaving out the items of a nested block and its closing brace. */
function ownLeaves(cst: CstNode, owner: AstNode): CstNode[] {
    const leaves = visibleLeaves(cst, nested => nested.astNode === owner || !isBlockItem(nested.astNode) || nested.astNode.$container !== owner);
    const isBlock = ast.isModel(owner) || ast.isLibrary(owner) || ast.isDecision(owner) || ast.isFundingBlock(owner);
    return isBlock ? leaves.filter(leaf => leaf.text !== '}') : leaves;
}

function spacingBetween(previous: string, current: string): FormattingAction | undefined {
    if (current === ',' || current === ')') {
        return Formatting.noSpace();
    }
    if (current === '.' || previous === '.' || current === '..' || previous === '..') {
        return Formatting.noSpace();
    }
    if (current === '(' || previous === '(') {
        return Formatting.noSpace();
    }
    return Formatting.oneSpace();
}

function isBefore(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function lastLeafEnd(root: CstNode): number {
    let node: CstNode = root;
    while (isCompositeCstNode(node) && node.content.length > 0) {
        node = node.content[node.content.length - 1];
    }
    return node.end;
}
