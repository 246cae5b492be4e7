import type { IToken, TokenType } from 'chevrotain';
import { AbstractParserErrorMessageProvider, AstUtils, GrammarAST, type Grammar } from 'langium';
import { formatDisplayNumber } from '../analysis/labels.js';

/** What a grammar rule stands for, in the words of the language reference (docs/language.md). */
const RULE_DESCRIPTIONS: Record<string, string> = {
    ActorKind: 'an actor kind',
    Sector: 'a sector',
    RoleKind: 'a role kind',
    BodyKind: 'a body kind',
    DecisionRule: 'a decision rule',
    DecisionLevel: 'a decision level',
    Phase: 'a phase',
    Iap2Level: 'an IAP2 level',
    ArnsteinRung: 'a rung of Arnstein\'s ladder',
    FundingKind: 'a funding kind',
    Unit: 'a currency or unit',
    Rate: 'a rate',
    RequirementLevel: 'a requirement level',
    Grade: 'a grade',
    GovernanceMode: 'a governance mode',
    Instrument: 'a legal instrument',
    Evaluation: 'an evaluation rhythm',
    CoCreationForm: 'a co-creation form',
    CountryCode: 'a country code',
    SourceKind: 'a source kind',
    PolicyField: 'a policy field',
    PublicValue: 'a public value',
    RightKind: 'a decision right',
    Name: 'a name',
    QualifiedName: 'a name'
};

const MAX_LISTED = 8;

function describeToken(type: TokenType): string {
    const name = type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
    switch (name) {
        case 'ID': return 'a name';
        case 'STRING': return 'a quoted text';
        case 'NUMBER': return 'a number';
        default: return `'${name}'`;
    }
}

function found(token: IToken | undefined): string {
    if (!token || token.image === undefined || token.tokenType?.name === 'EOF') {
        return 'the end of the file';
    }
    return `'${token.image}'`;
}

/** "Unexpected 'x'", or, at the end of the input, that the file stops before the statement is complete. */
function unexpected(token: IToken | undefined): string {
    const what = found(token);
    return what === 'the end of the file' ? 'The file ends too early' : `Unexpected ${what}`;
}

function listOf(types: readonly TokenType[]): string {
    const names = [...new Set(types.map(describeToken))];
    const shown = names.slice(0, MAX_LISTED).join(', ');
    return names.length > MAX_LISTED ? `${shown}, … (${formatDisplayNumber(names.length - MAX_LISTED, 'en')} more)` : shown;
}

/**
 * Short parser messages in the user's terms: what was expected (by its role in the language,
 * with the allowed values) and what was found. Chevrotain's defaults list every token path.
 */
export class SamskapParserErrorMessageProvider extends AbstractParserErrorMessageProvider {
    /** The keywords of each value-set rule (ActorKind, Phase, …) and of the soft keywords usable as names. */
    private readonly valueSets: ReadonlyArray<{ readonly description: string; readonly keywords: ReadonlySet<string> }>;
    private readonly softKeywords: ReadonlySet<string>;

    constructor(grammar: Grammar) {
        super();
        const keywordsOf = (rule: GrammarAST.ParserRule): Set<string> =>
            new Set(AstUtils.streamAllContents(rule.definition).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
        const rules = grammar.rules.filter(GrammarAST.isParserRule);
        this.valueSets = rules
            .filter(rule => RULE_DESCRIPTIONS[rule.name] !== undefined && rule.dataType !== undefined)
            .map(rule => ({ description: RULE_DESCRIPTIONS[rule.name], keywords: keywordsOf(rule) }))
            .filter(set => set.keywords.size > 0);
        const soft = rules.find(rule => rule.name === 'SoftKeyword');
        this.softKeywords = soft ? keywordsOf(soft) : new Set();
    }

    /** Names the expected tokens as a user would: 'an actor kind (municipality, …)' or 'a name'. */
    private describeExpected(types: readonly TokenType[]): string {
        const keywords = new Set(types.map(t => (t.name.endsWith(':KW') ? t.name.slice(0, -3) : t.name)));
        const acceptsName = keywords.has('ID');
        const rest = [...keywords].filter(k => k !== 'ID' && !(acceptsName && this.softKeywords.has(k)));
        const parts: string[] = [];
        if (acceptsName) {
            parts.push('a name');
        }
        const remaining = new Set(rest);
        for (const set of this.valueSets) {
            if (set.keywords.size > 1 && [...set.keywords].every(k => remaining.has(k))) {
                parts.push(`${set.description} (${[...set.keywords].slice(0, MAX_LISTED).join(', ')}${set.keywords.size > MAX_LISTED ? ', …' : ''})`);
                set.keywords.forEach(k => remaining.delete(k));
            }
        }
        const others = types.filter(t => remaining.has(t.name.endsWith(':KW') ? t.name.slice(0, -3) : t.name));
        if (others.length > 0) {
            parts.push(listOf(others));
        }
        return parts.join(', or ');
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const description = RULE_DESCRIPTIONS[options.ruleName];
        const expected = describeToken(options.expected);
        return description
            ? `Expected ${description} (${expected}) but found ${found(options.actual)}.`
            : `Expected ${expected} but found ${found(options.actual)}.`;
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `${unexpected(options.firstRedundant)}: a file holds only 'model' and 'library' blocks.`;
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; ruleName: string }): string {
        const firstTokens = options.expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0])).filter(t => t !== undefined);
        return `${unexpected(options.actual[0])}: expected ${this.describeExpected(firstTokens)}.`;
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; ruleName: string }): string {
        const firstTokens = options.expectedIterationPaths.map(path => path[0]).filter(t => t !== undefined);
        return `Expected ${this.describeExpected(firstTokens)} but found ${found(options.actual[0])}.`;
    }
}
