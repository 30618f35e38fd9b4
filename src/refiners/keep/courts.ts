// attack:crime-in-court: a crime ("rape", "murder", "assault", "kidnapping", "stabbing") told only in the frame of a
// charge, an investigation, a trial or a sentence is a case, not an attack. Narrow on purpose: an armed actor, a weapon
// or terror in the sentence keeps it (the trial of a bomber names a real attack).
import type { KeepRule } from './types.js';
import { everyTriggerIn, foldedSet, hasArmedContext, hasConflictSetting, phrasePattern, sentencesOf, triggerWords } from './context.js';
import { COURT_FRAME, CRIME_TRIGGERS } from '../../lexicon/frames.js';

const COURT = phrasePattern(COURT_FRAME);
const CRIMES = foldedSet(CRIME_TRIGGERS);

/** Whether a sentence tells a court or a charge and nothing armed: "was charged with", "the judge sentenced". */
export function isCourtSentence(sentence: string): boolean {
  return COURT.test(sentence) && !hasArmedContext(sentence) && !hasConflictSetting(sentence);
}

export const crimeInCourt: KeepRule = {
  id: 'attack:crime-in-court',
  drop(d) {
    if (d.type !== 'attack' || !everyTriggerIn(d, CRIMES)) return null;
    const sentences = sentencesOf(d);
    if (!sentences.every(isCourtSentence)) return null;
    return `attack:crime-in-court: "${triggerWords(d)[0]}" told only as a charge, an investigation or a trial`;
  },
};
