// A progress bar on stderr for multi-document runs at a terminal (cli-progress): documents done, their rate, and
// the share of the input's bytes done with an ETA when the input's size is known (files, not standard input).
// It appears once a second document is read: a one-document run shows none. Nothing at all when disabled.
import cliProgress from 'cli-progress';

interface Progress {
  /** the inputs' total size in bytes, null when unknown (standard input) */
  total(bytes: number | null): void;
  /** a document (or an unreadable input) was read */
  read(): void;
  /** a document finished; `bytes` of the input are done */
  done(bytes: number): void;
  /** write a line on stderr without tearing the bar */
  interrupt(write: () => void): void;
  stop(): void;
}

const NONE: Progress = { total() {}, read() {}, done() {}, interrupt: (w) => w(), stop() {} };

export function createProgress(stream: NodeJS.WritableStream | null): Progress {
  if (!stream) return NONE;
  let totalBytes: number | null = null;
  let reads = 0;
  let docs = 0;
  let bytes = 0;
  let bar: cliProgress.SingleBar | null = null;
  const started = Date.now();
  const payload = () => ({ docs, rate: (docs / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
  const show = () => {
    if (bar) return;
    const sized = totalBytes !== null && totalBytes > 0;
    bar = new cliProgress.SingleBar({
      format: sized
        ? 'extract |{bar}| {percentage}% | {docs} documents | {rate} docs/s | ETA {eta_formatted}'
        : 'extract | {docs} documents | {rate} docs/s | {duration_formatted}',
      stream, hideCursor: true, clearOnComplete: true, barsize: 24, etaBuffer: 50, fps: 5,
    }, cliProgress.Presets.shades_classic);
    bar.start(sized ? totalBytes! : 1, sized ? bytes : 0, payload());
  };
  return {
    total(b) { totalBytes = b; },
    read() { if (++reads === 2) show(); },
    done(b) {
      docs++;
      bytes += b;
      if (bar) bar.update(totalBytes ? Math.min(bytes, totalBytes) : 0, payload());
    },
    interrupt(write) {
      if (!bar) { write(); return; }
      // cli-progress redraws on the next update: clear the line, write, and let it redraw below
      stream.write('\r\x1b[K');
      write();
      bar.updateETA?.();
      bar.render?.();
    },
    stop() { if (bar) bar.stop(); bar = null; },
  };
}
