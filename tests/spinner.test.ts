// The spinner table (src/lexicon/spinner.ts) read once per document (src/document/reading.ts): each spun form is read
// as its plain word where it cannot mean anything else and left alone elsewhere; every offset of the reading maps
// back to the text as written; events and --explain notes show the words as written; and a spun article yields the
// events of the plain text it was spun from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument, originalOffset, writtenText } from '../src/document/reading.js';
import { SPINNER_SUBSTITUTIONS } from '../src/lexicon/spinner.js';
import { extractEvents } from '../src/pipeline/extract.js';
import type { Event } from '../src/schema/event.js';

type Row = [reason: string, written: string, read: string];

/** One or more sentences per entry: as a spinner writes it, and as the extractor reads it. */
const POSITIVE: Row[] = [
  ['cease-stop', 'Both sides signed a stop-fire deal in Juba.', 'Both sides signed a cease-fire deal in Juba.'],
  ['fire-hearth', 'The two armies agreed a cease-hearth on Friday.', 'The two armies agreed a cease-fire on Friday.'],
  ['fire-hearth', 'Police opened fireplace on the crowd outside the court.', 'Police opened fire on the crowd outside the court.'],
  ['fire-hearth', 'The convoy came under flame near the bridge.', 'The convoy came under fire near the bridge.'],
  ['drone-unmanned', 'Unmanned aircraft strikes hit two depots.', 'Drone strikes hit two depots.'],
  ['drone-unmanned', 'It was an unmanned aerial vehicle attack on the port.', 'It was a drone attack on the port.'],
  ['car-bomb', 'An auto bomb went off outside the bank.', 'A car bomb went off outside the bank.'],
  ['car-bomb', 'A motor vehicle bomb damaged the hotel.', 'A car bomb damaged the hotel.'],
  ['device-system', 'Rebels planted an improvised explosive system on the road.', 'Rebels planted an improvised explosive device on the road.'],
  ['between-among', 'Clashes amongst the army and the militia lasted all night.', 'Clashes between the army and the militia lasted all night.'],
  ['soldiers-troopers', 'Four troopers died at the outpost.', 'Four soldiers died at the outpost.'],
  ['soldiers-troopers', 'THREE TROOPERS WOUNDED', 'THREE SOLDIERS WOUNDED'],
  ['soldier-trooper', 'A trooper was hit by a sniper.', 'A soldier was hit by a sniper.'],
  ['children-little-ones', 'The raid killed five little ones.', 'The raid killed five children.'],
  ['dead-lifeless', 'Villagers found 12 lifeless bodies in the well.', 'Villagers found 12 dead bodies in the well.'],
  ['dead-lifeless', 'The strike left eight people lifeless.', 'The strike left eight people dead.'],
  ['wounded-harmed', 'The mortar round harmed 7 guards.', 'The mortar round wounded 7 guards.'],
  ['hurt-harm', 'No one was harm in the second blast.', 'No one was hurt in the second blast.'],
  ['were-ended-up', 'Six policemen ended up killed in the ambush.', 'Six policemen were killed in the ambush.'],
  ['were-ended-up', 'Two guards wound up also wounded.', 'Two guards were also wounded.'],
  ['death-toll', 'The dying toll climbed to 31.', 'The death toll climbed to 31.'],
  ['including-such-as', 'The shelling killed 40, such as 12 children.', 'The shelling killed 40, including 12 children.'],
  ['including-such-as', 'Gunmen killed 9 villagers, like two women.', 'Gunmen killed 9 villagers, including two women.'],
  ['excess-extra', 'Fighting displaced in extra of 2,000 families.', 'Fighting displaced in excess of 2,000 families.'],
  ['more-additional', 'Extra than 50 fighters were killed.', 'More than 50 fighters were killed.'],
  ['more-additional', 'Three additional of its guards were hurt.', 'Three more of its guards were hurt.'],
  ['single-one', 'They died in a one mortar strike.', 'They died in a single mortar strike.'],
  ['single-one', 'It was a solitary attack.', 'It was a single attack.'],
  ['past-prior', 'In the prior month, 70 people were killed.', 'In the past month, 70 people were killed.'],
  ['past-prior', 'Over the earlier two weeks the toll doubled.', 'Over the past two weeks the toll doubled.'],
  ['last-final', 'Gunmen stormed the village final week.', 'Gunmen stormed the village last week.'],
  ['next-following', 'The envoys meet following week in Geneva.', 'The envoys meet next week in Geneva.'],
  ['earlier-previously', 'Previously Tuesday, a blast hit the market.', 'Earlier Tuesday, a blast hit the market.'],
  ['also-likewise', 'Two medics had been likewise killed.', 'Two medics had been also killed.'],
  ['government-governing-administration', 'The governing administration denied it.', 'The government denied it.'],
  ['armed-forces-armed-service-forces', 'The armed service forces retook the town.', 'The armed forces retook the town.'],
  ['military-armed-service', 'The armed service said it shot down a drone.', 'The military said it shot down a drone.'],
  ['security-stability', 'Stability forces raided the camp.', 'Security forces raided the camp.'],
  ['security-stability', 'The UN Safety Council met on Monday.', 'The UN Security Council met on Monday.'],
  ['defense-protection', 'The Protection Ministry said the jets returned.', 'The Defense Ministry said the jets returned.'],
  ['foreign-overseas', 'The Overseas Minister flew to Doha.', 'The Foreign Minister flew to Doha.'],
  ['prime-key', 'Key Minister Ana Silva condemned the attack.', 'Prime Minister Ana Silva condemned the attack.'],
  ['rights-legal-rights', 'Human Legal Rights Watch said 30 died.', 'Human Rights Watch said 30 died.'],
  ['based-mostly', 'The London-primarily based group said so.', 'The London-based group said so.'],
  ['based-mostly', 'A Paris-based mostly charity counted the dead.', 'A Paris-based charity counted the dead.'],
  ['monitor-keep-track-of', 'An independent war keep track of, the group counts the dead.', 'An independent war monitor, the group counts the dead.'],
  ['statement-assertion', 'In a assertion, the army said nothing.', 'In a statement, the army said nothing.'],
  ['health-fitness', 'The health and fitness ministry put the toll at 19.', 'The health ministry put the toll at 19.'],
  ['meeting-assembly', 'Diplomats prepared for the forthcoming assembly with Iran.', 'Diplomats prepared for the forthcoming meeting with Iran.'],
  ['meet-satisfy', 'The envoy is to satisfy rebel commanders on Friday.', 'The envoy is to meet rebel commanders on Friday.'],
  ['discuss-talk-about', 'They met to talk about a truce.', 'They met to discuss a truce.'],
  ['due-because-of', 'The president is because of to visit Kigali.', 'The president is due to visit Kigali.'],
  ['agreed-concurred', 'The factions concurred to a truce.', 'The factions agreed to a truce.'],
  ['agree-concur', 'Both sides concur on a prisoner swap.', 'Both sides agree on a prisoner swap.'],
  ['swap-trade', 'The prisoner trade took place at the border.', 'The prisoner swap took place at the border.'],
  ['ahead-of-forward-of', 'Troops massed forward of the elections.', 'Troops massed ahead of the elections.'],
  ['near-proximity', 'A shell landed in close proximity to the school.', 'A shell landed near the school.'],
];

