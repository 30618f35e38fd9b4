// The debug hook's feed: one plain record per decision, sent only when the context has a hook.
import type { DateContext, DateResult } from './types.js';

/** Tell the context's debug hook (if any) that a stage kept or dropped `r`, and why. */
export function trace(ctx: DateContext, r: DateResult, kept: boolean, reason: string): void {
  ctx.debug?.({ parser: r.rule, text: r.text, value: r.date.value, kept, reason });
}
