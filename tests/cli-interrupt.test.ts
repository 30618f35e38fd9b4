// Ctrl-C and SIGTERM during a run (interrupt.ts): the output stays whole (a closed JSON array, complete JSONL
// lines), the summary says how far the run got, and the exit code is the shell's for that signal.
import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { interruptedMessage, watchInterrupts, type StopSignal } from '../src/cli/interrupt.js';

const BIN = join(process.cwd(), 'bin', 'extract.js');
const DOCUMENTS = 3000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-interrupt-'));
  const lines = Array.from({ length: DOCUMENTS }, (_, i) => JSON.stringify({
    id: `wire-${i}`,
    text: `Militants ambushed a supply convoy near Baidoa on Friday, killing ${(i % 7) + 2} drivers, a regional governor said. Another ${(i % 5) + 1} people were wounded in the raid.`,
  }));
  writeFileSync(join(dir, 'wire.jsonl'), lines.join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('interruptedMessage', () => {
  test.each([
    [12, 300, 'interrupted after 12 of 300 documents'],
    [0, 1, 'interrupted after 0 of 1 document'],
    [12, null, 'interrupted after 12 documents'],
    [1, null, 'interrupted after 1 document'],
  ])('%i done of %p', (done, total, expected) => {
    expect(interruptedMessage(done, total)).toBe(expected);
  });
});

describe('watchInterrupts', () => {
  test.each<[StopSignal[], StopSignal | null, number]>([
    [['SIGINT'], 'SIGINT', 0],
    [['SIGTERM'], 'SIGTERM', 0],
    // the first signal wins and the handlers go: a second one has its default effect
    [['SIGTERM', 'SIGINT'], 'SIGTERM', 0],
    [[], null, 2],
  ])('signals %p: %p, %i listeners left', (sent, first, left) => {
    const source = new EventEmitter();
    const watched = watchInterrupts(source as unknown as Parameters<typeof watchInterrupts>[0]);
    const caught = sent.map((s) => source.emit(s));
    expect(watched.signal).toBe(first);
    expect(watched.abort.aborted).toBe(first !== null);
    expect(caught).toEqual(sent.map((_, i) => i === 0));
    expect(source.listenerCount('SIGINT') + source.listenerCount('SIGTERM')).toBe(left);
  });

  test('dispose removes the handlers: a later signal is not caught', () => {
    const source = new EventEmitter();
    const watched = watchInterrupts(source as unknown as Parameters<typeof watchInterrupts>[0]);
    watched.dispose();
    expect(source.emit('SIGINT')).toBe(false);
    expect(watched.signal).toBeNull();
    expect(watched.abort.aborted).toBe(false);
  });
});

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs the CLI on the batch and sends `signal` once the first event has been written. */
function interruptedRun(format: 'json' | 'jsonl', signal: StopSignal): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, join(dir, 'wire.jsonl'), '--jobs', '1', '--format', format], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      // past the opening "[" of a JSON array: a document is being written
      if (!sent && stdout.trim().length > 1) { sent = true; child.kill(signal); }
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('an interrupted run', () => {
  test.each<['json' | 'jsonl', StopSignal, number]>([
    ['json', 'SIGINT', 130],
    ['json', 'SIGTERM', 143],
    ['jsonl', 'SIGINT', 130],
    ['jsonl', 'SIGTERM', 143],
  ])('--format %s, %s: exit %i, whole output, how far it got', async (format, signal, code) => {
    const run = await interruptedRun(format, signal);
    expect(run.code).toBe(code);
    const events: Array<{ doc: string }> = format === 'json'
      ? JSON.parse(run.stdout)
      : run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    if (format === 'jsonl') expect(run.stdout.endsWith('\n')).toBe(true);
    expect(events.length).toBeGreaterThan(0);
    const done = Number(/interrupted after (\d+)(?: of \d+)? documents?/.exec(run.stderr)?.[1]);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(DOCUMENTS);
    // every document counted as done has its events in the output, and no later one does
    expect(new Set(events.map((e) => e.doc)).size).toBeLessThanOrEqual(done);
    expect(events.every((e) => Number(e.doc.replace('wire-', '')) < done)).toBe(true);
  });
});

/** The processes whose parent is `pid` (from /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((d) => {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
    } catch { return false; }
  }).map(Number);
}

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

/** Runs the CLI with two worker processes, in a process group of its own as a terminal's job is; once the first event
 *  is written, notes its worker processes and calls `stop` with the CLI's pid. */
function runWithWorkers(stop: (pid: number) => void): Promise<Run & { workers: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, join(dir, 'wire.jsonl'), '--jobs', '2', '--format', 'jsonl'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let workers: number[] = [];
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      if (!workers.length && stdout.includes('\n')) { workers = childrenOf(child.pid!); stop(child.pid!); }
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, workers }));
  });
}

/** Waits until none of the processes is left, at most `ms`. */
async function gone(pids: number[], ms: number): Promise<number[]> {
  for (const until = Date.now() + ms; pids.some(alive) && Date.now() < until;) await new Promise((r) => { setTimeout(r, 50); });
  return pids.filter(alive);
}

describe('an interrupted run with worker processes', () => {
  test('Ctrl-C at the terminal (SIGINT to the whole job): exit 130, whole lines, the summary, no worker left', async () => {
    const run = await runWithWorkers((pid) => { process.kill(-pid, 'SIGINT'); });
    expect(run.workers).toHaveLength(2);
    expect(run.code).toBe(130);
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stderr).toMatch(/^extract: interrupted after \d+ documents?/m);
    expect(await gone(run.workers, 5000)).toEqual([]);
  });

  test('the CLI killed outright (SIGKILL): its worker processes end too', async () => {
    const run = await runWithWorkers((pid) => { process.kill(pid, 'SIGKILL'); });
    expect(run.workers).toHaveLength(2);
    expect(await gone(run.workers, 5000)).toEqual([]);
  });
});

/** Runs the CLI on standard input kept open (a live feed): one document is written and the pipe then stays idle.
 *  Once the document's event is out, `signal` is sent; the pipe is never closed. */
function liveFeedRun(jobs: string, signal: StopSignal): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--format', 'jsonl', '--jobs', jobs], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      if (stdout.includes('\n')) child.kill(signal);
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    child.on('error', reject);
    child.on('close', (code) => { child.stdin.destroy(); resolve({ code, stdout, stderr }); });
    child.stdin.write(`${JSON.stringify({ id: 'live-1', text: 'Gunmen killed four soldiers at a checkpoint near Baidoa, Somalia, on 3 May 2023.' })}\n`);
  });
}

describe('a live feed on standard input', () => {
  // a document alone is not held for a second one (--jobs 2), and a stop does not wait for the pipe to end
  test.each<[string, StopSignal, number]>([
    ['1', 'SIGTERM', 143],
    ['2', 'SIGTERM', 143],
    ['1', 'SIGINT', 130],
  ])('--jobs %s, %s with the pipe still open: the event out, exit %i', async (jobs, signal, code) => {
    const run = await liveFeedRun(jobs, signal);
    expect(run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).doc)).toEqual(['live-1']);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(/^extract: interrupted after 1 document, 1 event, 0 failed$/m);
  }, 30_000);
});
