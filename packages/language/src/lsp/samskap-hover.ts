import { AstUtils, CstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { partyId } from '../model/build-model.js';
import type { SamskapServices } from '../samskap-module.js';
import { actorHoverMarkdown, bodyHoverMarkdown, budgetHoverMarkdown, decisionHoverMarkdown, modelHoverMarkdown } from './classification-markdown.js';

/**
 * Langium's hover (doc comments) plus the computed classifications with their evidence for a
 * model's name, an actor, a body, a decision and a budget. Reads the cached PartnershipModel and Classification.
 */
export class SamskapHoverProvider extends MultilineCommentHoverProvider {
    private readonly samskap: SamskapServices;

    constructor(services: SamskapServices) {
        super(services);
        this.samskap = services;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const base = await super.getHoverContent(document, params);
        const extra = await this.classificationContent(document, params);
        if (!extra) {
            return base;
        }
        const contents = base?.contents;
        const baseText = typeof contents === 'object' && contents !== null && 'value' in contents && !Array.isArray(contents) ? contents.value : '';
        return { contents: { kind: 'markdown', value: [baseText, extra].filter(text => text.length > 0).join('\n\n---\n\n') } };
    }

    private classificationContent(document: LangiumDocument, params: HoverParams): MaybePromise<string | undefined> {
        const root = document.parseResult.value;
        if (!ast.isDocument(root) || !root.$cstNode) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const cstNode = CstUtils.findDeclarationNodeAtOffset(root.$cstNode, offset, this.grammarConfig.nameRegexp);
        if (!cstNode || cstNode.offset + cstNode.length <= offset) return undefined;
        const target = this.references.findDeclarations(cstNode)[0];
        const modelNode = AstUtils.getContainerOfType(cstNode.astNode, ast.isModel);
        if (!target || !modelNode) return undefined;
        const position = root.elements.filter(ast.isModel).indexOf(modelNode);
        const model = this.samskap.analysis.PartnershipModelProvider.getModels(document)[position];
        const classification = this.samskap.analysis.ClassificationProvider.getClassifications(document)[position];
        if (!model || !classification) return undefined;
        if (target === modelNode) return modelHoverMarkdown(model, classification, this.samskap.analysis.Configuration.config.display.language);
        if (ast.isActor(target)) return actorHoverMarkdown(model, classification, partyId(target));
        if (ast.isDecision(target)) return decisionHoverMarkdown(model, classification, target.name);
        if (ast.isBudget(target)) return budgetHoverMarkdown(model, classification, target.name);
        if (ast.isBody(target)) return bodyHoverMarkdown(model, classification, target.name);
        return undefined;
    }
}
