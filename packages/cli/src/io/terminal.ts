/** Colour only for people: not when NO_COLOR is set (no-color.org) or output is piped. */
export function useColour(stream: NodeJS.WriteStream = process.stdout): boolean {
    return stream.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}

const CODES = { red: 31, yellow: 33, blue: 34, grey: 90, bold: 1 } as const;

export function paint(text: string, colour: keyof typeof CODES, enabled: boolean): string {
    return enabled ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}

/** A one-line progress report on long runs, shown only when a person watches standard error. */
export function progress(message: string): void {
    if (process.stderr.isTTY) {
        process.stderr.write(`\r\u001b[2K${message}`);
    }
}

export function endProgress(): void {
    if (process.stderr.isTTY) {
        process.stderr.write('\r\u001b[2K');
    }
}
