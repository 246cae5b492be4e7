/**
 * Readability figures of every view (packages/generators/src/diagram/readability.ts), run by
 * bench/run.mjs in a fresh process: every example (light and dark give the same geometry, so one
 * theme) and the synthetic 20-, 200- and 1,000-actor models. Prints one JSON line.
 * SAMSKAP_READABILITY_PROBLEMS="OffriArendal:governance" also prints that view's findings, one a line, on standard error.
 */
import { createSamskapServices, type PartnershipModel } from '@samskap/language';
import { DIAGRAM_VIEWS, diagramSvg } from '@samskap/generators';
import { readability } from '../packages/generators/src/diagram/readability.js';
import { EmptyFileSystem, URI } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticModel } from './synthetic-models.js';

const { shared, Samskap } = createSamskapServices(EmptyFileSystem);

async function modelsOf(files: ReadonlyArray<{ uri: string; text: string }>): Promise<PartnershipModel[]> {
    const documents = files.map(file => shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.parse(file.uri)));
    documents.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    return documents.flatMap(document => [...Samskap.analysis.PartnershipModelProvider.getModels(document)]);
}

async function main(): Promise<void> {
    const examples = process.argv[2] as string;
    const sizes = (process.argv[3] ?? '20,200,1000').split(',').map(Number);
    const files = [
        ...readdirSync(examples).filter(name => name.endsWith('.samskap')).map(name => join(examples, name)),
        ...readdirSync(join(examples, 'library')).map(name => join(examples, 'library', name))
    ].map(path => ({ uri: URI.file(path).toString(), text: readFileSync(path, 'utf8') }));
    const cases: Array<{ name: string; model: PartnershipModel }> = (await modelsOf(files)).map(model => ({ name: model.name, model }));
    for (const actors of sizes) {
        const [model] = await modelsOf([{ uri: `memory:///bench/readability-${actors}.samskap`, text: syntheticModel(`R${actors}`, actors) }]);
        cases.push({ name: `${actors} actors`, model });
    }
    const rows: Array<Record<string, string | number>> = [];
    for (const { name, model } of cases) {
        for (const view of DIAGRAM_VIEWS) {
            const svg = await diagramSvg(model, view, { theme: 'light' });
            const { problems, ...figures } = readability(svg);
            rows.push({ model: name, view, ...figures, problems: problems.length });
            if (process.env.SAMSKAP_READABILITY_PROBLEMS === `${name}:${view}`) console.error(problems.join('\n'));
        }
    }
    console.log(JSON.stringify(rows));
}

void main();
