// The words of division-name votes in an article's place context (src/places/admin-votes.ts), as data with a
// reason for each entry: the small words inside a division's name, and which names may not vote. A division whose
// name exists in one country only is a strong cue for that country ("in Helmand" is Afghanistan), but some such
// names are also everyday words or the parishes of small territories: the lists below keep them from voting alone.

import type { WordEntry } from './words.js';

interface CodeGroup { reason: string; codes: string[] }
interface NameGroup { reason: string; names: string[] }

/** Lower-case words that join the capitalised words of a division's name, besides the particles and articles of
 *  src/lexicon/places.ts: "Jammu and Kashmir", "Bay of Plenty". */
export const ADMIN_NAME_JOINERS: WordEntry[] = [
  { reason: 'coordination', words: ['and'] },
  { reason: 'of', words: ['of'] },
];

/** Countries and territories whose divisions vote only when the article names the country itself: their parishes,
 *  districts and councils are named after saints, people and English towns ("Michael", "Patrick", "Manchester",
 *  "Hanover"), and they carry little conflict news of their own. ISO 3166-1 alpha-2 codes. */
export const QUIET_ADMIN_COUNTRIES: CodeGroup[] = [
  { reason: 'crown-dependency-parishes', codes: ['IM', 'GG', 'JE'] },
  { reason: 'caribbean-parishes', codes: ['JM', 'BB', 'AG', 'DM', 'GD', 'KN', 'LC', 'VC', 'TT', 'BS'] },
  { reason: 'overseas-territory', codes: ['BM', 'KY', 'AI', 'VG', 'VI', 'TC', 'MS', 'PR', 'GU', 'AS', 'MP', 'FO', 'AX', 'GI', 'AW', 'CW', 'SX', 'BQ', 'PM', 'SH', 'FK', 'NF', 'CK', 'NU', 'TK', 'WF', 'PF', 'NC'] },
  { reason: 'microstate', codes: ['AD', 'MC', 'SM', 'LI', 'MT', 'VA', 'SC', 'CV', 'MV', 'MU', 'ST', 'KM', 'TV', 'NR', 'PW', 'FM', 'MH', 'KI', 'TO', 'WS', 'BN', 'LU'] },
];

/** Division names, and words spelt close to one ("Atlantic" to Atlántico), that vote only before their kind word
 *  ("Delta State", "Unity State", "Bay region"): as a bare capitalised word they are mostly something else.
 *  Written as news writes them; compared by fold key with the name as written. */
export const KIND_WORD_ONLY_ADMINS: NameGroup[] = [
  { reason: 'company-or-brand', names: ['Delta'] },
  { reason: 'common-word', names: ['Unity', 'Lakes', 'Bay', 'Federal District', 'Federal', 'Free', 'Islands'] },
  { reason: 'also-another-countrys-region', names: ['Ulster'] },
  { reason: 'ocean-spelt-alike', names: ['Atlantic'] },
  { reason: 'weekday-abbreviation', names: ['Mon'] },
];
