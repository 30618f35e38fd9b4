// attack:no-armed-context: an attack told only with everyday words ("clashed", "struck", "attacked", "fired at",
// "murder") needs an armed or political context, or it is a match, a market, a court case or a quarrel. Context is
// any of: an armed actor or weapon in its sentences, the police as attacker or target, a conflict setting (war,
// insurgency, truce, occupation, terror, hostages, siege), two named national sides, a killed or wounded count, or a
// conflict document (an armed actor and a weapon or setting anywhere in it: "clashes near the town" in a war report).
import type { Draft } from '../merge.js';
import type { KeepRule } from './types.js';
import {
  everyTriggerIn, foldedSet, hasArmedContext, hasConflictSetting, hasPoliceSide, isConflictDocument, sentencesOf,
  triggerWords, wordsAround,
} from './context.js';
import { countryOf, isDemonym } from '../../lexicon/countries.js';
import { EVERYDAY_ATTACK_WORDS } from '../../lexicon/frames.js';

export const EVERYDAY = foldedSet(EVERYDAY_ATTACK_WORDS);

/** The police as the side that attacks or is attacked, within six words before or four after a trigger ("security
 *  forces have tortured", "fired on a police patrol"), not as a source or investigator ("police said"). */
function policeSide(d: Draft): boolean {
  return d.actors.some((a) => a.kind === 'police' && (a.role === 'attacker' || a.role === 'target'))
    || d.mentions.some((m) => m.trigger && hasPoliceSide(wordsAround(m, 6, 4)));
}

/** Two sides with different countries, as actors or as country names in the sentences ("Peru and Ecuador", not
 *  demonyms: "the Kenyan pair" names a nationality, not a side). */
function twoNationalSides(d: Draft): boolean {
  const sides = new Set(d.actors.filter((a) => a.country && (a.role === 'attacker' || a.role === 'target')).map((a) => a.country));
  const named = new Set<string>();
  for (const sentence of sentencesOf(d)) {
    for (const word of sentence.match(/\b[A-Z][\w.'’-]*/g) ?? []) {
      const c = isDemonym(word) ? null : countryOf(word, { capitals: false });
      if (c) named.add(c.code);
    }
  }
  return sides.size >= 2 || named.size >= 2;
}

/** Whether the draft has an armed or political context of its own, without the rest of the document. */
function hasOwnConflictContext(d: Draft): boolean {
  if (d.killed || d.wounded || policeSide(d) || twoNationalSides(d)) return true;
  const text = sentencesOf(d).join(' ');
  return hasArmedContext(text) || hasConflictSetting(text);
}

export const noArmedContext: KeepRule = {
  id: 'attack:no-armed-context',
  drop(d, ctx) {
    if (d.type !== 'attack' || !everyTriggerIn(d, EVERYDAY) || hasOwnConflictContext(d) || isConflictDocument(ctx.text)) return null;
    return `attack:no-armed-context: "${triggerWords(d)[0]}" with no armed actor, weapon, conflict setting, two national sides or count`;
  },
};
