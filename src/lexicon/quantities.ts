// Number words and count qualifiers, as data. src/rules/counts/phrases.ts builds its patterns from these tables (once,
// at load); adding a word here is enough to teach it. The date words it also reads live in ./dates.ts (re-exported below).
//
// Count conventions (conservative: no death is invented; ACLED's own vague-number codes are noted where they differ):
//   "more than 50"  → low 51, high null        (strictly more)
//   "at least 20"   → low 20, high null
//   "about 40"      → low 40, high 40          (the figure reported: PLOVER/ACLED code the stated figure)
//   "nearly 30"     → low 27, high 29          (just under the figure: high = n-1, low = n minus a tenth, at least 1 below)
//   "up to 12"      → low 1,  high 12          (a bound, not a figure; people did die, so 1)
//   "fewer than 10" → low 1,  high 9           (strict bound)
//   "dozens" → 12+, "scores" → 20+, "hundreds" → 100+, "thousands" → 1000+, "several" → 3+, "a few" → 2+,
//   "a handful" → 2+ (ACLED codes "several"/"many" as 10; we keep the lowest reading and leave high open).
//   "two dozen" → 24, "several hundred" → 300+, "a few thousand" → 2000+ (vague word × multiplier, open above).

import { type WordEntry } from './words.js';

export const UNITS: Record<string, number> = {
  zero: 0, none: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1000000 };

/** "a dozen" and friends: exact. "two dozen" multiplies (see DOZEN_WORDS). */
export const EXACT_GROUPS: Record<string, number> = {
  dozen: 12, 'a dozen': 12, 'half a dozen': 6, 'a half dozen': 6, 'half-a-dozen': 6, 'a couple of': 2, 'a pair of': 2,
  'a score of': 20, couple: 2,
};

/** Words that multiply a number word before them: "two dozen" = 24, "three score" = 60. */
export const GROUP_MULTIPLIERS: Record<string, number> = { dozen: 12, score: 20 };

/** Vague quantities: the lowest number they can mean, open above. */
export const VAGUE: Record<string, { low: number; high: number | null }> = {
  several: { low: 3, high: null },
  'a few': { low: 2, high: null },
  few: { low: 2, high: null },
  'a handful of': { low: 2, high: null },
  'a handful': { low: 2, high: null },
  dozens: { low: 12, high: null },
  'dozens and dozens': { low: 24, high: null },
  scores: { low: 20, high: null },
  hundreds: { low: 100, high: null },
  thousands: { low: 1000, high: null },
  'tens of thousands': { low: 10000, high: null },
  'tens of': { low: 20, high: null },
  'hundreds of thousands': { low: 100000, high: null },
  millions: { low: 1000000, high: null },
  'a number of': { low: 2, high: null },
  numerous: { low: 3, high: null },
  many: { low: 2, high: null },
};

/** Vague words that multiply: "several hundred" = 300 and up, "a few thousand" = 2000 and up. The key's VAGUE low is the factor. */
export const VAGUE_MULTIPLIED = ['several', 'a few', 'a couple of', 'a couple', 'many', 'some'];
export const VAGUE_FACTOR: Record<string, number> = { several: 3, 'a few': 2, 'a couple of': 2, 'a couple': 2, many: 2, some: 1 };

/** Qualifiers before a number, with how the number bounds the count (conventions at the top of this file). */
export interface Qualifier {
  /** why the words are here: the bound they put on the number */
  reason: string;
  words: string[];
  kind: 'more-than' | 'at-least' | 'up-to' | 'less-than' | 'about' | 'nearly' | 'exact';
}

