// Runs the CLI's main() in-process with captured stdout/stderr and a given stdin.
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface Run { code: number; stdout: string; stderr: string; progress: string }

/** Worker threads load the whole extractor: tests that start them get time, whatever the machine. */
export const SLOW = 180_000;

export interface RunOptions {
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  columns?: number;
  env?: Record<string, string>;
}

/** A stream that says it is a terminal, for the progress bar. */
function fakeTerminal(onWrite: (s: string) => void): NodeJS.WritableStream {
  const w = new Writable({ write(chunk, _enc, cb) { onWrite(String(chunk)); cb(); } });
  return Object.assign(w, { isTTY: true, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
}

export async function runCli(argv: string[], stdin: string | Buffer | Readable = '', opts: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  let progress = '';
  const code = await main(argv, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    stdin: stdin instanceof Readable ? stdin : Readable.from([Buffer.from(stdin)]),
    stdoutTTY: !!opts.stdoutTTY,
    stderrTTY: !!opts.stderrTTY,
    columns: opts.columns ?? 140,
    env: opts.env ?? {},
    progressStream: fakeTerminal((s) => { progress += s; }),
  });
  return { code, stdout, stderr, progress };
}

/** The JSON objects of JSONL output. */
export function jsonl(out: string): Record<string, any>[] {
  return out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}
