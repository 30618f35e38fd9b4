// Abbreviations after which a period does not end a sentence ("Gen. Petrov", "U.S. troops", "5 a.m. local time").
// Lower case, without their last period. Data only; src/document/sentences.ts reads it.
import type { WordEntry } from './words.js';

export const ABBREVIATIONS: WordEntry[] = [
  { reason: 'title', words: ['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'gov', 'sen', 'rep', 'jr', 'sr'] },
  { reason: 'rank', words: ['gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'pvt', 'adm'] },
  { reason: 'month', words: ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] },
  { reason: 'company', words: ['inc', 'ltd', 'co', 'corp'] },
  { reason: 'country', words: ['u.s', 'u.n', 'u.k'] },
  { reason: 'latin', words: ['e.g', 'i.e', 'etc', 'vs'] },
  { reason: 'time', words: ['a.m', 'p.m'] },
  { reason: 'saint-street-mount', words: ['st', 'mt'] },
  { reason: 'number-or-measure', words: ['no', 'approx', 'est', 'ft'] },
];