// Real text is often synonym-spun by content farms ("extra than 50", "at the very least", "roughly"): each kind lists
// the plain words and their spun forms.
export const QUALIFIERS: Qualifier[] = [
  { reason: 'more-than', kind: 'more-than', words: ['more than', 'over', 'extra than', 'additional than', 'much more than', 'far more than', 'in excess of',
    'in extra of', 'upwards of', 'upward of', 'greater than', 'above', 'well over', 'well above', 'a lot more than', 'even more than',
    'many more than', 'considerably more than', 'significantly more than', 'just over', 'just above', 'slightly more than',
    'north of', 'more then', 'a lot extra than', 'far extra than', 'much extra than', 'properly over'] },
  { reason: 'at-least', kind: 'at-least', words: ['at least', 'at the very least', 'at the least', 'at minimum', 'at a minimum', 'a minimum of',
    'no fewer than', 'no less than', 'not less than', 'not fewer than', 'no much less than', 'not much less than', 'a minimal of',
    'at the least of', 'at very least', 'at leat'] },
  { reason: 'up-to', kind: 'up-to', words: ['up to', 'as many as', 'as much as', 'no more than', 'not more than', 'at most', 'at the most', 'a maximum of',
    'up to a maximum of', 'as many like'] },
  { reason: 'less-than', kind: 'less-than', words: ['fewer than', 'less than', 'under', 'below', 'much less than', 'far fewer than', 'just under',
    'just below', 'slightly less than', 'slightly fewer than'] },
  { reason: 'about', kind: 'about', words: ['about', 'around', 'roughly', 'approximately', 'approx.', 'approx', 'some', 'an estimated', 'estimated',
    'close to', 'nearly about', 'somewhere around', 'more or less', 'roughly about', 'about some', 'in the region of',
    'on the order of', 'an approximate', 'a reported', 'an extra', 'another', 'a further', 'further', 'a total of', 'a complete of',
    'only', 'just'] },
  { reason: 'nearly', kind: 'nearly', words: ['nearly', 'almost', 'just short of', 'close on', 'virtually', 'practically', 'just about', 'not quite',
    'shy of', 'just shy of', 'nearly almost'] },
];

/** Words after a number that bound it from below or make it approximate: "20 or more", "30-odd", "40-plus", "50 or so". */
export const SUFFIX_QUALIFIERS: { reason: string; words: string[]; kind: 'at-least' | 'about' }[] = [
  { reason: 'at-least', kind: 'at-least', words: ['or more', 'or over', 'and more', 'plus', '-plus', '+', '-odd', 'odd', 'and counting', 'or extra'] },
  { reason: 'about', kind: 'about', words: ['or so'] },
];

/** Words after a number that make it no count of people (units, money, things counted that are not people). */
export const NON_COUNT_UNITS: WordEntry[] = [
  { reason: 'time', words: ['year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days', 'night', 'nights', 'hour', 'hours', 'hrs', 'minute', 'minutes', 'mins', 'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'weekend', 'weekends', 'am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'o\'clock', 'gmt', 'utc'] },
  { reason: 'distance-and-area', words: ['kilometer', 'kilometers', 'kilometre', 'kilometres', 'km', 'kms', 'mile', 'miles', 'meter', 'meters', 'metre', 'metres', 'm', 'feet', 'foot', 'ft', 'yard', 'yards', 'inch', 'inches', 'hectares', 'acres', 'square'] },
  { reason: 'rates-and-scores', words: ['percent', 'per', '%', 'percentage', 'degrees', 'points', 'goals', 'votes', 'seats', 'runs', 'wickets', 'medals', 'times', 'th', 'st', 'nd', 'rd'] },
  { reason: 'money', words: ['dollars', 'dollar', 'euros', 'euro', 'pounds', 'pound', 'rupees', 'naira', 'shillings', 'yuan', 'yen', 'rubles', 'roubles', 'lira', 'dinars', 'riyals', 'dirhams', 'francs', 'pesos', 'afghanis', 'hryvnias', 'cents', 'usd', 'eur', 'bn', 'billion', 'trillion'] },
  { reason: 'weights-and-volumes', words: ['tons', 'tonnes', 'kg', 'kilograms', 'kilos', 'grams', 'liters', 'litres', 'gallons', 'barrels', 'bpd', 'mw', 'gw'] },
  { reason: 'places-and-parties', words: ['countries', 'nations', 'states', 'provinces', 'districts', 'regions', 'villages', 'towns', 'cities', 'sides', 'parties'] },
  { reason: 'weapons-and-vehicles', words: ['vehicles', 'cars', 'trucks', 'tanks', 'rockets', 'missiles', 'shells', 'mortars', 'drones', 'aircraft', 'planes', 'jets', 'helicopters', 'ships', 'boats', 'warships', 'bombs', 'grenades', 'bullets', 'guns', 'rifles', 'weapons', 'launchers', 'projectiles'] },
  { reason: 'events-counted', words: ['attacks', 'strikes', 'airstrikes', 'raids', 'incidents', 'violations', 'explosions', 'blasts', 'sorties'] },
  { reason: 'other-things', words: ['issues', 'steps', 'stages', 'phases', 'articles', 'clauses', 'options', 'ways', 'languages', 'pages', 'rounds', 'buildings', 'homes', 'houses', 'schools', 'hospitals', 'shares', 'jobs', 'targets', 'positions', 'sites', 'bases', 'storeys', 'stories', 'floors', 'lanes', 'laps', 'games', 'matches', 'episodes', 'seasons', 'terms', 'items'] },
];

