// Bytes before they are text, for every kind of input (files, standard input, devices, URLs): the most one document
// may hold, its size in words, the encoding a byte order mark names, and reading a stream no further than a cap.

/** Largest single document read: a text or HTML file, one JSONL line, standard input, one web page. 16 MiB keeps a
 *  run within 400 MB (issue 13): one 16 MB article dense with events peaked at 330 MB with --jobs 1 and 355 MB with two
 *  jobs, where 20 MB took 520 MB and 60 MB 773 MB (the text is held as it was read, as the reading, and in a worker;
 *  tagging stops at 1,000,000 characters of candidate sentences anyway, so a longer text gave no more events). */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** A size for a message: "64.0 MB". */
export const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The encoding a byte order mark at the start of `head` names (UTF-8, UTF-16 LE or BE), or undefined. */
export function bomEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Reads a stream into memory up to `max` bytes. `cut`: it went on past them, and was not read further (leaving the
 *  loop closes the stream: a file handle, standard input, a fetch body are let go). */
export async function readCapped(stream: AsyncIterable<Uint8Array>, max: number): Promise<{ buf: Buffer; cut: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const b of stream) {
    if (size + b.length > max) {
      chunks.push(b.subarray(0, max - size));
      return { buf: Buffer.concat(chunks), cut: true };
    }
    chunks.push(b);
    size += b.length;
  }
  return { buf: Buffer.concat(chunks), cut: false };
}
