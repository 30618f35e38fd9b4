// What the count rules share: the words that may stand between a count, its victims and its word of harm, and how
// a word of harm is read.
import type { Term } from '../../document/terms.js';
import type { ActorKind } from '../../schema/event.js';
import {
  ARMED_VICTIM_MODIFIERS, HARM_BRIDGE_WORDS, NEAR_MISS_WORDS, VICTIM_MODIFIERS, VICTIM_NOUNS, VICTIM_SERVICE_WORDS, SINGULAR_VICTIM_NOUNS,
} from '../../lexicon/casualties.js';
import { wordSet } from '../../lexicon/words.js';
import { countryOf } from '../../lexicon/countries.js';
import type { CountMention } from '../mention.js';
import { findCountPhrases, type CountPhrase } from './phrases.js';

/** Words that may stand between a victim noun and its word of harm: "were", "have been reportedly", "later". */
export const BRIDGE = wordSet(HARM_BRIDGE_WORDS);
/** Words that may stand between a count and its victim noun: "two additional of its soldiers", "nine Syrian troopers". */
const VICTIM_MODIFIER = wordSet(VICTIM_MODIFIERS);
const SERVICE = wordSet(VICTIM_SERVICE_WORDS);
const ARMED = wordSet(ARMED_VICTIM_MODIFIERS);
const NEAR_MISS = wordSet(NEAR_MISS_WORDS);

/** The last sentence read for count phrases, and its phrases. */
let lastRead: { text: string; phrases: readonly CountPhrase[] } = { text: '', phrases: [] };

/** The count phrases of a sentence's text (./phrases.ts), read once for the families that each read them all
 *  (found-dead, number, rival run one after the other on the same sentence): the last sentence's are kept. */
export function countPhrasesOf(text: string): readonly CountPhrase[] {
  if (text !== lastRead.text) lastRead = { text, phrases: findCountPhrases(text) };
  return lastRead.phrases;
}

/** A group's acronym as written: "IS", "ADF", "M23", "AQIM". */
const ACRONYM = /^[A-Z][A-Z0-9-]{1,5}$/;

/** A bracket opens before the term: "(7 according to ...)". The tagger keeps the bracket in `pre` or in the text. */
export const opensBracket = (t: Term) => t.pre.includes('(') || t.text.startsWith('(');

/** A punctuation mark after a term ends the phrase: counts never reach across it. */
export const breaks = (t: Term, marks = /[,;:.]/) => marks.test(t.post);

/** A people noun a count can qualify: the lexicon's, a role noun the tagger knows ("drivers", "a councillor": its
 *  `Actor` tag, never on a name), or a plural demonym ("four ethnic Somalis", "7 Yemenis"). */
export function isVictim(t: Term): boolean {
  if (t.tags.has('Victim') || t.tags.has('VictimOne')) return true;
  if (t.tags.has('Actor') && !t.tags.has('ProperNoun')) return true;
  return /s$/.test(t.norm) && (t.tags.has('Demonym') || t.tags.has('ProperNoun')) && !!countryOf(t.text.replace(/s$/, ''));
}

/** One person named by a noun: the lexicon's singular people nouns, or a role noun the tagger knows ("a shopkeeper",
 *  "a councillor": its `Actor` tag, never on a name). */
export const onePerson = (t: Term) => t.tags.has('VictimOne') || t.tags.has('Actor') && t.tags.has('Singular') && !t.tags.has('ProperNoun');

/** A word that may stand between a count and its people noun: "nine Syrian", "five U.N. staff", "two of its". */
export function isVictimModifier(t: Term): boolean {
  if (VICTIM_MODIFIER.has(t.norm)) return true;
  if (harmField(t) || t.tags.has('Value') || t.tags.has('Date') || t.tags.has('Unit') || t.tags.has('Conjunction')) return false;
  if (t.tags.has('Preposition') || t.tags.has('Determiner') || t.tags.has('Pronoun') && !t.tags.has('Possessive')) return false;
  // an acronym names the victims' group ("4 IS militants", "3 ADF rebels") even when the tagger reads it as a verb
  // ("IS"); a headline's capitals that are words of harm or prepositions ("KILLS 5 IN ATTACK") stopped above
  if (ACRONYM.test(t.text)) return true;
  if (t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('PastTense') && !t.tags.has('Adjective') || t.tags.has('Gerund')) return false;
  return /^[\p{L}][\p{L}.'’-]*$/u.test(t.text);
}

export function harmField(t: Term): 'killed' | 'wounded' | 'other' | null {
  if (t.tags.has('KillWord')) return 'killed';
  if (t.tags.has('WoundWord')) return 'wounded';
  if (t.tags.has('OtherFate')) return 'other';
  return null;
}

/** The word of harm at h is said not to have happened: "nearly lynched", "almost killed", "escaped being killed". */
export function nearMiss(terms: Term[], h: number): boolean {
  const f = harmPhraseStart(terms, h);
  return [f - 1, f - 2].some((i) => i >= 0 && NEAR_MISS.has(terms[i].norm) && !terms.slice(i, f).some((t) => breaks(t)));
}

/** The first word of the harm phrase that ends at h: "shot" of "shot dead", "beat" of "beat to death". */
export function harmPhraseStart(terms: Term[], h: number): number {
  let f = h;
  while (f > 0 && harmField(terms[f - 1]) === harmField(terms[h]) && !breaks(terms[f - 1])) f--;
  return f;
}

/** The last word of the harm phrase that starts at h: "dead" of "shot dead", "death" of "beat to death". */
export function harmPhraseEnd(terms: Term[], h: number): number {
  let e = h;
  while (e + 1 < terms.length && harmField(terms[e + 1]) === harmField(terms[h]) && !breaks(terms[e])) e++;
  return e;
}

/** The terms a character span covers. */
export function termRange(terms: Term[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (const t of terms) {
    if (t.end > start && t.start < end) {
      if (first < 0) first = t.i;
      last = t.i;
    }
  }
  return first < 0 ? null : [first, last];
}

/** The victims' phrase from `first` to its head noun at `last`; the head says what kind of people they are, unless a
 *  service word before it says more ("police officers", "militia fighters") or "armed" makes civilians-by-noun armed. */
export function victimSpan(terms: Term[], first: number, last: number): CountMention['victimSpan'] {
  const head = terms[last];
  const before = terms.slice(first, last);
  const service = before.find((t) => SERVICE.has(t.norm) && VICTIM_NOUNS[t.norm]);
  let kind: ActorKind = (service && VICTIM_NOUNS[service.norm]) ?? VICTIM_NOUNS[head.norm] ?? SINGULAR_VICTIM_NOUNS[head.norm] ?? 'civilian';
  if (kind === 'civilian' && !service && before.some((t) => ARMED.has(t.norm))) kind = 'militant';
  return { first, last, kind };
}

/** A count mention with the fields every count rule fills the same way (the resolvers fill the rest). */
export function countMention(fields: Pick<CountMention, 'field' | 'count' | 'start' | 'end' | 'harmAt' | 'first' | 'last' | 'victimSpan' | 'rule'>): CountMention {
  return {
    ...fields, victims: null, toll: false, clauseTerms: [0, 0], including: false, killer: null, aggregate: null, status: null,
  };
}
