// Who says so: the verbs of reported speech, and the words around a source ("the ministry's statement said", "it
// said", "a spokesman"). Data only; the tagger (src/document/plugin.ts) tags the verbs, src/resolvers/attribution.ts
// and src/resolvers/parties.ts read the rest.
import type { WordEntry } from './words.js';
import { FIRST_SECOND_PERSON_PRONOUNS, HAVE_AUXILIARIES, THIRD_PERSON_PRONOUNS } from './function-words.js';

/** Verbs of reported speech, for attribution ("X said", "X claimed", "according to X"). */
export const REPORT_VERBS: WordEntry[] = [
  { reason: 'say', words: ['said', 'says', 'stated', 'states', 'told', 'mentioned', 'noted', 'added', 'explained', 'tweeted', 'wrote'] },
  { reason: 'claim', words: ['claimed', 'claims', 'alleged', 'alleges', 'insisted', 'asserted'] },
  { reason: 'report', words: ['reported', 'reports', 'announced', 'announces', 'declared', 'indicated', 'disclosed', 'revealed'] },
  { reason: 'confirm', words: ['confirmed', 'confirms', 'acknowledged'] },
  { reason: 'record', words: ['recorded', 'documented'] },
];

/** People who speak for a party and are not one: "a Kremlin spokesman". */
export const SPEAKER_NOUNS: WordEntry[] = [{ reason: 'speaks-for-a-party', words: ['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople'] }];

/** Nouns a source phrase may end with that are not the source: "the ministry's statement said", "the army's tally".
 *  Of the speaker nouns, only "spokesman" and "spokesperson": "X spokeswoman" stays the source as written. */
export const SOURCE_TRAILING_NOUNS: WordEntry[] = [
  { reason: 'statement', words: ['statement', 'statements', 'report', 'communique', 'communiqué', 'announcement', 'account'] },
  { reason: 'figures', words: ['data', 'figures', 'tally', 'count'] },
  { reason: 'speaker', words: ['spokesman', 'spokesperson'] },
];

/** Words a subject may end with before its verb of saying that are not the source ("the army has said", "the
 *  ministry later said"); days ("on Monday") are matched as patterns beside them. */
export const SUBJECT_TRAILING_WORDS: WordEntry[] = [...HAVE_AUXILIARIES, { reason: 'also-later', words: ['also', 'later'] }];

/** Right after a verb of saying, words that make it no report: "claimed responsibility", "claimed by the rebels". */
export const NOT_A_REPORT_AFTER: WordEntry[] = [
  { reason: 'claim-of-an-attack', words: ['responsibility'] },
  { reason: 'passive', words: ['by'] },
];

/** Right before a verb of saying, pronouns whose speaker is named elsewhere: "it said", "who told". */
export const SPEAKER_NAMED_ELSEWHERE: WordEntry[] = [
  ...THIRD_PERSON_PRONOUNS, ...FIRST_SECOND_PERSON_PRONOUNS, { reason: 'relative', words: ['who', 'which'] },
];

/** A whole subject that is one of these is no source ("he said"). */
export const PRONOUN_SUBJECTS: WordEntry[] = [...THIRD_PERSON_PRONOUNS, ...FIRST_SECOND_PERSON_PRONOUNS, { reason: 'relative', words: ['who'] }];

/** A whole subject that is one of these ends the search for a source in its sentence: it points back to one. */
export const SUBJECTS_POINTING_BACK: WordEntry[] = [...THIRD_PERSON_PRONOUNS, { reason: 'relative', words: ['who'] }];

/** Words that open the clause whose subject speaks: the subject of "X said" starts after them. */
export const SUBJECT_OPENERS: WordEntry[] = [
  { reason: 'complementizer', words: ['that'] },
  { reason: 'coordinator', words: ['and', 'but', 'as'] },
];
