import {
    createDefaultCoreModule, createDefaultSharedCoreModule, DocumentState, EmptyFileSystem, inject, isCompositeCstNode, TextDocument,
    type AstNode, type CstNode, type LangiumDocument, type LangiumParser, type MaybePromise, type Mutable
} from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingContext } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, FormattingOptions, Position, Range, TextEdit
} from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { SamskapGeneratedModule, SamskapGeneratedSharedModule } from '../generated/module.js';
import { visibleLeaves } from './visible-leaves.js';

/**
 * The canonical layout of a Samskap file:
 * - top-level `model` and `library` blocks separated by one blank line, a doc comment directly
 *   above the block it documents;
 * - inside a block, one statement per line, indented one level: four spaces, whatever the editor
 *   asks for (see CANONICAL_INDENTATION), at most one blank line between statements and none
 *   after `{`;
 * - `decision` and `funding` blocks expanded, one right or funding line per line;
 * - single spaces between tokens, a comma followed by a space, no space around `.` and `..`,
 *   `joint(a, b)` and `[source "p. 3"; inferred]` written tight, a trailing comment one space
 *   after the code;
 * - the file ends with exactly one newline;
 * - the file keeps its line ending (`\n`, `\r\n`, `\r` or `\n\r`: the one most of its lines
 *   have) and its byte order mark: the layout is computed on the text with `\n` line breaks and
 *   without the mark, and the edits are mapped back.
 * Formatting a formatted file changes nothing.
 */
/**
 * The indentation of the canonical layout. It is fixed, as gofmt's and Black's are: a corpus of
 * models formatted by different people in different editors and by `samskap format` must come out
 * byte for byte the same, or every diff between two versions of a case is noise. An editor that
 * asks for tabs or two spaces gets four spaces all the same.
 */
