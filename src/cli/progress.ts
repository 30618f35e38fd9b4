// A progress bar on stderr for multi-document runs at a terminal (cli-progress): documents done and rate.
// Nothing at all when stderr is not a TTY or with --quiet.
import cliProgress from 'cli-progress';

export interface Progress { tick(): void; interrupt(write: () => void): void; stop(): void }

export function createProgress(enabled: boolean, files: string[]): Progress {
  // one plain file is one document: no bar for it
  const single = files.length === 1 && !/\.(?:jsonl|ndjson)$/i.test(files[0]) && files[0] !== '-';
  if (!enabled || single) return { tick: () => {}, interrupt: (w) => w(), stop: () => {} };
  const bar = new cliProgress.SingleBar({
    format: 'extract |{bar}| {value} documents | {rate} docs/s | {duration_formatted}',
    stream: process.stderr, hideCursor: true, clearOnComplete: true, barsize: 20,
  }, cliProgress.Presets.shades_classic);
  const started = Date.now();
  let done = 0;
  let shown = false;
  return {
    tick() {
      done++;
      const rate = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      if (!shown) { bar.start(Math.max(done, 1), done, { rate }); shown = true; }
      bar.setTotal(Math.max(done, 1));
      bar.update(done, { rate });
    },
    interrupt(write) {
      if (shown) { bar.stop(); shown = false; }
      write();
    },
    stop() { if (shown) bar.stop(); },
  };
}
