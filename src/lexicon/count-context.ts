// The words around a number that say whether it counts people: a unit after it ("three more days"), a year word
// before it, a force sent ("deployed about 5,000"), "one of the", a score, a currency; and the whole phrases that
// mean zero or one person. Data only; src/rules/counts/phrases.ts builds its patterns from these lists and from the
// number tables of ./quantities.ts, once, when it loads.
import type { WordEntry } from './words.js';

/** Number words (./quantities.ts) that are no count phrase on their own: "a" and "an" count only before a multiplier
 *  ("a hundred"); "none", "zero" and "single" are read only as whole phrases (ZERO_PHRASES, ONE_PERSON_DETERMINERS). */
export const UNITS_NOT_ALONE: WordEntry[] = [
  { reason: 'article', words: ['a', 'an'] },
  { reason: 'zero-or-one', words: ['none', 'zero', 'single'] },
];

/** Vague quantities (./quantities.ts) read only inside longer phrases ("a few", "many hundreds"), never alone. */
export const VAGUE_NOT_ALONE: WordEntry[] = [{ reason: 'common-word', words: ['many', 'few'] }];

/** Between a number and its unit: "three more days", "15 consecutive years". */
export const UNIT_MODIFIERS: WordEntry[] = [
  { reason: 'more', words: ['more', 'additional', 'other', 'extra', 'further'] },
  { reason: 'in-a-row', words: ['consecutive', 'straight', 'full', 'whole', 'long', 'successive'] },
  { reason: 'apart', words: ['separate', 'different'] },
];

/** Before a number from 1900 to 2099, besides the year prepositions of ./quantities.ts: it is a year ("the 2018
 *  agreement", "between 2015 and 2017", "fiscal 2020"). */
export const YEAR_WORDS_BEFORE: WordEntry[] = [
  { reason: 'determiner', words: ['the', 'a', 'an', 'its', 'their'] },
  { reason: 'preposition', words: ['of', 'since', 'until', 'till', 'by', 'before', 'after', 'from', 'between', 'through'] },
  { reason: 'relative-year', words: ['last', 'this', 'next', 'year', 'early-', 'late-'] },
  { reason: 'budget-year', words: ['fiscal', 'budget'] },
];

/** Between a verb of sending a force and its size: "deployed about 5,000 troops", "sent another 300". */
export const FORCE_QUALIFIERS: WordEntry[] = [
  { reason: 'determiner', words: ['a', 'an', 'another', 'the', 'some'] },
  { reason: 'about', words: ['about', 'around', 'roughly', 'nearly', 'up to', 'at least', 'more than', 'over'] },
];

/** Currency codes before an amount ("USD 5 million", "Rs 500"); case as written. */
export const CURRENCY_CODES: WordEntry[] = [
  { reason: 'currency', words: ['USD', 'EUR', 'GBP', 'Rs.', 'Rs', 'INR', 'KSh', 'Ksh', 'NGN', 'AED', 'SAR', 'CHF', 'RMB'] },
];

/** After "one of": a part of a group, not one person harmed ("one of the", "one of them"). */
export const ONE_OF_FOLLOWERS: WordEntry[] = [
  { reason: 'determiner', words: ['the', 'those', 'these', 'his', 'her', 'their', 'its', 'our', 'many', 'several', 'two', 'three'] },
  { reason: 'pronoun', words: ['them', 'us', 'you', 'whom', 'which'] },
];

/** After "one": idioms that count nobody ("one another", "one by one", "on the one hand", "one day", "one who"). */
export const ONE_IDIOM_FOLLOWERS: WordEntry[] = [
  { reason: 'idiom', words: ['another', 'by one', 'hand', 'side', 'way', 'thing', 'day', 'time', 'point'] },
  { reason: 'relative', words: ['who'] },
];

/** Before "one": it is no count ("no one", "the one", "any one", "each one"). */
export const ONE_DETERMINERS_NOT_A_COUNT: WordEntry[] = [{ reason: 'determiner', words: ['no', 'the', 'this', 'any', 'every', 'each', 'no-'] }];

/** Near "3-1": the figures are a score. */
export const SCORE_WORDS: WordEntry[] = [
  { reason: 'result', words: ['won', 'beat', 'lost', 'draw', 'drew', 'defeated', 'win', 'victory'] },
  { reason: 'score', words: ['score', 'scored'] },
];

/** Words ending in -s that are no plural noun: "2018 was", "2019 has", "in 2020 as". */
export const NOT_PLURAL_S_WORDS: WordEntry[] = [
  { reason: 'verb', words: ['was', 'has', 'is', 'does'] },
  { reason: 'function-word', words: ['as', 'its', 'this', 'thus', 'plus', 'less', 'unless', 'across', 'us', 'whereas', 'besides', 'towards'] },
  { reason: 'adverb', words: ['always', 'perhaps', 'afterwards'] },
  { reason: 'possessive-pronoun', words: ['his', 'hers', 'ours', 'yours'] },
];

/** Nouns of amount after "a": "a few", "a lot", "a third" are no one person. */
export const AMOUNT_NOUNS: WordEntry[] = [
  { reason: 'amount', words: ['few', 'lot', 'couple', 'handful', 'number', 'total', 'dozen', 'score'] },
  { reason: 'part', words: ['half', 'quarter', 'third', 'fraction', 'minority', 'majority'] },
];

/** Whole phrases that count nobody. */
export const ZERO_PHRASES: WordEntry[] = [{ reason: 'zero', words: ['no', 'none', 'zero', 'nil', 'no one', 'no-one', 'nobody', 'not one', 'not a single', 'not a single one', 'not any'] }];

/** Before a singular noun, words that count one person ("a civilian", "one soldier", "a single child"). */
export const ONE_PERSON_DETERMINERS: WordEntry[] = [{ reason: 'one', words: ['a', 'an', 'one', 'a single', 'single'] }];

/** Between two years: "2015-2017", "2015 to 2017". */
export const YEAR_RANGE_SEPARATORS: WordEntry[] = [
  { reason: 'dash', words: ['-', '–', '—'] },
  { reason: 'word', words: ['to', 'and', 'or'] },
];