export const CANONICAL_INDENTATION: FormattingOptions = { tabSize: 4, insertSpaces: true };

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

    override formatDocument(document: LangiumDocument, params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        const current = parseOfCurrentText(document);
        return current ? super.formatDocument(current, params) : [];
    }

    override formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        const current = parseOfCurrentText(document);
        return current ? super.formatDocumentRange(current, params) : [];
    }

    override formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        const current = parseOfCurrentText(document);
        return current ? super.formatDocumentOnType(current, params) : [];
    }

    protected override doDocumentFormat(document: LangiumDocument, editorOptions: FormattingOptions, range?: Range): TextEdit[] {
        const options: FormattingOptions = { ...editorOptions, ...CANONICAL_INDENTATION };
        const original = document.textDocument;
        const layout = lineLayout(original.getText());
        let edits: TextEdit[];
        if (!layout.normalized) {
            // `\n` and `\r\n` line breaks: Langium counts lines right; new line breaks are the file's.
            edits = this.layoutEdits(document, options, range);
            if (layout.eol !== '\n') {
                edits = edits.map(edit => ({ ...edit, newText: edit.newText.replace(/\r?\n/g, layout.eol) }));
            }
        } else {
            // Langium counts lines as the editor does, so `\n\r` is two line breaks to it and the
            // layout would grow a blank line per line: format the `\n` text, map the edits back.
            const mapping = layout.normalized;
            const normalized = normalizedDocument(document, mapping.text);
            if (!normalized) {
                return [];
            }
            const toNormalized = (position: Position): Position =>
                normalized.textDocument.positionAt(mapping.toNormalized(original.offsetAt(position)));
            const toOriginal = (position: Position): Position =>
                original.positionAt(mapping.toOriginal(normalized.textDocument.offsetAt(position)));
            edits = this.layoutEdits(normalized, options, range && { start: toNormalized(range.start), end: toNormalized(range.end) })
                .map(edit => ({
                    range: { start: toOriginal(edit.range.start), end: toOriginal(edit.range.end) },
                    newText: edit.newText.replace(/\n/g, layout.eol)
                }));
        }
        // Edits that only rewrote a line ending into the same line ending are no change.
        return edits.filter(edit => original.getText(edit.range) !== edit.newText);
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

/** Statements of a model or library, and the lines of a decision or funding block (a decision's `[sources]` is part of its header). */
function isBlockItem(node: AstNode): boolean {
    const container = node.$container;
    return container !== undefined && !ast.isProvenance(node)
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
    // `[guribye "p. 23", mhfa; inferred]`: tight inside the brackets, no space before `;`.
    if (current === ',' || current === ')' || current === ']' || current === ';' || previous === '[') {
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

/** A text's line ending and, when Langium would miscount its lines, its `\n` form. */
interface LineLayout {
    /** The line break the formatter writes: the one most of the file's lines end with. */
    readonly eol: string;
    /** For a byte order mark, `\r` or `\n\r` line breaks: the text without the mark, every line break `\n`, and how offsets map. */
    readonly normalized?: {
        readonly text: string;
        toNormalized(offset: number): number;
        toOriginal(offset: number): number;
    };
}

const BOM = 0xfeff;

function lineLayout(text: string): LineLayout {
    const bom = text.charCodeAt(0) === BOM ? 1 : 0;
    if (bom === 0 && !/\r(?!\n)/.test(text)) {
        return { eol: text.includes('\r') ? commonest(countBreaks(text, /\r\n|\n/g)) : '\n' };
    }
    const body = text.slice(bom);
    // `\n\r` is a line break only in a file whose lines mostly end so (RISC OS); elsewhere it is
    // an empty line's `\n` followed by a `\r` line.
    const kinds = countBreaks(body, /\r\n|\n\r|\n|\r/g);
    const lfcr = (kinds.get('\n\r') ?? 0) > Math.max(kinds.get('\r\n') ?? 0, kinds.get('\n') ?? 0, kinds.get('\r') ?? 0);
    const pattern = lfcr ? /\r\n|\n\r|\n|\r/g : /\r\n|\n|\r/g;
    const eol = commonest(lfcr ? kinds : countBreaks(body, pattern));
    // Normalized offsets of the `\n`s that stand for a two-character line break.
    const doubles: number[] = [];
    let removed = 0;
    const normalized = body.replace(pattern, (lineBreak: string, offset: number) => {
        if (lineBreak.length === 2) {
            doubles.push(offset - removed);
            removed++;
        }
        return '\n';
    });
    /** How many of the doubles lie before `limit` (by their normalized offset). */
    const before = (limit: (index: number) => boolean): number => {
        let low = 0;
        let high = doubles.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (limit(middle)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    };
    return {
        eol,
        normalized: {
            text: normalized,
            toOriginal: offset => offset + bom + before(index => doubles[index] < offset),
            toNormalized: offset => {
                const inBody = Math.max(0, offset - bom);
                // The k-th double starts at doubles[k] + k in the body; an offset inside one maps to its start.
                const whole = before(index => doubles[index] + index + 2 <= inBody);
                const inside = whole < doubles.length && doubles[whole] + whole < inBody;
                return inside ? doubles[whole] : inBody - whole;
            }
        }
    };
}

/** The line break most lines end with; of two as common, the one that comes first. */
function commonest(counts: ReadonlyMap<string, number>): string {
    let eol = '\n';
    let most = 0;
    // A Map iterates in order of first occurrence.
    for (const [kind, count] of counts) {
        if (count > most) {
            eol = kind;
            most = count;
        }
    }
    return eol;
}

function countBreaks(text: string, pattern: RegExp): Map<string, number> {
    const counts = new Map<string, number>();
    for (const match of text.matchAll(pattern)) {
        counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
    }
    return counts;
}

let parser: LangiumParser | undefined;

/**
 * The document's text with `\n` line breaks, parsed: what the layout is computed on. The parser
 * is Samskap's grammar alone (the formatter reads only the syntax tree), made once when a file
 * first needs it; the formatter is created without services, so it cannot borrow theirs.
 */
/**
 * The document with a syntax tree of the text the editor holds now. Langium points a document at
 * the editor's live text but parses a change only when its build gets the workspace; a format
 * request in between would read the older tree against the newer text, and its edits, at the
 * older text's offsets, would garble the file. Such a request formats a parse of the newer text
 * instead, or nothing when that text has syntax errors.
 */
function parseOfCurrentText(document: LangiumDocument): LangiumDocument | undefined {
    const text = document.textDocument.getText();
    const parsed = document.state >= DocumentState.Parsed ? document.parseResult.value.$cstNode?.root.fullText : undefined;
    return parsed === text ? document : normalizedDocument(document, text);
}

function normalizedDocument(document: LangiumDocument, text: string): LangiumDocument | undefined {
    if (!parser) {
        const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), SamskapGeneratedSharedModule);
        parser = inject(createDefaultCoreModule({ shared }), SamskapGeneratedModule).parser.LangiumParser;
    }
    const parseResult = parser.parse(text);
    if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) {
        return undefined;
    }
    const normalized = {
        uri: document.uri,
        textDocument: TextDocument.create(document.uri.toString(), document.textDocument.languageId, document.textDocument.version, text),
        parseResult,
        state: DocumentState.Parsed,
        references: [],
        diagnostics: []
    } as unknown as LangiumDocument;
    (parseResult.value as Mutable<AstNode>).$document = normalized;
    return normalized;
}
