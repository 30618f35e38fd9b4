// The senses of attack words that are not attacks: "struck a deal" (an agreement), "struck down the law" (a ruling), a
// rocket that "blasted off" or a supernova (space), "attacked the plan" or "a virus struck" (words, markets and
// computers), a storm or a quake that "struck" (nature), and violence told inside a film, a novel or a game.
import type { Draft } from '../merge.js';
import type { Mention } from '../../rules/mention.js';
import type { KeepRule } from './types.js';
import {
  distinctMatches, everyTriggerIn, foldedSet, hasArmedContext, hasConflictSetting, hasStateWord, phrasePattern,
  sentencesOf, triggerIn, triggerWords, wordsAfter, wordsAround, wordsBefore,
} from './context.js';
import { EVERYDAY } from './attack-context.js';
import {
  EVERYDAY_ATTACK_WORDS, FICTION_CUES, METAPHOR_CUES, NATURAL_SUBJECTS, REAL_WORLD_SCREEN, RULING_OBJECTS, SPACE_CUES,
  STRUCK_OBJECTS, WEAK_FICTION_CUES,
} from '../../lexicon/frames.js';

const STRUCK = new Set(['struck', 'strike', 'strikes', 'striking']);
const HIT_WORDS = foldedSet(EVERYDAY_ATTACK_WORDS.filter((g) => g.reason === 'hit-words'));
const STRUCK_OBJECT = phrasePattern(STRUCK_OBJECTS);
const RULING = phrasePattern(RULING_OBJECTS);
const SPACE = phrasePattern(SPACE_CUES);
const METAPHOR = phrasePattern(METAPHOR_CUES);
const NATURE = phrasePattern(NATURAL_SUBJECTS);
const FICTION = phrasePattern(FICTION_CUES);
const WEAK_FICTION = phrasePattern(WEAK_FICTION_CUES);
const REAL_SCREEN = new RegExp(phrasePattern(REAL_WORLD_SCREEN).source, 'gi');

/** The mentions of an attack draft that have a trigger; null when the draft is no attack or has none. */
function triggered(d: Draft): Mention[] | null {
  const ms = d.mentions.filter((m) => m.trigger);
  return d.type === 'attack' && ms.length ? ms : null;
}

/** "struck a deal", "strikes a licensing accord", "struck down the ban", "struck out the claim". */
function struckInAnotherSense(m: Mention): boolean {
  if (!STRUCK.has(m.trigger!.text.toLowerCase())) return false;
  const after = wordsAfter(m, 4);
  return STRUCK_OBJECT.test(after) || /^(?:down|out|off)\b/i.test(after) && RULING.test(wordsAfter(m, 6));
}

export const struckADeal: KeepRule = {
  id: 'attack:struck-a-deal',
  drop(d) {
    const ms = triggered(d);
    if (!ms || !ms.every(struckInAnotherSense)) return null;
    return `attack:struck-a-deal: "${ms[0].trigger!.text} ${wordsAfter(ms[0], 2)}" is an agreement or a ruling`;
  },
};

export const spaceSense: KeepRule = {
  id: 'attack:space-sense',
  drop(d) {
    if (d.type !== 'attack') return null;
    const sentences = sentencesOf(d);
    const text = sentences.join(' ');
    if (!sentences.every((s) => SPACE.test(s)) || hasConflictSetting(text)) return null;
    // rockets lift off and stars explode: those two words are no armed context here
    if (hasArmedContext(text.replace(/\b(?:rockets?|explosives?)\b/gi, ' '))) return null;
    return `attack:space-sense: told of space (${[...distinctMatches(SPACE, text)][0]})`;
  },
};

/** "attacked the budget plan", "a virus struck networks", "clashed over fees": the cue within five words of each
 *  trigger, every trigger an everyday attack word or a weak one (a weak word is no better evidence: "launched a new
 *  phone and struck back at critics"). */
export const cyberOrMetaphor: KeepRule = {
  id: 'attack:cyber-or-metaphor',
  drop(d) {
    const ms = triggered(d);
    if (!ms || d.killed || d.wounded || !ms.every((m) => m.trigger!.strength === 'weak' || triggerIn(m, EVERYDAY))) return null;
    if (!ms.every((m) => METAPHOR.test(wordsAround(m, 5, 5)) && !hasArmedContext(m.sentence.text))) return null;
    return `attack:cyber-or-metaphor: "${triggerWords(d)[0]}" said of ${[...distinctMatches(METAPHOR, wordsAround(ms[0], 5, 5))][0]}`;
  },
};

/** "Cyclone Mira struck the coast", "lightning struck a pitch": nature within six words before a word of hitting. */
export const naturalSubject: KeepRule = {
  id: 'attack:natural-subject',
  drop(d) {
    const ms = triggered(d);
    if (!ms || !everyTriggerIn(d, HIT_WORDS)) return null;
    if (!ms.every((m) => NATURE.test(wordsBefore(m, 6)) && !hasArmedContext(m.sentence.text))) return null;
    return `attack:natural-subject: ${[...distinctMatches(NATURE, wordsBefore(ms[0], 6))][0]} is no attacker`;
  },
};

/** Whether a sentence is told inside fiction: one strong cue ("film", "novel", "video game") or two weak ones
 *  ("game" and "villain"); a movie theater or footage is the real world. */
export function isFictionSentence(sentence: string): boolean {
  const s = sentence.replace(REAL_SCREEN, ' ');
  return FICTION.test(s) || distinctMatches(WEAK_FICTION, s).size >= 2;
}

/** A film, a novel or a game told with no real place: no event of any type ("the novel imagines a peace treaty"); a
 *  meeting or an agreement that names a state or an official is not fiction ("the minister met the film's director"). */
export const fiction: KeepRule = {
  id: 'attack:fiction',
  drop(d) {
    const sentences = sentencesOf(d);
    if (!sentences.length || !sentences.every(isFictionSentence) || d.location) return null;
    if (d.type !== 'attack' && d.type !== 'casualties' && sentences.some(hasStateWord)) return null;
    return 'attack:fiction: told inside a film, a book, a show or a game, with no real place';
  },
};
