import { CompositeCstNodeImpl, RootCstNodeImpl, type AstNode, type CstNode, type LangiumParser, type ParseResult } from 'langium';
import type { Position } from 'vscode-languageserver';
import { type TokenFields } from '../parser/cst-tokens.js';
import { forgetSyntaxMemosAbove } from '../parser/syntax-memo.js';
import { forEachChild } from '../scoping/ast-walk.js';

/**
 * Statements re-parsed on each side of the edited ones. Langium's ALL(*) parser may look past a
 * statement's end to decide where it stops (a `decision` after an `anchoring` once did), so the
 * neighbours are parsed again with the edit and must come out with the same type and extent.
 */
const MARGIN_STATEMENTS = 2;

/**
 * Re-parses only the statements an edit touches and splices them into the previous tree, so a
 * keystroke in a 5,000-line model does not lex and parse the whole file again.
 *
 * A model or library is `header '{' statement* '}'`. The statements around the changed text,
 * with MARGIN_STATEMENTS unchanged neighbours on each side, are parsed with the ordinary entry
 * rule from a text of the same length as the new text in which everything but the element's
 * header and that window is blanked (line breaks kept), followed by the closing brace. The new
 * nodes therefore carry the offsets, lines and columns a full parse would give them; they
 * replace the old window in the AST arrays and in the CST, and the tokens after the window are
 * shifted.
 *
 * Returns undefined, leaving the old tree untouched, whenever the result is not certain to be a
 * full parse's: errors in the old or the window parse, a change outside one element's braces or
 * in its header, margin statements that come out differently, statements of a kind appearing for
 * the first time in a new order (the AST node's property order follows first occurrence), and
 * anything unusual in the tree's shape. test/incremental-parse.test.ts compares the result with a
 * full parse over random and typical edits of every example.
 *
 * The previous AST and CST are changed in place: callers must not keep the old parse result, and
 * must unlink the document's references first (the kept nodes' references are reused).
 */
/** Why the last attempt fell back to a full parse, for tests and profiling. */
export let lastRefusal: string | undefined;

function refuse(reason: string): undefined {
    lastRefusal = reason;
    return undefined;
}

export function reparseIncrementally(
    previous: ParseResult<AstNode>, oldText: string, newText: string, parser: LangiumParser,
    onSplice?: (removed: readonly AstNode[], added: readonly AstNode[]) => void
): ParseResult<AstNode> | undefined {
    lastRefusal = undefined;
    if (!isClean(previous)) {
        return refuse('old parse has errors');
    }
    const root = previous.value;
    const rootCst = root.$cstNode;
    if (!(rootCst instanceof RootCstNodeImpl) || rootCst.fullText !== oldText) {
        return refuse('old tree has no root CST for this text');
    }
    const change = changedRegion(oldText, newText);
    if (!change) {
        return refuse('no change');
    }
    const element = enclosingElement(root, change.start, change.oldEnd);
    if (!element) {
        return refuse('change outside one element');
    }
    const old = statementsOf(element);
    if (!old || old.statements.length === 0) {
        return refuse('element shape');
    }
    const { statements, body } = old;
    const braces = bracesOf(body, statements);
    if (!braces || change.start < braces.openEnd || change.oldEnd > braces.closeOffset) {
        return refuse('change touches the header or closing brace');
    }
    const window = windowAround(statements, change.start, change.oldEnd, braces);
    if (change.start < window.startOld || change.oldEnd > window.endOld) {
        return refuse('change outside the window');
    }
    const delta = newText.length - oldText.length;
    const windowEndNew = window.endOld + delta;
    const elementStart = element.$cstNode!.offset;
    const windowText = blank(newText, 0, elementStart) + newText.substring(elementStart, braces.openEnd)
        + blank(newText, braces.openEnd, window.startOld) + newText.substring(window.startOld, windowEndNew) + '}';

    const parsed = parser.parse(windowText);
    if (!isClean(parsed)) {
        return refuse('window parse has errors');
    }
    const parsedElements = topLevelElements(parsed.value);
    if (parsedElements.length !== 1 || parsedElements[0].$type !== element.$type) {
        return refuse('window parse element');
    }
    const fresh = statementsOf(parsedElements[0]);
    if (!fresh || fresh.statements.length === 0) {
        return refuse('window parse shape');
    }
    if (!marginsAgree(statements, window, fresh.statements, delta)) {
        return refuse('margins differ');
    }
    const merged = [...statements.slice(0, window.first), ...fresh.statements, ...statements.slice(window.last + 1)];
    if (!samePropertyOrder(statements, merged)) {
        return refuse('statement kinds first appear in a new order');
    }
    const oldItems = contentInWindow(body, window.startOld, window.endOld);
    const newItems = contentInWindow(fresh.body, window.startOld, windowEndNew);
    if (!oldItems || !newItems) {
        return refuse('CST content shape');
    }

    // Certain from here on: change the previous tree in place.
    const shift = positionShift(oldText, newText, window, windowEndNew);
    moveTokensAfter(flatTreeOf(rootCst), body, window.startOld, window.endOld, shift, newItems.items);
    for (const item of newItems.items) {
        (item as { container?: CstNode }).container = body;
    }
    body.content.splice(oldItems.from, oldItems.to - oldItems.from, ...newItems.items);
    (rootCst as unknown as { _text: string })._text = newText;
    const removed = statements.slice(window.first, window.last + 1);
    spliceAst(element, removed, fresh.statements);
    forgetSyntaxMemosAbove(element);
    onSplice?.(removed, fresh.statements);
    return {
        value: root,
        lexerErrors: parsed.lexerErrors,
        lexerReport: parsed.lexerReport,
        parserErrors: parsed.parserErrors
    };
}

