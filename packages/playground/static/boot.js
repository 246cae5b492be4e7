/* global Worker */
// Starts the language server's worker before the page's own script has loaded: the two downloads
// overlap, and the first diagnostics come sooner. playground.js takes the worker from here.
window.samskapWorker = new Worker('server-worker.js', { type: 'module' });
