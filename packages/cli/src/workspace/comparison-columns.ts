import { cellToHtml, comparisonMatrix, modelKeys, type Language, type MatrixCell, type MatrixTable, type ModelReport } from '@samskap/generators';
import type { PartnershipModel } from '@samskap/language';
import type { CorpusModel } from './corpus.js';
import { derivedKey } from './report-cache.js';

/** One model's column of the comparison matrix, as kept between runs. */
export interface ComparisonColumn {
    readonly label: string;
    readonly cells: readonly MatrixCell[];
    /** Each cell's HTML (cellToHtml), so that a matrix of hundreds of columns renders only the changed ones. */
    readonly html: readonly string[];
    /** The notes the matrix of this model alone has (the mark of uncertain cells). */
    readonly notes: readonly string[];
}

/**
 * Each model's column of the comparison matrix in `language`: kept in the cache under the model's
 * key (corpus.ts), so that an unchanged model is neither classified nor its cells computed again.
 * A column is the generator's own matrix of that model alone, so a matrix put together from
 * columns (comparisonTable) is the matrix of all models.
 */
export async function comparisonColumns(models: readonly CorpusModel[], language: Language, onProgress?: (done: number) => void): Promise<ComparisonColumn[]> {
    const columns: ComparisonColumn[] = [];
    for (const model of models) {
        const key = derivedKey('comparison-column-2', language, model.key);
        let column = model.cache?.read<ComparisonColumn>(key);
        if (!column) {
            const alone = comparisonMatrix([await model.report()], { language });
            const cells = alone.rows.map(row => row.cells[0]);
            const computed: ComparisonColumn = { label: alone.columns[0].label, cells, html: cells.map(cellToHtml), notes: alone.notes };
            column = model.cache ? model.cache.keep(key, computed) : computed;
        }
        columns.push(column);
        onProgress?.(columns.length);
    }
    return columns;
}

/**
 * The comparison matrix of the models from their columns: comparisonMatrix's rows and headings,
 * its column keys (modelKeys: unique among all models), and the notes of any column. (The note
 * that a model is not classified never comes up: every model of a corpus is classified.)
 */
export function comparisonTable(models: readonly CorpusModel[], columns: readonly ComparisonColumn[], language: Language, hrefOf?: (index: number) => string): MatrixTable {
    const shape = comparisonMatrix([], { language });
    // modelKeys reads nothing but the model's name.
    const keys = modelKeys(models.map(model => ({ model: { name: model.name } as PartnershipModel }) satisfies ModelReport));
    const notes = [...new Set(columns.flatMap(column => column.notes))];
    return {
        ...shape,
        columns: columns.map((column, index) => ({ key: keys[index], label: column.label, href: hrefOf?.(index) })),
        rows: shape.rows.map((row, index) => ({ ...row, cells: columns.map(column => column.cells[index]) })),
        notes,
        cellHtml: (row, column) => columns[column].html[row]
    };
}
