// Reactions to violence: a protest, a vigil, mourning, a condemnation, a complaint, a demand, a lawsuit or a
// retaliation whose object is the violent event ("marched to protest the killing of a teacher"). A trigger such a cue
// governs names the event the reaction is about: it may join that event where the document tells it, never found one.
// Data only: src/resolvers/modality.ts reads it. Each pattern is a regular-expression source matched regardless of
// case against the sentence's text up to the trigger (or the count), so each ends in `$`. "blamed on" is not here: an
// attack "blamed on" a group is told, not reacted to; only blame "for" an attack is. "rally" alone is not here either: a grenade at a party rally
// is an attack; only a rally "against" or "over" something is a reaction. A vigil's or mourners' reach ends at a
// new clause ("mourners were killed when a bomb hit the funeral": the bomb is no topic of mourning).
import type { CuePattern } from './modality.js';

/** A few words that are neither punctuation nor a new clause: what may stand between a cue and its object. */
const WORDS = (n: number) => `(?:[\\w'’-]+\\s+){0,${n}}`;

export const REACTION_CUES: CuePattern[] = [
  { reason: 'protest', pattern: `\\b(?:to\\s+protest|protest(?:ed|ing)|in\\s+protest\\s+(?:at|against|over|of))\\s+${WORDS(5)}$` },
  { reason: 'protest-against', pattern: `\\b(?:protests?|demonstrations?|sit-ins?|march(?:es|ed|ing)?|rall(?:y|ies|ied|ying)|demonstrat(?:e|ed|ing))\\s+${WORDS(3)}(?:against|over)\\s+${WORDS(5)}$` },
  { reason: 'vigil-or-mourning', pattern: "\\b(?:vigils?|mourn(?:ers|ed|ing|s)?|commemorat\\w+|memorials?|anniversary|wreaths?|minute'?s'? silence|remember(?:ed|ing|s)?|honou?r(?:ed|ing|s)?|re-?enact\\w*)\\b(?:(?!\\b(?:when|while|as|but|until)\\b)[^.;:!?,]){0,70}$" },
  { reason: 'condemnation', pattern: `\\b(?:condemn(?:ed|s|ing)?|condemnation\\s+of|denounc(?:e|ed|es|ing)|deplor(?:e|ed|es|ing))\\s+${WORDS(5)}$` },
  { reason: 'complaint', pattern: `\\bcomplain(?:ed|s|ing|ts?)?\\s+${WORDS(6)}(?:about|over|of|against)\\s+${WORDS(5)}$` },
  { reason: 'demand-justice', pattern: `\\b(?:demand(?:ed|s|ing)?|call(?:ed|s|ing)?\\s+for|seek(?:s|ing)?|sought)\\s+(?:justice|an?\\s+(?:investigation|inquiry|probe|apology)|compensation|punishment)\\s+(?:for|into|over)\\s+${WORDS(6)}$` },
  { reason: 'lawsuit', pattern: `\\b(?:lawsuits?|sued|sues|suing|legal\\s+action|filed\\s+(?:a\\s+)?(?:suit|complaint|case))\\s+${WORDS(3)}(?:over|for|about)\\s+${WORDS(5)}$` },
  // "blamed the rebels for the bombing", "held the army responsible for the killings": the attack is what the blame is
  // for ("blamed on" tells the attack and stays out)
  { reason: 'blame-for', pattern: `\\b(?:blam(?:e|ed|es|ing)\\s+${WORDS(4)}|(?:held|holds|holding)\\s+${WORDS(4)}responsible\\s+)for\\s+${WORDS(4)}$` },
  { reason: 'retaliation', pattern: `\\b(?:in\\s+(?:retaliation|revenge|reprisal|response)\\s+(?:for|to)|to\\s+avenge|avenging)\\s+${WORDS(5)}$` },
];

/** Matched against the text right after a count: the people counted are the ones reacting ("Hundreds mourn the
 *  student killed by police", "Thousands marched"), so the count is a crowd, not a toll. A verb must follow the
 *  count at once: "hundreds of mourners were killed" is a toll. */
export const REACTING_CROWD_CUES: CuePattern[] = [
  { reason: 'reacting-crowd', pattern: "^\\s+(?:(?:of\\s+)?(?:people|mourners|protesters|demonstrators|students|residents|relatives|villagers)\\s+)?(?:mourn(?:s|ed)?|march(?:ed)?|rall(?:y|ied)|protest(?:ed)?|demonstrat(?:e|ed)|gather(?:ed)?|attend(?:ed)?|turned\\s+out|took\\s+to\\s+the\\s+streets|held\\s+a\\s+vigil)\\b" },
];
