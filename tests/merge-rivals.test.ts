// Rival claims (src/resolvers/links.ts, src/refiners/merge.ts, issue 11): another source's figure for the same deaths,
// told with its own word of harm in a later clause ("while the jihadists claimed they killed 25") or in the next sentence
// ("The rebels said they killed 15"), widens the first count (low the most conservative, high the highest claimed) and
// names its source in the attribution; it never adds to the first. More deaths, other people's deaths and another
// attack's deaths still add. Our own sentences.
import { eventsOf } from './helpers/extract.js';
import type { Event } from '../src/schema/event.js';

type Field = 'killed' | 'wounded';
const figures = (events: Event[], field: Field) => events.filter((e) => e[field] && !e.aggregate).map((e) => [e[field]!.low, e[field]!.high]);

/** One event whose count is widened by the rival figure; the sources the attribution names. */
type Rival = [text: string, field: Field, low: number, high: number, sources: string[]];

const SAME_SENTENCE: Rival[] = [
  ['Four soldiers died in the raid on the camp near Gao on 3 March 2023, officials said, while the jihadists claimed they had killed 25 soldiers.', 'killed', 4, 25, ['officials', 'jihadists']],
  ['The army said 3 soldiers died when rebels attacked a post near Kidal on 6 May 2022, but the rebels said they had killed 17 soldiers.', 'killed', 3, 17, ['army', 'rebels']],
  ['Two policemen were shot dead when militants stormed their post in Bannu on 9 May 2022, though the TTP claimed it killed 9 policemen.', 'killed', 2, 9, ['TTP']],
  ['Police said 12 people were wounded in the attack on a market in Kano on 1 May 2022, while the gunmen claimed they wounded 30.', 'wounded', 12, 30, ['Police', 'gunmen']],
  // a rival figure in brackets (read by the count rules) names its source and hides no attacker
  ['Six prison guards died (9 according to the militants) in an assault by IS fighters on a jail near Hasakah on 2 March 2023, police said.', 'killed', 6, 9, ['police', 'militants']],
];

const NEXT_SENTENCE: Rival[] = [
  ['Five policemen died when gunmen stormed a checkpoint outside Maiduguri on 5 May 2022. The insurgents said they had killed 22 officers.', 'killed', 5, 22, ['insurgents']],
  ['Four soldiers were killed when militants ambushed a patrol near Menaka on 2 May 2022. The militants claimed 19 soldiers died.', 'killed', 4, 19, ['militants']],
  ['Government forces said 2 soldiers died in a clash near Kidal on 6 May 2022. The rebels claimed they killed 30 soldiers.', 'killed', 2, 30, ['Government forces', 'rebels']],
  ['Eleven villagers were killed when bandits raided Tawa on 3 June 2021. The bandits claimed to have killed 40 villagers.', 'killed', 11, 40, ['bandits']],
];

/** Figures that are no rival claim: the deaths each event keeps (the sum is the report's). */
type Apart = [text: string, killed: number[][]];

const NOT_RIVALS: Apart[] = [
  // the other side's losses
  ['Rebels killed 3 soldiers near Kidal on 6 May 2022, while the army said it killed 17 militants.', [[3, 3], [17, 17]]],
  ['Gunmen killed 5 villagers near Tumo on 4 May 2022. The army said troops killed 12 militants in Dogo on 5 May 2022.', [[5, 5], [12, 12]]],
  // more deaths on top of the first
  ['Gunmen killed 4 villagers near Tumo on 4 May 2022, and police said the gunmen also killed 2 herders.', [[4, 4], [2, 2]]],
  ['Gunmen killed 5 villagers near Tumo on 4 May 2022. Police said the gunmen also killed 3 herders.', [[5, 5], [3, 3]]],
  // another attack's deaths, in its own clause
  ['A bomb killed 6 people at a market in Kano on 2 May 2022, while police said a second bomb killed 3 people at a bus station.', [[6, 6], [3, 3]]],
  // the same source telling another figure: not a rival claim
  ['Militants killed 4 soldiers near Djibo on 2 May 2022. Militants killed 6 soldiers near Arbinda on 3 May 2022.', [[4, 4], [6, 6]]],
];

describe('a rival claim in a later clause widens the first count', () => {
  test.each(SAME_SENTENCE)('%s', (text, field, low, high, sources) => {
    const ev = eventsOf(text);
    expect(figures(ev, field)).toEqual([[low, high]]);
    const withCount = ev.find((e) => e[field])!;
    expect(withCount.attribution?.source.split('; ')).toEqual(sources);
  });
  test('the attacker stays the attacker when the bracket names the rival source', () => {
    const [e] = eventsOf(SAME_SENTENCE[4][0]);
    expect(e.actors).toContainEqual(expect.objectContaining({ role: 'attacker', name: 'Islamic State' }));
  });
});

describe('a rival claim in the next sentence widens the first count', () => {
  test.each(NEXT_SENTENCE)('%s', (text, field, low, high, sources) => {
    const ev = eventsOf(text).filter((e) => e.type === 'attack' || e.type === 'casualties');
    expect(ev).toHaveLength(1);
    expect(figures(ev, field)).toEqual([[low, high]]);
    expect(ev[0].attribution?.source.split('; ')).toEqual(sources);
  });
});

describe('figures that are no rival claim keep their own events', () => {
  test.each(NOT_RIVALS)('%s', (text, killed) => {
    expect(figures(eventsOf(text), 'killed')).toEqual(killed);
  });
  test('a later wounded figure is no rival: "11 still in hospital" is a part of 13 hurt', () => {
    const ev = eventsOf('A bomb wounded 13 people on a street in Lyon on 24 May 2019. Officials said 11 were still in hospital.');
    for (const [low, high] of figures(ev, 'wounded')) expect(low).toBe(high);
  });
});