/** Spun forms in their ordinary senses, and spinner-like words outside the table's contexts: read as written. */
const NEGATIVE: [why: string, text: string][] = [
  ['state troopers are police', 'State troopers closed the highway after the crash.'],
  ['a hearth in a house', 'The family gathered by the hearth of the old farmhouse.'],
  ['a blaze on its own', 'A blaze destroyed the warehouse overnight.'],
  ['stop not hyphened to a fire word', 'The army tried to stop fire from spreading to the village.'],
  ['a parliament', 'The National Assembly passed the budget on Monday.'],
  ['a key minister in lower case', 'Analysts said a key minister had resigned.'],
  ['satisfy without an official as object', 'The company wants to satisfy demand for cheaper phones.'],
  ['environmental protection', 'The Environmental Protection Ministry fined the factory.'],
  ['civil protection', 'Civil Protection officials evacuated the valley.'],
  ['the final week of something', 'She won the final week of the contest.'],
  ['the following week, counted from a told day', 'The envoys met again the following week.'],
  ['unmanned aircraft not attacking', 'The unmanned aircraft landed safely at the base.'],
  ['ended up and a place', 'The talks ended up in deadlock.'],
  ['ended up and a gerund', 'He ended up working as a teacher.'],
  ['like without a count', 'Prices rose by more than expected, like many analysts feared.'],
  ['a one-night show', 'The orchestra performed a one-night show.'],
  ['prisoners trade as a verb', 'The prisoners trade cigarettes for food.'],
  ['legal rights of anyone', 'Lawyers defended the legal rights of tenants.'],
  ['a fitness club', 'The health and fitness club opened a new gym.'],
  ['among without two sides', 'Clashes among rival fans left two injured.'],
  ['harmed without a count', 'The scandal harmed relations with the neighbours.'],
  ['a word that only contains a form', 'Paratroopers and the halted convoy reached Stopford.'],
  ['a form inside a word of another script', 'Éauto bomb'],
];

