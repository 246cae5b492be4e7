import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { SamskapGeneratedModule, SamskapGeneratedSharedModule } from './generated/module.js';
import { PartnershipModelProvider } from './model/partnership-model-provider.js';
import { ClassificationProvider } from './analysis/classification-provider.js';
import { SamskapConfiguration } from './validation/configuration-service.js';
import { registerSamskapValidationChecks } from './validation/samskap-validator.js';
import { SamskapFormatter } from './lsp/samskap-formatter.js';
import { SamskapCodeActionProvider } from './lsp/samskap-code-actions.js';
import { SamskapCodeLensProvider } from './lsp/samskap-code-lens.js';
import { SamskapHoverProvider } from './lsp/samskap-hover.js';
import { SamskapCompletionProvider } from './lsp/samskap-completion.js';
import { SamskapDocumentSymbolProvider } from './lsp/samskap-document-symbols.js';
import { SamskapNodeKindProvider } from './lsp/samskap-node-kinds.js';
import { SamskapReferences } from './lsp/samskap-references.js';
import { SamskapRenameProvider } from './lsp/samskap-rename-provider.js';
import { SamskapSemanticTokenProvider } from './lsp/samskap-semantic-tokens.js';
import { SamskapDocumentLinkProvider } from './lsp/samskap-document-links.js';
import { SamskapInlayHintProvider } from './lsp/samskap-inlay-hints.js';
import { SamskapSignatureHelpProvider } from './lsp/samskap-signature-help.js';
import { SamskapWorkspaceSymbolProvider } from './lsp/samskap-workspace-symbols.js';
import { SamskapLanguageServer } from './lsp/samskap-language-server.js';
import { SamskapLexerErrorMessageProvider } from './parser/samskap-lexer-messages.js';
import { SamskapParserErrorMessageProvider } from './parser/samskap-parser-messages.js';
import { SamskapValueConverter } from './parser/samskap-value-converter.js';
import { createSamskapParser, SamskapTokenBuilder } from './parser/samskap-parser.js';
import { SamskapLinker } from './scoping/samskap-linker.js';
import { SamskapScopeComputation } from './scoping/samskap-scope-computation.js';
import { SamskapScopeProvider } from './scoping/samskap-scope-provider.js';
import { ImmediateReferenceDescriptionProvider } from './workspace/immediate-reference-descriptions.js';
import { IncrementalDocumentFactory } from './workspace/incremental-document-factory.js';
import { LazyReferenceIndexManager } from './workspace/lazy-reference-index.js';
import { WalkingDocumentValidator } from './workspace/walking-document-validator.js';
import { SamskapValidationRegistry } from './workspace/samskap-validation-registry.js';
import { OneProject, type ProjectLocator } from './workspace/projects.js';

/** Services Samskap adds to Langium's. */
export interface SamskapAddedServices {
    analysis: {
        PartnershipModelProvider: PartnershipModelProvider;
        ClassificationProvider: ClassificationProvider;
        /** The rule and analysis settings (editor settings or samskap.json). */
        Configuration: SamskapConfiguration;
    };
    workspace: {
        /** Which project each document belongs to: references and workspace rules stay within one. */
        Projects: ProjectLocator;
    };
}

export type SamskapServices = LangiumServices & SamskapAddedServices;

export const SamskapModule: Module<SamskapServices, PartialLangiumServices & SamskapAddedServices> = {
    parser: {
        ParserErrorMessageProvider: services => new SamskapParserErrorMessageProvider(services.Grammar),
        LexerErrorMessageProvider: () => new SamskapLexerErrorMessageProvider(),
        ValueConverter: () => new SamskapValueConverter(),
        LangiumParser: services => createSamskapParser(services),
        TokenBuilder: () => new SamskapTokenBuilder()
    },
    lsp: {
        CompletionProvider: services => new SamskapCompletionProvider(services),
        DocumentSymbolProvider: services => new SamskapDocumentSymbolProvider(services),
        Formatter: () => new SamskapFormatter(),
        RenameProvider: services => new SamskapRenameProvider(services),
        SemanticTokenProvider: services => new SamskapSemanticTokenProvider(services),
        HoverProvider: services => new SamskapHoverProvider(services),
        CodeLensProvider: services => new SamskapCodeLensProvider(services),
        CodeActionProvider: services => new SamskapCodeActionProvider(services),
        SignatureHelp: () => new SamskapSignatureHelpProvider(),
        InlayHintProvider: services => new SamskapInlayHintProvider(services),
        DocumentLinkProvider: () => new SamskapDocumentLinkProvider()
    },
    references: {
        Linker: services => new SamskapLinker(services, services.workspace.Projects),
        References: services => new SamskapReferences(services),
        ScopeComputation: services => new SamskapScopeComputation(services),
        ScopeProvider: services => new SamskapScopeProvider(services, services.workspace.Projects)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new ImmediateReferenceDescriptionProvider(services),
        Projects: () => new OneProject()
    },
    validation: {
        DocumentValidator: services => new WalkingDocumentValidator(services),
        ValidationRegistry: services => new SamskapValidationRegistry(services)
    },
    analysis: {
        PartnershipModelProvider: services => new PartnershipModelProvider(services),
        ClassificationProvider: services => new ClassificationProvider(services.shared, services.analysis.PartnershipModelProvider, services.analysis.Configuration),
        Configuration: services => new SamskapConfiguration(
            services.shared,
            // A warning is a request: an editor that refuses it (or has no such request) is no failure of the server.
            // Typed as returning nothing, it sends a request whose promise an editor may reject.
            message => void Promise.resolve(services.shared.lsp.Connection?.window.showWarningMessage(message) as unknown).catch(() => undefined),
            // Only a language server builds the workspace at start-up; tests and the CLI do not.
            () => services.shared.lsp.Connection ? services.shared.workspace.WorkspaceManager.ready : Promise.resolve()
        )
    }
};

/**
 * Creates the shared and language services. The CLI, the tests and the language server all
 * call this, so they see exactly the same language.
 */
export function createSamskapServices(context: DefaultSharedModuleContext & {
    /** Where each file's project is (the CLI and the language server look at the file system); default: one project. */
    readonly projects?: ProjectLocator;
}): {
    shared: LangiumSharedServices;
    Samskap: SamskapServices;
} {
    const shared = inject(createDefaultSharedModule(context), SamskapGeneratedSharedModule, {
        lsp: {
            NodeKindProvider: () => new SamskapNodeKindProvider(),
            WorkspaceSymbolProvider: services => new SamskapWorkspaceSymbolProvider(services),
            LanguageServer: services => new SamskapLanguageServer(services)
        },
        workspace: {
            IndexManager: services => new LazyReferenceIndexManager(services),
            LangiumDocumentFactory: services => new IncrementalDocumentFactory(services)
        }
    });
    const projects = context.projects;
    const Samskap = projects
        ? inject(createDefaultModule({ shared }), SamskapGeneratedModule, SamskapModule, { workspace: { Projects: () => projects } })
        : inject(createDefaultModule({ shared }), SamskapGeneratedModule, SamskapModule);
    shared.ServiceRegistry.register(Samskap);
    registerSamskapValidationChecks(Samskap);
    return { shared, Samskap };
}
