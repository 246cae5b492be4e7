import { AstUtils, DefaultValueConverter, GrammarAST, GrammarUtils, ValueConverter, type CstNode, type ValueType } from 'langium';
import { formatDisplayNumber } from '../analysis/labels.js';

type Conversion = (input: string) => ValueType;

/** A token whose text the language refuses as a value (the parser reports it as a syntax error). */
export interface ValueProblem {
    readonly node: CstNode;
    readonly message: string;
}

/** What a number assigned to a grammar element must be, beyond being a number. */
type NumberCheck = 'finite' | 'year';

/** Features that hold years: `period START..END` and `initiative by … in YEAR`. */
const YEAR_FEATURES: Readonly<Record<string, readonly string[]>> = { Period: ['start', 'end'], Initiative: ['year'] };

/** A number's text as a message shows it: long ones cut, with their length. */
function shownNumber(text: string): string {
    return text.length <= 24 ? text : `${text.slice(0, 12)}… (${formatDisplayNumber(text.length, 'en')} characters)`;
}

/** The check for numbers assigned by this grammar element, if it assigns one. */
function numberCheckOf(source: GrammarAST.AbstractElement): NumberCheck | undefined {
    const assignment = AstUtils.getContainerOfType(source, GrammarAST.isAssignment);
    if (!assignment) return undefined;
    const rule = AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule);
    return rule && YEAR_FEATURES[rule.name]?.includes(assignment.feature) ? 'year' : 'finite';
}

const identity: Conversion = input => input;

/** Langium's conversion for a rule (DefaultValueConverter.runConverter), chosen once. */
function conversionOfRule(rule: GrammarAST.AbstractRule): Conversion {
    switch (rule.name.toUpperCase()) {
        case 'INT': return ValueConverter.convertInt;
        case 'STRING': return ValueConverter.convertString;
        case 'ID': return ValueConverter.convertID;
    }
    switch (GrammarUtils.getRuleType(rule)?.toLowerCase()) {
        case 'number': return ValueConverter.convertNumber;
        case 'boolean': return ValueConverter.convertBoolean;
        case 'bigint': return ValueConverter.convertBigint;
        case 'date': return ValueConverter.convertDate;
        default: return identity;
    }
}

/**
 * Langium's value conversions, with the conversion of each grammar element worked out once.
 * The default looks the rule and its return type up in the grammar for every token it converts
 * and for every data type rule (each name and each reference): a measurable share of parsing a
 * large workspace.
 */
export class SamskapValueConverter extends DefaultValueConverter {
    private readonly conversions = new Map<GrammarAST.AbstractElement, Conversion>();
    private readonly numberChecks = new Map<GrammarAST.AbstractElement, NumberCheck | null>();
    /** Problems of the parse under way (see samskap-parser.ts, which reports them as parser errors). */
    private problems: ValueProblem[] = [];

    /** Starts collecting value problems for one parse. */
    beginParse(): void {
        this.problems = [];
    }

    /** The value problems of the parse that just ended. */
    endParse(): readonly ValueProblem[] {
        const problems = this.problems;
        this.problems = [];
        return problems;
    }

    override convert(input: string, cstNode: CstNode): ValueType {
        const source = cstNode.grammarSource;
        if (!source) return input;
        let conversion = this.conversions.get(source);
        if (!conversion) {
            const feature = GrammarAST.isCrossReference(source) ? GrammarUtils.getCrossReferenceTerminal(source) : source;
            if (GrammarAST.isRuleCall(feature)) {
                const rule = feature.rule.ref;
                if (!rule) throw new Error('This cst node was not parsed by a rule.');
                conversion = conversionOfRule(rule);
            } else {
                conversion = identity;
            }
            this.conversions.set(source, conversion);
        }
        const value = conversion(input);
        return typeof value === 'number' ? this.checkedNumber(value, input, cstNode, source) as ValueType : value;
    }

    /**
     * A number as the model may hold it. Digits beyond a double's range became Infinity, and a
     * fractional year has no meaning: both are refused (the feature is left unset, as for a
     * number not written at all) and reported with what to write instead.
     */
    private checkedNumber(value: number, input: string, cstNode: CstNode, source: GrammarAST.AbstractElement): number | undefined {
        let check = this.numberChecks.get(source);
        if (check === undefined) {
            check = numberCheckOf(source) ?? null;
            this.numberChecks.set(source, check);
        }
        if (check === null) {
            return value;
        }
        if (!Number.isFinite(value)) {
            this.problems.push({
                node: cstNode,
                message: `The number ${shownNumber(input)} is too large: numbers in a model go up to about 1.8e308; check for a typo, or state the amount in a larger unit.`
            });
            return undefined;
        }
        if (check === 'year' && !Number.isInteger(value)) {
            this.problems.push({ node: cstNode, message: `A year is a whole number: write ${Math.trunc(value)}, not ${shownNumber(input)}.` });
            return undefined;
        }
        return value;
    }
}
