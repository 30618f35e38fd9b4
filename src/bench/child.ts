// One measured run of the benchmark, in its own process (so its peak RSS is its own):
//   node child.js tag CORPUS.jsonl                compromise's own tagging, nlp(text), of every document, on this thread
//   node child.js ceiling CORPUS.jsonl            what one core does before any tagging: the CLI's own reader
//                                                 (src/input/read.ts), then readDocument, splitSentences and the
//                                                 prefilter (with its document rule) on every document; nothing is tagged
// Prints one JSON line: { seconds (from process start), maxRssMB (all threads), terms } for tag, { seconds, maxRssMB,
// documents, sentences, passed (sentences the prefilter passes), errors (input items that were not documents) } for
// ceiling. The extract rows run bin/extract.js itself (rows.ts).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [mode, corpus] = process.argv.slice(2);

function report(extra: Record<string, number>): void {
  const seconds = performance.now() / 1000; // performance's origin is the process start
  process.stdout.write(`${JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra })}\n`);
}

async function tag(): Promise<void> {
  const nlp = (await import('compromise')).default;
  let terms = 0;
  // the corpus (a few MB) is read at once; each document is tagged and dropped
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (!line) continue;
    const doc = nlp((JSON.parse(line) as { text: string }).text);
    terms += doc.wordCount();
  }
  report({ terms });
}

async function ceiling(): Promise<void> {
  const { readInputs } = await import('../input/read.js');
  const { readDocument } = await import('../document/reading.js');
  const { splitSentences } = await import('../document/sentences.js');
  const { eventCandidates } = await import('../document/prefilter.js');
  let documents = 0;
  let sentences = 0;
  let passed = 0;
  let errors = 0;
  for await (const item of readInputs([corpus], { stdin: process.stdin })) {
    if (item.kind === 'error') errors++;
    if (item.kind !== 'doc') continue;
    documents++;
    const text = readDocument(item.doc.text).text;
    const split = splitSentences(text);
    sentences += split.length;
    passed += eventCandidates(text, split).candidates.length;
  }
  report({ documents, sentences, passed, errors });
}

if (mode === 'tag') await tag();
else if (mode === 'ceiling') await ceiling();
else {
  process.stderr.write('usage: child.js tag|ceiling CORPUS.jsonl\n');
  process.exitCode = 2;
}