function isClean(result: ParseResult<AstNode>): boolean {
    return result.lexerErrors.length === 0 && result.parserErrors.length === 0
        && (result.lexerReport?.diagnostics.length ?? 0) === 0;
}

interface Change {
    start: number;
    /** End of the replaced text in the old text. */
    oldEnd: number;
}

function changedRegion(oldText: string, newText: string): Change | undefined {
    if (oldText === newText) {
        return undefined;
    }
    const shorter = Math.min(oldText.length, newText.length);
    // Binary searches over substring equality: V8 compares whole runs natively, a character loop
    // over a 200 kB model cost more than the window parse.
    const start = longestCommon(shorter, length => oldText.substring(0, length) === newText.substring(0, length));
    const suffix = longestCommon(shorter - start,
        length => oldText.substring(oldText.length - length) === newText.substring(newText.length - length));
    return { start, oldEnd: oldText.length - suffix };
}

/** The largest length in [0, limit] for which `matches` holds, `matches` being monotone (and true for 0). */
function longestCommon(limit: number, matches: (length: number) => boolean): number {
    return firstIndexWhere(limit + 1, length => !matches(length)) - 1;
}

function topLevelElements(root: AstNode): AstNode[] {
    const elements: AstNode[] = [];
    forEachChild(root, child => elements.push(child));
    return elements;
}

/** The model or library whose text contains the whole change. */
function enclosingElement(root: AstNode, start: number, oldEnd: number): AstNode | undefined {
    return topLevelElements(root).find(element => {
        const cst = element.$cstNode;
        return cst !== undefined && cst.offset <= start && oldEnd <= cst.end;
    });
}

interface Statements {
    /** The element's children in source order. */
    statements: AstNode[];
    /** The CST node whose content holds the statements' CST nodes (and the header's and braces'). */
    body: CompositeCstNodeImpl;
}

