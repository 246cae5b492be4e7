import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { CaseOptions, CorpusFile } from './mutate.js';
import { Pipeline } from './pipeline.js';

/**
 * The fuzz worker (node:worker_threads): runs one case at a time through the pipeline and
 * answers with its failures. The engine's watchdog terminates it when a case runs too long.
 */

export type WorkerRequest =
    | { readonly type: 'init'; readonly libraries: readonly CorpusFile[] }
    | { readonly type: 'case'; readonly id: number; readonly text: string; readonly options: CaseOptions };

export type WorkerReply =
    | { readonly type: 'ready' }
    | { readonly type: 'result'; readonly id: number; readonly result: import('./pipeline.js').CaseResult; readonly ms: number; readonly heapUsed: number };

const port = parentPort;
if (!port) throw new Error('the fuzz worker runs in a worker thread');

let pipeline: Pipeline | undefined;
// One message at a time, in order: a case never overlaps the next.
let queue = Promise.resolve();

port.on('message', (request: WorkerRequest) => {
    queue = queue.then(async () => {
        if (request.type === 'init') {
            pipeline = new Pipeline();
            await pipeline.init(request.libraries);
            port.postMessage({ type: 'ready' } satisfies WorkerReply);
            return;
        }
        const start = performance.now();
        const result = await pipeline!.run(request.text, request.options);
        const reply: WorkerReply = { type: 'result', id: request.id, result, ms: performance.now() - start, heapUsed: getHeapStatistics().used_heap_size };
        port.postMessage(reply);
    });
});
