// Who killed, when no attack word says it (src/resolvers/parties.ts, src/resolvers/links.ts, issue 11): the agent of a
// passive word of harm ("killed by a rebel sniper") is the attacker when it names an armed side or a crowd, and the
// count is an attack; a body found with a mark of violence is an attack with no attacker named. A landmine,
// lightning, a relative or a body with no such mark make no attacker and no attack of their own. Our own sentences.
import { eventsOf } from './helpers/extract.js';
import type { Event } from '../src/schema/event.js';

const attackers = (e: Event) => e.actors.filter((a) => a.role === 'attacker').map((a) => `${a.kind}:${a.name}`);

/** A passive harm with an armed agent: one attack, this attacker. */
const BY_AGENT: [text: string, attacker: string][] = [
  ['Three soldiers were shot dead by an insurgent sniper outside Mopti on Monday.', 'militant:insurgent sniper'],
  ['4 villagers were shot dead by masked gunmen in Zamfara on Monday.', 'militant:masked gunmen'],
  ['Two protesters were killed by police in Nairobi on Monday.', 'police:police'],
  ['Five herders were killed by bandits near Gusau on Monday.', 'militant:bandits'],
  ['A gendarme was shot dead by separatists in Bamenda on Monday.', 'rebel:separatists'],
  ['Two traders were wounded by snipers near Bakhmut on Monday.', 'militant:snipers'],
  ['Six policemen were killed by Boko Haram fighters near Bama on Monday.', 'militant:Boko Haram'],
  ['Two farmers were killed by soldiers in Kidal on Monday.', 'military:soldiers'],
  // a crowd is no armed side, yet a crowd that kills attacks
  ['Two men were killed by a mob in Jinja on Monday.', 'civilian:mob'],
  ['A mob killed two men suspected of robbery in Jinja on Monday.', 'civilian:mob'],
  ['An angry crowd killed a man accused of witchcraft near Kisumu on Monday.', 'civilian:angry crowd'],
];

/** A passive harm whose agent is no armed side: no attacker. */
const NO_AGENT: string[] = [
  'Two herders were killed by a landmine near Gao on Monday.',
  'A farmer was killed by his brother in Kano on Monday.',
  'Five people were killed by lightning in Kampala on Monday.',
  'Three miners were killed by a falling rock in Kolwezi on Monday.',
  'Two children were injured by a stray dog in Mombasa on Monday.',
  'Four hikers were killed by an avalanche near Gilgit on Monday.',
  'Two fans were injured in a crowd crush at the stadium in Kampala on Monday.',
  'Three pilgrims died in a crush when the crowd surged at a shrine in Karbala on Monday.',
];

/** Bodies found with a mark of violence: an attack of their own, or a part of the attack just told. */
const FOUND_KILLED: [text: string, events: number, killed: number][] = [
  ['Police found the bodies of three herders, each shot in the head, outside Tillia on Monday.', 1, 3],
  ['The body of a police officer was found with bullet wounds near Garissa on Monday.', 1, 1],
  ['Gunmen attacked a hamlet outside Tillia on Monday. The bodies of three herders were later found there with bullet wounds.', 1, 3],
];

/** Bodies found with no such mark: no attack. */
const FOUND_DEAD: string[] = [
  'Searchers recovered the bodies of nine fishermen from the lake near Kisumu on Monday.',
  'The body of a missing fisherman was found in Lake Victoria on Monday.',
  'Rescuers found the bodies of 4 climbers near the summit on Monday.',
];

describe('the agent of a passive harm', () => {
  test.each(BY_AGENT)('%s', (text, attacker) => {
    const ev = eventsOf(text).filter((e) => e.type === 'attack');
    expect(ev).toHaveLength(1);
    expect(attackers(ev[0])).toEqual([attacker]);
  });
  test.each(NO_AGENT)('%s', (text) => {
    for (const e of eventsOf(text)) expect(attackers(e)).toEqual([]);
  });
});

describe('bodies found with a mark of violence', () => {
  test.each(FOUND_KILLED)('%s', (text, events, killed) => {
    const ev = eventsOf(text);
    expect(ev.map((e) => e.type)).toEqual(Array(events).fill('attack'));
    expect(ev.reduce((n, e) => n + (e.killed?.low ?? 0), 0)).toBe(killed);
  });
  test.each(FOUND_DEAD)('%s', (text) => {
    expect(eventsOf(text).filter((e) => e.type === 'attack')).toEqual([]);
  });
});
