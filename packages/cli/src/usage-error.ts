/** A problem with how the command was called or with its files: reported, exit code 2. */
export class UsageError extends Error {
    override readonly name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
