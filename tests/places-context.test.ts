// The place context's country votes (issue 10): division names vote for their country where they stand as places,
// with guards against the everyday words, people and towns that share their names; demonyms are nationalities,
// so the attacker's never makes the country of an event the text does not place. Sentences written for this project.
import { buildPlaceContext } from '../src/places/index.js';
import { adminVotes } from '../src/places/admin-votes.js';
import { eventsOf } from './helpers/extract.js';

const votedFor = (text: string) => [...buildPlaceContext(text).adminVotes.keys()].sort();

// [text, the country its division names vote for]
const VOTES: [string, string][] = [
  ['Insurgents ambushed a police convoy in Helmand on Sunday, killing five officers.', 'AF'],
  ['Gunmen killed three farmers near Gubio, Borno State, late on Friday.', 'NG'],
  ['Shelling hit Kafr Halab (Atarib district, Idleb province) overnight.', 'SY'],
  ['Two soldiers died when a mine exploded in Khyber Pakhtunkhwa.', 'PK'],
  ['Militants attacked a camp in Jammu and Kashmir, police said.', 'IN'],
  ['A roadside bomb wounded four traders near Mayadin in Deir ez-Zor.', 'SY'],
  ['Raiders looted a clinic in Baladweyne, Hiraan, on Tuesday.', 'SO'],
  ['Fighting spread across northern Rakhine this week.', 'MM'],
  ['Troops shelled Kafr Zita, Hama, killing a shepherd.', 'SY'],
];

// words that share a division's name but stand as no place here: no vote
const NO_VOTES: string[] = [
  'Michael Ostrander said the talks would resume in the spring.',
  'Coach Paul Whitby praised his players after the match.',
  'A Delta flight from Atlanta was diverted after a bomb threat.',
  'Manchester United beat their rivals 3-1 on Saturday.',
  'Storm Kills Nine In Coastal Towns',
  'Two trawlers sank in the North Atlantic on Thursday.',
  'The striker signed for Ocean Spray, Northland said.',
  'A small firm, Orion Systems, unveiled a new chip.',
  'Fans in Manchester celebrated late into the night.',
  'Officials from Patrick Holdings met investors in Boston.',
  'The Blu-ray Disc Association (BRDA) chose a new codec.',
  'Exports to Southeast Asia rose in the third quarter.',
  'Savannah State lost 48-6 at home on Saturday.',
  'The case was heard in Carolina before a jury.',
];

describe('division names vote for their country', () => {
  test.each(VOTES)('%s -> %s', (text, cc) => {
    expect(votedFor(text)).toEqual([cc]);
  });
  test.each(NO_VOTES)('no vote: %s', (text) => {
    expect(votedFor(text)).toEqual([]);
  });
  test('a vote never outvotes a country the text names: the division of another country does not vote', () => {
    expect(votedFor('Pakistan said militants regrouped in Helmand.')).toEqual([]);
    expect(votedFor('Afghanistan said militants regrouped in Helmand.')).toEqual(['AF']);
  });
  test('a small territory\'s division votes only when the text names the territory', () => {
    const text = 'Rain flooded roads in Clarendon overnight.';
    expect(adminVotes(text, { named: new Set(), persons: new Set() })).toEqual([]);
    expect(adminVotes(text, { named: new Set(['JM']), persons: new Set() }).map((v) => v.cc)).toEqual(['JM']);
  });
  test('strength: a kind word or a chain is strong, a preposition alone weak', () => {
    expect(buildPlaceContext('Clashes in Helmand province.').adminVotes.get('AF')).toEqual({ n: 1, strong: true });
    expect(buildPlaceContext('Clashes in Helmand.').adminVotes.get('AF')).toEqual({ n: 1, strong: false });
  });
});

const countriesOf = (text: string) => eventsOf(text).map((e) => e.location?.country ?? null);

// [text, the country of every event it holds (null: none)]
const EVENT_COUNTRIES: [string, string | null][] = [
  // a division named with no country still gives the event its country
  ['Gunmen killed four villagers in Uruzgan province on Monday.', 'AF'],
  // a demonym is a nationality, not a place (and "Indian" is never the British Indian Ocean Territory)
  ['Indian troops killed two militants in a gunfight on Monday, the army said.', null],
  // the attacker's nationality is never the event's country; the province's is
  ['A Russian airstrike killed six civilians in Idleb province on Sunday.', 'SY'],
  ['Turkish drones struck a convoy on Friday, killing five fighters.', null],
  // police, rebels and militants act at home: their nationality is the event's country
  ['Kenyan police shot dead three protesters on Tuesday.', 'KE'],
  ['Malian rebels ambushed a supply column, killing seven.', 'ML'],
  // an air force bombing at home with foreign victims: the sides' nationalities tell no place
  ['Eight Belgian aid workers were killed when Sudanese jets bombed a convoy.', null],
  // one weak vote alone makes no country for an event its sentence does not place; a strong one does
  ['Aid workers gathered in Helmand. A gunman killed two guards at a bank.', null],
  ['Aid workers gathered in Helmand province. A gunman killed two guards at a bank.', 'AF'],
  // the everyday words of the negative table make no country either
  ['Two trawlers sank in the North Atlantic. A gunman killed two crewmen on Friday.', null],
  ['Manchester United fans gathered. A gunman killed two guards at a bank.', null],
];

// a country's name as a person's or a company's first word is no country; as a national body's it is
const COUNTRY_WORDS: [string, string[]][] = [
  ['Chad Morrow was shot dead outside a bar on Friday.', []],
  ['Gunmen robbed a guard employed by the musician Israel Otieno.', []],
  ['Kenya Airways said two passengers were hurt.', []],
  ['Pakistan Army officers inspected the damage.', ['PK']],
  ['Refugees crossed the Jordan Valley overnight.', ['JO']],
  ['Chad Says Rebels Attacked Border Post', ['TD']],
];

describe('country names in the context', () => {
  test.each(COUNTRY_WORDS)('%s -> %j', (text, codes) => {
    expect([...buildPlaceContext(text).countries.keys()].sort()).toEqual(codes);
  });
});

describe('event countries from the context', () => {
  test.each(EVENT_COUNTRIES)('%s -> %s', (text, country) => {
    const got = countriesOf(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(got.map(() => country));
  });
});
