// The context an attack needs (issue 9): which keep rule drops an attack told of play, markets, courts, space, nature,
// fiction or words, and which attacks told with the same everyday words still stand because an armed actor, a weapon,
// a conflict setting, two national sides, a count or the rest of the document says they are armed. Our own sentences.
import { extractEvents } from '../src/pipeline/extract.js';
import { eventsOf, REF_DATE } from './helpers/extract.js';
import { KEEP_RULES } from '../src/refiners/keep/index.js';
import { isSportSentence, sportWordCount } from '../src/refiners/keep/sport.js';
import { isCourtSentence } from '../src/refiners/keep/courts.js';
import { isFictionSentence } from '../src/refiners/keep/senses-attack.js';

/** The reasons the keep rules gave against the text's candidates. */
function dropReasons(text: string): string[] {
  const r = extractEvents({ id: 't', text, date: REF_DATE }, { explain: true });
  return (r.explain?.candidates ?? []).filter((c) => c.outcome === 'dropped').map((c) => c.reason);
}

type Dropped = [text: string, rule: string];

/** Each text yields no event, and the rule named is the one that dropped its attack. */
const DROPPED: Dropped[] = [
  ['The visitors pounded the hosts 5-0 in the cup tie at Anfield.', 'attack:sport-frame'],
  ['The striker was fouled twice and the referee waved play on as the two teams clashed at the whistle.', 'attack:sport-frame'],
  ['The mayor and the council clashed again over the bus lanes.', 'attack:no-armed-context'],
  ['The two carmakers struck a deal on battery supplies.', 'attack:struck-a-deal'],
  ['A federal judge struck down the ban on Thursday.', 'attack:struck-a-deal'],
  ['The rocket carrying two astronauts to the space station blasts off from the cosmodrome on Friday.', 'attack:space-sense'],
  ['A telescope caught the supernova blast in a galaxy far away.', 'attack:space-sense'],
  ['A tornado struck the small town overnight, flattening a church.', 'attack:natural-subject'],
  ['Hackers attacked the bank\'s servers over the weekend.', 'attack:cyber-or-metaphor'],
  ['England and France clashed over fishing rights in the Channel.', 'attack:cyber-or-metaphor'],
  // a weak attack word counts as an everyday one here: each near its cue ("software", "rivals")
  ['The software firm launched a cheaper tablet and struck back at its rivals.', 'attack:cyber-or-metaphor'],
  ['In the new video game, soldiers raid a desert fortress and take its commander hostage.', 'attack:fiction'],
  ['The novel ends with two armies fighting over a burning city.', 'attack:fiction'],
  ['Detectives are investigating the rape of a student in Leeds.', 'attack:crime-in-court'],
];

/** Everyday attack words whose context makes them an attack: each text yields an attack, and why it stands. */
const KEPT: [text: string, why: string][] = [
  ['Troops and militants clashed outside Tal Afar on Monday.', 'armed actors'],
  ['Eritrea and Djibouti clashed along their frontier on Sunday.', 'two national sides'],
  ['Riot police fired on marchers in Conakry on Tuesday.', 'the police as a side'],
  ['Bandits raided a cattle market in Zamfara, killing nine herders.', 'an armed actor and a count'],
  ['Militants fired rockets at the stadium during the league match in Quetta.', 'sport words beside a weapon'],
  ['A missile struck a fuel depot near Donetsk on Monday.', 'a weapon struck'],
  ['Gunmen struck a police post outside Peshawar before dawn.', 'gunmen struck'],
  ['Gunmen attacked a cinema in Karachi during a screening of a war film, wounding six people.', 'a film named at a real place'],
  ['Militants attacked the network of army checkpoints outside Mosul on Sunday.', 'a metaphor cue beside armed actors'],
  ['Insurgents launched rockets at the market in Kandahar overnight.', 'a weak word and a metaphor cue beside armed actors'],
  ['A court in Kano jailed two militants for the murder of an aid worker in a bomb attack.', 'a court telling an armed attack'],
  ['Rebels shelled the airport with mortars overnight. Clashes broke out near the town of Dilling on Friday.', 'a conflict document'],
];

describe('a keep rule drops the attack and names itself', () => {
  test.each(DROPPED)('%s', (text, rule) => {
    expect(eventsOf(text)).toEqual([]);
    expect(dropReasons(text).some((r) => r.startsWith(`${rule}:`))).toBe(true);
  });
});

describe('the attack stands', () => {
  test.each(KEPT)('%s (%s)', (text) => {
    expect(eventsOf(text).filter((e) => e.type === 'attack')).not.toEqual([]);
  });
});

test.each([
  ['The hosts won 3-1 in the derby.', 3],
  ['The army took the ridge after a long battle.', 0],
  ['Fans cheered the goalkeeper after the final.', 3],
  ['Talks resumed after 12 - 14 hours of delay.', 1],
])('sport words in "%s": %d', (sentence, n) => {
  expect(sportWordCount(sentence)).toBe(n);
});

test.each([
  ['The Rams pounded the Bears 38-10 in the season opener.', 'attack', true],
  ['A bomb went off near the stadium during the cup final.', 'attack', false],
  ['Snipers fired at players leaving the football match.', 'attack', false],
  ['The Olympic champion fired at the target in the air pistol final.', 'attack', true],
  ['The two clubs met to discuss the league fixture list.', 'meeting', true],
  ['The foreign ministers met on the sidelines of the cup final to discuss the league of nations.', 'meeting', false],
])('sport frame: "%s" (%s) → %s', (sentence, type, expected) => {
  expect(isSportSentence(sentence, type)).toBe(expected);
});

test.each([
  ['The judge sentenced the driver for the murder of a cyclist.', true],
  ['A jury acquitted the nurse of assault.', true],
  ['The court heard how militants planted the bomb at the market.', false],
  ['The trial of the terror suspects opened in Paris.', false],
  ['Gunmen murdered a village chief in Kasai.', false],
])('court frame: "%s" → %s', (sentence, expected) => {
  expect(isCourtSentence(sentence)).toBe(expected);
});

test.each([
  ['The movie ends with an air strike on the villain\'s island.', true],
  ['In the game the hero must defeat the villain.', true],
  ['A gunman opened fire in a movie theater in Colorado.', false],
  ['The game between the two sides was called off after the bombing.', false],
  ['Video footage showed troops firing on the crowd.', false],
])('fiction: "%s" → %s', (sentence, expected) => {
  expect(isFictionSentence(sentence)).toBe(expected);
});

test('the attack rules run in the order their reasons assume: fiction and nature before sport, the catch-all last', () => {
  const ids = KEEP_RULES.map((r) => r.id).filter((id) => id.startsWith('attack:'));
  expect(ids).toEqual(['attack:fiction', 'attack:natural-subject', 'attack:sport-frame', 'attack:struck-a-deal',
    'attack:space-sense', 'attack:cyber-or-metaphor', 'attack:crime-in-court', 'attack:ordinary-crime', 'attack:no-armed-context']);
});
