// attack:sport-frame: a sentence about play ("clashed in a bad-tempered derby", "pounded the Ravens 41-3") founds no
// event of any type. It is read sentence by sentence, not from the document's subject: real conflict articles are
// full of "team", "win" and "game", and a document-wide sport test dropped real attacks.
import type { KeepRule } from './types.js';
import { distinctMatches, hasArmedContext, hasStateWord, phrasePattern, sentencesOf } from './context.js';
import { SCORE_SOURCE, SPORT_WORDS } from '../../lexicon/frames.js';

const SPORT = phrasePattern(SPORT_WORDS);
const SCORE = new RegExp(SCORE_SOURCE);

/** How many distinct sport words the sentence has; a score ("3-0") counts as one. */
export function sportWordCount(sentence: string): number {
  return distinctMatches(SPORT, sentence).size + (SCORE.test(sentence) ? 1 : 0);
}

/** Whether a sentence is told of play: two sport words or more, and no armed actor or weapon; for a meeting or an
 *  agreement, no state or official either ("ministers met on the sidelines of the Olympic Games"). */
export function isSportSentence(sentence: string, type: string): boolean {
  if (sportWordCount(sentence) < 2 || hasArmedContext(sentence)) return false;
  return type === 'attack' || type === 'casualties' || !hasStateWord(sentence);
}

export const sportFrame: KeepRule = {
  id: 'attack:sport-frame',
  drop(d) {
    const sentences = sentencesOf(d);
    if (!sentences.length || !sentences.every((s) => isSportSentence(s, d.type))) return null;
    return `attack:sport-frame: every sentence is told of play (${[...distinctMatches(SPORT, sentences[0])].slice(0, 3).join(', ')})`;
  },
};
