import { AstUtils, GrammarUtils, interruptAndCheck, type AstNode, type LangiumDocument, type Reference } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { CancellationToken, InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { partyId, rangeOf } from '../model/build-model.js';
import type { PartnershipModel } from '../model/partnership-model.js';
import { displayDecimals, displayVocabulary, formatDisplayNumber, type DisplayLanguage } from '../analysis/labels.js';
import { textIn, type LocalText } from '../analysis/local-text.js';
import type { SamskapServices } from '../samskap-module.js';

const PER_YEAR: LocalText = { en: 'per year', nb: 'per år', da: 'pr. år' };
const ONCE: LocalText = { en: 'once', nb: 'engangsbeløp', da: 'engangsbeløb' };

/** Which inlay hints the editor's `samskap.inlayHints` settings ask for; both are on unless turned off. */
export interface InlayHintSettings {
    /** The amount a `share N %` line comes to, computed from its budget. */
    readonly amounts: boolean;
    /** The side (public or non-public) of a party where the side decides a classification. */
    readonly sides: boolean;
}

/**
 * The references whose side the classifications read (docs/classifications.md): who took the
 * initiative and when a party came in, who defined goals and content, who decides and owns a
 * decision, who performs, who funds whom, who sits in a body. Elsewhere (a role's holder, an
 * agreement's parties) the side decides nothing, and a hint would only be noise.
 */
const SIDE_PROPERTIES: ReadonlyMap<string, readonly string[]> = new Map([
    [ast.Initiative.$type, ['initiators']],
    [ast.Involvement.$type, ['party']],
    [ast.Definition.$type, ['definers']],
    [ast.DecisionLocus.$type, ['party']],
    [ast.JointLocus.$type, ['parties']],
    [ast.Decision.$type, ['owner']],
    [ast.Activity.$type, ['performers']],
    [ast.RightAssignment.$type, ['parties']],
    [ast.FundingLine.$type, ['from', 'to']],
    [ast.Body.$type, ['members']]
]);

type Side = 'public' | 'non_public' | 'joint';

/**
 * Inlay hints: after `share N %`, the amount the share comes to (`= 600,000 NOK per year`),
 * computed from the budget as the model does; after a party named where its side decides a
 * classification, that side (`public`, `non-public`). Each kind can be turned off in the settings
 * (`samskap.inlayHints.amounts`, `samskap.inlayHints.sides`). Read from the cached
 * PartnershipModel: the figures and sides are exactly those the classifications used.
 */
export class SamskapInlayHintProvider implements InlayHintProvider {
    private settings: InlayHintSettings = { amounts: true, sides: true };

    constructor(private readonly services: SamskapServices) {
        const configuration = services.shared.workspace.ConfigurationProvider;
        configuration.onConfigurationSectionUpdate(update => {
            if (update.section === 'samskap') this.settings = inlayHintSettings((update.configuration as Record<string, unknown> | undefined)?.inlayHints);
        });
        void configuration.ready.then(async () => {
            this.settings = inlayHintSettings(await configuration.getConfiguration('samskap', 'inlayHints'));
        });
    }

    async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken: CancellationToken = CancellationToken.None): Promise<InlayHint[] | undefined> {
        const root = document.parseResult.value;
        const { amounts, sides } = this.settings;
        if (!ast.isDocument(root) || (!amounts && !sides)) return [];
        const models = this.services.analysis.PartnershipModelProvider.getModels(document);
        const language = this.services.analysis.Configuration.config.display.language;
        const hints: InlayHint[] = [];
        const uri = document.uri.toString();
        for (const [position, modelNode] of root.elements.filter(ast.isModel).entries()) {
            const model = models[position];
            if (!model) continue;
            const sideOf = sideLookup(model);
            for (const node of AstUtils.streamAst(modelNode, { range: params.range })) {
                await interruptAndCheck(cancelToken);
                if (amounts && ast.isFundingLine(node) && node.share !== undefined) {
                    const hint = amountHint(model, node, uri, language);
                    if (hint) hints.push(hint);
                }
                if (sides) hints.push(...sideHints(node, sideOf, language));
            }
        }
        return hints;
    }
}

