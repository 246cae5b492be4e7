import { AstUtils, GrammarAST, GrammarUtils, type AstNode, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, CompletionTriggerKind, type CancellationToken, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { ActorKind } from '../model/partnership-model.js';
import { sectorOf } from '../model/sectors.js';

/** The value sets of the grammar, named as in the language reference (docs/language.md). */
export const VALUE_SETS: Readonly<Record<string, string>> = {
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
 * The words after which a typed space opens completion by itself: each is followed by a value of
 * a value set (`is` an actor kind, `from` a phase, `->` a party) or by a name (`by`, `decide`,
 * `members`). After any other word a space is just a space.
 */
export const SPACE_TRIGGER_WORDS: ReadonlySet<string> = new Set([
    'is', 'by', 'from', '->', 'decide', 'members', 'chair', 'level', 'phases', 'country', 'fields', 'purpose',
    'for', 'uses', 'requirements', 'evaluation', 'trust', 'consensus', 'iap2', 'arnstein', 'sector', 'parties', 'lead', 'nao', 'form'
]);

/**
 * Keyword completion as Langium does it, with the values of a value set marked as such: an
 * actor kind says it is one, and which sector it puts the actor in. Inside `[…]` the model's
 * sources (those with an id) are offered with their kind, date and full reference, then the
 * certainties.
 */
export class SamskapCompletionProvider extends DefaultCompletionProvider {
    /** `.` after a library's name lists its actors; a space after `is`, `by` and the like lists what may follow (see SPACE_TRIGGER_WORDS). */
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.', ' '] };

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const trigger = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? params.context.triggerCharacter : undefined;
        if (trigger !== undefined && !triggersHere(document.textDocument.getText(), document.textDocument.offsetAt(params.position), trigger)) {
            return undefined;
        }
        return super.getCompletion(document, params, cancelToken);
    }

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

/**
 * Whether a typed trigger character should open completion: a `.` right after a name (a library's,
 * `norway.`), not inside a string or a number (`2.5`); a space right after one of SPACE_TRIGGER_WORDS.
 */
export function triggersHere(text: string, offset: number, trigger: string): boolean {
    const before = text.slice(Math.max(0, offset - 200), offset);
    if (trigger === '.') {
        return /(^|[^\w\u00C0-\u024F.])[_a-zA-Z\u00C0-\u024F][\w\u00C0-\u024F]*\.$/.test(before) && !insideString(text, offset);
    }
    if (trigger === ' ') {
        const word = /(->|[\w\u00C0-\u024F]+)\s$/.exec(before)?.[1];
        return word !== undefined && SPACE_TRIGGER_WORDS.has(word) && !insideString(text, offset);
    }
    return true;
}

/** Whether the offset lies inside a string or a line comment of its line (strings never span lines). */
function insideString(text: string, offset: number): boolean {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const line = text.slice(lineStart, offset);
    let quoted = false;
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (quoted && char === '\\') index++;
        else if (char === '"') quoted = !quoted;
        else if (!quoted && char === '/' && line[index + 1] === '/') return true;
    }
    return quoted;
}

function valueSetOf(keyword: GrammarAST.Keyword): string | undefined {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    if (rule && VALUE_SETS[rule.name]) {
        return VALUE_SETS[rule.name];
    }
    const assignment = AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment);
    return rule?.name === 'Governance' && assignment?.feature === 'mode' ? 'governance mode' : undefined;
}
