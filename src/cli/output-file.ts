// `-o FILE`: the formatted output goes to a file instead of standard output. The file is opened (created or
// truncated) before any input is read, so a path that cannot be written is a usage error before any work is done.
import { createWriteStream, openSync, type WriteStream } from 'node:fs';

export interface OutputFile {
  /** writes; the promise settles when the stream can take more (backpressure) */
  write(s: string | Uint8Array): Promise<void>;
  /** flushes and closes the file; rejects when a write failed (disk full, ...) */
  close(): Promise<void>;
}

/** Opens `path` for writing, or returns the reason it cannot be ("EACCES: permission denied", ...). */
export function openOutputFile(path: string): OutputFile | { error: string } {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { error: err.code === 'EISDIR' ? 'is a folder' : err.code === 'ENOENT' ? 'no such folder' : err.code === 'EACCES' ? 'permission denied' : err.message };
  }
  const stream: WriteStream = createWriteStream('', { fd });
  let failure: Error | null = null;
  stream.on('error', (e) => { failure = e; });
  return {
    write: (s) => new Promise<void>((res, rej) => {
      if (failure) { rej(failure); return; }
      if (!s || stream.write(s)) { res(); return; }
      stream.once('drain', () => res());
    }),
    close: () => new Promise<void>((res, rej) => {
      if (failure) { stream.destroy(); rej(failure); return; }
      stream.end(() => (failure ? rej(failure) : res()));
    }),
  };
}
