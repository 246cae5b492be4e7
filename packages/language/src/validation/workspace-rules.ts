import type { PartnershipModel, SourceRange } from '../model/partnership-model.js';
import type { Finding } from './finding.js';
import { resolveConfig, severityOf, type SamskapConfig } from './rule-config.js';
import { messageIn, type RuleMessage } from './rule-message.js';
import { normaliseTitle } from './rules/reference-rules.js';
export { WORKSPACE_RULES } from './rules/workspace-rule-definitions.js';

/** A shared actor library as the workspace checks need it (the PartnershipModel lists only used library actors). */
export interface LibraryInfo {
    readonly name: string;
    readonly uri: string;
    readonly actors: ReadonlyArray<{ readonly id: string; readonly name: string; readonly title: string; readonly nameRange: SourceRange }>;
}

/**
 * Checks across all models of a workspace (slow: the language server runs them once typing pauses,
 * the CLI on every run; never per keystroke). Pure: the caller gathers the models and libraries.
 */
export function runWorkspaceRules(models: readonly PartnershipModel[], libraries: readonly LibraryInfo[], settings?: SamskapConfig): Finding[] {
    const config = resolveConfig(settings);
    const findings: Finding[] = [];
    const emit = (code: string, message: RuleMessage, range: SourceRange, model: string): void => {
        const severity = severityOf(config, code);
        if (severity !== 'off') findings.push({ code, severity, message: messageIn(message, config.display.language), range, model });
    };

    // Declarations by title: library actors and every model's own actors.
    const declarations: Array<{ id: string; title: string; where: RuleMessage; range: SourceRange; model: string }> = [];
    for (const library of libraries) {
        const where = { en: `library ${library.name}`, nb: `biblioteket ${library.name}`, da: `biblioteket ${library.name}` };
        for (const actor of library.actors) {
            if (actor.title !== actor.name) declarations.push({ id: actor.id, title: actor.title, where, range: actor.nameRange, model: '' });
        }
    }
    for (const model of models) {
        const where = { en: `model ${model.name}`, nb: `modellen ${model.name}`, da: `modellen ${model.name}` };
        for (const actor of model.actors) {
            if (!actor.library && actor.title !== actor.name) declarations.push({ id: actor.id, title: actor.title, where, range: actor.nameRange, model: model.name });
        }
    }
    const firstByTitle = new Map<string, (typeof declarations)[number]>();
    for (const declaration of declarations) {
        const key = normaliseTitle(declaration.title);
        const first = firstByTitle.get(key);
        if (!first) {
            firstByTitle.set(key, declaration);
        } else if (first.id !== declaration.id) {
            const { title, id } = declaration;
            emit('SK-WS-001', {
                en: `"${title}" is declared as ${id} here and as ${first.id} in ${first.where.en}; if it is one organisation, declare it once in a shared library and refer to it from both.`,
                nb: `"${title}" er oppført som ${id} her og som ${first.id} i ${first.where.nb}; hvis det er én organisasjon, oppgi den én gang i et felles bibliotek og vis til den fra begge.`,
                da: `"${title}" er angivet som ${id} her og som ${first.id} i ${first.where.da}; hvis det er én organisation, så angiv den én gang i et fælles bibliotek, og henvis til den fra begge.`
            }, declaration.range, declaration.model);
        }
    }

    const used = new Set(models.flatMap(model => model.actors.filter(actor => actor.library).map(actor => actor.id)));
    for (const library of libraries) {
        for (const actor of library.actors) {
            if (!used.has(actor.id)) {
                emit('SK-WS-002', {
                    en: `${actor.title} (${actor.id}) is used by no model in the workspace; use it or remove it from the library.`,
                    nb: `${actor.title} (${actor.id}) brukes ikke av noen modell i arbeidsområdet; bruk den, eller fjern den fra biblioteket.`,
                    da: `${actor.title} (${actor.id}) bruges ikke af nogen model i arbejdsområdet; brug den, eller fjern den fra biblioteket.`
                }, actor.nameRange, '');
            }
        }
    }
    return findings;
}
