#!/usr/bin/env node
// Rewrites a file from one run of the eval on the gold files eval-floors.json names (run after `npm run build`):
//   node scripts/eval-update.mjs floors   # npm run eval:floors: raise the floors in eval-floors.json (never lowers one)
//   node scripts/eval-update.mjs readme   # npm run eval:readme: rewrite README.md's accuracy table
// Exit codes: 0 written, 1 some figure is under its floor (kept and named), 2 usage, unreadable input or no markers.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { writeRaisedFloors, writeReadmeTable } = await import(join(root, 'dist/src/eval/update.js'));
const io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
const floors = join(root, 'eval-floors.json');
const what = process.argv[2];
if (what === 'floors') process.exitCode = await writeRaisedFloors(floors, io);
else if (what === 'readme') process.exitCode = await writeReadmeTable(floors, join(root, 'README.md'), io);
else {
  process.stderr.write('usage: node scripts/eval-update.mjs floors|readme\n');
  process.exitCode = 2;
}
