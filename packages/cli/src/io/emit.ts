import { byteChunks, writeFileAtomically, type Content } from './atomic-write.js';

/** Writes a command's result: to the -o file atomically, else to standard output (text in pieces as it comes). */
export function emit(content: Content, output: string | undefined): void {
    if (output) {
        writeFileAtomically(output, content);
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
