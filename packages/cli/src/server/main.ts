import { startSamskapServer } from './samskap-server.js';

// Entry of the bundled server (packages/vscode/dist/server.cjs).
startSamskapServer();
