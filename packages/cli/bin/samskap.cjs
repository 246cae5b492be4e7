#!/usr/bin/env node
// The bundle is built by `npm run build` (run on `npm install` by the root `prepare` script).
require('../dist/cli.cjs');
