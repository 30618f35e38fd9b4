// Known misses of the issue 11 attack words, kept as failing tests so they run and stay visible. When a change makes
// one of these pass, jest reports it: move the row into tests/taxonomy-triggers.test.ts.
import { splitSentences } from '../../src/document/sentences.js';
import { tagSentences } from '../../src/document/terms.js';
import { findTriggers } from '../../src/rules/triggers.js';
import { eventsOf } from '../helpers/extract.js';

const attackTriggers = (text: string): string[] => tagSentences(splitSentences(text))
  .flatMap((s) => findTriggers(s, text)).filter((t) => t.family === 'attack').map((t) => `${t.text}/${t.subtype}`);

// Forms the lexicon cannot list: the victims stand inside the verb ("burned two men to death"); a rocket-propelled
// grenade is fired in a clash, but "rocket" before it gives shelling and "grenades" a second trigger.
const TRIGGERS: [text: string, trigger: string][] = [
  ['Villagers burned two suspected witches to death in Kisii.', 'burned/unspecified'],
  ['Militants fired rocket-propelled grenades at a police post.', 'fired rocket-propelled grenades/unspecified'],
];

describe('backlog: attack triggers', () => {
  test.failing.each(TRIGGERS)('%s → %s', (text, trigger) => {
    expect(attackTriggers(text)).toEqual([trigger]);
  });
});

// A court telling a lynching is no new attack, and a death sentence is no death: the court keep rule
// (src/refiners/keep/courts.ts) does not read "convicted" or "sentenced ... to death" yet.
const COURT: string[] = [
  'A court convicted five men over the lynching of a teacher.',
  'A court in Lahore sentenced six men to death for the lynching of a factory manager.',
];

describe('backlog: a court telling a lynching yields no attack', () => {
  test.failing.each(COURT)('%s', (text) => {
    expect(eventsOf(text).filter((e) => e.type === 'attack')).toEqual([]);
  });
});