/** The settings as the editor sends them, anything but an explicit `false` counting as on. */
export function inlayHintSettings(value: unknown): InlayHintSettings {
    const section = typeof value === 'object' && value !== null ? value as Record<string, unknown> : {};
    return { amounts: section.amounts !== false, sides: section.sides !== false };
}

/** `= 600,000 NOK per year` after the `%` of a share line, from the model's normalised funding line. */
function amountHint(model: PartnershipModel, node: ast.FundingLine, uri: string, language: DisplayLanguage): InlayHint | undefined {
    const start = rangeOf(node, uri).start;
    const line = model.funding.find(candidate => candidate.range.start.line === start.line && candidate.range.start.character === start.character);
    const percent = GrammarUtils.findNodeForKeyword(node.$cstNode, '%');
    if (!line || !percent || model.context.currency === undefined) return undefined;
    const yearly = line.yearlyAmount;
    const once = line.onceAmount;
    if (yearly === undefined && once === undefined) return undefined;
    const figure = yearly !== undefined
        ? `${formatDisplayNumber(yearly, language)} ${model.context.currency} ${textIn(PER_YEAR, language)}`
        : `${formatDisplayNumber(once!, language)} ${model.context.currency} ${textIn(ONCE, language)}`;
    const budget = line.item !== undefined ? model.budgets.find(candidate => candidate.id === line.item) : undefined;
    const share = line.sharePercent === undefined ? undefined : formatDisplayNumber(line.sharePercent, language, displayDecimals(line.sharePercent));
    return {
        position: percent.range.end,
        label: `= ${figure}`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: textIn(budget && share !== undefined
            ? {
                en: `Computed: ${share} % of the budget "${budget.title}".`,
                nb: `Beregnet: ${share} % av budsjettet "${budget.title}".`,
                da: `Beregnet: ${share} % af budgettet "${budget.title}".`
            }
            : { en: 'Computed from the share and its budget.', nb: 'Beregnet ut fra andelen og budsjettet.', da: 'Beregnet ud fra andelen og budgettet.' }, language)
    };
}

/** The side of a party by its id: an actor's own, a body's from its members. */
function sideLookup(model: PartnershipModel): (party: string) => Side | undefined {
    const actors = new Map(model.actors.map(actor => [actor.id, actor.isPublic]));
    const bodies = new Map(model.bodies.map(body => [body.id, body.members]));
    return party => {
        const own = actors.get(party);
        if (own !== undefined) return own ? 'public' : 'non_public';
        const members = bodies.get(party)?.map(member => actors.get(member)).filter(side => side !== undefined);
        if (!members || members.length === 0) return undefined;
        if (members.every(side => side)) return 'public';
        if (members.every(side => !side)) return 'non_public';
        return 'joint';
    };
}

function sideHints(node: AstNode, sideOf: (party: string) => Side | undefined, language: DisplayLanguage): InlayHint[] {
    const words = displayVocabulary(language).sides;
    const properties = SIDE_PROPERTIES.get(node.$type);
    if (!properties) return [];
    const hints: InlayHint[] = [];
    for (const property of properties) {
        const value = (node as unknown as Record<string, Reference | Reference[] | undefined>)[property];
        for (const reference of Array.isArray(value) ? value : value ? [value] : []) {
            const target = reference.ref;
            const end = reference.$refNode?.range.end;
            if (!end || !(ast.isActor(target) || ast.isBody(target))) continue;
            const side = sideOf(partyId(target));
            if (side) hints.push({ position: end, label: `: ${side === 'joint' ? `${words.public} + ${words.non_public}` : words[side]}`, kind: InlayHintKind.Type, paddingLeft: false, tooltip: 'The side this party counts on in the classifications.' });
        }
    }
    return hints;
}
