// Whether the events changed: a speed change must not change output unless it says why. The bench keeps, per
// corpus file (keyed by a hash of its bytes), a digest of every event line of row (b) with the git revision and the
// date it was measured, and on the next run says how many lines were added and removed since. It also checks that
// every other extract row gave the same lines as (b): more jobs, or two processes on halves, must not change output.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sha1 = (s: string | Buffer) => createHash('sha1').update(s).digest('hex');

/** A digest of every event line of the files, sorted (the multiset of lines, whatever their order). */
export function eventDigests(files: string[]): string[] {
  const out: string[] = [];
  for (const f of files) for (const line of readFileSync(f, 'utf8').split('\n')) if (line) out.push(sha1(line).slice(0, 20));
  return out.sort();
}

/** Lines of `now` not in `before` (added) and of `before` not in `now` (removed), both sorted, counted as multisets. */
function difference(now: string[], before: string[]): { added: number; removed: number } {
  let i = 0;
  let j = 0;
  let added = 0;
  let removed = 0;
  while (i < now.length || j < before.length) {
    if (j >= before.length || (i < now.length && now[i] < before[j])) { added++; i++; }
    else if (i >= now.length || before[j] < now[i]) { removed++; j++; }
    else { i++; j++; }
  }
  return { added, removed };
}

/** The loud line when a row's events are not (b)'s; null when they are the same lines. */
export function sameAsB(label: string, digests: string[], b: string[]): string | null {
  const { added, removed } = difference(digests, b);
  if (!added && !removed) return null;
  return `!!! EVENTS DIFFER: ${label} gave ${added} event lines that (b) extract --jobs 1 did not, and missed ${removed} of its ${b.length}`;
}

/** This tree's revision: `git rev-parse --short HEAD`, "+dirty" when files are changed; "unknown" outside git. */
function revision(root: string): string {
  try {
    const git = (...a: string[]) => execFileSync('git', a, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? '+dirty' : '');
  } catch {
    return 'unknown';
  }
}

interface Stored { rev: string; date: string; corpus: string }

/**
 * "events vs previous build (rev X, date): N added, M removed of K" for the corpus, against the digests last stored
 * for the same corpus bytes in `cacheDir`; then stores this run's digests there (with this tree's revision and date).
 */
export function versusPrevious(name: string, corpusFile: string, digests: string[], cacheDir: string, root: string): string {
  const path = join(cacheDir, `${name}-${sha1(readFileSync(corpusFile)).slice(0, 16)}.events`);
  let line = `events vs previous build: no previous build measured on this corpus (${digests.length} events now)`;
  if (existsSync(path)) {
    const [head, ...before] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    const was = JSON.parse(head) as Stored;
    const { added, removed } = difference(digests, before);
    line = `events vs previous build (rev ${was.rev}, ${was.date}): ${added} added, ${removed} removed of ${digests.length}`
      + (added || removed ? ` (it had ${before.length})` : '');
  }
  try {
    mkdirSync(cacheDir, { recursive: true });
    const stored: Stored = { rev: revision(root), date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', corpus: name };
    writeFileSync(path, [JSON.stringify(stored), ...digests].join('\n') + '\n');
  } catch (e) {
    line += ` (not stored: ${(e as Error).message})`;
  }
  return line;
}
