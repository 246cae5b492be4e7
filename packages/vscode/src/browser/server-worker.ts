/// <reference lib="dom" />
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startBrowserServer } from '../../../cli/src/server/browser-server.js';

// Entry of the language server of VS Code for the Web (dist/server-browser.js), run in a web
// worker that the extension starts (extension-browser.ts): it talks LSP over postMessage. The
// project compiles with the DOM library, not the worker one: a worker's global scope posts and
// receives messages exactly as a MessagePort does.
const editor = self as unknown as MessagePort;
startBrowserServer(createConnection(new BrowserMessageReader(editor), new BrowserMessageWriter(editor)));