function statementsOf(element: AstNode): Statements | undefined {
    const byCst = new Map<CstNode, AstNode>();
    let valid = true;
    forEachChild(element, child => {
        if (!child.$cstNode || byCst.has(child.$cstNode)) {
            valid = false;
        } else {
            byCst.set(child.$cstNode, child);
        }
    });
    if (!valid || byCst.size === 0) {
        return valid ? { statements: [], body: element.$cstNode as CompositeCstNodeImpl } : undefined;
    }
    const body = byCst.keys().next().value!.container;
    if (!(body instanceof CompositeCstNodeImpl)) {
        return undefined;
    }
    const statements: AstNode[] = [];
    for (const item of body.content) {
        const statement = byCst.get(item);
        if (statement) {
            statements.push(statement);
        }
    }
    return statements.length === byCst.size ? { statements, body } : undefined;
}

interface Braces {
    openEnd: number;
    /** Line and column of openEnd. */
    openEndPosition: Position;
    closeOffset: number;
}

/** The element's `{` before the first statement and `}` after the last, both leaves of the body. */
function bracesOf(body: CompositeCstNodeImpl, statements: AstNode[]): Braces | undefined {
    const first = statements[0].$cstNode!;
    const last = statements[statements.length - 1].$cstNode!;
    const firstIndex = body.content.indexOf(first);
    const lastIndex = body.content.indexOf(last);
    const open = body.content.slice(0, firstIndex).reverse().find(item => !item.hidden);
    const close = body.content.slice(lastIndex + 1).find(item => !item.hidden);
    if (!open || !close || open.text !== '{' || close.text !== '}') {
        return undefined;
    }
    return { openEnd: open.end, openEndPosition: open.range.end, closeOffset: close.offset };
}

interface Window {
    /** Index of the first and last re-parsed statement. */
    first: number;
    last: number;
    /** Offsets in the old text; text before startOld is unchanged. */
    startOld: number;
    endOld: number;
    /** Line and column of startOld. */
    startPosition: Position;
}

function windowAround(statements: AstNode[], start: number, oldEnd: number, braces: Braces): Window {
    // Statements are in source order and do not overlap, so their starts and their ends both
    // increase: the touched ones (starting by the change's end, ending from its start) are found
    // by two binary searches instead of reading where each of thousands of statements lies.
    const firstEndingAfter = firstIndexWhere(statements.length, index => statements[index].$cstNode!.end >= start);
    const firstStartingAfter = firstIndexWhere(statements.length, index => statements[index].$cstNode!.offset > oldEnd);
    let firstTouched = firstEndingAfter;
    let lastTouched = firstStartingAfter - 1;
    if (firstTouched > lastTouched) {
        // A change between two statements: both neighbours are part of the window.
        const before = firstEndingAfter - 1;
        firstTouched = Math.max(before, 0);
        lastTouched = Math.min(before + 1, statements.length - 1);
    }
    const first = Math.max(firstTouched - MARGIN_STATEMENTS, 0);
    const last = Math.min(lastTouched + MARGIN_STATEMENTS, statements.length - 1);
    return {
        first,
        last,
        startOld: first === 0 ? braces.openEnd : statements[first].$cstNode!.offset,
        startPosition: first === 0 ? braces.openEndPosition : statements[first].$cstNode!.range.start,
        endOld: last === statements.length - 1 ? braces.closeOffset : statements[last].$cstNode!.end
    };
}

