// Merging repeated reports (src/refiners/merge.ts, issue 11): two words for one attack keep the narrower subtype; a
// figure told again, a headline's count told again in the lead, and a killing by "the attackers" just named join the
// attack told before; an armed clash loses no side to the other's casualty. Each rule has rows that must merge and rows
// that must stay apart: two real attacks the text calls separate stay two. Our own sentences.
import { eventsOf } from './helpers/extract.js';
import type { Event } from '../src/schema/event.js';

const attacks = (text: string): Event[] => eventsOf(text).filter((e) => e.type === 'attack' || e.type === 'casualties');
const killedSum = (events: Event[]) => events.filter((e) => !e.aggregate).reduce((n, e) => n + (e.killed?.low ?? 0), 0);

/** Two words for one attack, and the subtype the event keeps: the narrower one, whichever came first. */
const NARROWER: [text: string, subtype: string][] = [
  ['A suicide bomber blew himself up at a checkpoint in Baidoa on Monday, killing 6 soldiers. The bombing also wounded 9 people.', 'suicide_bombing'],
  ['A bomb went off at a bus station in Quetta on Monday. Police said the suicide bombing killed 11 people.', 'suicide_bombing'],
  ['An air strike hit a market in Marib on Monday, killing 7 people. Residents said the drone strike had hit the market.', 'drone_strike'],
  ['A drone strike hit a car near Jilib on Monday, killing 3 militants. The air strike was the third this month.', 'drone_strike'],
];

/** A figure with no attack word of its own, after the attack: the same deaths told again, or more of them. */
const TOLD_AGAIN: [text: string, events: number, killed: number][] = [
  ['Shells struck a school in Sumy on 4 May 2023, killing 7 children. Teachers said 7 had died and 4 were hurt.', 1, 7],
  ['Rebels stormed a village near Beni on Sunday, killing 8 villagers. Eight people were killed, the local administrator said.', 1, 8],
  ['Gunmen raided a mine near Kamituga on Monday, killing 5 miners. Five miners died, the mine manager said.', 1, 5],
  // another field, or more deaths: the sum holds
  ['Gunmen raided a village near Kamituga on Monday, killing 5 villagers. Two wounded villagers later died in hospital.', 1, 5],
  ['Soldiers shelled a rebel camp near Kidal on Monday, killing 4 rebels. Separately, a roadside mine killed two traders outside Menaka.', 2, 6],
];

/** A headline's count told again in the lead: one event, even for a toll of one or two. A headline is written as a
 *  title or stands over a dateline. */
const HEADLINE: [text: string, events: number][] = [
  ['Roadside bomb kills two Malian soldiers. BAMAKO -- Two soldiers died on Monday when a roadside bomb hit their truck outside Gao.', 1],
  ['One soldier killed near Kidal. KIDAL -- One soldier died when a landmine exploded under a patrol near Kidal on Monday.', 1],
  ['Two Soldiers Killed in Mali Ambush. Two soldiers died when gunmen ambushed their patrol near Gao on Monday.', 1],
  // the lead adds the wounded and says "separate" of the deaths the headline counts
  ['Two Soldiers Killed in Mali Bombings. GAO -- Two soldiers were killed and 4 wounded in separate bombings near Gao on Monday.', 1],
  // a plain first sentence is no headline
  ['A lawyer died when a parcel bomb went off at his office in Quetta. Gunmen killed a policeman in Quetta.', 2],
  // the lead counts other deaths: two events
  ['Roadside bomb kills two Malian soldiers. BAMAKO -- Three soldiers died on Monday when a roadside bomb hit their truck outside Gao.', 2],
  // a first sentence of more than a dozen words is no headline
  ['Two soldiers were killed on Monday when gunmen attacked their post at the edge of a village near the town of Gao in the north. '
    + 'Two soldiers died when a roadside bomb hit a convoy in Menaka on Tuesday.', 2],
];

/** "The assailants then injured ...": a killing told with no attack word by the attackers just named joins their attack;
 *  other killers named with no article tell another attack. */
const SAME_KILLERS: [text: string, events: number][] = [
  ['Gunmen shot dead a gendarme at a roadblock near Kumba on 3 June 2022. The assailants then injured a policeman.', 1],
  ['Insurgents killed 4 farmers near Gusau on 2 May 2022. The gunmen also wounded 3 herders.', 1],
  ['Gunmen shot dead a gendarme at a roadblock near Kumba on 3 June 2022. Bandits wounded two traders.', 2],
  ['Bandits killed 4 farmers near Gusau on 2 May 2022. Soldiers wounded 3 militants in Zurmi on 5 May 2022.', 2],
];

/** Both sides of a clash lose men: a loss of either side is the clash's. Two sides attacking each other with other
 *  words are two events. */
const CLASH: [text: string, events: number][] = [
  ['Thai and Cambodian soldiers exchanged fire near the temple on Monday. One Cambodian soldier was killed.', 1],
  ['Armenian and Azerbaijani forces clashed on the border on Monday. Two Armenian soldiers were killed.', 1],
  // a loss of neither side of the clash
  ['Armenian and Azerbaijani forces clashed on the border on Monday. Two Georgian soldiers were killed.', 2],
  ['Turkish drones struck a Syrian army post on Monday, killing 4 Syrian soldiers. Syrian artillery shelled a Turkish base, killing 2 Turkish soldiers.', 2],
];

/** Words that tell another event: it never joins the one told before. */
const SEPARATE: [text: string, events: number][] = [
  ['Rebels and troops traded gunfire in Goma on Monday. Four soldiers were later killed in separate clashes near Masisi.', 2],
  ['Gunmen attacked a church in Kaya on Sunday. Elsewhere, militants killed 6 soldiers near Djibo.', 2],
  ['Militants ambushed a convoy near Djibo on Sunday, killing 3 soldiers. In another attack, militants killed 5 soldiers near Arbinda.', 2],
];

describe('two words for one attack keep the narrower subtype', () => {
  test.each(NARROWER)('%s', (text, subtype) => {
    const ev = attacks(text);
    expect(ev.map((e) => e.subtype)).toEqual([subtype]);
  });
});

describe('a figure told again is the same deaths; more deaths are not', () => {
  test.each(TOLD_AGAIN)('%s', (text, events, killed) => {
    const ev = attacks(text);
    expect(ev).toHaveLength(events);
    expect(killedSum(ev)).toBe(killed);
  });
});

describe('a headline count told again in the lead', () => {
  test.each(HEADLINE)('%s', (text, events) => {
    expect(attacks(text)).toHaveLength(events);
  });
});

describe('a killing by the attackers just named', () => {
  test.each(SAME_KILLERS)('%s', (text, events) => {
    const ev = attacks(text);
    expect(ev).toHaveLength(events);
    // one attacker a side: "the attackers" told again adds none
    for (const e of ev) expect(e.actors.filter((a) => a.role === 'attacker')).toHaveLength(1);
  });
});

describe('both sides of a clash', () => {
  test.each(CLASH)('%s', (text, events) => {
    expect(attacks(text)).toHaveLength(events);
  });
});

describe('another event is told apart', () => {
  test.each(SEPARATE)('%s', (text, events) => {
    expect(attacks(text)).toHaveLength(events);
  });
});
