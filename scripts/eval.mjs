#!/usr/bin/env node
// Local runner for the eval harness until `extract eval` is wired in the CLI:
//   npx tsc -p tsconfig.json && node scripts/eval.mjs [GOLD.jsonl...] [--format table|json] [--verbose]
// Without files it scores ../shared/eval/*.jsonl when that folder is there.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { runEval } = await import(join(root, 'dist/src/eval/index.js'));

const args = process.argv.slice(2);
const files = [];
let format = 'table';
let verbose = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--format') format = args[++i];
  else if (a.startsWith('--format=')) format = a.slice('--format='.length);
  else if (a === '--verbose' || a === '-v') verbose = true;
  else files.push(a);
}
if (!files.length) {
  const shared = join(root, '..', 'shared', 'eval');
  if (existsSync(shared)) for (const f of readdirSync(shared).sort()) if (f.endsWith('.jsonl')) files.push(join(shared, f));
}
process.exitCode = await runEval(files, { format, verbose }, {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
