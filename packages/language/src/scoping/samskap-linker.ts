import { DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';

/** How each reference target is called in messages, with what the user can write to declare it. */
const TARGETS: Record<string, { readonly noun: string; readonly declare: string }> = {
    Party: { noun: 'actor or body', declare: 'declare it with `actor NAME "Title" is KIND` or `body NAME members …`, or bring a library into scope with `uses LIBRARY`' },
    Actor: { noun: 'actor', declare: 'declare it with `actor NAME "Title" is KIND`, or bring a library into scope with `uses LIBRARY`' },
    Budget: { noun: 'budget', declare: 'declare it with `budget NAME "Title" AMOUNT CURRENCY per year`' },
    Library: { noun: 'actor library', declare: 'check the name after `library` in the library file; libraries are found only inside the workspace folder' }
};

/** Unresolved names reported in the user's terms, saying how to fix them. */
export class SamskapLinker extends DefaultLinker {
    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const target = TARGETS[this.reflection.getReferenceType(refInfo)];
        if (!target) {
            return error;
        }
        return { ...error, message: `No ${target.noun} named '${refInfo.reference.$refText}': ${target.declare}.` };
    }
}
