// A tiny static file server for the built playground: `npm run playground` and the e2e test use
// it. It serves files under one folder and nothing else; the playground itself needs no server.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json'
};

/** Serves `folder` on 127.0.0.1 (`port` 0: any free port); resolves to the server and its address. */
export function serveFolder(folder, port = 0) {
    const server = createServer((request, response) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
        let found;
        try {
            found = file.startsWith(folder + sep) && statSync(file).isFile();
        } catch {
            found = false;
        }
        if (!found) {
            response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
            return;
        }
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        createReadStream(file).pipe(response);
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            const address = server.address();
            resolve({ server, url: `http://127.0.0.1:${address.port}/` });
        });
    });
}
