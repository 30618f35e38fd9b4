// Runs the CLI's main() in-process with captured stdout/stderr and a given stdin.
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface Run { code: number; stdout: string; stderr: string }

export async function runCli(argv: string[], stdin = '', opts: { stdoutTTY?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    stdin: Readable.from([Buffer.from(stdin)]),
    stdoutTTY: !!opts.stdoutTTY,
    stderrTTY: false,
    columns: 140,
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}
