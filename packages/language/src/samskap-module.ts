import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { SamskapGeneratedModule, SamskapGeneratedSharedModule } from './generated/module.js';
import { PartnershipModelProvider } from './model/partnership-model-provider.js';
import { SamskapRenameProvider } from './lsp/samskap-rename-provider.js';
import { SamskapLexerErrorMessageProvider } from './parser/samskap-lexer-messages.js';
import { SamskapParserErrorMessageProvider } from './parser/samskap-parser-messages.js';
import { SamskapLinker } from './scoping/samskap-linker.js';
import { SamskapScopeComputation } from './scoping/samskap-scope-computation.js';
import { SamskapScopeProvider } from './scoping/samskap-scope-provider.js';

/** Services Samskap adds to Langium's. */
export interface SamskapAddedServices {
    analysis: {
        PartnershipModelProvider: PartnershipModelProvider;
    };
}

export type SamskapServices = LangiumServices & SamskapAddedServices;

export const SamskapModule: Module<SamskapServices, PartialLangiumServices & SamskapAddedServices> = {
    parser: {
        ParserErrorMessageProvider: services => new SamskapParserErrorMessageProvider(services.Grammar),
        LexerErrorMessageProvider: () => new SamskapLexerErrorMessageProvider()
    },
    lsp: {
        RenameProvider: services => new SamskapRenameProvider(services)
    },
    references: {
        Linker: services => new SamskapLinker(services),
        ScopeComputation: services => new SamskapScopeComputation(services),
        ScopeProvider: services => new SamskapScopeProvider(services)
    },
    analysis: {
        PartnershipModelProvider: services => new PartnershipModelProvider(services)
    }
};

/**
 * Creates the shared and language services. The CLI, the tests and the language server all
 * call this, so they see exactly the same language.
 */
export function createSamskapServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Samskap: SamskapServices;
} {
    const shared = inject(createDefaultSharedModule(context), SamskapGeneratedSharedModule);
    const Samskap = inject(createDefaultModule({ shared }), SamskapGeneratedModule, SamskapModule);
    shared.ServiceRegistry.register(Samskap);
    return { shared, Samskap };
}
