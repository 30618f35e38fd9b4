// Function words: articles, determiners, pronouns, auxiliaries, prepositions and the words that open a clause. One
// list per word class; the lists of words that stand between two parts of a phrase (src/lexicon/casualties.ts,
// src/lexicon/parties.ts) are made of these groups where they hold the same words. Data only.
import type { WordEntry } from './words.js';

/** The definite article: "the attack" is one event, told or to be told. */
export const DEFINITE_ARTICLE: WordEntry[] = [{ reason: 'definite', words: ['the'] }];

/** Articles; "the" first, so that an alternation stripping a leading article tries it first. */
export const ARTICLES: WordEntry[] = [...DEFINITE_ARTICLE, { reason: 'indefinite', words: ['a', 'an'] }];

/** Demonstratives: "this attack", "those strikes". */
export const DEMONSTRATIVES: WordEntry[] = [{ reason: 'demonstrative', words: ['this', 'that', 'these', 'those'] }];

/** Possessive determiners: "its troops", "their fighters" (the owner is named elsewhere). */
export const POSSESSIVE_DETERMINERS: WordEntry[] = [{ reason: 'possessive', words: ['its', 'their', 'his', 'her', 'our'] }];

/** Forms of "be" that make a passive or a continuous form: "were killed", "is being treated". */
export const BE_AUXILIARIES: WordEntry[] = [{ reason: 'be', words: ['was', 'were', 'been', 'be', 'being', 'is', 'are'] }];

/** Forms of "have" that make a perfect: "has killed", "had been wounded". */
export const HAVE_AUXILIARIES: WordEntry[] = [{ reason: 'have', words: ['has', 'have', 'had'] }];

/** Personal pronouns of the third person: their antecedent is named elsewhere ("it said", "they agreed"). */
export const THIRD_PERSON_PRONOUNS: WordEntry[] = [{ reason: 'third-person', words: ['he', 'she', 'they', 'it'] }];

/** Personal pronouns of the speaker and the listener: "we", "I", "you" name no party of their own. */
export const FIRST_SECOND_PERSON_PRONOUNS: WordEntry[] = [{ reason: 'speaker-or-listener', words: ['we', 'i', 'you'] }];

/** Relative pronouns: they open a clause about the noun before them ("soldiers who were killed"). */
export const RELATIVE_PRONOUNS: WordEntry[] = [
  { reason: 'of-a-person', words: ['who'] },
  { reason: 'of-a-thing', words: ['which', 'that'] },
];

/** Words that open a new clause after a comma, or on their own ("..., including 33 soldiers", "meanwhile"). */
export const CLAUSE_OPENERS: WordEntry[] = [
  { reason: 'subset', words: ['including'] },
  { reason: 'contrast', words: ['while', 'whereas', 'but', 'although', 'though'] },
  { reason: 'new-topic', words: ['meanwhile', 'separately'] },
  { reason: 'time', words: ['after', 'before', 'when'] },
  { reason: 'background', words: ['amid'] },
];

/** Words that open a clause only after a comma: without one they are prepositions ("as a result", "since 2011"). */
export const CLAUSE_OPENERS_AFTER_COMMA: WordEntry[] = [{ reason: 'also-a-preposition', words: ['as', 'since'] }];

/** Prepositions before a place: "in Turkey", "near the border", "outside Kabul". */
export const LOCATIVE_PREPOSITIONS: WordEntry[] = [
  { reason: 'at-a-place', words: ['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'over', 'throughout', 'of'] },
  { reason: 'toward-a-place', words: ['to', 'for', 'from', 'into', 'toward', 'towards'] },
];

/** Prepositions that say what something is about: "talks on a truce", "a deal over prisoners". */
export const TOPIC_PREPOSITIONS: WordEntry[] = [{ reason: 'topic', words: ['on', 'about', 'over', 'regarding', 'concerning'] }];
