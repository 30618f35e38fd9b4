// Whether a document has a word of conflict or of state anywhere: an armed, police or state actor, a named group or
// international body, an office's title, a weapon, a setting of war or terror, a political body, a mediator, or a
// country (its name, a demonym, an abbreviation or its capital). Without one, no word of meeting, agreement or
// commitment finds a party that can hold or make one: the prefilter (./prefilter.ts) then leaves their sentences
// untagged. An everyday attack word ("beat", "fight", "jets") asks more: an armed side (an armed or police actor, a
// named armed group, a weapon, live fire, a body found) or two nations; finalize's attack rule keeps nothing else.
// The test errs on the side of tagging: every word of these lexicon lists counts, in any case and in any sense ("the
// force of habit", "a state of mind"), with its plurals. It is meant as a superset of what the rules and keep rules
// read, so that it changes which sentences are read, not which events come out: the events of the eval files, of
// dense text and of the seed stay byte-identical (tests/prefilter-context.test.ts has a table per kind of word).
import { ACTOR_HEADS, NAMED_ACTORS, WEAPON_HEADS_IMPLYING_MILITARY } from '../lexicon/actors.js';
import { BODY_NOUNS, DEATH_VERBS_ALONE, SINGULAR_VICTIM_NOUNS, VICTIM_NOUNS } from '../lexicon/casualties.js';
import { isArmedKind } from '../lexicon/taxonomy.js';
import { INTERNATIONAL_BODIES, CONFLICT_PARTY_CUES, MEDIATOR_WORDS, POLITICAL_BODY_WORDS } from '../lexicon/organizations.js';
import { TITLE_GROUPS } from '../lexicon/titles.js';
import { WEAPON_SUBTYPES, LIVE_FIRE } from '../lexicon/weapons.js';
import { CONFLICT_SETTINGS, CONFLICT_WEAPONS, MORE_ARMED_NOUNS, STATE_WORDS } from '../lexicon/frames.js';
import { countryOf } from '../lexicon/countries.js';
import { wordsOf } from '../lexicon/words.js';
import { anyPhrase, phraseIndex, type PhraseIndex } from './phrase-index.js';

/** The actor kinds that make no party of a meeting and no side of an attack on their own (a crowd, a company). */
const NO_CONTEXT_KINDS = new Set(['civilian', 'organization', 'person']);

/** The words of the actor lists (words by kind) whose kind passes the test. */
const actorWords = (test: (kind: string) => boolean) => [ACTOR_HEADS, VICTIM_NOUNS, SINGULAR_VICTIM_NOUNS]
  .flatMap((byKind) => Object.entries(byKind).filter(([, kind]) => test(kind)).map(([w]) => w));

/** A word with the plurals English may give it: the lists name "minister", a text "ministers". */
const withPlurals = (w: string) => [w, `${w}s`, `${w}es`, ...(w.endsWith('y') ? [`${w.slice(0, -1)}ies`] : [])];

function contextWords(): string[] {
  return [
    ...actorWords((kind) => !NO_CONTEXT_KINDS.has(kind)),
    ...[...NAMED_ACTORS, ...INTERNATIONAL_BODIES].flatMap((a) => [a.name, ...a.aliases]),
    ...TITLE_GROUPS.flatMap((g) => g.words),
    ...Object.keys(WEAPON_SUBTYPES),
    ...wordsOf(LIVE_FIRE, CONFLICT_SETTINGS, CONFLICT_WEAPONS, MORE_ARMED_NOUNS, STATE_WORDS, POLITICAL_BODY_WORDS, MEDIATOR_WORDS, CONFLICT_PARTY_CUES),
  ];
}

/** What gives an attack an armed side or makes it strong: armed and police actors, named armed groups, weapons and
 *  the heads that make a nation's forces of them, live fire, and the words of a count without a word of harm. */
function armedWords(): string[] {
  return [
    ...actorWords(isArmedKind),
    ...NAMED_ACTORS.filter((a) => isArmedKind(a.kind)).flatMap((a) => [a.name, ...a.aliases]),
    ...Object.keys(WEAPON_SUBTYPES),
    ...wordsOf(WEAPON_HEADS_IMPLYING_MILITARY, LIVE_FIRE, CONFLICT_WEAPONS, MORE_ARMED_NOUNS, BODY_NOUNS, DEATH_VERBS_ALONE),
  ];
}

/** A word of the list, whole, in any case, with anything but a word character between a phrase's words. */
function listTest(words: () => string[]): (text: string) => boolean {
  let index: PhraseIndex<true> | null = null;
  return (text) => {
    index ??= phraseIndex(words().flatMap(withPlurals).map((w) => [w, true] as [string, true]), '\\W+');
    return anyPhrase(index, text, () => true);
  };
}

const hasListedWord = listTest(contextWords);
const hasArmedWord = listTest(armedWords);

/** A stem of the lists ("mediat": mediated, mediation): tried as the start of a word. */
const CUE_STEMS = new RegExp(`\\b(?:${wordsOf(CONFLICT_PARTY_CUES).filter((w) => /^\w+$/.test(w)).join('|')})`, 'i');

/** A run of capitalised words ("United Arab Emirates", "U.S.", "Kyiv's"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu;

/** The country code of capitalised words, remembered by the words: wire copy names the same few again and again
 *  ("AP", "Reuters", "Monday"), and countryOf folds each word afresh. Emptied at MEMO_MAX words. */
const codeMemo = new Map<string, string | null>();
const MEMO_MAX = 100_000;

function countryCode(words: string): string | null {
  let code = codeMemo.get(words);
  if (code === undefined) {
    if (codeMemo.size >= MEMO_MAX) codeMemo.clear();
    code = countryOf(words)?.code ?? null;
    codeMemo.set(words, code);
  }
  return code;
}

/** Whether capitalised words (one, or two or three in a row) name `least` countries or more. */
function namesCountries(text: string, least: number): boolean {
  const codes = new Set<string>();
  for (const [run] of text.matchAll(CAPITALISED_RUN)) {
    const words = run.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= 3 && i + n <= words.length; n++) {
        const code = countryCode(n === 1 ? words[i] : words.slice(i, i + n).join(' '));
        if (code && codes.add(code).size >= least) return true;
      }
    }
  }
  return false;
}

/** Whether the text has a word of conflict or of state (see the top of this file). */
export function hasConflictOrStateWord(text: string): boolean {
  return hasListedWord(text) || CUE_STEMS.test(text) || namesCountries(text, 1);
}

/** Whether the text has an armed side or two nations (see the top of this file). */
export function hasArmedSideWord(text: string): boolean {
  return hasArmedWord(text) || namesCountries(text, 2);
}
