import { byteChunks, writeFileAtomically, type Content } from './atomic-write.js';

/**
 * Writes a command's result: to the -o file atomically, saying on standard error what was
 * written where (`what`: "the funding diagram of OffriArendal"), else to standard output (text in
 * pieces as it comes).
 */
export function emit(content: Content, output: string | undefined, what: string): void {
    if (output) {
        writeFileAtomically(output, content);
        process.stderr.write(`samskap: wrote ${what} to ${output}\n`);
        return;
    }
    if (typeof content === 'string' || content instanceof Uint8Array) {
        process.stdout.write(content);
        return;
    }
    for (const chunk of byteChunks(content)) {
        process.stdout.write(chunk);
    }
}
