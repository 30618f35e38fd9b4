// The cheap scan that picks the sentences worth tagging: a sentence with a trigger form or a word of harm of the
// lexicon, a phrase of no harm ("no one was hurt") or a cue of commitment. Most sentences of an article hold no event
// and never reach compromise.
// Some hits found no event without a word of conflict or of state somewhere in the document: a word of meeting or of
// agreement and a cue of commitment ("pledged to") need a party that can hold one or make one, an everyday attack
// word (the lexicon's weak attack forms: "beat", "fighting", "jets") an armed side, a count or two nations. A document whose every hit is of these and which has no
// such word (./context-words.ts) is not tagged at all: a match report, a merger, a product launch. One hit that
// stands alone (a strong attack word, a word of harm, a ceasefire) and the document is read as before.
// The forms are looked up word by word (./phrase-index.ts) rather than run as one pattern of all of them (10 kB,
// case-insensitive): V8 spent ~70 ms of CPU compiling that pattern on its first runs, and the lookup finds exactly what
// it found (every form is ASCII words; a form matched whole words, with spaces or hyphens between its words).
import { ATTACK_TRIGGERS, MEETING_TRIGGERS, AGREEMENT_TRIGGERS } from '../lexicon/triggers.js';
import { COMMITMENT_SCAN } from '../lexicon/commitments.js';
import { KILL_WORDS, WOUND_WORDS, TOLL_WORDS, ZERO_CASUALTY_PATTERNS } from '../lexicon/casualties.js';
import { wordSet, wordsOf } from '../lexicon/words.js';
import { CONFLICT_PARTY_SUBTYPES } from '../lexicon/organizations.js';
import { anyPhrase, phraseIndex } from './phrase-index.js';
import { hasConflictOrStateWord } from './context-words.js';

/** Agreement subtypes that imply conflict parties (a ceasefire, a peace deal): their words stand alone. */
const CONFLICT_AGREEMENTS = wordSet(CONFLICT_PARTY_SUBTYPES);

/** Whether a hit of the trigger entry needs a word of conflict or of state in its document to found an event. */
function needsContext(family: 'attack' | 'meeting' | 'agreement', e: { strength: string; subtype: string }): boolean {
  if (family === 'attack') return e.strength === 'weak';
  return family === 'meeting' || !CONFLICT_AGREEMENTS.has(e.subtype);
}

/** Every trigger form and word of harm, lower case, with whether a hit of it stands alone: a form listed by several
 *  entries needs a context only when every one of them does ("strike": a weak attack noun, but not only). */
function formsStandingAlone(): Map<string, boolean> {
  const alone = new Map<string, boolean>();
  const file = (form: string, standsAlone: boolean) => {
    const f = form.toLowerCase();
    if (!f.split(/[\s-]+/).every((w) => /^\w+$/.test(w))) throw new Error(`prefilter: the form "${form}" is not made of ASCII words`);
    alone.set(f, (alone.get(f) ?? false) || standsAlone);
  };
  const families = [['attack', ATTACK_TRIGGERS], ['meeting', MEETING_TRIGGERS], ['agreement', AGREEMENT_TRIGGERS]] as const;
  for (const [family, list] of families) for (const e of list) for (const f of e.forms) file(f, !needsContext(family, e));
  for (const w of wordsOf(KILL_WORDS, WOUND_WORDS, TOLL_WORDS)) file(w, true);
  return alone;
}

/** The forms by their first word, each with whether it stands alone; a form's words are whole words of the text, with
 *  only spaces or hyphens between them. */
const FORMS = phraseIndex(formsStandingAlone(), '[\\s\\-‐]+');
/** The phrases of no harm, each as written (they may start inside a word: "no one" also in "casino one"). */
const ZERO_SCAN = new RegExp(ZERO_CASUALTY_PATTERNS.map((z) => `(?:${z.pattern.replace(/\\b/g, '')})`).join('|'), 'i');

/** What the prefilter finds in a sentence: nothing, only hits that need a context, or a hit that stands alone. */
type Hits = 'none' | 'needs-context' | 'alone';

function hitsOf(sentence: string): Hits {
  let formFound = false;
  const alone = anyPhrase(FORMS, sentence, (standsAlone) => {
    formFound = true;
    return standsAlone;
  });
  if (alone || ZERO_SCAN.test(sentence)) return 'alone';
  return formFound || COMMITMENT_SCAN.test(sentence) ? 'needs-context' : 'none';
}

/** Whether the prefilter passes a sentence on its own words (the document aside). */
export function mayHoldEvent(sentence: string): boolean {
  return hitsOf(sentence) !== 'none';
}

/** The sentences of a document worth tagging, and how many the prefilter passed that are left unread: all of them
 *  when every hit needs a context and the document has no word of conflict or state. */
export function eventCandidates<S extends { text: string }>(text: string, sentences: S[]): { candidates: S[]; unread: number } {
  const candidates: S[] = [];
  let alone = false;
  for (const s of sentences) {
    const hits = hitsOf(s.text);
    if (hits === 'none') continue;
    candidates.push(s);
    alone ||= hits === 'alone';
  }
  if (alone || !candidates.length || hasConflictOrStateWord(text)) return { candidates, unread: 0 };
  return { candidates: [], unread: candidates.length };
}
