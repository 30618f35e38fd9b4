// What the count rules share: the words that may stand between a count, its victims and its word of harm, and how
// a word of harm is read.
import type { Term } from '../../document/terms.js';
import type { ActorKind } from '../../schema/event.js';
import { HARM_BRIDGE_WORDS, VICTIM_MODIFIERS, VICTIM_NOUNS, SINGULAR_VICTIM_NOUNS } from '../../lexicon/casualties.js';
import { wordSet } from '../../lexicon/words.js';
import { countryOf } from '../../lexicon/countries.js';
import type { CountMention } from '../mention.js';

/** Words that may stand between a victim noun and its word of harm: "were", "have been reportedly", "later". */
export const BRIDGE = wordSet(HARM_BRIDGE_WORDS);
/** Words that may stand between a count and its victim noun: "two additional of its soldiers", "nine Syrian troopers". */
const VICTIM_MODIFIER = wordSet(VICTIM_MODIFIERS);

/** A punctuation mark after a term ends the phrase: counts never reach across it. */
export const breaks = (t: Term, marks = /[,;:.]/) => marks.test(t.post);

/** A people noun a count can qualify: the lexicon's, or a plural demonym ("four ethnic Somalis", "7 Yemenis"). */
export function isVictim(t: Term): boolean {
  if (t.tags.has('Victim') || t.tags.has('VictimOne')) return true;
  return /s$/.test(t.norm) && (t.tags.has('Demonym') || t.tags.has('ProperNoun')) && !!countryOf(t.text.replace(/s$/, ''));
}

/** A word that may stand between a count and its people noun: "nine Syrian", "five U.N. staff", "two of its". */
export function isVictimModifier(t: Term): boolean {
  if (VICTIM_MODIFIER.has(t.norm)) return true;
  if (harmField(t) || t.tags.has('Value') || t.tags.has('Date') || t.tags.has('Unit') || t.tags.has('Conjunction')) return false;
  if (t.tags.has('Preposition') || t.tags.has('Determiner') || t.tags.has('Pronoun') && !t.tags.has('Possessive')) return false;
  if (t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('PastTense') && !t.tags.has('Adjective') || t.tags.has('Gerund')) return false;
  return /^[\p{L}][\p{L}.'’-]*$/u.test(t.text);
}

export function harmField(t: Term): 'killed' | 'wounded' | 'other' | null {
  if (t.tags.has('KillWord')) return 'killed';
  if (t.tags.has('WoundWord')) return 'wounded';
  if (t.tags.has('OtherFate')) return 'other';
  return null;
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

/** The victims' phrase from `first` to its head noun at `last`; the head says what kind of people they are. */
export function victimSpan(terms: Term[], first: number, last: number): CountMention['victimSpan'] {
  const head = terms[last];
  const kind: ActorKind = VICTIM_NOUNS[head.norm] ?? SINGULAR_VICTIM_NOUNS[head.norm] ?? 'civilian';
  return { first, last, kind };
}

/** A count mention with the fields every count rule fills the same way (the resolvers fill the rest). */
export function countMention(fields: Pick<CountMention, 'field' | 'count' | 'start' | 'end' | 'harmAt' | 'first' | 'last' | 'victimSpan' | 'rule'>): CountMention {
  return {
    ...fields, victims: null, toll: false, clauseTerms: [0, 0], including: false, killer: null, aggregate: null, status: null,
  };
}
