// Runs a configuration over one sentence: every parser in order over the whole sentence (a parser that throws or reads
// no date only loses its own match), then every refiner in order over all the results. Never throws on text.
import { trace } from './trace.js';
import type { DateContext, DateParser, DateRefiner, DateResult } from './types.js';

export interface DateConfiguration { parsers: DateParser[]; refiners: DateRefiner[] }

/** One parser's matches that it reads as dates, in the order found. */
function runParser(ctx: DateContext, p: DateParser, found: DateResult[]): void {
  const re = p.pattern(ctx);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.sentence))) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const raw = { start: m.index, end: m.index + m[0].length, text: m[0], rule: p.id };
    let out;
    try { out = p.extract(ctx, m); } catch (err) {
      ctx.debug?.({ parser: p.id, text: m[0], value: null, kept: false, reason: `parser: failed (${(err as Error)?.message ?? err})` });
      continue;
    }
    if (out === null) continue; // no match after all: nothing to report
    if ('drop' in out) {
      ctx.debug?.({ parser: p.id, text: m[0], value: null, kept: false, reason: `parser: ${out.drop}` });
      continue;
    }
    const r = { ...raw, date: out };
    found.push(r);
    trace(ctx, r, true, `parser: read as ${out.precision}`);
  }
  re.lastIndex = 0;
}

/** Every date the parsers read in ctx.sentence, in parser order. */
function runParsers(ctx: DateContext, parsers: DateParser[]): DateResult[] {
  const found: DateResult[] = [];
  for (const p of parsers) runParser(ctx, p, found);
  return found;
}

/** The parsers' results through every refiner, in order. */
export function extractDates(ctx: DateContext, config: DateConfiguration): DateResult[] {
  let results = runParsers(ctx, config.parsers);
  for (const r of config.refiners) results = r.refine(ctx, results);
  return results;
}
