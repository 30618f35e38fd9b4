// Historical references (issue 9): the keep rules of src/refiners/keep/history.ts drop an attack or a death toll that
// a document recalls from a past era or a year long before its own date, and keep today's events that name an era
// only as a comparison, as a thing ("the Holocaust museum") or in a clause about someone. Our own sentences; the
// reference date is the helper's (2024-05-08) unless a row says there is none.
import { extractEvents } from '../src/pipeline/extract.js';
import { eventsOf, REF_DATE } from './helpers/extract.js';
import type { Event } from '../src/schema/event.js';

const described = (e: Event) => `${e.type}/${e.subtype}${e.killed ? ` killed=${e.killed.low}` : ''} [${e.rule}]`;

/** Attacks and counts of the text: what a historical reference must not print. */
const violence = (events: Event[]) => events.filter((e) => e.type === 'attack' || e.type === 'casualties' || e.killed || e.wounded);

/** The reasons the keep rules gave against the text's candidates, with the document's date (none: no date at all). */
function dropReasons(text: string, date: string | undefined = REF_DATE): string[] {
  const r = extractEvents({ id: 't', text, ...(date ? { date } : {}) }, { explain: true });
  return (r.explain?.candidates ?? []).filter((c) => c.outcome === 'dropped').map((c) => c.reason);
}

/** The document's events with no reference date anywhere (no record date, no --date, no dateline). */
const undatedEvents = (text: string) => extractEvents({ id: 't', text }).events;

/** Historical references: no attack and no count, and the history rule named is the one that dropped them. */
const PAST: [text: string, rule: string][] = [
  ['During the Second World War, occupation troops shot about 300 hostages in the main square of Velmar.', 'history:past-reference'],
  ['Soldiers murdered thousands of prisoners in the forest outside Tarnow during World War Two.', 'history:past-reference'],
  ['The 1971 massacre killed at least 3,000 villagers in the delta.', 'history:past-reference'],
  ['In the 1940s, partisans ambushed convoys on the mountain roads, killing hundreds of soldiers.', 'history:past-reference'],
  ['Artillery shelled the old town of Ypsel for weeks in the final months of the First World War.', 'history:past-reference'],
  ['During the Cold War, border guards shot dead dozens of people trying to cross the wall.', 'history:past-reference'],
  ['About 150,000 people were killed during the civil war of 1975-1990.', 'history:past-reference'],
  ['Six million Jews were murdered in the Holocaust.', 'history:past-reference'],
  ['Under the Khmer Rouge regime, soldiers executed 2,000 people at the pagoda near Takeo.', 'history:past-reference'],
  ['The 2009 bombing of the hotel in Jakarta killed nine guests.', 'history:past-reference'],
  ['Cossack cavalry attacked the retreating army near the river during the Napoleonic wars.', 'history:past-reference'],
  ['Guerrillas killed 40 policemen in the 1970s, the museum guide said.', 'history:past-reference'],
  ['During the Iran-Iraq war, jets bombed the port of Basra, killing 300 dockers.', 'history:past-reference'],
  ['In the 19th century, colonial troops massacred 400 villagers near the river.', 'history:past-reference'],
  ['Rebels killed 12 soldiers in an ambush near Bunia in 1998, the report recalled.', 'history:old-date'],
  ['In 1983, a truck bomb destroyed the barracks in the capital, killing 241 servicemen.', 'history:old-date'],
  ['Militants stormed the embassy in Tirana in June 2011 and killed four guards.', 'history:old-date'],
];

/** Eras need no reference date: these are dropped without one too. */
const PAST_WITHOUT_DATE = [
  'During the Second World War, occupation troops shot about 300 hostages in the main square of Velmar.',
  'Soldiers murdered thousands of prisoners in the forest outside Tarnow during World War Two.',
  'During the Cold War, border guards shot dead dozens of people trying to cross the wall.',
  'Six million Jews were murdered in the Holocaust.',
  'Guerrillas killed 40 policemen in the 1970s, the museum guide said.',
];

/** Today's events near the words of history: each yields an event of this type (one of "a|b"), with this killed count
 *  (or none). */
