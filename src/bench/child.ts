// One measured run of the benchmark, in its own process (so its peak RSS is its own):
//   node child.js tag CORPUS.jsonl          compromise's own tagging, nlp(text), of every document, on this thread
//   node child.js extract CORPUS.jsonl N    `extract CORPUS.jsonl --format jsonl --jobs N --quiet`, output counted
//                                           (N `default`: no --jobs, the default a user gets)
// Prints one JSON line: { seconds (from process start), maxRssMB (all threads), terms } for tag,
// { seconds, maxRssMB, events, code (main's exit code) } for extract.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [mode, corpus, jobs] = process.argv.slice(2);

function report(extra: Record<string, number>): void {
  const seconds = performance.now() / 1000; // performance's origin is the process start
  process.stdout.write(`${JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra })}\n`);
}

if (mode === 'tag') {
  const nlp = (await import('compromise')).default;
  let terms = 0;
  // the corpus (a few MB) is read at once; each document is tagged and dropped
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (!line) continue;
    const doc = nlp((JSON.parse(line) as { text: string }).text);
    terms += doc.wordCount();
  }
  report({ terms });
} else if (mode === 'extract') {
  const { main } = await import('../cli/main.js');
  let lines = 0;
  const jobsArgs = jobs === 'default' ? [] : ['--jobs', jobs ?? '1'];
  const code = await main([corpus, '--format', 'jsonl', ...jobsArgs, '--quiet'], {
    stdout: (chunk) => { const s = String(chunk); for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) lines++; },
    stderr: (s) => { process.stderr.write(s); },
    stdin: process.stdin,
    stdoutTTY: false,
    stderrTTY: false,
  });
  report({ events: lines, code });
} else {
  process.stderr.write('usage: child.js tag|extract CORPUS.jsonl [jobs]\n');
  process.exitCode = 2;
}
