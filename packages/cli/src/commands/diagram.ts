import {
    DIAGRAM_VIEWS, diagramDot, diagramMermaid, diagramSvg, type DiagramFocus, type DiagramOptions, type DiagramTheme, type DiagramView, type Language
} from '@samskap/generators';
import type { PartnershipModel } from '@samskap/language';
import * as path from 'node:path';
import { emit } from '../io/emit.js';
import { svgToPng } from '../io/png.js';
import { writeFileAtomically } from '../io/atomic-write.js';
import type { WatchedRun } from '../io/watch.js';
import { EXIT_OK, UsageError } from '../usage-error.js';
import { workspaceSources } from '../workspace/load-workspace.js';
import { loadReportsOfOne, pickModel, reportRejected, type LoadedReports } from '../workspace/model-reports.js';

export const DIAGRAM_FORMATS = ['svg', 'dot', 'mermaid', 'png'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

export interface DiagramCommandOptions {
    readonly view: DiagramView;
    readonly format: DiagramFormat;
    readonly output?: string;
    readonly lang: Language;
    readonly theme: DiagramTheme;
    readonly layout: 'auto' | 'dot' | 'sfdp' | 'neato';
    /** `participation`: the governance view's lines carry their IAP2 and Arnstein readings. */
    readonly detail?: 'participation';
    /** Only what lies within `depth` (default 1) connections of this actor or body. */
    readonly focus?: string;
    readonly depth?: string;
    readonly group?: 'sector' | 'kind';
    readonly model?: string;
    /** Every view in every format, into the folder named by `output`. */
    readonly all?: boolean;
}

/** `samskap diagram`: one view of one model as SVG, DOT, Mermaid or PNG; with the files it read, for `--watch`. */
export async function runDiagram(file: string, options: DiagramCommandOptions): Promise<WatchedRun> {
    if (options.view === 'decisions' && (options.format === 'dot' || options.format === 'mermaid')) {
        throw new UsageError('the decisions view is a table, not a graph: use --format svg or png, or `samskap matrix --kind decisions` for HTML, Markdown, CSV or JSON');
    }
    if (options.format === 'png' && !options.output && process.stdout.isTTY) {
        throw new UsageError('PNG is binary: write it to a file with -o <file>.png');
    }
    const loaded = await loadReportsOfOne(file, 'diagram', { findings: false });
    return { exitCode: await drawDiagram(loaded, file, options), sources: workspaceSources(loaded.workspace) };
}

async function drawDiagram(loaded: LoadedReports, file: string, options: DiagramCommandOptions): Promise<number> {
    if (loaded.rejected.length > 0) {
        reportRejected(loaded);
        return loaded.exitCode;
    }
    const report = pickModel(loaded, file, options.model);
    const common = { language: options.lang, theme: options.theme, layout: options.layout, detail: options.detail, group: options.group, focus: focusOf(report.model, options) };
    if (options.all) {
        if (!options.output) {
            throw new UsageError('--all writes several files: name the folder with -o <folder>');
        }
        await writeAllViews(report.model, options.output, common);
        return EXIT_OK;
    }
    const what = `the ${options.view} diagram of ${report.model.name} (${options.format.toUpperCase()})`;
    switch (options.format) {
        case 'svg': {
            const svg = await diagramSvg(report.model, options.view, common);
            warnIfNotLaidOut(svg, what);
            emit(svg, options.output, what);
            break;
        }
        case 'png': {
            // PNG renderers lack CSS variables: draw with literal light colours.
            const svg = await diagramSvg(report.model, options.view, { ...common, theme: 'light', literalColours: true });
            warnIfNotLaidOut(svg, what);
            emit(svgToPng(svg), options.output, what);
            break;
        }
        case 'dot':
            emit(diagramDot(report.model, options.view as Exclude<DiagramView, 'decisions'>, common), options.output, what);
            break;
        case 'mermaid':
            emit(diagramMermaid(report.model, options.view as Exclude<DiagramView, 'decisions'>, common), options.output, what);
            break;
    }
    return EXIT_OK;
}

/**
 * The layout safeguard drew a notice instead of the diagram (too large even as an overview): said
 * on standard error too, with the ways to a smaller drawing, since the file alone looks like success.
 */
function warnIfNotLaidOut(svg: string, what: string): void {
    if (svg.includes('data-samskap-not-laid-out="true"')) {
        process.stderr.write(`samskap: ${what} is too large to lay out; it holds a notice instead. Draw less with --focus <party> --depth <n> or --group sector|kind, or lay out the graph yourself from --format dot\n`);
    }
}

/** `--all`: every view as SVG and PNG, the graph views also as Mermaid and DOT, named `<view>.<ext>`. */
async function writeAllViews(model: PartnershipModel, folder: string, options: DiagramOptions): Promise<void> {
    for (const view of DIAGRAM_VIEWS) {
        const file = (ext: string): string => path.join(folder, `${view}.${ext}`);
        writeFileAtomically(file('svg'), await diagramSvg(model, view, options));
        writeFileAtomically(file('png'), svgToPng(await diagramSvg(model, view, { ...options, theme: 'light', literalColours: true })));
        if (view !== 'decisions') {
            writeFileAtomically(file('mmd'), diagramMermaid(model, view, options));
            writeFileAtomically(file('dot'), diagramDot(model, view, options));
        }
    }
    process.stderr.write(`samskap: wrote ${DIAGRAM_VIEWS.length} views of ${model.name} to ${folder}\n`);
}

/** `--focus` and `--depth` checked against the model: a name it does not declare is a usage error, not an empty drawing. */
function focusOf(model: PartnershipModel, options: DiagramCommandOptions): DiagramFocus | undefined {
    if (options.focus === undefined) {
        if (options.depth !== undefined) throw new UsageError('--depth goes with --focus <party>');
        return undefined;
    }
    const parties = [...model.actors, ...model.bodies].map(party => party.id);
    if (!parties.includes(options.focus)) {
        throw new UsageError(`--focus ${options.focus}: ${model.name} has no actor or body of that name (it has ${parties.slice(0, 10).join(', ')}${parties.length > 10 ? ', …' : ''})`);
    }
    const depth = options.depth === undefined ? 1 : Number(options.depth);
    if (!Number.isInteger(depth) || depth < 0 || depth > 1000) {
        throw new UsageError(`--depth ${options.depth}: give a whole number of connections from 0 to 1000`);
    }
    return { party: options.focus, depth };
}
