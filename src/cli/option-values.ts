// The values of options that several commands take (a local run, `extract queue add|results`, `extract worker`):
// each parser returns the value or throws commander's InvalidArgumentError, which commander reports as a usage
// error (exit 2) naming the option.
import { InvalidArgumentError } from 'commander';

export function parseDate(v: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) throw new InvalidArgumentError('expected a real day as YYYY-MM-DD, e.g. 2020-03-04');
  return v;
}

const EVENT_TYPES = ['attack', 'casualties', 'meeting', 'agreement'];

export function parseTypes(v: string): string[] {
  const types = v.split(',').map((t) => t.trim()).filter(Boolean);
  const bad = types.filter((t) => !EVENT_TYPES.includes(t));
  if (!types.length || bad.length) throw new InvalidArgumentError(`expected event types separated by commas, from: ${EVENT_TYPES.join(', ')}${bad.length ? ` (not a type: ${bad.join(', ')})` : ''}`);
  return types;
}

export function parseConfidence(v: string): number {
  const n = /^\s*(?:0|1|0?\.\d+|1\.0*)\s*$/.test(v) ? Number(v) : NaN;
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1, e.g. 0.5');
  return n;
}

/** An encoding TextDecoder knows (WHATWG labels: "latin1" is windows-1252), as its canonical name. */
export function parseEncoding(v: string): string {
  try {
    // Node's spellings too: utf8, utf16le
    return new TextDecoder(v.trim().replace(/^utf-?(?=\d)/i, 'utf-')).encoding;
  } catch {
    throw new InvalidArgumentError('expected an encoding name such as utf8, latin1 (read as windows-1252), utf-16le, utf-16be, iso-8859-2, shift_jis');
  }
}

export function parseJobs(v: string): number {
  const n = /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number of worker processes from 1 to 256');
  return n;
}
