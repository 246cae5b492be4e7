import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { createSamskapServices } from '../../src/samskap-module.js';
import type { PartnershipModel } from '../../src/model/partnership-model.js';
import type { Document } from '../../src/generated/ast.js';

export const services = createSamskapServices(EmptyFileSystem);
const parse = parseHelper<Document>(services.Samskap);

let counter = 0;

/** Parses and links a document; fails the test on syntax or linking errors. */
export async function parseDocument(text: string, validate = false): Promise<LangiumDocument<Document>> {
    counter += 1;
    const document = await parse(text, { documentUri: `file:///test/analysis-${counter}.samskap`, validation: validate });
    const problems = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(e => e.message);
    const linking = document.references.filter(r => r.error).map(r => r.error?.message ?? '');
    if (problems.length > 0 || linking.length > 0) {
        throw new Error(`Test model does not parse or link: ${[...problems, ...linking].join('; ')}`);
    }
    return document;
}

/** The first model of a text. */
export async function modelOf(text: string): Promise<PartnershipModel> {
    const document = await parseDocument(text);
    const model = services.Samskap.analysis.PartnershipModelProvider.getModels(document)[0];
    if (!model) throw new Error('no model in text');
    return model;
}

/** A model with a municipality `kommune` and an association `lag` plus the given statements. */
export function caseText(statements: string, extraActors = ''): string {
    return `model Case "Case" {
    country NO
    actor kommune "Kommunen" is municipality
    actor lag "Laget" is association
${extraActors}
${statements}
}`;
}

export async function caseModel(statements: string, extraActors = ''): Promise<PartnershipModel> {
    return modelOf(caseText(statements, extraActors));
}
