// One measured run of the benchmark, in its own process (so its peak RSS is its own):
//   node child.js tag CORPUS.jsonl                compromise's own tagging, nlp(text), of every document, on this thread
//   node child.js extract CORPUS.jsonl N [OUT]    `extract CORPUS.jsonl --format jsonl --jobs N --quiet`, output
//                                                 counted (N `default`: no --jobs, the default a user gets); with OUT,
//                                                 the event lines are also written to that file
//   node child.js ceiling CORPUS.jsonl            what one core does before any tagging: the CLI's own reader
//                                                 (src/input/read.ts), then readDocument, splitSentences and the
//                                                 prefilter on every document; nothing is tagged
// Prints one JSON line: { seconds (from process start), maxRssMB (all threads), terms } for tag,
// { seconds, maxRssMB, events, code (main's exit code) } for extract, { seconds, maxRssMB, documents, sentences,
// passed (sentences the prefilter passes), errors (input items that were not documents) } for ceiling.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [mode, corpus, jobs, out] = process.argv.slice(2);

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

async function extract(): Promise<void> {
  const { main } = await import('../cli/main.js');
  let lines = 0;
  const jobsArgs = jobs === 'default' ? [] : ['--jobs', jobs ?? '1'];
  // written as it comes, synchronously: the events never pile up in this process
  const fd = out ? openSync(out, 'w') : null;
  const code = await main([corpus, '--format', 'jsonl', ...jobsArgs, '--quiet'], {
    stdout: (chunk) => {
      const s = String(chunk);
      for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) lines++;
      if (fd !== null) writeSync(fd, s);
    },
    stderr: (s) => { process.stderr.write(s); },
    stdin: process.stdin,
    stdoutTTY: false,
    stderrTTY: false,
  });
  if (fd !== null) closeSync(fd);
  report({ events: lines, code });
}

async function ceiling(): Promise<void> {
  const { readInputs } = await import('../input/read.js');
  const { readDocument } = await import('../document/reading.js');
  const { splitSentences } = await import('../document/sentences.js');
  const { mayHoldEvent } = await import('../document/prefilter.js');
  let documents = 0;
  let sentences = 0;
  let passed = 0;
  let errors = 0;
  for await (const item of readInputs([corpus], { stdin: process.stdin })) {
    if (item.kind === 'error') errors++;
    if (item.kind !== 'doc') continue;
    documents++;
    for (const s of splitSentences(readDocument(item.doc.text).text)) {
      sentences++;
      if (mayHoldEvent(s.text)) passed++;
    }
  }
  report({ documents, sentences, passed, errors });
}

if (mode === 'tag') await tag();
else if (mode === 'extract') await extract();
else if (mode === 'ceiling') await ceiling();
else {
  process.stderr.write('usage: child.js tag|extract|ceiling CORPUS.jsonl [jobs [EVENTS-FILE]]\n');
  process.exitCode = 2;
}
