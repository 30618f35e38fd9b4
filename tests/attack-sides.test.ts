// Who fights whom when the attack is told with a noun or a weak word (issue 9, recall kept honest): the subject of a
// verb that carries the noun ("Rebels carried out an attack"), the land after "invasion of", the whole after "part of",
// an armed side against an armed side, and talks between two states' envoys
// told with the weak word "talk". Each rule has rows that must yield the event and rows that must not. Our own sentences.
import { eventsOf } from './helpers/extract.js';
import type { Event } from '../src/schema/event.js';

const side = (e: Event, role: string) => e.actors.filter((a) => a.role === role).map((a) => `${a.kind}:${a.country ?? '-'}`);

type Row = [text: string, attackers: string[], targets: string[]];

/** Each text yields one attack with these attackers and targets (kind:country). */
const ATTACKS: Row[] = [
  ['Rebels carried out an attack on an army post.', ['rebel:-'], ['military:-']],
  ['The army staged a raid on a rebel camp outside the town.', ['military:-'], ['rebel:-']],
  ['Ethiopia mounted an invasion of Eritrea on Tuesday.', ['military:ET'], ['military:ER']],
  ['Kenya today launched its long-awaited invasion of southern Somalia.', ['military:KE'], ['military:SO']],
  ['Tanzanian troops have captured part of a rebel stronghold after three days of fighting.', ['military:TZ'], ['rebel:-']],
  ['Ugandan troops captured the outskirts of a rebel base after a week of fighting.', ['military:UG'], ['rebel:-']],
  ['Militants conducted a raid on a police station overnight.', ['militant:-'], ['police:-']],
];

/** Texts with the same verbs and nouns that tell no attack. */
const NO_ATTACK: string[] = [
  'Fans staged a pitch invasion of the stadium after the final whistle.',
  'The film depicts an alien invasion of Earth.',
  'The senator launched an attack on the budget plan.',
  'The retailer mounted a price attack on its rivals.',
  'Students staged a sit-in outside the library.',
  'The start-up carried out a raid on its rival\'s engineers, hiring six of them.',
  'Critics called the new data rules an invasion of privacy.',
  'The company launched a new phone on Tuesday.',
  'Ants staged an invasion of the kitchen.',
  'The striker was part of a team that carried out an attack down the left wing.',
];

describe('the side that attacks and the side attacked', () => {
  test.each(ATTACKS)('%s', (text, attackers, targets) => {
    const attacks = eventsOf(text).filter((e) => e.type === 'attack');
    expect(attacks).toHaveLength(1);
    expect(side(attacks[0], 'attacker')).toEqual(attackers);
    expect(side(attacks[0], 'target')).toEqual(targets);
  });
});

describe('the same words with no attack', () => {
  test.each(NO_ATTACK)('%s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('talks between two states told with "talk"', () => {
  test.each([
    'U.S. and Chinese negotiators return to Vienna this week for talk on limiting tariffs.',
    'Indian and Pakistani envoys sat down for talk on the river dispute.',
  ])('%s is a meeting', (text) => {
    expect(eventsOf(text).map((e) => e.type)).toEqual(['meeting']);
  });
  test.each([
    'U.S. and Chinese carmakers return to Detroit for talk on battery prices.',
    'There is talk of a new coach at the club.',
    'The minister gave a talk on school meals.',
  ])('%s is no meeting', (text) => {
    expect(eventsOf(text).filter((e) => e.type === 'meeting')).toEqual([]);
  });
});
