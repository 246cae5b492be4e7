import { DefaultValueConverter, GrammarAST, GrammarUtils, ValueConverter, type CstNode, type ValueType } from 'langium';

type Conversion = (input: string) => ValueType;

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
        return conversion(input);
    }
}
