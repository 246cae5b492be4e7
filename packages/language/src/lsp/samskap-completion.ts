import { AstUtils, GrammarAST, GrammarUtils, type AstNode, type AstNodeDescription, type MaybePromise, type ReferenceInfo } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { ActorKind } from '../model/partnership-model.js';
import { sectorOf } from '../model/sectors.js';

/** The value sets of the grammar, named as in the language reference (docs/language.md). */
const VALUE_SETS: Record<string, string> = {
    CountryCode: 'country code',
    SourceKind: 'source kind',
    PolicyField: 'policy field',
    PublicValue: 'public value',
    ActorKind: 'actor kind',
    Sector: 'sector',
    RoleKind: 'role kind',
    BodyKind: 'body kind',
    DecisionRule: 'decision rule',
    DecisionLevel: 'decision level',
    Phase: 'phase',
    CollaborationMode: 'collaboration mode',
    Iap2Level: 'IAP2 level',
    ArnsteinRung: 'Arnstein rung',
    FundingKind: 'funding kind',
    Unit: 'currency or unit',
    Rate: 'rate',
    RequirementLevel: 'requirement level',
    Grade: 'grade',
    Instrument: 'legal instrument',
    Evaluation: 'evaluation',
    CoCreationForm: 'co-creation form',
    Certainty: 'certainty'
};

/**
 * Keyword completion as Langium does it, with the values of a value set marked as such: an
 * actor kind says it is one, and which sector it puts the actor in. Inside `[…]` the model's
 * sources (those with an id) are offered with their kind, date and full reference, then the
 * certainties.
 */
export class SamskapCompletionProvider extends DefaultCompletionProvider {
    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const source = nodeDescription.node;
        if (!ast.isSourceStatement(source)) return item;
        const kind = source.kind?.replace(/_/g, ' ');
        return {
            ...item,
            detail: `source · ${[kind, source.date].filter(part => part !== undefined).join(', ')}`,
            documentation: [source.description, source.url].filter(part => part !== undefined).join('\n')
        };
    }

    /**
     * Langium completes a reference on the syntax node at the cursor. While a word is typed over
     * (`decide jo|int(a, b)`) or after parse recovery left a statement unfinished (`decide`, then
     * `}`), that node is another one than the reference's (a JointLocus, a Decision): the scope
     * lookup threw "Property party of type JointLocus is not a reference", logged as an error on
     * each such keystroke, and no names were offered (found by the fuzz suite). Then the reference
     * is completed on a new node of its rule's type inside the node at the cursor, as Langium does
     * for a statement not yet begun.
     */
    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (!next.type && assignment && rule && !rule.fragment && context.node && !this.holdsReference(context.node, assignment.feature)) {
            return super.completionForCrossReference(context, { ...next, type: GrammarUtils.getRuleTypeName(rule) }, acceptor);
        }
        return super.completionForCrossReference(context, next, acceptor);
    }

    private holdsReference(node: AstNode, property: string): boolean {
        try {
            this.astReflection.getReferenceType({ container: node, property, reference: { $refText: '' } } as ReferenceInfo);
            return true;
        } catch {
            return false;
        }
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        const valueSet = valueSetOf(keyword);
        if (!valueSet || !this.filterKeyword(context, keyword)) {
            return super.completionForKeyword(context, keyword, acceptor);
        }
        const detail = valueSet === VALUE_SETS.ActorKind
            ? `${valueSet} · ${sectorOf(keyword.value as ActorKind).replace('_', ' ')} sector`
            : valueSet;
        acceptor(context, { label: keyword.value, kind: CompletionItemKind.EnumMember, detail, sortText: '0' });
    }
}

function valueSetOf(keyword: GrammarAST.Keyword): string | undefined {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    if (rule && VALUE_SETS[rule.name]) {
        return VALUE_SETS[rule.name];
    }
    const assignment = AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment);
    return rule?.name === 'Governance' && assignment?.feature === 'mode' ? 'governance mode' : undefined;
}
