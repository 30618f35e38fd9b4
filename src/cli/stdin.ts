// Standard input seen before it is read: is it empty (nothing but white space), so that `extract < /dev/null` is a
// batch of zero documents (exit 0, SPEC.md: zero events is success) rather than one unreadable document?
import { Readable } from 'node:stream';

/** How much leading white space is held back to decide; past it, the input counts as not empty. */
const PEEK_LIMIT = 64 * 1024;

/** Reads standard input until a byte that is not ASCII white space (or the end, or PEEK_LIMIT bytes). Returns null when
 *  the input ended holding only white space; otherwise a stream giving the whole input, the peeked part first. */
export async function peekStdin(stdin: Readable): Promise<Readable | null> {
  const it = stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const held: Buffer[] = [];
  let size = 0;
  for (;;) {
    const r = await it.next();
    if (r.done) return null;
    const b = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    held.push(b);
    size += b.length;
    if (/[^ \t\r\n\f\v]/.test(b.toString('latin1')) || size > PEEK_LIMIT) break;
  }
  return Readable.from((async function* rest() {
    yield* held;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  })(), { objectMode: false });
}
