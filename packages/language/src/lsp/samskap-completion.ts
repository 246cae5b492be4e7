import { AstUtils, GrammarAST, type MaybePromise } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
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
    CoCreationForm: 'co-creation form'
};

/**
 * Keyword completion as Langium does it, with the values of a value set marked as such: an
 * actor kind says it is one, and which sector it puts the actor in.
 */
export class SamskapCompletionProvider extends DefaultCompletionProvider {
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
