/**
 * A problem with how the command was called or with its files: reported as a message, never a
 * stack trace. Exit code 2 unless the problem is in the models themselves (1: syntax errors).
 */
export class UsageError extends Error {
    override readonly name = 'UsageError';

    constructor(message: string, readonly exitCode: number = EXIT_USAGE) {
        super(message);
    }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
