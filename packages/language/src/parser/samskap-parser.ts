import type { IRecognitionException, IToken, TokenType } from 'chevrotain';
import {
    createLangiumParser, DefaultTokenBuilder, GrammarAST, RegExpUtils, type CompositeCstNodeImpl, type CstNode, type LangiumCoreServices,
    type LangiumParser, type ParseResult, type ParserOptions
} from 'langium';
import { SamskapValueConverter, type ValueProblem } from './samskap-value-converter.js';

/**
 * How many in-repetition recoveries may be nested. Chevrotain re-enters a repetition (`(...)*`)
 * recursively after each error it recovers from inside it, so 1,300 bad statements in a row in
 * one block (`decide a b` on every line of a decision) overflowed the stack. Past this depth the
 * repetition ends as if the block were over, and the rule's own re-synchronisation skips to the
 * next statement it knows: the same errors are reported, only without one stack frame per error.
 * No hand-written file has a hundred consecutive broken statements in one block.
 */
export const MAX_NESTED_RECOVERIES = 100;

/**
 * The STRING terminal of the grammar (`/"(\\.|[^"\\\r\n])*"/`) as an equivalent pattern without
 * an alternation inside the repetition: V8's regular expression engine keeps one backtracking
 * frame per repetition of a group, and a quoted text of a few megabytes overflowed its stack.
 * This form, the grammar's language exactly, matches in a loop at any length.
 */
export const STRING_PATTERN = /"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*"/;

/** The grammar's terminals, with STRING matched by the loop-safe pattern above. */
export class SamskapTokenBuilder extends DefaultTokenBuilder {
    /** Each terminal's pattern as an expression that also matches its beginnings (RegExpUtils.partialRegExp). */
    private readonly partialPatterns = new Map<string, RegExp>();

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'STRING') {
            token.PATTERN = STRING_PATTERN;
        }
        return token;
    }

    /**
     * The terminals a keyword is the beginning of (an identifier that starts with `model` is not
     * the keyword `model`), as Langium finds them, but with each terminal's partial expression
     * built once instead of once per keyword: the grammar's 200 keywords made that a quarter of
     * building the lexer, which every command and the language server do on start.
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const source = (token.PATTERN as { source?: string } | undefined)?.source;
            if (!source) return false;
            let partial = this.partialPatterns.get(source);
            if (!partial) {
                partial = RegExpUtils.partialRegExp(`^${source}$`);
                this.partialPatterns.set(source, partial);
            }
            const match = keyword.value.match(partial);
            return match !== null && match[0].length > 0;
        });
    }
}

/** Langium's CST builder methods that insert many children at once (comments before a token). */
interface ChildInserter {
    appendChildren(parent: CompositeCstNodeImpl, children: CstNode[]): void;
    insertChildren(parent: CompositeCstNodeImpl, index: number, children: CstNode[]): void;
}

/** Up to this many children, Langium's own insertion (a spread) is the fastest and safe. */
const SPREAD_SAFE = 1_000;

/**
 * Child insertion without spreading many children as call arguments: Langium's
 * `content.push(...children)` and `splice(index, 0, ...children)` overflow the stack with
 * 130,000 comment lines before one statement (every argument is a stack slot). The parser calls
 * these for every token, mostly with no children at all: those stay as cheap as before.
 */
function insertWithoutSpread(builder: ChildInserter): void {
    const append = builder.appendChildren.bind(builder);
    const insert = builder.insertChildren.bind(builder);
    builder.appendChildren = (parent, children) => {
        if (children.length <= SPREAD_SAFE) {
            append(parent, children);
            return;
        }
        for (const child of children) {
            (child as { container?: CompositeCstNodeImpl }).container = parent;
        }
        parent.content = parent.content.concat(children);
    };
    builder.insertChildren = (parent, index, children) => {
        if (children.length <= SPREAD_SAFE) {
            insert(parent, index, children);
            return;
        }
        for (const child of children) {
            (child as { container?: CompositeCstNodeImpl }).container = parent;
        }
        parent.content = parent.content.slice(0, index).concat(children, parent.content.slice(index));
    };
}

type RepetitionRecovery = (...args: unknown[]) => void;

interface RecognizerInternals {
    attemptInRepetitionRecovery?: RepetitionRecovery;
    LA(offset: number): IToken;
}

/** Where the parse under way stopped recovering inside a repetition, if it did. */
interface RecoveryBound {
    stoppedAt?: IToken;
}

/** Bounds the nesting of Chevrotain's in-repetition recovery (see MAX_NESTED_RECOVERIES). */
function boundRepetitionRecovery(wrapper: RecognizerInternals, bound: RecoveryBound): void {
    const attempt = wrapper.attemptInRepetitionRecovery;
    if (typeof attempt !== 'function') {
        return;
    }
    let depth = 0;
    wrapper.attemptInRepetitionRecovery = function (this: RecognizerInternals, ...args: unknown[]): void {
        if (depth >= MAX_NESTED_RECOVERIES) {
            bound.stoppedAt ??= this.LA(1);
            return;
        }
        depth++;
        try {
            attempt.apply(this, args);
        } finally {
            depth--;
        }
    };
}

/** A parser error on a token (Langium reports it at the token's range). */
function parserError(name: string, message: string, token: IToken): IRecognitionException {
    return { name, message, token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] } };
}

/** A value problem as a parser error, placed on the token it is about. */
function valueError(problem: ValueProblem): IRecognitionException {
    const { node, message } = problem;
    const { start, end } = node.range;
    return parserError('InvalidValue', message, {
        image: node.text,
        startOffset: node.offset,
        endOffset: node.end - 1,
        startLine: start.line + 1,
        startColumn: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character,
        tokenTypeIdx: -1,
        tokenType: (node as { tokenType?: TokenType }).tokenType ?? { name: 'NUMBER' }
    });
}

/**
 * Langium's parser, hardened against hostile input: comments and errors in any number never
 * overflow the stack, and numbers a model cannot mean (beyond a double, fractional years) are
 * parser errors with a message saying what to write instead (samskap-value-converter.ts).
 */
export function createSamskapParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const internals = parser as unknown as { nodeBuilder?: ChildInserter; wrapper?: RecognizerInternals };
    const bound: RecoveryBound = {};
    if (internals.nodeBuilder) insertWithoutSpread(internals.nodeBuilder);
    if (internals.wrapper) boundRepetitionRecovery(internals.wrapper, bound);
    const converter = services.parser.ValueConverter instanceof SamskapValueConverter ? services.parser.ValueConverter : undefined;
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: ParserOptions) => {
        converter?.beginParse();
        bound.stoppedAt = undefined;
        // beginParse forgets what a failed parse left: every parse starts clean.
        const result: ParseResult = parse(input, options);
        const added = (converter?.endParse() ?? []).map(valueError);
        if (bound.stoppedAt) {
            added.push(parserError('TooManyErrors', `More than ${MAX_NESTED_RECOVERIES} errors in a row in one block: the rest of the block was skipped from here. Fix the errors above first.`, bound.stoppedAt));
            bound.stoppedAt = undefined;
        }
        if (added.length > 0) {
            result.parserErrors = [...result.parserErrors, ...added];
        }
        return result;
    }) as LangiumParser['parse'];
    return parser;
}
