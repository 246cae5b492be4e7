import {
    diagramDot, diagramMermaid, diagramSvg, type DiagramTheme, type DiagramView, type Language
} from '@samskap/generators';
import { emit } from '../io/emit.js';
import { svgToPng } from '../io/png.js';
import { EXIT_OK, UsageError } from '../usage-error.js';
import { loadReports, pickModel, reportRejected } from '../workspace/model-reports.js';

export const DIAGRAM_FORMATS = ['svg', 'dot', 'mermaid', 'png'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

export interface DiagramCommandOptions {
    readonly view: DiagramView;
    readonly format: DiagramFormat;
    readonly output?: string;
    readonly lang: Language;
    readonly theme: DiagramTheme;
    readonly layout: 'auto' | 'dot' | 'sfdp';
    readonly model?: string;
}

/** `samskap diagram`: one view of one model as SVG, DOT, Mermaid or PNG. */
export async function runDiagram(file: string, options: DiagramCommandOptions): Promise<number> {
    if (options.view === 'decisions' && (options.format === 'dot' || options.format === 'mermaid')) {
        throw new UsageError('the decisions view is a table, not a graph: use --format svg or png, or `samskap matrix --kind decisions` for HTML, Markdown, CSV or JSON');
    }
    if (options.format === 'png' && !options.output && process.stdout.isTTY) {
        throw new UsageError('PNG is binary: write it to a file with -o <file>.png');
    }
    const loaded = await loadReports([file]);
    if (loaded.rejected.length > 0) {
        reportRejected(loaded);
        return loaded.exitCode;
    }
    const report = pickModel(loaded, file, options.model);
    const common = { language: options.lang, theme: options.theme, layout: options.layout };
    switch (options.format) {
        case 'svg':
            emit(await diagramSvg(report.model, options.view, common), options.output);
            break;
        case 'png': {
            // PNG renderers lack CSS variables: draw with literal light colours.
            const svg = await diagramSvg(report.model, options.view, { ...common, theme: 'light', literalColours: true });
            emit(svgToPng(svg), options.output);
            break;
        }
        case 'dot':
            emit(diagramDot(report.model, options.view as Exclude<DiagramView, 'decisions'>, common), options.output);
            break;
        case 'mermaid':
            emit(diagramMermaid(report.model, options.view as Exclude<DiagramView, 'decisions'>, common), options.output);
            break;
    }
    return EXIT_OK;
}
