// Ctrl-C (SIGINT) or SIGTERM during a run: the batch stops taking documents, the line being written is finished,
// the output is closed (the JSON array gets its "]") and the summary says how far the run got. The exit code is
// the shell's for a death by that signal: 128 + its number (130, 143). A second signal is not caught: it ends the
// process at once, as it would without us.

export type StopSignal = 'SIGINT' | 'SIGTERM';

export const SIGNAL_EXIT_CODES: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143 };

export interface Interrupts {
  /** the signal that arrived first, or null */
  readonly signal: StopSignal | null;
  /** aborted when a signal arrives */
  readonly abort: AbortSignal;
  /** removes the handlers (a signal after this has its default effect) */
  dispose(): void;
}

/** The process (or, in tests, any emitter of signal events) whose SIGINT and SIGTERM are watched. */
interface SignalSource {
  once(event: StopSignal, listener: () => void): unknown;
  removeListener(event: StopSignal, listener: () => void): unknown;
}

/** Watches SIGINT and SIGTERM until `dispose()`: the first one aborts, and its handlers are then removed. */
export function watchInterrupts(source: SignalSource = process): Interrupts {
  const controller = new AbortController();
  let signal: StopSignal | null = null;
  const handlers = {} as Record<StopSignal, () => void>;
  const dispose = () => { for (const s of Object.keys(handlers) as StopSignal[]) source.removeListener(s, handlers[s]); };
  for (const s of Object.keys(SIGNAL_EXIT_CODES) as StopSignal[]) {
    handlers[s] = () => {
      signal = s;
      dispose();
      controller.abort();
    };
    source.once(s, handlers[s]);
  }
  return { get signal() { return signal; }, abort: controller.signal, dispose };
}

/** "interrupted after 12 of 300 documents" when the total is known (the whole input was read), else "after 12 documents". */
export function interruptedMessage(done: number, total: number | null): string {
  const unit = (n: number) => (n === 1 ? 'document' : 'documents');
  return total === null ? `interrupted after ${done} ${unit(done)}` : `interrupted after ${done} of ${total} ${unit(total)}`;
}
