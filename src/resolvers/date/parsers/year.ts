// "in 2018", "in early 2018", "mid-2018", "in the summer of 2018", "in 2014-15" (a range: the first year is its value);
// never "since 2011", "the 2018 agreement" (no preposition of YEAR_PREPOSITIONS) nor "in 2018 days" or "in 2018%".
import { YEAR_PREPOSITIONS } from '../../../lexicon/dates.js';
import { byLength, ci } from '../patterns.js';
import { drop, type DateParser } from '../types.js';

const YEAR_PREP = byLength(YEAR_PREPOSITIONS).map((w) => ci(w).replace(/-$/, '')).join('|');
// groups: 1 year, 2 end of a range; not a figure nor a quantity of time ("in 2018 days")
const PATTERN = new RegExp(`\\b(?:${YEAR_PREP})[\\s-]+(?:the\\s+year\\s+)?((?:19|20)\\d{2})(?:\\s*(?:-|–|/)\\s*((?:19|20)?\\d{2}))?(?![\\d%]|[.,]\\d|\\s*(?:-|–)?\\s*(?:year|month|day|week|hour)s?\\b)`, 'gi');

export const yearParser: DateParser = {
  id: 'year',
  pattern: () => PATTERN,
  extract(ctx, m) {
    if (m[2]) {
      const end = m[2].length === 2 ? Number(m[1].slice(0, 2) + m[2]) : Number(m[2]);
      if (end <= Number(m[1]) || end - Number(m[1]) > 10) return drop('no range of years (runs backwards or over ten years)');
      return { text: m[0], value: m[1], precision: 'range' };
    }
    return { text: m[0], value: m[1], precision: 'year' };
  },
};
