import { writeFileAtomically } from './atomic-write.js';

/** Writes a command's result: to the -o file atomically, else to standard output. */
export function emit(content: string | Uint8Array, output: string | undefined): void {
    if (output) {
        writeFileAtomically(output, content);
        return;
    }
    process.stdout.write(content);
}
