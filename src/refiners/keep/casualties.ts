// Keep rules for casualty reports: deaths from a disaster, an accident, a blast at work or an illness are no conflict
// event; a death count with no word of violence or conflict is no event; a zero count ("no injuries were reported")
// never stands alone. Word lists in lexicon/causes.ts.
import type { Draft } from '../merge.js';
import type { KeepRule } from './types.js';
import { sentencesOf, hasArmedWord } from './context.js';
import { COMPARISON_CUES, NON_CONFLICT_CAUSES, VIOLENCE_WORDS, WAR_WORDS } from '../../lexicon/causes.js';
import { wordsOf, type WordEntry } from '../../lexicon/words.js';

/** A word list (regular-expression sources) as one pattern of whole words, `flags` added to "i". */
const wholeWords = (list: WordEntry[], flags = '') => new RegExp(`\\b(?:${wordsOf(list).join('|')})\\b`, `i${flags}`);
const CAUSE = wholeWords(NON_CONFLICT_CAUSES, 'g');
const COMPARISON = new RegExp(`\\b(?:${wordsOf(COMPARISON_CUES).join('|')})\\s+(?:\\S+\\s+){0,3}$`, 'i');
const WAR = wholeWords(WAR_WORDS);
const VIOLENCE = wholeWords(VIOLENCE_WORDS);

/** The first natural, accidental, industrial or medical cause the text names, not as a comparison, or null. */
function nonConflictCause(text: string): string | null {
  for (const m of text.matchAll(CAUSE)) {
    if (!COMPARISON.test(text.slice(Math.max(0, m.index - 40), m.index))) return m[0];
  }
  return null;
}

/** Attacks and casualty reports whose sentences name a disaster, an accident, a blast at work or an illness and
 *  no word of war. Meetings and agreements about a disaster (relief talks, an aid accord) are left to their rules. */
export const disasterOrAccident: KeepRule = {
  id: 'casualties:disaster-or-accident',
  drop(d: Draft) {
    if (d.type !== 'attack' && d.type !== 'casualties') return null;
    const texts = sentencesOf(d);
    if (texts.some((t) => WAR.test(t))) return null;
    for (const t of texts) {
      const cause = nonConflictCause(t);
      if (cause) return `casualties:disaster-or-accident (${cause.toLowerCase()})`;
    }
    return null;
  },
};

/** No count, or a count of zero. */
const isZero = (c: Draft['killed']) => !c || c.count.low === 0 && (c.count.high ?? 0) === 0;

/** A report of deaths (no trigger, no injuries) whose sentences hold no verb of violence, no armed word and no
 *  conflict word: "the player died", "two dead". Injuries are left alone: "three women were hurt" is read in a
 *  story that told its blast before. */
export const noViolence: KeepRule = {
  id: 'casualties:no-violence',
  drop(d: Draft) {
    if (d.type !== 'casualties' || d.mentions.some((m) => m.trigger) || isZero(d.killed) || !isZero(d.wounded)) return null;
    const texts = sentencesOf(d);
    return texts.some((t) => VIOLENCE.test(t) || hasArmedWord(t)) ? null : 'casualties:no-violence';
  },
};

/** A casualty report whose every count is zero: "no one was hurt" joins an attack or is nothing. */
export const zeroOnly: KeepRule = {
  id: 'casualties:zero-only',
  drop(d: Draft) {
    return d.type === 'casualties' && isZero(d.killed) && isZero(d.wounded) ? 'casualties:zero-only' : null;
  },
};
