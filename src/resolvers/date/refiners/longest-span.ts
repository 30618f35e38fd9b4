// Overlapping expressions → the longest ("Thursday, March 5" over "Thursday"; "9 May 2019" over "May 2019"); of two
// equally long, the one that starts first; of two on the very same span, the one whose parser comes first in the
// configuration. The results come out in sentence order.
import { trace } from '../trace.js';
import type { DateRefiner, DateResult } from '../types.js';

export const longestSpanRefiner: DateRefiner = {
  id: 'longest-span',
  refine(ctx, results) {
    const byLength = [...results].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
    const kept: DateResult[] = [];
    for (const r of byLength) {
      const over = kept.find((k) => r.start < k.end && k.start < r.end);
      if (!over) { kept.push(r); continue; }
      trace(ctx, r, false, `refiner longest-span: inside the longer "${over.text}" (${over.rule})`);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