const TODAY: [text: string, type: string, killed: number | null][] = [
  ['Gunmen killed 23 people at a market in Kano, the deadliest attack in the region since the Second World War.', 'attack', 23],
  ['It was the worst bombing since World War Two: a car bomb killed 31 people in Mogadishu.', 'attack', 31],
  ['Veterans of the Korean War clashed with riot police outside parliament in Seoul on Tuesday.', 'attack', null],
  ['Militants killed eight soldiers near Kirkuk last month.', 'attack', 8],
  ['Gunmen killed 14 people in Kaduna in 2024, the state governor said.', 'attack', 14],
  ['Gunmen killed 12 villagers in Borno in 2021, the army said.', 'attack', 12],
  ['Police attacked a march of veterans who fought in the Second World War in Minsk, wounding five.', 'attack', null],
  ['Rebels shelled the town of Kalehe on Monday, in the heaviest fighting there since the 1990s.', 'attack', null],
  ['A gunman shot dead two guards at the Holocaust museum in the capital on Sunday.', 'attack', null],
  ['Militants attacked an army post near Gao in March, killing six soldiers.', 'attack', 6],
  ['Government troops shelled villages in the valley today, as they did during the Cold War, killing 11.', 'attack', 11],
  // the count is read as a running total "since" or as the attack's toll: either way it stands
  ['Gunmen killed 30 people in Lahore, the worst attack in the city since the 2008 bombings.', 'attack|casualties', 30],
  ['An air strike killed 17 civilians in a town that was bombed in the Second World War.', 'attack', 17],
  // an old year or era told of someone or something else in the sentence: the event stays, whatever date it gets
  ['The group, founded in 1989, claimed the bombing that killed 14 people in Peshawar.', 'attack', 14],
  ['Militants, who first attacked the town in 1998, killed 12 soldiers there.', 'attack', 12],
  ['Gunmen killed six people in the village, which was razed by troops in 1971.', 'attack', 6],
  ['Rebels attacked the town they last held in the 1990s, killing four soldiers.', 'attack', 4],
];

/** Without a reference date, and no era, a year never drops an event: these stand with no date given. */
const KEPT_WITHOUT_DATE: [text: string, killed: number][] = [
  ['Rebels killed 12 soldiers in an ambush near Bunia in 1998.', 12],
  ['The 1971 massacre killed at least 3,000 villagers in the delta.', 3000],
  // a dateline without a year gives the year of the clock, a guess: no reference date for this rule
  ['BUNIA, March 4 (Reuters) - Rebels killed 12 soldiers in an ambush near Bunia in 2009.', 12],
];

test.each(PAST)('no attack, no count: %s', (text, rule) => {
  expect(violence(eventsOf(text)).map(described)).toEqual([]);
  expect(dropReasons(text).some((r) => r.startsWith(rule))).toBe(true);
});

test.each(PAST_WITHOUT_DATE)('no attack, no count without a reference date: %s', (text) => {
  expect(violence(undatedEvents(text)).map(described)).toEqual([]);
});

test.each(TODAY)('today\'s event stands: %s', (text, type, killed) => {
  const found = eventsOf(text).filter((e) => type.split('|').includes(e.type));
  expect(found.length).toBeGreaterThan(0);
  if (killed !== null) expect(found.map((e) => e.killed?.low)).toContain(killed);
  expect(dropReasons(text).filter((r) => r.startsWith('history:') && !r.includes('2008'))).toEqual([]);
});

test.each(KEPT_WITHOUT_DATE)('stands without a reference date: %s', (text, killed) => {
  expect(undatedEvents(text).map((e) => e.killed?.low)).toContain(killed);
});

test('a recalled attack named beside today\'s is dropped alone: "since the 2008 bombings"', () => {
  const text = 'Gunmen killed 30 people in Lahore, the worst attack in the city since the 2008 bombings.';
  expect(dropReasons(text).filter((r) => r.startsWith('history:'))).toEqual(['history:past-reference (named 2008)']);
  expect(eventsOf(text).filter((e) => e.type === 'attack' && e.subtype === 'bombing')).toEqual([]);
});