describe('spun forms read as plain words', () => {
  test.each(POSITIVE)('%s: %j', (_reason, written, read) => {
    expect(readDocument(written).text).toBe(read);
  });

  test('every entry of the table has a positive case, and its reason id is its own', () => {
    const reasons = SPINNER_SUBSTITUTIONS.map((e) => e.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    expect(reasons.filter((r) => !POSITIVE.some(([p]) => p === r))).toEqual([]);
  });

  test('spun forms are lower case, as the table says', () => {
    expect(SPINNER_SUBSTITUTIONS.flatMap((e) => e.spun).filter((f) => f !== f.toLowerCase())).toEqual([]);
  });
});

describe('ordinary senses read as written', () => {
  test.each(NEGATIVE)('%s', (_why, text) => {
    const r = readDocument(text);
    expect(r.text).toBe(text);
    expect(r.edits).toEqual([]);
  });
});

describe('offsets of the reading map back to the text as written', () => {
  const written = 'The Britain-based mostly Syrian Observatory for Human Legal rights said 9 troopers ended up killed.';
  const r = readDocument(written);

  test('the reading', () => {
    expect(r.text).toBe('The Britain-based Syrian Observatory for Human Rights said 9 soldiers were killed.');
  });

  test('a span of the reading is the words as written', () => {
    const cases: [string, string][] = [
      ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Legal rights'],
      ['9 soldiers were killed', '9 troopers ended up killed'],
      ['said', 'said'],
      ['Rights', 'Legal rights'],
      ['The Britain-based', 'The Britain-based mostly'],
    ];
    for (const [read, asWritten] of cases) {
      const at = r.text.indexOf(read);
      expect(writtenText(r, at, at + read.length)).toBe(asWritten);
    }
  });

  test('an offset outside the replacements moves by the length the replacements before it changed', () => {
    for (const word of ['The', 'Syrian', 'said', '9', 'killed', '.']) {
      expect(originalOffset(r, r.text.indexOf(word), 'start')).toBe(written.indexOf(word));
      expect(originalOffset(r, r.text.indexOf(word) + word.length, 'end')).toBe(written.indexOf(word) + word.length);
    }
    expect(originalOffset(r, r.text.length, 'end')).toBe(written.length);
  });

  test('a text without spun words is its own reading', () => {
    const plain = 'Gunmen killed 12 villagers in a raid on Monday.';
    const p = readDocument(plain);
    expect(p.text).toBe(plain);
    expect(p.edits).toEqual([]);
    expect(originalOffset(p, 20, 'start')).toBe(20);
  });
});

describe('events and --explain notes show the words as written', () => {
  const text = 'KANDAHAR – Gunmen opened hearth on a minibus in close proximity to Kandahar on Monday, and nine passengers ended up killed, the governor\'s assertion said.\n\nThe Protection Ministry said stability forces killed two of the attackers.';
  const { events, explain } = extractEvents({ id: 'spun', text, date: '2024-05-08' }, { explain: true });
  const texts = (e: Event) => [e.date?.text, e.location?.text, e.killed?.text, e.wounded?.text, e.attribution?.text, ...e.actors.map((a) => a.text)]
    .filter((t): t is string => !!t);

  const attack = events.find((e) => e.type === 'attack' && e.killed?.low === 9);

  test('the spun snippet yields its attack', () => {
    expect(attack?.location?.name.startsWith('Kandah')).toBe(true);
  });
  test('evidence is the text at its offsets', () => {
    for (const e of events) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });
  test('its date, place, actor, count and attribution texts are words of the document as written', () => {
    expect(texts(attack!).filter((t) => !text.includes(t))).toEqual([]);
    expect(attack!.location?.text).toBe('in close proximity to Kandahar');
  });
  test('each --explain candidate is the text at its offsets', () => {
    expect(explain?.candidates.length).toBeGreaterThan(0);
    for (const c of explain?.candidates ?? []) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

/** What a spun article and its plain original must agree on. */
const key = (e: Event) => [e.type, e.subtype, e.status, e.aggregate, e.date?.value, e.killed?.low, e.killed?.high, e.wounded?.low,
  e.wounded?.high, e.location?.name, e.actors.map((a) => `${a.role}:${a.country}:${a.kind}`).sort().join(',')].join(' | ');

const DIR = join('fixtures', 'articles');
const TWINS = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'plain.txt'))).sort();

describe('a spun article yields the events of the plain text it was spun from', () => {
  test('there are spun articles with their plain originals', () => {
    expect(TWINS.length).toBeGreaterThanOrEqual(3);
  });
  test.each(TWINS)('%s', (name) => {
    const { reference_date: date } = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as { reference_date: string };
    const spun = readFileSync(join(DIR, name, 'article.txt'), 'utf8');
    const plain = readFileSync(join(DIR, name, 'plain.txt'), 'utf8');
    expect(readDocument(spun).edits.length).toBeGreaterThanOrEqual(8);
    expect(extractEvents({ id: name, text: spun, date }).events.map(key)).toEqual(extractEvents({ id: name, text: plain, date }).events.map(key));
  });
});
