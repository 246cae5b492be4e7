// `npm run playground`: serves the built playground (packages/playground/dist) and prints its
// address. Any static host serves the same folder; this is only for trying it locally.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFolder } from './static-server.mjs';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
if (!existsSync(join(folder, 'index.html'))) {
    console.error('samskap playground: not built; run `npm run playground` (it builds first).');
    process.exit(2);
}
const portArgument = process.argv.indexOf('--port');
const port = portArgument > 0 ? Number(process.argv[portArgument + 1]) : Number(process.env.PORT ?? 5173);
// A port in use (another server, a second playground) is no failure: any free port will do.
const { url } = await serveFolder(folder, port).catch(error => {
    if (error.code !== 'EADDRINUSE') throw error;
    return serveFolder(folder, 0);
});
console.log(`samskap playground: serving ${folder}\n  open ${url}  (Ctrl+C stops)`);
