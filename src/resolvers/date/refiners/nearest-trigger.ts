// One event's date: the expression nearest its trigger (ctx.anchor). News puts an event's date after its verb
// ("shelling on Monday"), so a date before the trigger counts double: one before it belongs to an earlier clause unless
// it opens the sentence alone ("On Sunday, a bomb ..."). A date that spans the trigger costs nothing; on a tie the
// earlier expression wins. Without an anchor (every date wanted) the results pass unchanged.
import { trace } from '../trace.js';
import type { DateRefiner, DateResult } from '../types.js';

export const nearestTriggerRefiner: DateRefiner = {
  id: 'nearest-trigger',
  refine(ctx, results) {
    if (ctx.anchor === null || !results.length) return results;
    const a = Number.isFinite(ctx.anchor) ? ctx.anchor : 0;
    const e = a + (/^[\p{L}\p{N}'’-]*/u.exec(ctx.sentence.slice(a))?.[0].length ?? 0); // the trigger word's end
    const cost = (r: DateResult) => (e <= r.start ? r.start - e : a >= r.end ? 2 * (a - r.end + 1) : 0);
    let best = results[0];
    for (const r of results) if (cost(r) < cost(best)) best = r;
    for (const r of results) if (r !== best) trace(ctx, r, false, `refiner nearest-trigger: farther from the trigger than "${best.text}"`);
    trace(ctx, best, true, 'refiner nearest-trigger: the event\'s date');
    return [best];
  },
};
