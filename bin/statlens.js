#!/usr/bin/env node
// Entry of the `statlens` command. All logic is TypeScript, compiled into out/ (npm's `prepare` builds it).
let cli;
try {
  cli = require('../out/server/src/cli/main.js');
} catch (error) {
  if (error.code !== 'MODULE_NOT_FOUND') throw error;
  process.stderr.write('statlens: not built yet; run `npm run build:tsc` in the statlens folder\n');
  process.exit(2);
}
cli.main();
