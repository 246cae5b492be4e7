/// <reference lib="dom" />
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startPlaygroundServer } from './playground-server.js';

// Entry of the playground's web worker (dist/server-worker.js): the page talks LSP over postMessage.
// The project compiles with the DOM library, not the worker one: a worker's global scope posts and
// receives messages exactly as a MessagePort does.
const page = self as unknown as MessagePort;
startPlaygroundServer(createConnection(new BrowserMessageReader(page), new BrowserMessageWriter(page)));
