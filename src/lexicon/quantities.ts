// Number words and count qualifiers, as data. src/resolvers/count.ts builds its patterns from these tables.
// Vague quantities get a conservative low bound and an open high bound, so no death is invented: "dozens" = 12 and
// up (ACLED codes "dozens" as 12), "hundreds" = 100 and up, "scores" = 20 and up, "several" = 3 and up.

export const UNITS: Record<string, number> = {
  zero: 0, none: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1000000 };

/** "a dozen" and friends: exact. */
export const EXACT_GROUPS: Record<string, number> = { dozen: 12, 'a dozen': 12, 'a couple of': 2, 'a pair of': 2, 'a score of': 20, couple: 2 };

/** Vague plurals: the lowest number they can mean, open above. */
export const VAGUE: Record<string, { low: number; high: number | null }> = {
  several: { low: 3, high: null },
  'a few': { low: 2, high: null },
  few: { low: 2, high: null },
  dozens: { low: 12, high: null },
  scores: { low: 20, high: null },
  hundreds: { low: 100, high: null },
  thousands: { low: 1000, high: null },
  'tens of thousands': { low: 10000, high: null },
  'a number of': { low: 2, high: null },
  numerous: { low: 3, high: null },
  many: { low: 2, high: null },
};

/** Qualifiers before a number. `low`/`high` say how the number bounds the count. */
export interface Qualifier { words: string[]; kind: 'more-than' | 'at-least' | 'up-to' | 'about' | 'nearly' | 'exact' }

export const QUALIFIERS: Qualifier[] = [
  // "more than 50" → 51 and up. Spun variants: "extra than", "additional than", "much more than", "far more than"
  { kind: 'more-than', words: ['more than', 'over', 'extra than', 'additional than', 'much more than', 'far more than', 'in excess of', 'upwards of', 'upward of', 'greater than', 'above', 'well over', 'a lot more than', 'even more than'] },
  // "at least 20" → 20 and up
  { kind: 'at-least', words: ['at least', 'at the very least', 'at the least', 'no fewer than', 'no less than', 'not less than', 'a minimum of', 'a minimum of at least', 'at minimum'] },
  // "up to 12" → 1..12 (a bound, not a figure)
  { kind: 'up-to', words: ['up to', 'as many as', 'no more than', 'not more than', 'at most', 'fewer than', 'less than', 'under'] },
  // "about 40" → 40 (the figure reported)
  { kind: 'about', words: ['about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated', 'close to', 'approx', 'nearly about', 'somewhere around', 'more or less'] },
  // "nearly 30" → 30 at most: counted as the figure minus one at least ... we keep the figure as the high bound
  { kind: 'nearly', words: ['nearly', 'almost', 'just under', 'just short of', 'close on'] },
];

/** Words after a number that make it no count of people. */
export const NON_COUNT_UNITS = [
  'year', 'years', 'yr', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second',
  'seconds', 'decade', 'decades', 'century', 'centuries', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'km', 'kms',
  'mile', 'miles', 'meter', 'meters', 'metre', 'metres', 'm', 'feet', 'foot', 'ft', 'yards', 'inch', 'inches', 'percent',
  'per', '%', 'dollars', 'euros', 'pounds', 'tons', 'tonnes', 'kg', 'kilograms', 'liters', 'litres', 'barrels', 'times',
  'countries', 'nations', 'states', 'provinces', 'districts', 'villages', 'towns', 'cities', 'points', 'goals', 'votes',
  'seats', 'percentage', 'degrees', 'am', 'pm', 'a.m.', 'p.m.', 'o\'clock', 'th', 'st', 'nd', 'rd', 'billion',
  'trillion', 'vehicles', 'cars', 'trucks', 'tanks', 'rockets', 'missiles', 'shells', 'drones', 'aircraft', 'jets',
  'bombs', 'rounds', 'buildings', 'homes', 'houses', 'shares', 'jobs',
];

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
