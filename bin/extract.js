#!/usr/bin/env node
// Thin wrapper: the CLI lives in src/cli/main.ts and returns an exit code.
import { main } from '../dist/src/cli/main.js';

process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(0);
  throw err;
});
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
