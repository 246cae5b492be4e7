/** Colour only for people: not when NO_COLOR is set (no-color.org) or output is piped. */
export function useColour(stream: NodeJS.WriteStream = process.stdout): boolean {
    return stream.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}

const CODES = { red: 31, yellow: 33, blue: 34, grey: 90, bold: 1 } as const;

export function paint(text: string, colour: keyof typeof CODES, enabled: boolean): string {
    return enabled ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}

/** How long a run goes before it shows progress: a run that ends sooner prints none. */
export const PROGRESS_AFTER_MS = 1_000;

const progressState = {
    quiet: false,
    started: Date.now(),
    latest: undefined as string | undefined,
    shown: false,
    timer: undefined as ReturnType<typeof setTimeout> | undefined
};

/** `--quiet`: no progress line at all. */
export function setQuiet(quiet: boolean): void {
    progressState.quiet = quiet;
}

function draw(message: string): void {
    process.stderr.write(`\r\u001b[2K${message}`);
    progressState.shown = true;
}

/**
 * A one-line progress report on long runs ("samskap: parsed 120/500 files"), shown only when a
 * person watches standard error (a terminal, not a pipe or file), not with `--quiet`, and only
 * once the run has taken PROGRESS_AFTER_MS: a quick run stays silent, a long one says how far it is.
 */
export function progress(message: string): void {
    if (progressState.quiet || !process.stderr.isTTY) return;
    progressState.latest = message;
    const waited = Date.now() - progressState.started;
    if (waited >= PROGRESS_AFTER_MS) {
        draw(message);
        return;
    }
    // A long step may give no further report: show its message when the time comes.
    progressState.timer ??= setTimeout(() => {
        progressState.timer = undefined;
        if (progressState.latest !== undefined) draw(progressState.latest);
    }, PROGRESS_AFTER_MS - waited);
    progressState.timer.unref?.();
}

/** A new run in the same process (`--watch`): its progress waits PROGRESS_AFTER_MS from now. */
export function restartProgressClock(): void {
    endProgress();
    progressState.started = Date.now();
}

/** Clears the progress line (if one was shown) before other output. */
export function endProgress(): void {
    progressState.latest = undefined;
    if (progressState.timer) {
        clearTimeout(progressState.timer);
        progressState.timer = undefined;
    }
    if (progressState.shown && process.stderr.isTTY) {
        process.stderr.write('\r\u001b[2K');
        progressState.shown = false;
    }
}

/**
 * Control characters model text may hold and a terminal would obey: C0 controls but line feed
 * and tab (BEL, backspace, carriage return, ESC starting a sequence that sets the window title or
 * clears the screen), DEL, the C1 controls (U+009B is a one-character CSI), and the bidirectional
 * overrides and isolates that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The sequences Samskap writes itself: the colours of `paint`, and `progress`'s line clearing at the start of a write. */
// eslint-disable-next-line no-control-regex
const OWN_SEQUENCE = /^\r\u001b\[2K|\u001b\[(?:0|1|31|33|34|90)m/y;

/**
 * Text as it may reach a terminal: every control character removed but line feeds and tabs,
 * and, when `ownSequences` is set, the colour and line-clearing sequences Samskap writes itself.
 * What an escape sequence leaves behind (`]0;title`) is inert text.
 */
export function terminalSafe(text: string, ownSequences = false): string {
    CONTROL.lastIndex = 0;
    if (!CONTROL.test(text)) {
        return text;
    }
    let result = '';
    let from = 0;
    CONTROL.lastIndex = 0;
    for (let match = CONTROL.exec(text); match; match = CONTROL.exec(text)) {
        const at = match.index;
        if (ownSequences) {
            OWN_SEQUENCE.lastIndex = at;
            const own = OWN_SEQUENCE.exec(text);
            // Line clearing only where progress() writes it, at the start of a write.
            if (own && (at === 0 || !own[0].startsWith('\r'))) {
                CONTROL.lastIndex = at + own[0].length;
                continue;
            }
        }
        result += text.slice(from, at);
        from = at + match[0].length;
    }
    return result + text.slice(from);
}

type Write = NodeJS.WriteStream['write'];
const guarded = new Map<NodeJS.WriteStream, Write>();

/**
 * Strips control characters (terminalSafe) from everything written to standard output and
 * standard error while they are terminals: the CLI prints model text in findings, explanations
 * and reports, and a quoted text may spell an escape sequence (`"\u001b]0;pwned\u0007"`, with
 * `\u001b` written as the character). Pipes and files get the bytes unchanged. Binary output
 * (a PNG) written to a terminal is shown as text, stripped the same way.
 */
export function guardTerminal(streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
    for (const stream of streams) {
        if (guarded.has(stream)) continue;
        const write = stream.write;
        guarded.set(stream, write);
        stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
            if (stream.isTTY === true) {
                if (typeof chunk === 'string') {
                    chunk = terminalSafe(chunk, true);
                } else if (chunk instanceof Uint8Array) {
                    chunk = terminalSafe(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8'), true);
                }
            }
            return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
        } as Write;
    }
}

/** Undoes guardTerminal: the language server's standard output carries protocol messages, never for a person. */
export function unguardTerminal(): void {
    for (const [stream, write] of guarded) {
        stream.write = write;
    }
    guarded.clear();
}
