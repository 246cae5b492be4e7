import { DIAGRAM_VIEWS, LANGUAGES, MATRIX_FORMATS, type DiagramTheme, type DiagramView, type Language, type LetterScheme, type MatrixFormat } from '@samskap/generators';
import { Command, CommanderError, Option } from 'commander';
import * as path from 'node:path';
import { runCompare } from './commands/compare.js';
import { DIAGRAM_FORMATS, runDiagram, type DiagramFormat } from './commands/diagram.js';
import { runDocs } from './commands/docs.js';
import { runExport } from './commands/export.js';
import { runFormat } from './commands/format.js';
import { runMatrix } from './commands/matrix.js';
import { runValidate } from './commands/validate.js';
import { EXIT_USAGE, UsageError } from './usage-error.js';
import { guardTerminal, restartProgressClock, setQuiet } from './io/terminal.js';
import { watchRuns, type WatchedRun } from './io/watch.js';
import { ReportCache } from './workspace/report-cache.js';
import { startSamskapServer } from './server/samskap-server.js';

declare const SAMSKAP_VERSION: string;

/** Builds the `samskap` command line; each subcommand returns its exit code. */
export function createProgram(setExitCode: (code: number) => void): Command {
    const program = new Command('samskap')
        .description('Check, compare and document partnership models (.samskap files).')
        .version(typeof SAMSKAP_VERSION === 'string' ? SAMSKAP_VERSION : '0.0.0-dev')
        .exitOverride()
        .configureOutput({ writeErr: text => process.stderr.write(text) })
        .option('-q, --quiet', 'no progress line on standard error (it is shown only on a terminal, and only on runs over a second)')
        .hook('preAction', command => setQuiet(command.opts<{ quiet?: boolean }>().quiet === true));

    program
        .command('validate')
        .description('Check models for syntax, reference and consistency problems.')
        .argument('<paths...>', '.samskap files or folders holding them')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--explain', "also print each model's classifications (co-creation form, Lorentzen, Pestoff, governance, funding) with their evidence")
        .addOption(new Option('--lang <language>', 'language of the findings and explanations (default: display.language in samskap.json, else en)').choices([...LANGUAGES]))
        .addHelpText('after', '\nExit codes: 0 no errors, 1 findings at error level, 2 usage or I/O error.\nReads samskap.json at the workspace root (rule severities, analysis settings) and reports its problems.')
        .action(async (paths: string[], options: { format: 'text' | 'json'; explain?: boolean; lang?: Language }) => {
            setExitCode(await runValidate(paths, options));
        });

    const langOption = (): Option => new Option('--lang <language>', 'display language of labels').choices([...LANGUAGES]).default('en');
    const cacheOption = (): Option => new Option('--no-cache', 'parse every file again instead of reusing what unchanged files yielded last time (kept in node_modules/.cache/samskap or the system cache folder; SAMSKAP_CACHE_DIR sets another)');
    const outputOption = (what: string): Option => new Option('-o, --output <file>', `write ${what} to this file (atomically) instead of standard output`);
    const watchOption = (what: string): Option => new Option('-w, --watch', `write ${what} again whenever a model, a library or samskap.json of its projects changes, until Ctrl+C`);
    // One run, or (--watch) a run now and one after every change; the exit code is the last run's.
    const runOrWatch = async (run: () => Promise<WatchedRun>, inputs: readonly string[], options: { watch?: boolean; output?: string }): Promise<void> => {
        if (!options.watch) {
            setExitCode((await run()).exitCode);
            return;
        }
        if (!options.output) throw new UsageError('--watch writes its result again after every change: name the file or folder to write with -o');
        let last = 0;
        ReportCache.rememberEntries();
        await watchRuns(async () => {
            restartProgressClock();
            ReportCache.nextRun();
            return run();
        }, {
            inputs, output: options.output, onFailure: reportFailure,
            onRun: ({ exitCode, failed, milliseconds, changed, folders }) => {
                last = exitCode;
                const cause = changed ? `${path.relative(process.cwd(), changed) || changed} changed; ` : '';
                const seconds = (milliseconds / 1000).toFixed(2);
                // What was written (the reasons are above this line, as a single run gives them).
                const outcome = failed ? 'nothing written' : exitCode === 0 ? `done in ${seconds} s` : `done in ${seconds} s, files with errors or unreadable left out`;
                process.stderr.write(`samskap: ${cause}${outcome}; watching ${folders === 1 ? '1 folder' : `${folders} folders`} for changes (Ctrl+C stops)\n`);
            }
        });
        setExitCode(last);
    };

    program
        .command('diagram')
        .description('Draw one view of a model: actor network, funding flows, governance, or the decision matrix.')
        .argument('<file>', 'a .samskap file')
        .addOption(new Option('--view <view>', 'what to draw').choices([...DIAGRAM_VIEWS]).default('network'))
        .addOption(new Option('--format <format>', 'svg (self-contained, with legend), dot (Graphviz), mermaid (for Markdown), png (rendered with resvg, no browser)').choices([...DIAGRAM_FORMATS]).default('svg'))
        .addOption(outputOption('the diagram'))
        .addOption(langOption())
        .addOption(new Option('--theme <theme>', 'SVG colours: auto follows the reader\'s light/dark setting').choices(['auto', 'light', 'dark']).default('auto'))
        .addOption(new Option('--layout <engine>', 'auto: clustered dot, large models (over 300 actors) aggregated by sector and decision level; dot, sfdp, neato: that engine with every actor').choices(['auto', 'dot', 'sfdp', 'neato']).default('auto'))
        .addOption(new Option('--detail <what>', 'participation: write the IAP2 and Arnstein readings on the governance view\'s lines (otherwise in their tooltips and the decision table)').choices(['participation']))
        .option('--focus <party>', 'draw only what lies around this actor or body (its name in the model), every actor itself')
        .option('--depth <n>', 'with --focus: how many connections away (default 1)')
        .addOption(new Option('--group <by>', 'sector, kind: one node per sector or per kind of actor whatever the model\'s size (the overview of large models)').choices(['sector', 'kind']))
        .option('--model <name>', 'the model to draw when the file declares several')
        .option('--all', 'draw every view in every format (svg, png, mermaid, dot) into the folder given with -o')
        .addOption(watchOption('the diagram'))
        .addHelpText('after', '\nExamples:\n  samskap diagram examples/offri-arendal.samskap --view funding -o funding.svg\n  samskap diagram case.samskap --view governance --format mermaid\n  samskap diagram case.samskap --view decisions --format png -o decisions.png\n  samskap diagram case.samskap --all -o out/case\n  samskap diagram case.samskap -o case.svg --watch')
        .action(async (file: string, options: { view: DiagramView; format: DiagramFormat; output?: string; lang: Language; theme: DiagramTheme; layout: 'auto' | 'dot' | 'sfdp' | 'neato'; detail?: 'participation'; focus?: string; depth?: string; group?: 'sector' | 'kind'; model?: string; all?: boolean; watch?: boolean }) => {
            await runOrWatch(() => runDiagram(file, options), [file], options);
        });

    program
        .command('compare')
        .description('Compare models: one column per model, one row per dimension (initiative, goals, governance, co-creation form, funding, findings, …).')
        .argument('<paths...>', '.samskap files or folders holding them')
        .addOption(new Option('--format <format>', 'html (sortable, filterable, self-contained), md, csv (spreadsheet-safe), json').choices([...MATRIX_FORMATS]).default('html'))
        .addOption(outputOption('the matrix'))
        .addOption(langOption())
        .addOption(cacheOption())
        .addOption(watchOption('the matrix'))
        .addHelpText('after', '\nExamples:\n  samskap compare examples --format csv -o comparison.csv\n  samskap compare cases -o comparison.html --watch')
        .action(async (paths: string[], options: { format: MatrixFormat; output?: string; lang: Language; cache: boolean; watch?: boolean }) => {
            await runOrWatch(() => runCompare(paths, options), paths, options);
        });

    program
        .command('matrix')
        .description("One model's decision-rights matrix (RAPID or RACI letters) or funder × recipient funding matrix.")
        .argument('<file>', 'a .samskap file')
        .addOption(new Option('--kind <kind>', 'which matrix').choices(['decisions', 'funding']).default('decisions'))
        .addOption(new Option('--format <format>', 'output format').choices([...MATRIX_FORMATS]).default('md'))
        .addOption(new Option('--letters <scheme>', 'letters of the decision matrix').choices(['rapid', 'raci']).default('rapid'))
        .addOption(outputOption('the matrix'))
        .addOption(langOption())
        .option('--model <name>', 'the model to use when the file declares several')
        .addOption(watchOption('the matrix'))
        .action(async (file: string, options: { kind: 'decisions' | 'funding'; format: MatrixFormat; letters: LetterScheme; output?: string; lang: Language; model?: string; watch?: boolean }) => {
            await runOrWatch(() => runMatrix(file, options), [file], options);
        });

    program
        .command('docs')
        .description('Write a documentation site: index with the comparison matrix, one page per model (HTML and Markdown).')
        .argument('<paths...>', '.samskap files or folders holding them')
        .option('-o, --output <folder>', 'the folder to write the site to (required)')
        .option('--force', 'replace files in the folder that samskap docs did not write (it lists what it wrote in .samskap-docs.json)')
        .addOption(langOption())
        .addOption(cacheOption())
        .addOption(watchOption('the site'))
        .addHelpText('after', '\nExamples:\n  samskap docs examples -o out/site --lang nb\n  samskap docs cases -o out/site --watch')
        .action(async (paths: string[], options: { output?: string; lang: Language; force?: boolean; cache: boolean; watch?: boolean }) => {
            await runOrWatch(() => runDocs(paths, options), paths, options);
        });

    program
        .command('export')
        .description('Export the models of a file (PartnershipModel, classification, findings) as JSON.')
        .argument('<file>', 'a .samskap file')
        .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
        .addOption(outputOption('the JSON'))
        .addOption(watchOption('the JSON'))
        .action(async (file: string, options: { format: 'json'; output?: string; watch?: boolean }) => {
            await runOrWatch(() => runExport(file, options), [file], options);
        });

    program
        .command('format')
        .description('Rewrite files in the canonical layout (the editor\'s formatter); files with syntax errors are left alone.')
        .argument('<paths...>', '.samskap files or folders holding them')
        .option('--check', 'only report files that are not formatted (exit code 1), change nothing')
        .option('--diff', 'with --check: print a unified diff of what formatting would change, instead of the file names')
        .addHelpText('after', '\nExample:\n  samskap format --check --diff examples')
        .action(async (paths: string[], options: { check?: boolean; diff?: boolean }) => {
            setExitCode(await runFormat(paths, options));
        });

    program
        .command('lsp')
        .description('Run the Samskap language server (for Neovim, Emacs, Helix and other LSP editors).')
        .option('--stdio', 'talk LSP over standard input and output (the default)')
        .allowUnknownOption(true)
        .action(() => {
            if (!process.argv.some(arg => arg === '--stdio' || arg.startsWith('--node-ipc') || arg.startsWith('--socket'))) {
                process.argv.push('--stdio');
            }
            startSamskapServer();
        });

    return program;
}

