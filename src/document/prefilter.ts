// The cheap scan that picks the sentences worth tagging: a sentence with a trigger form or a word of harm of the
// lexicon, a phrase of no harm ("no one was hurt") or a cue of commitment. Most sentences of an article hold no event
// and never reach compromise.
// Some hits found no event unless their document has more: a word of meeting or of agreement and a cue of commitment
// ("pledged to") need a party that can hold or make one (some word of conflict or of state in the document), an
// everyday attack word (the lexicon's weak attack forms: "beat", "fighting", "jets") an armed side or two nations
// (./context-words.ts). A sentence whose hits are all of these is not tagged when its document lacks what they ask: a
// match report, a merger, a product launch. One hit that asks nothing (a strong attack word, a word of harm, a
// ceasefire) and the whole document is read as before.
// The forms are looked up word by word (./phrase-index.ts) rather than run as one pattern of all of them (10 kB,
// case-insensitive): V8 spent ~70 ms of CPU compiling that pattern on its first runs, and the lookup finds exactly what
// it found (every form is ASCII words; a form matched whole words, with spaces or hyphens between its words).
import { ATTACK_TRIGGERS, MEETING_TRIGGERS, AGREEMENT_TRIGGERS } from '../lexicon/triggers.js';
import { COMMITMENT_SCAN } from '../lexicon/commitments.js';
import { KILL_WORDS, WOUND_WORDS, TOLL_WORDS, ZERO_CASUALTY_PATTERNS } from '../lexicon/casualties.js';
import { wordSet, wordsOf } from '../lexicon/words.js';
import { CONFLICT_PARTY_SUBTYPES } from '../lexicon/organizations.js';
import { anyPhrase, phraseIndex } from './phrase-index.js';
import { hasArmedSideWord, hasConflictOrStateWord } from './context-words.js';

/** Agreement subtypes that imply conflict parties (a ceasefire, a peace deal): their words stand alone. */
const CONFLICT_AGREEMENTS = wordSet(CONFLICT_PARTY_SUBTYPES);

/** What a hit asks of its document before it can found an event: nothing (a strong attack word, a word of harm, a
 *  ceasefire), an armed side or two nations (an everyday attack word), or some word of conflict or state (a word of
 *  meeting, agreement or commitment: a party that can hold or make one). Flags: a sentence asks what any of its hits
 *  asks, and is read when its document has any of it. */
const NOTHING = 1;
const ARMED_SIDE = 2;
const STATE_WORD = 4;

/** What a hit of the trigger entry asks of its document. */
function asks(family: 'attack' | 'meeting' | 'agreement', e: { strength: string; subtype: string }): number {
  if (family === 'attack') return e.strength === 'weak' ? ARMED_SIDE : NOTHING;
  return family === 'agreement' && CONFLICT_AGREEMENTS.has(e.subtype) ? NOTHING : STATE_WORD;
}

/** Every trigger form and word of harm, lower case, with what a hit of it asks: a form listed by several entries asks
 *  what any of them asks ("strike": a weak attack noun, but not only). */
function formsAsking(): Map<string, number> {
  const forms = new Map<string, number>();
  const file = (form: string, a: number) => {
    const f = form.toLowerCase();
    if (!f.split(/[\s-]+/).every((w) => /^\w+$/.test(w))) throw new Error(`prefilter: the form "${form}" is not made of ASCII words`);
    forms.set(f, (forms.get(f) ?? 0) | a);
  };
  const families = [['attack', ATTACK_TRIGGERS], ['meeting', MEETING_TRIGGERS], ['agreement', AGREEMENT_TRIGGERS]] as const;
  for (const [family, list] of families) for (const e of list) for (const f of e.forms) file(f, asks(family, e));
  for (const w of wordsOf(KILL_WORDS, WOUND_WORDS, TOLL_WORDS)) file(w, NOTHING);
  return forms;
}

/** The forms by their first word, each with what it asks; a form's words are whole words of the text, with only
 *  spaces or hyphens between them. */
const FORMS = phraseIndex(formsAsking(), '[\\s\\-‐]+');
/** The phrases of no harm, each as written (they may start inside a word: "no one" also in "casino one"). */
const ZERO_SCAN = new RegExp(ZERO_CASUALTY_PATTERNS.map((z) => `(?:${z.pattern.replace(/\\b/g, '')})`).join('|'), 'i');

/** What a sentence asks of its document (flags), 0 when the prefilter finds nothing in it. A phrase of no harm asks
 *  nothing; a cue of commitment a state word (a party that commits). */
function asksOf(sentence: string): number {
  let found = 0;
  anyPhrase(FORMS, sentence, (a) => {
    found |= a;
    return (found & NOTHING) !== 0;
  });
  if (found & NOTHING || ZERO_SCAN.test(sentence)) return NOTHING;
  return COMMITMENT_SCAN.test(sentence) ? found | STATE_WORD : found;
}

/** Whether the prefilter passes a sentence on its own words (the document aside). */
export function mayHoldEvent(sentence: string): boolean {
  return asksOf(sentence) !== 0;
}

/** The sentences of a document worth tagging, and how many the prefilter passed that are left unread. A sentence
 *  that asks nothing keeps the whole document read (a weak word may be merged into its event); else a sentence is read
 *  when the document has any of what it asks (./context-words.ts). */
export function eventCandidates<S extends { text: string }>(text: string, sentences: S[]): { candidates: S[]; unread: number } {
  const passed: { s: S; asks: number }[] = [];
  for (const s of sentences) {
    const a = asksOf(s.text);
    if (a) passed.push({ s, asks: a });
  }
  if (passed.some((p) => p.asks & NOTHING)) return { candidates: passed.map((p) => p.s), unread: 0 };
  let armed: boolean | undefined;
  let state: boolean | undefined;
  const has = (a: number) => ((a & ARMED_SIDE) !== 0 && (armed ??= hasArmedSideWord(text)))
    || ((a & STATE_WORD) !== 0 && (state ??= hasConflictOrStateWord(text)));
  const candidates = passed.filter((p) => has(p.asks)).map((p) => p.s);
  return { candidates, unread: passed.length - candidates.length };
}
