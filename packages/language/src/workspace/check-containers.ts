import { AstUtils, GrammarAST, GrammarUtils, type Grammar } from 'langium';

/**
 * The node types whose subtree may hold a node of one of the `checked` types, read from the
 * grammar: a rule contains what it calls (assigned or not, through fragments), never what it
 * only refers to by cross-reference. An over-approximation, never an under-approximation: a type
 * the analysis cannot place (an action, a rule it does not understand) counts as a container.
 *
 * The validation walk descends only into these types. Samskap checks two node types (Document
 * and Model); walking every actor, decision and funding line below them found nothing to check
 * and was an eighth of validation time on a thousand-file workspace.
 */
export function typesThatMayContain(grammar: Grammar, checked: ReadonlySet<string>): Set<string> {
    const rules = grammar.rules.filter(GrammarAST.isParserRule).filter(rule => !GrammarUtils.isDataTypeRule(rule));
    const callees = new Map<GrammarAST.ParserRule, Set<GrammarAST.ParserRule>>();
    const uncertain = new Set<string>();
    for (const rule of rules) {
        const called = new Set<GrammarAST.ParserRule>();
        for (const element of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isAction(element)) {
                // A rule that rewrites its node's type: whatever that type is may contain anything.
                uncertain.add(GrammarUtils.getActionType(element) ?? GrammarUtils.getRuleTypeName(rule));
            }
            if (!GrammarAST.isRuleCall(element) || AstUtils.getContainerOfType(element, GrammarAST.isCrossReference)) continue;
            const callee = element.rule.ref;
            if (GrammarAST.isParserRule(callee) && !GrammarUtils.isDataTypeRule(callee)) called.add(callee);
        }
        callees.set(rule, called);
    }
    // Rules whose nodes, or whose callees' nodes (transitively), are of a checked type.
    const reaches = new Map<GrammarAST.ParserRule, boolean>();
    const reachesChecked = (rule: GrammarAST.ParserRule, visiting: Set<GrammarAST.ParserRule>): boolean => {
        const known = reaches.get(rule);
        if (known !== undefined) return known;
        if (visiting.has(rule)) return false;
        visiting.add(rule);
        let result = false;
        for (const callee of callees.get(rule) ?? []) {
            if ((!callee.fragment && checked.has(GrammarUtils.getRuleTypeName(callee))) || reachesChecked(callee, visiting)) {
                result = true;
                break;
            }
        }
        visiting.delete(rule);
        // Only a finished answer is remembered; one cut short by a cycle is asked again later.
        if (result || visiting.size === 0) reaches.set(rule, result);
        return result;
    };
    const containers = new Set<string>(uncertain);
    for (const rule of rules) {
        if (!rule.fragment && reachesChecked(rule, new Set())) containers.add(GrammarUtils.getRuleTypeName(rule));
    }
    return containers;
}