/** The first index in [0, length) for which `holds` is true, `holds` being false then true; `length` if none. */
function firstIndexWhere(length: number, holds: (index: number) => boolean): number {
    let low = 0;
    let high = length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (holds(middle)) {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    return low;
}

/** The unchanged neighbours at both ends of the window must come out of the window parse as before. */
function marginsAgree(statements: AstNode[], window: Window, fresh: AstNode[], delta: number): boolean {
    const leading = Math.min(MARGIN_STATEMENTS, window.first === 0 ? 0 : MARGIN_STATEMENTS);
    const trailing = window.last === statements.length - 1 ? 0 : MARGIN_STATEMENTS;
    if (fresh.length < leading + trailing) {
        return false;
    }
    for (let i = 0; i < leading; i++) {
        if (!sameExtent(statements[window.first + i], fresh[i], 0)) {
            return false;
        }
    }
    for (let i = 1; i <= trailing; i++) {
        if (!sameExtent(statements[window.last + 1 - i], fresh[fresh.length - i], delta)) {
            return false;
        }
    }
    return true;
}

function sameExtent(old: AstNode, fresh: AstNode, delta: number): boolean {
    return old.$type === fresh.$type && old.$containerProperty === fresh.$containerProperty
        && old.$cstNode!.offset + delta === fresh.$cstNode!.offset && old.$cstNode!.end + delta === fresh.$cstNode!.end;
}

/**
 * The parser adds an element's array properties in the order their first statement appears;
 * a spliced node keeps the old order, so the first occurrences must not have moved.
 */
function samePropertyOrder(before: AstNode[], after: AstNode[]): boolean {
    const order = (statements: AstNode[]): string => [...new Set(statements.map(statement => statement.$containerProperty))].join(',');
    return order(before) === order(after);
}

interface ContentRange {
    from: number;
    to: number;
    items: CstNode[];
}

/** The body's CST children (statements and comments) between the window's ends. */
function contentInWindow(body: CompositeCstNodeImpl, start: number, end: number): ContentRange | undefined {
    let from = -1;
    let to = body.content.length;
    for (let i = 0; i < body.content.length; i++) {
        const item = body.content[i];
        if (from < 0 && item.offset >= start) {
            from = i;
        }
        if (item.offset >= end) {
            to = i;
            break;
        }
    }
    if (from < 0 || from >= to) {
        return undefined;
    }
    const items = body.content.slice(from, to);
    return items.every(item => item.end <= end) ? { from, to, items } : undefined;
}

/** `text` between `start` and `end` as spaces, with its line breaks kept so lines and columns after it stay the same. */
function blank(text: string, start: number, end: number): string {
    return text.substring(start, end).replace(/[^\r\n]+/g, run => ' '.repeat(run.length));
}

interface Shift {
    offset: number;
    lines: number;
    /** The line, in the old text, on which the window ends; tokens on it also move sideways. */
    endLineOld: number;
    columns: number;
}

/**
 * How the tokens after the window move: from the window's end in the old text to its end in the
 * new. Both are counted from the window's start, whose position is unchanged and known from the CST.
 */
function positionShift(oldText: string, newText: string, window: Window, endNew: number): Shift {
    const { line, character } = window.startPosition;
    const oldEnd = advance(oldText, window.startOld, window.endOld, line, character);
    const newEnd = advance(newText, window.startOld, endNew, line, character);
    return { offset: endNew - window.endOld, lines: newEnd.line - oldEnd.line, endLineOld: oldEnd.line, columns: newEnd.column - oldEnd.column };
}

/** Lines and columns as Chevrotain counts them: `\n`, `\r\n` and a lone `\r` each end a line. */
function advance(text: string, start: number, end: number, line: number, column: number): { line: number; column: number } {
    for (let i = start; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
            line++;
            column = 0;
        } else {
            column++;
        }
    }
    return { line, column };
}

/** The tokens and the composite nodes of a syntax tree, each in source order (composites in pre-order). */
interface FlatTree {
    readonly tokens: TokenFields[];
    readonly composites: CompositeCstNodeImpl[];
}

/**
 * Each tree's tokens and composites as arrays, made at its first incremental parse and spliced at
 * every later one. Every token after an edit moves; walking the tree to them chased one pointer
 * after another through memory the rest of the keystroke's work had pushed out of the cache
 * (about 4 ms per keystroke on the 5,000-line model), while a loop over an array lets the
 * processor fetch many nodes at once.
 */
const flatTrees = new WeakMap<RootCstNodeImpl, FlatTree>();

function flatTreeOf(root: RootCstNodeImpl): FlatTree {
    let flat = flatTrees.get(root);
    if (!flat) {
        flat = { tokens: [], composites: [] };
        flatten(root, flat);
        flatTrees.set(root, flat);
    }
    return flat;
}

