import * as path from 'node:path';
import { CANONICAL_INDENTATION } from '@samskap/language';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { writeFileAtomically } from '../io/atomic-write.js';
import { unifiedDiff } from '../io/unified-diff.js';
import { useColour } from '../io/terminal.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../usage-error.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { collectFindings, counted, formatFinding } from './validate.js';

export interface FormatOptions {
    readonly check?: boolean;
    /** With `check`: print a unified diff of what formatting would change. */
    readonly diff?: boolean;
}

/**
 * `samskap format`: rewrites files in the language's canonical layout (the same formatter the
 * editor uses), or with --check only says which files differ. Files with syntax errors are
 * never touched: formatting text that does not parse could move it in ways nobody meant.
 */
export async function runFormat(inputs: readonly string[], options: FormatOptions): Promise<number> {
    if (options.diff && !options.check) {
        throw new UsageError('--diff shows what --check finds: use `samskap format --check --diff`');
    }
    const workspace = await loadWorkspace(inputs, { validate: false });
    const colour = useColour(process.stderr);
    const findings = collectFindings(workspace);
    let exitCode = workspace.unreadable.length > 0 ? EXIT_USAGE : EXIT_OK;
    for (const entry of workspace.unreadable) {
        process.stderr.write(`${path.relative(process.cwd(), entry.path) || entry.path}: ${entry.reason}\n`);
    }
    let changed = 0;
    for (const file of workspace.files) {
        const relative = path.relative(process.cwd(), file.path) || file.path;
        const result = file.document.parseResult;
        if (result.lexerErrors.length > 0 || result.parserErrors.length > 0) {
            findings.filter(f => f.file === relative && f.severity === 'error').forEach(f => process.stderr.write(`${formatFinding(f, colour)}\n`));
            process.stderr.write(`${relative}: not formatted because it has syntax errors; fix them first\n`);
            exitCode = Math.max(exitCode, EXIT_FINDINGS);
            continue;
        }
        const formatter = file.project.services.lsp.Formatter;
        if (!formatter) {
            throw new UsageError('this build of Samskap has no formatter');
        }
        const edits = await formatter.formatDocument(file.document, {
            options: CANONICAL_INDENTATION,
            textDocument: { uri: file.document.uri.toString() }
        });
        const before = file.document.textDocument.getText();
        const after = TextDocument.applyEdits(file.document.textDocument, edits);
        if (after === before) {
            continue;
        }
        changed++;
        if (options.check) {
            process.stdout.write(options.diff ? unifiedDiff(before, after, `a/${relative}`, `b/${relative}`) : `${relative}: not formatted\n`);
            exitCode = Math.max(exitCode, EXIT_FINDINGS);
        } else {
            try {
                // Atomically, keeping the file's permissions; a symbolic link stays a link and its target is formatted.
                writeFileAtomically(file.path, after, { display: relative, what: 'the formatted text', hint: 'the file is left as it was' });
            } catch (error) {
                if (!(error instanceof UsageError)) {
                    throw error;
                }
                process.stderr.write(`samskap: ${error.message}\n`);
                exitCode = Math.max(exitCode, EXIT_USAGE);
                continue;
            }
            process.stdout.write(`${relative}: formatted\n`);
        }
    }
    if (options.check && changed === 0 && exitCode === EXIT_OK) {
        process.stderr.write(`${counted(workspace.files.length, 'file')} already formatted\n`);
    }
    return exitCode;
}
