// The entry of the start-up snapshot (scripts/build-snapshot.mjs bundles it into one CommonJS file and runs
// `node --build-snapshot` on it; bin/extract.js starts an extraction from the snapshot when it matches this node).
// Building it loads what an extraction needs (compromise with our plugin, the rules, the input readers) and tags a
// made-up article once, so the run starts with all of it in the heap; the gazetteer's files are still read at run
// time (a few ms). Run time is bin/extract.js's: the same EPIPE handling and exit code.
import v8 from 'node:v8';
import { main } from './main.js';
import './progress.js';
import '../format/index.js';
import { extractEvents } from '../pipeline/extract.js';
import { unloadPlaceFiles } from '../places/gazetteer.js';
import { compileAgain } from '../lexicon/words.js';

/** Invented, so tagging runs every stage once (an attack with a count, a place and a weekday). */
const WARM_UP = 'Gunmen killed 12 villagers in an attack on a market near the town on Tuesday, officials said.';

extractEvents({ id: 'warm-up', text: WARM_UP }, { referenceDate: '2020-01-01' });
unloadPlaceFiles();

v8.startupSnapshot.setDeserializeMainFunction(() => {
  compileAgain();
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err && err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  // argv: [node, marker, ...the user's arguments] (see bin/extract.js)
  void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
});