/** Runs the CLI; bad usage and unwritable outputs become a message and exit code 2, never a stack trace. */
export async function main(argv: readonly string[]): Promise<void> {
    // Model text never drives the terminal (escape sequences, BEL): see io/terminal.ts.
    guardTerminal();
    // A reader that stops early (`samskap compare … | head`) is not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') {
            process.exit(process.exitCode ?? 0);
        }
        throw error;
    });
    let exitCode = 0;
    const program = createProgram(code => {
        exitCode = code;
    });
    try {
        await program.parseAsync([...argv]);
        if (exitCode !== 0) {
            process.exitCode = exitCode;
        }
    } catch (error) {
        process.exitCode = reportFailure(error);
    }
}

/** What a failed run says on standard error, and its exit code: bad usage and unwritable outputs a message, never a stack trace. */
function reportFailure(error: unknown): number {
    if (error instanceof CommanderError) {
        return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
        process.stderr.write(`samskap: ${error.message}\n`);
        return error.exitCode;
    }
    // A bug, not the user's mistake: one line they can report; the trace only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    const trace = process.env.SAMSKAP_DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : '';
    process.stderr.write(`samskap: internal error (a bug in Samskap, not in your files): ${message}; please report it with the command you ran (set SAMSKAP_DEBUG=1 to see where it happened)${trace}\n`);
    return EXIT_USAGE;
}
