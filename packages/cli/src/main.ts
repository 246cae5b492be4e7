import { Command, CommanderError, Option } from 'commander';
import { runValidate } from './commands/validate.js';
import { EXIT_USAGE, UsageError } from './usage-error.js';
import { startSamskapServer } from './server/samskap-server.js';

declare const SAMSKAP_VERSION: string;

/** Builds the `samskap` command line; each subcommand returns its exit code. */
export function createProgram(setExitCode: (code: number) => void): Command {
    const program = new Command('samskap')
        .description('Check, compare and document partnership models (.samskap files).')
        .version(typeof SAMSKAP_VERSION === 'string' ? SAMSKAP_VERSION : '0.0.0-dev')
        .exitOverride()
        .configureOutput({ writeErr: text => process.stderr.write(text) });

    program
        .command('validate')
        .description('Check models for syntax, reference and consistency problems.')
        .argument('<paths...>', '.samskap files or folders holding them')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .action(async (paths: string[], options: { format: 'text' | 'json' }) => {
            setExitCode(await runValidate(paths, options));
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
        if (error instanceof CommanderError) {
            process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
        } else if (error instanceof UsageError) {
            process.stderr.write(`samskap: ${error.message}\n`);
            process.exitCode = EXIT_USAGE;
        } else {
            process.stderr.write(`samskap: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
            process.exitCode = EXIT_USAGE;
        }
    }
}
