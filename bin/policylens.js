#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher */
const fs = require('node:fs');
const path = require('node:path');

if (!fs.existsSync(path.join(__dirname, '..', 'dist', 'cli.js'))) {
  console.error('policylens: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
require('../dist/cli.js').run();
