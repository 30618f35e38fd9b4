// The words around the parties of an event: the prepositions that say who attacked whom, the words that may stand
// between a subject and its verb, and the words inside or around an actor phrase that are not the actor. Data only;
// src/resolvers/parties.ts and src/resolvers/actors.ts read it. The actor nouns themselves are in ./actors.ts.
import type { WordEntry } from './words.js';
import { BE_AUXILIARIES, HAVE_AUXILIARIES, THIRD_PERSON_PRONOUNS } from './function-words.js';

/** After an attack word: "by X" attacks, "on X" is attacked, "between X and Y" fight (the role of the phrase after). */
export const PARTY_MARKERS: (WordEntry & { role: 'attacker' | 'target' | 'sides' })[] = [
  { role: 'attacker', reason: 'agent', words: ['by', 'from'] },
  { role: 'target', reason: 'aimed-at', words: ['on', 'against', 'targeting', 'at'] },
  { role: 'sides', reason: 'both-sides', words: ['between', 'among', 'with'] },
];

/** Before "of", nouns that make "of X" say whose they are, not where: "leaders of Turkey", "forces of the regime". */
export const PARTY_NOUNS_BEFORE_OF: WordEntry[] = [
  { reason: 'office-holders', words: ['leader', 'leaders', 'president', 'presidents', 'minister', 'ministers', 'officials', 'representatives', 'envoy', 'envoys', 'delegation', 'delegations'] },
  { reason: 'state-bodies', words: ['government', 'ministry', 'forces', 'army', 'military', 'troops'] },
  { reason: 'people', words: ['people', 'citizens'] },
];

/** Between a verb trigger and its subject: "Gunmen have reportedly attacked", "troops were again shelled". */
export const VERB_SUBJECT_BRIDGE: WordEntry[] = [
  ...BE_AUXILIARIES, ...HAVE_AUXILIARIES,
  { reason: 'hedge', words: ['reportedly', 'allegedly'] },
  { reason: 'again', words: ['also', 'later', 'then', 'again', 'repeatedly'] },
];

/** Between a commitment cue and the party that commits: "Ghana has now offered", "Chile said it will". */
export const COMMITMENT_SUBJECT_BRIDGE: WordEntry[] = [
  ...HAVE_AUXILIARIES,
  { reason: 'time-or-hedge', words: ['also', 'now', 'today', 'reportedly'] },
  ...THIRD_PERSON_PRONOUNS,
  { reason: 'reported-speech', words: ['said', 'says', 'that'] },
];

/** Verbs before "responsibility for": the one who claims an attack is its attacker. */
export const RESPONSIBILITY_VERBS: WordEntry[] = [
  { reason: 'claim', words: ['claimed', 'claims', 'claiming', 'claim'] },
  { reason: 'take', words: ['took', 'takes', 'taking', 'accepted', 'admitted'] },
];

/** Participles that stand inside an actor phrase: "unidentified gunmen", "armed men", "the governing administration". */
export const PARTICIPLE_MODIFIERS: WordEntry[] = [
  { reason: 'unnamed', words: ['armed', 'unidentified', 'suspected', 'unknown', 'masked', 'alleged', 'wanted', 'retired'] },
  { reason: 'tied-to', words: ['allied', 'backed', 'affiliated', 'linked', 'united'] },
  { reason: 'in-power', words: ['governing', 'ruling'] },
];

/** After a country joined by a hyphen ("Russian-backed", "Saudi-led"): that country supports the actor, it is not the
 *  actor. "mostly" comes with "based" in spun text ("Britain-based mostly"). */
export const SUPPORT_PARTICIPLES: WordEntry[] = [
  { reason: 'backed', words: ['backed', 'led', 'supported', 'aligned', 'allied', 'sponsored', 'funded', 'trained', 'brokered'] },
  { reason: 'held', words: ['held', 'controlled', 'run'] },
  { reason: 'based', words: ['based'] },
];

/** Before an actor phrase, quantifiers skipped like determiners: "some rebels", "both sides". */
/** Verbs that carry an attack noun: their subject is the attacker ("Rebels carried out an attack", "Ethiopia mounted an
 *  invasion"). A two-word entry is matched as the two words before the noun phrase. */
export const LIGHT_ATTACK_VERBS: WordEntry[] = [
  { reason: 'carry-out', words: ['carried out', 'carry out', 'carries out', 'carrying out', 'conducted', 'conduct', 'conducts', 'conducting', 'executed'] },
  { reason: 'launch', words: ['launched', 'launch', 'launches', 'launching', 'mounted', 'mount', 'mounts', 'mounting', 'staged', 'stage', 'stages', 'staging', 'unleashed', 'waged', 'wage', 'wages', 'waging'] },
];

/** Between a light verb and its attack noun: "launched its long-threatened invasion", "staged a fresh raid". */
export const LIGHT_VERB_OBJECT_WORDS: WordEntry[] = [
  { reason: 'determiner', words: ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'another', 'new', 'fresh', 'second', 'third', 'series', 'wave', 'of'] },
];

/** Attack nouns whose "of X" names the side attacked, a state or a people ("Israel's invasion of Lebanon"). */
export const NOUNS_WITH_OF_TARGET: WordEntry[] = [
  { reason: 'invaded-land', words: ['invasion', 'invasions', 'occupation'] },
];

/** Before "of" in an attack verb's object: the part stands for the whole ("captured part of a rebel stronghold",
 *  "shelled the outskirts of the town"); the target is what follows "of". */
export const PARTITIVE_NOUNS: WordEntry[] = [
  { reason: 'share', words: ['part', 'parts', 'much', 'most', 'half', 'rest', 'section', 'sections'] },
  { reason: 'edge', words: ['outskirts', 'edge', 'edges', 'centre', 'center', 'heart'] },
];

export const PARTY_QUANTIFIERS: WordEntry[] = [{ reason: 'quantifier', words: ['some', 'several', 'many', 'other', 'both'] }];

/** Inside a named body's name, the words that join its capitalised parts: "Center for Strategic Studies". */
export const NAME_JOINERS: WordEntry[] = [{ reason: 'name-of-a-body', words: ['for', 'of'] }];