/** Words before a number that make it a label, not a count: "Resolution 2254", "Route 66", "Brigade 93", "page 4". */
export const LABEL_WORDS: WordEntry[] = [
  { reason: 'numbered-things', words: ['no.', 'nos.', 'number', 'num.', 'page', 'p.', 'pp.', 'article', 'art.', 'resolution', 'route', 'highway', 'flight', 'chapter', 'section', 'grade', 'level', 'phase', 'stage', 'gate', 'terminal', 'platform', 'exit', 'channel', 'vol.', 'volume', 'episode', 'paragraph', 'clause', 'model', 'version', 'mk', 'apartment', 'flat'] },
  { reason: 'military-units', words: ['unit', 'brigade', 'division', 'battalion', 'regiment', 'squadron', 'corps', 'platoon'] },
  { reason: 'ages', words: ['aged', 'age', 'ages'] },
  { reason: 'phones', words: ['tel', 'tel.', 'phone', 'call', 'dial', 'fax', 'hotline', 'ext.', 'ext'] },
  { reason: 'roads-and-distances', words: ['kilometre', 'kilometer', 'km', 'mile', 'avenue', 'ave.', 'st.', 'rd.'] },
  { reason: 'names-with-numbers', words: ['covid', 'ligue', 'formula', 'apollo', 'boeing', 'airbus'] },
];

/** Verbs and nouns before a number that make it the size of a force sent, not of casualties: "deployed 5,000 troops". */
export const FORCE_WORDS: WordEntry[] = [
  { reason: 'sending', words: ['deploy', 'deploys', 'deployed', 'deploying', 'send', 'sends', 'sent', 'sending', 'dispatch', 'dispatched', 'dispatching', 'redeploy', 'redeployed'] },
  { reason: 'gathering', words: ['mobilize', 'mobilized', 'mobilised', 'mobilising', 'mobilizing', 'station', 'stations', 'stationed', 'amass', 'amassed', 'amassing', 'muster', 'mustered', 'numbering', 'recruit', 'recruited', 'train', 'trained', 'training', 'reinforce', 'reinforced'] },
  { reason: 'withdrawing', words: ['withdraw', 'withdrew', 'withdrawn', 'withdrawing', 'pull out', 'pulled out', 'pulling out'] },
  { reason: 'force-phrases', words: ['a force of', 'an army of', 'a contingent of', 'reinforcements of', 'strength of', 'additional', 'extra'] },
];

/** The nouns a FORCE_WORDS number must count for it to be a force size ("sent 12 people to hospital" stays a count). */
export const FORCE_NOUNS: WordEntry[] = [
  { reason: 'armed-people', words: ['troops', 'soldiers', 'forces', 'fighters', 'personnel', 'marines', 'reinforcements', 'peacekeepers', 'police', 'policemen', 'officers', 'reservists', 'paratroopers', 'servicemen', 'service members', 'military advisers', 'advisers', 'mercenaries', 'special forces', 'commandos', 'guardsmen', 'sailors', 'men', 'militiamen', 'recruits', 'conscripts'] },
];

// The date words live in ./dates.ts, the date parsers' constants file; these are re-exported for the count rules
// (src/rules/counts/phrases.ts), which read them to tell a day of the month or a year from a count.
export { AMBIGUOUS_DATE_WORDS, MONTHS, WEEKDAYS, YEAR_PREPOSITIONS } from './dates.js';
