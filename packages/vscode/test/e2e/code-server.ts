import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { FatalError, waitFor } from './wait.js';

/** A code-server process serving the real VS Code workbench on a loopback port. */
export interface RunningCodeServer {
    readonly url: string;
    stop(): Promise<void>;
}

export interface CodeServerOptions {
    readonly executable: string;
    readonly userDataDir: string;
    readonly extensionsDir: string;
    readonly folder: string;
    readonly logFile: string;
    readonly env: NodeJS.ProcessEnv;
}

/** A port nobody listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}

function common(options: CodeServerOptions): string[] {
    return ['--disable-telemetry', '--disable-update-check', '--user-data-dir', options.userDataDir, '--extensions-dir', options.extensionsDir];
}

function run(executable: string, args: readonly string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
    return new Promise((resolve, reject) => {
        const log = createWriteStream(logFile, { flags: 'a' });
        const child = spawn(executable, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.pipe(log);
        child.stderr.pipe(log);
        child.on('error', reject);
        child.on('exit', code => code === 0 ? resolve() : reject(new Error(`${executable} ${args.join(' ')} exited with ${code}; see ${logFile}`)));
    });
}

/** `code-server --install-extension <vsix>`: the way a user installs a .vsix. */
export async function installExtension(options: CodeServerOptions, vsix: string): Promise<void> {
    await run(options.executable, [...common(options), '--install-extension', vsix, '--force'], options.env, options.logFile);
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const log = createWriteStream(options.logFile, { flags: 'a' });
    const child: ChildProcess = spawn(options.executable, [
        '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-workspace-trust', '--disable-getting-started-override',
        ...common(options), options.folder
    ], { env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    let exited = false;
    child.on('exit', () => {
        exited = true;
    });
    await waitFor('code-server to answer HTTP', 120_000, async () => {
        if (exited) {
            throw new FatalError(`code-server exited early; see ${options.logFile}`);
        }
        try {
            const response = await fetch(url, { redirect: 'manual' });
            return response.status < 500;
        } catch {
            return false;
        }
    });
    return {
        url,
        stop: async () => {
            if (exited || child.pid === undefined) {
                return;
            }
            // code-server runs the extension host and the language server as children: end the whole group.
            try {
                process.kill(-child.pid, 'SIGTERM');
            } catch {
                return;
            }
            try {
                await waitFor('code-server to stop', 15_000, async () => exited);
            } catch {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                } catch {
                    // Already gone.
                }
            }
        }
    };
}