function flatten(node: CompositeCstNodeImpl, into: FlatTree): void {
    into.composites.push(node);
    for (const child of node.content) {
        if (child instanceof CompositeCstNodeImpl) {
            flatten(child, into);
        } else {
            into.tokens.push(child as unknown as TokenFields);
        }
    }
}

/** Where a subtree's first token starts, comments included (`offset` skips them). */
function firstTokenOffset(node: CompositeCstNodeImpl): number {
    let current: CstNode | undefined = node;
    while (current instanceof CompositeCstNodeImpl) {
        current = current.content[0];
    }
    return current ? current.offset : Number.POSITIVE_INFINITY;
}

/**
 * Moves every token at or after the window's old end, forgets the cached ranges of the body, its
 * ancestors and every composite node after the window, and puts the new items' nodes in place of
 * the old window's in the flat tree. Tokens and pre-order composites both start in increasing
 * order, so the window's share of each array is found by binary search (before anything moves).
 */
function moveTokensAfter(flat: FlatTree, body: CompositeCstNodeImpl, startOld: number, endOld: number, shift: Shift, newItems: readonly CstNode[]): void {
    const { tokens, composites } = flat;
    const firstToken = firstIndexWhere(tokens.length, index => tokens[index]._offset >= startOld);
    const firstTokenAfter = firstIndexWhere(tokens.length, index => tokens[index]._offset >= endOld);
    const firstComposite = firstIndexWhere(composites.length, index => firstTokenOffset(composites[index]) >= startOld);
    const firstCompositeAfter = firstIndexWhere(composites.length, index => firstTokenOffset(composites[index]) >= endOld);
    for (let i = firstTokenAfter; i < tokens.length; i++) {
        shiftLeaf(tokens[i], shift);
    }
    for (let i = firstCompositeAfter; i < composites.length; i++) {
        (composites[i] as unknown as { _rangeCache: unknown })._rangeCache = undefined;
    }
    for (let node: CstNode | undefined = body; node; node = node.container) {
        (node as unknown as { _rangeCache: unknown })._rangeCache = undefined;
    }
    const added: FlatTree = { tokens: [], composites: [] };
    for (const item of newItems) {
        if (item instanceof CompositeCstNodeImpl) {
            flatten(item, added);
        } else {
            added.tokens.push(item as unknown as TokenFields);
        }
    }
    tokens.splice(firstToken, firstTokenAfter - firstToken, ...added.tokens);
    composites.splice(firstComposite, firstCompositeAfter - firstComposite, ...added.composites);
}

function shiftLeaf(leaf: TokenFields, shift: Shift): void {
    leaf._offset += shift.offset;
    if (leaf._startLine === shift.endLineOld) {
        leaf._startColumn += shift.columns;
    }
    if (leaf._endLine === shift.endLineOld) {
        leaf._endColumn += shift.columns;
    }
    if (shift.lines !== 0) {
        leaf._startLine += shift.lines;
        leaf._endLine += shift.lines;
    }
}

/** Replaces the old window's statements by the new ones in the element's arrays, in source order. */
function spliceAst(element: AstNode, removed: AstNode[], added: AstNode[]): void {
    const removedSet = new Set(removed);
    const windowStart = removed[0].$cstNode!.offset;
    const record = element as unknown as Record<string, unknown>;
    const properties = new Set([...removed, ...added].map(statement => statement.$containerProperty!));
    for (const property of properties) {
        const items = (record[property] as AstNode[] | undefined) ?? [];
        const keptItems = items.filter(item => !removedSet.has(item));
        const insertAt = keptItems.filter(item => item.$cstNode!.offset < windowStart).length;
        const updated = [...keptItems.slice(0, insertAt), ...added.filter(statement => statement.$containerProperty === property), ...keptItems.slice(insertAt)];
        items.length = 0;
        items.push(...updated);
        items.forEach((item, index) => {
            (item as { $container: AstNode }).$container = element;
            (item as { $containerIndex?: number }).$containerIndex = index;
        });
    }
}
